"""Remittances, sync and async, against recorded traffic."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.remittances import list_remittances, process_remittance, update_remittance, upload_remittance
from stuut_client.models import (
    Attachment,
    Currency,
    Email,
    PresignedUrl,
    Remittance,
    RemittanceAllocation,
    RemittanceAllocationInput,
    RemittanceAllocationInvoice,
    RemittancePage,
    RemittanceUpload,
    UpdateRemittanceRequest,
    UploadRemittanceRequest,
)

pytestmark = pytest.mark.vcr


def assert_typed_remittance(remittance: Remittance) -> None:
    assert isinstance(remittance, Remittance)
    assert_typed(remittance, "Remittance")
    allocation = remittance.allocations[0]
    assert isinstance(allocation, RemittanceAllocation) and isinstance(allocation.invoice, RemittanceAllocationInvoice)
    assert allocation.invoice.due_date == dt.datetime(2023, 11, 7, 5, 31, 56, tzinfo=dt.UTC)
    assert isinstance(remittance.attachment, Attachment) and isinstance(remittance.email, Email)
    assert remittance.currency is Currency.ADP


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_remittances_sends_the_page_and_returns_typed_remittances(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    page = await call(list_remittances, mode, client, async_client, page=3, limit=25)

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/remittances")
    assert request.url.params.multi_items() == [("page", "3"), ("limit", "25")]
    assert isinstance(page, RemittancePage)
    assert_typed_remittance(page.data[0])


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_upload_remittance_posts_the_file_description_and_returns_the_presigned_url(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = UploadRemittanceRequest(filename="remittance.pdf", mime_type="application/pdf", partner="ptn_abc123")
    upload = await call(upload_remittance, mode, client, async_client, body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/remittances/upload")
    assert sent_json(request) == {"filename": "remittance.pdf", "mime_type": "application/pdf", "partner": "ptn_abc123"}
    assert isinstance(upload, RemittanceUpload)
    assert_typed(upload, "RemittanceUpload")
    assert isinstance(upload.presigned_url, PresignedUrl)
    assert_typed_remittance(upload.remittance)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_update_remittance_posts_the_allocations_and_transaction(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = UpdateRemittanceRequest(
        allocations=[RemittanceAllocationInput(amount_paid=100.5, invoice="inv_abc123")],
        currency="USD",
        partner="ptn_abc123",
        transaction_amount=100.5,
        transaction_date=dt.date(2023, 12, 25),
        transaction_number="CHK-1001",
    )
    remittance = await call(update_remittance, mode, client, async_client, remittance_id="rmt_1", body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/remittances/rmt_1")
    assert sent_json(request) == {
        "allocations": [{"amount_paid": 100.5, "invoice": "inv_abc123"}],
        "currency": "USD",
        "partner": "ptn_abc123",
        "transaction_amount": 100.5,
        "transaction_date": "2023-12-25",
        "transaction_number": "CHK-1001",
    }
    assert_typed_remittance(remittance)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_process_remittance_posts_without_a_body(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    remittance = await call(process_remittance, mode, client, async_client, remittance_id="rmt_1")

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/remittances/rmt_1/process")
    assert request.content == b""
    assert_typed_remittance(remittance)
