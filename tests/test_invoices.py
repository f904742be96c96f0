"""The three invoice operations, sync and async, against recorded traffic.

Each test checks the request exactly as the client sent it (captured by an httpx event hook) and the typed
result. Cassettes: tests/cassettes/test_invoices/.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, call
from stuut_client.api.invoices import list_invoices, retrieve_invoice, sync_invoice
from stuut_client.models import (
    Call,
    Currency,
    Invoice,
    InvoicePage,
    InvoicePayment,
    InvoiceSortBy,
    InvoiceStatus,
    Partner,
    Payment,
    SortOrder,
    User,
)

pytestmark = pytest.mark.vcr


def assert_typed_invoice(invoice: Invoice) -> None:
    assert isinstance(invoice, Invoice)
    assert isinstance(invoice.currency, Currency) and invoice.currency is Currency.ADP
    assert isinstance(invoice.created_at, dt.datetime)
    assert invoice.created_at == dt.datetime(2023, 11, 7, 5, 31, 56, tzinfo=dt.UTC)
    assert invoice.promised_to_pay_date == dt.date(2023, 12, 25)
    assert isinstance(invoice.assignee, User)
    assert isinstance(invoice.partner, Partner)
    assert isinstance(invoice.calls, list) and isinstance(invoice.calls[0], Call)
    assert isinstance(invoice.payments, list) and isinstance(invoice.payments[0], InvoicePayment)
    assert isinstance(invoice.payments[0].payment, Payment)
    assert invoice.status is None  # the documented example sends null


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_invoices_sends_every_filter_and_returns_a_typed_page(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    page = await call(
        list_invoices,
        mode,
        client,
        async_client,
        page=1,
        limit=2,
        sort_order=SortOrder.DESC,
        sort_by=InvoiceSortBy.DUE_DATE,
        number=["INV-1", "INV-2"],
        task="tsk_abc123",
        amount_remaining="100",
        status=[InvoiceStatus.OPEN, InvoiceStatus.OVERDUE],
        istatus="open",
        issued_at="2023-11-07",
        has_outreach=True,
        customer_outreach_paused=False,
    )

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/invoices")
    assert request.url.params.multi_items() == [
        ("page", "1"),
        ("limit", "2"),
        ("sort_order", "desc"),
        ("sort_by", "due_date"),
        ("number", "INV-1"),
        ("number", "INV-2"),
        ("task", "tsk_abc123"),
        ("amount_remaining", "100"),
        ("status", "open"),
        ("status", "overdue"),
        ("istatus", "open"),
        ("issued_at", "2023-11-07"),
        ("has_outreach", "true"),
        ("customer_outreach_paused", "false"),
    ]
    assert isinstance(page, InvoicePage)
    assert page.current_page == 0 and page.total_records == 0 and page.next_page is None
    assert len(page.data) == 1
    assert_typed_invoice(page.data[0])


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_invoices_sends_the_documented_defaults(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    await call(list_invoices, mode, client, async_client)

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/invoices")
    assert request.url.params.multi_items() == [("page", "0"), ("limit", "50")]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_retrieve_invoice_returns_a_typed_invoice(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    invoice = await call(retrieve_invoice, mode, client, async_client, invoice_id="inv_123")

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/invoices/inv_123")
    assert request.url.query == b""
    assert_typed_invoice(invoice)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_retrieve_invoice_escapes_the_path_parameter(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    await call(retrieve_invoice, mode, client, async_client, invoice_id="inv/../x y")

    (request,) = sent
    assert request.url.raw_path == b"/v1/invoices/inv%2F..%2Fx%20y"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_sync_invoice_posts_without_a_body(mode: str, client: Any, async_client: Any, sent: list[Any]) -> None:
    invoice = await call(sync_invoice, mode, client, async_client, invoice_id="inv_123")

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/invoices/inv_123/sync")
    assert request.content == b""
    assert_typed_invoice(invoice)
