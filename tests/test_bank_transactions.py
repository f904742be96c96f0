"""Bank transactions (v1 list, retrieve, mark payment; v2 list, get, update), sync and async, against recorded
traffic."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.bank_transactions import (
    get_bank_transaction,
    list_bank_transactions,
    list_bank_transactions_v2,
    mark_payment,
    retrieve_bank_transaction,
    update_bank_transaction,
)
from stuut_client.models import (
    AgentMetricsV2,
    BankTransaction,
    BankTransactionDetailV2,
    BankTransactionPage,
    BankTransactionPaymentStatus,
    BankTransactionSortBy,
    BankTransactionType,
    BankTransactionV2,
    BankTransactionV2Page,
    CounterpartyInfo,
    Currency,
    ErrorCode,
    MarkPaymentRequest,
    MarkPaymentResponse,
    Partner,
    PaymentDetail,
    Payout,
    SortOrder,
    UpdateBankTransactionRequestV2,
)

pytestmark = pytest.mark.vcr


def assert_typed_v1_transaction(transaction: BankTransaction) -> None:
    assert isinstance(transaction, BankTransaction)
    assert_typed(transaction, "BankTransaction")
    assert transaction.type_ is BankTransactionType.DEPOSIT and transaction.currency is Currency.ADP
    assert transaction.amount == 123 and isinstance(transaction.partner, Partner)


def assert_typed_v2_transaction(transaction: BankTransactionV2) -> None:
    assert isinstance(transaction, BankTransactionV2)
    assert_typed(transaction, "BankTransactionV2")
    assert transaction.amount == "<string>"  # v2 money amounts are decimal strings
    assert isinstance(transaction.agent_metrics, AgentMetricsV2)
    assert transaction.agent_metrics.error_code is ErrorCode.DUPLICATE
    assert transaction.payment_status is BankTransactionPaymentStatus.NON_PAYMENT
    assert isinstance(transaction.counterparty_info, CounterpartyInfo)
    assert transaction.counterparty_info.partner_count == 0


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_bank_transactions_sends_the_page_and_returns_typed_transactions(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    page = await call(list_bank_transactions, mode, client, async_client, page=1, limit=10)

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/bank-transactions")
    assert request.url.params.multi_items() == [("page", "1"), ("limit", "10")]
    assert isinstance(page, BankTransactionPage)
    assert_typed_v1_transaction(page.data[0])


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_retrieve_bank_transaction_returns_a_typed_transaction(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    transaction = await call(retrieve_bank_transaction, mode, client, async_client, transaction_id="txn_1")

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/bank-transactions/txn_1")
    assert_typed_v1_transaction(transaction)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_mark_payment_posts_the_partner_and_returns_the_payment(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    result = await call(
        mark_payment, mode, client, async_client, transaction_id="txn_1", body=MarkPaymentRequest(partner="ptn_abc123")
    )

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/bank-transactions/txn_1/mark-payment")
    assert sent_json(request) == {"partner": "ptn_abc123"}
    assert isinstance(result, MarkPaymentResponse)
    assert_typed(result, "MarkPaymentResponse")
    assert isinstance(result.payment, PaymentDetail)
    assert isinstance(result.payment.bank_transaction, BankTransaction)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_bank_transactions_v2_sends_every_filter_and_returns_typed_transactions(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    page = await call(
        list_bank_transactions_v2,
        mode,
        client,
        async_client,
        page=2,
        limit=500,
        sort_by=BankTransactionSortBy.AGENT_CONFIDENCE_SCORE,
        sort_order=SortOrder.ASC,
        date=dt.date(2024, 1, 31),
        bank_account_id="ba_1",
        search="ACME",
    )

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v2/bank-transactions")
    assert request.url.params.multi_items() == [
        ("page", "2"),
        ("limit", "500"),
        ("sort_by", "agent_confidence_score"),
        ("sort_order", "asc"),
        ("date", "2024-01-31"),
        ("bank_account_id", "ba_1"),
        ("search", "ACME"),
    ]
    assert isinstance(page, BankTransactionV2Page)
    assert page.current_page == 0 and page.total_records == 1 and page.next_page == 123
    assert_typed_v2_transaction(page.data[0])


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_bank_transactions_v2_sends_the_documented_defaults(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    await call(list_bank_transactions_v2, mode, client, async_client)

    (request,) = sent
    assert request.url.params.multi_items() == [
        ("page", "0"),
        ("limit", "100"),
        ("sort_by", "timestamp"),
        ("sort_order", "desc"),
    ]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_get_bank_transaction_returns_the_typed_detail(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    detail = await call(get_bank_transaction, mode, client, async_client, transaction_id="txn_1")

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v2/bank-transactions/txn_1")
    assert isinstance(detail, BankTransactionDetailV2)
    assert_typed(detail, "BankTransactionDetailV2")
    assert detail.timestamp == dt.datetime(2023, 11, 7, 5, 31, 56, tzinfo=dt.UTC)
    assert isinstance(detail.payout, Payout) and detail.amount_handled_outside == "<string>"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_update_bank_transaction_patches_the_fields_given(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = UpdateBankTransactionRequestV2(
        is_payment=False,
        non_payment_reason="Internal transfer",
        timestamp=dt.datetime(2024, 1, 31, 9, 30, tzinfo=dt.UTC),
        reference_number=None,
        description="Transfer",
        type_=BankTransactionType.DEPOSIT,
        amount=10.5,
    )
    transaction = await call(update_bank_transaction, mode, client, async_client, transaction_id="txn_1", body=body)

    (request,) = sent
    assert_sent_with_auth(request, "PATCH", "/v2/bank-transactions/txn_1")
    assert sent_json(request) == {
        "is_payment": False,
        "non_payment_reason": "Internal transfer",
        "timestamp": "2024-01-31T09:30:00+00:00",
        "reference_number": None,
        "description": "Transfer",
        "type": "deposit",
        "amount": 10.5,
    }
    assert_typed_v2_transaction(transaction)
