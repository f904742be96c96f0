"""Payments (v1 export, retrieve, approve allocations; v2 bulk approve), sync and async, against recorded traffic."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.payments import (
    approve_payment_allocations,
    bulk_approve_payments,
    export_payments,
    retrieve_payment,
)
from stuut_client.exports import aexport_payments_csv, export_payments_csv
from stuut_client.models import (
    AllocationStrategy,
    BankTransaction,
    BulkApprovePaymentsRequest,
    BulkApprovePaymentsResponse,
    Currency,
    ExportPaymentsRequest,
    PaymentAllocation,
    PaymentAllocationInvoice,
    PaymentDetail,
    PaymentExport,
    PaymentExportMediaType,
    PaymentStatus,
    PaymentValidationError,
    TransactionApproveResult,
)

pytestmark = pytest.mark.vcr

SINCE = dt.datetime(2024, 1, 31, 12, 0, tzinfo=dt.UTC)


def assert_typed_payment(payment: PaymentDetail) -> None:
    assert isinstance(payment, PaymentDetail)
    assert_typed(payment, "PaymentDetail")
    assert payment.currency is Currency.ADP and payment.status is PaymentStatus.PENDING_MATCH
    allocation = payment.allocations[0]
    assert isinstance(allocation, PaymentAllocation) and allocation.strategy is AllocationStrategy.AUTOMATIC
    assert isinstance(allocation.invoice, PaymentAllocationInvoice)
    assert isinstance(payment.bank_transaction, BankTransaction)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_export_payments_as_json_sends_the_accept_header_and_returns_a_typed_export(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = ExportPaymentsRequest(approved_only=True, since=SINCE)
    export = await call(
        export_payments, mode, client, async_client, body=body, accept=PaymentExportMediaType.APPLICATION_JSON
    )

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/payments/export")
    assert request.headers["accept"] == "application/json"
    assert sent_json(request) == {"approved_only": True, "since": "2024-01-31T12:00:00+00:00"}
    assert isinstance(export, PaymentExport)
    assert_typed(export, "PaymentExport")
    assert export.error == "<string>" and export.message == "<string>"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_export_payments_as_csv_answers_text_csv(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    # The generated functions parse only a response's first media type (application/json); the hand-written
    # stuut_client.exports helpers send the same request with accept: text/csv and return the text.
    if mode == "sync":
        text = export_payments_csv(client, ExportPaymentsRequest())
    else:
        text = await aexport_payments_csv(async_client, ExportPaymentsRequest())

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/payments/export")
    assert request.headers["accept"] == "text/csv"
    assert sent_json(request) == {"approved_only": False}
    assert text == ""  # the documented example: the page shows no CSV


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_retrieve_payment_returns_a_typed_payment(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    payment = await call(retrieve_payment, mode, client, async_client, payment_id="pay_1")

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/payments/pay_1")
    assert_typed_payment(payment)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_approve_payment_allocations_posts_without_a_body(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    payment = await call(approve_payment_allocations, mode, client, async_client, payment_id="pay_1")

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/payments/pay_1/approve-allocations")
    assert request.content == b""
    assert_typed_payment(payment)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_bulk_approve_payments_posts_the_transaction_ids(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = BulkApprovePaymentsRequest(transaction_ids=["txn_1", "txn_2"])
    result = await call(bulk_approve_payments, mode, client, async_client, body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v2/payments/bulk/approve")
    assert sent_json(request) == {"transaction_ids": ["txn_1", "txn_2"]}
    assert isinstance(result, BulkApprovePaymentsResponse)
    assert_typed(result, "BulkApprovePaymentsResponse")
    outcome = result.results[0]
    assert isinstance(outcome, TransactionApproveResult) and outcome.success is True
    assert isinstance(outcome.validation_errors[0], PaymentValidationError)
