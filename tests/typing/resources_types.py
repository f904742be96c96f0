"""Checked by mypy --strict and pyright in `make test` (not run by pytest): the resource layer's types.

A line that must NOT type-check carries an ignore comment for that error; both checkers are run with unused
ignores reported as errors (mypy's warn_unused_ignores under --strict, pyright's
reportUnnecessaryTypeIgnoreComment), so the check fails if such a line ever becomes accepted.
"""

from typing import assert_type

from stuut_client import AsyncPage, AsyncStuut, RawResponse, Stuut, SyncPage
from stuut_client.models import (
    BankTransactionV2,
    Connection,
    FileUpload,
    Invoice,
    InvoicePage,
    InvoiceSortBy,
    InvoiceStatus,
    PaymentDetail,
)
from stuut_client.pagination import Page


def items_flow_through_auto_pagination(client: Stuut) -> None:
    page = client.invoices.list(status=["open", InvoiceStatus.OVERDUE], sort_by="issued_at", limit=200)
    assert_type(page, SyncPage[Invoice])
    for invoice in page:
        assert_type(invoice, Invoice)
    for invoice in page.iter_items(concurrency=4, max_items=1000):
        assert_type(invoice, Invoice)
    for each in page.iter_pages():
        assert_type(each, Page[Invoice])
    assert_type(page.data[0], Invoice)
    assert_type(page.next_page, int | None)
    assert_type(page.request_id, str | None)
    for transaction in client.v2.bank_transactions.list(sort_order="desc"):
        assert_type(transaction, BankTransactionV2)
    assert_type(client.v2.integrations.list(), list[Connection])


async def async_items_flow_through_auto_pagination(client: AsyncStuut) -> None:
    page = await client.invoices.list(status=["paid"])
    assert_type(page, AsyncPage[Invoice])
    async for invoice in page:
        assert_type(invoice, Invoice)
    async for each in page.iter_pages(concurrency=2):
        assert_type(each, Page[Invoice])
    assert_type(await client.payments.approve_allocations("pay_1", idempotency_key="k"), PaymentDetail)


def other_methods_return_their_models(client: Stuut) -> None:
    assert_type(client.invoices.retrieve("inv_1", timeout=5.0, extra_headers={"X-Trace": "1"}), Invoice)
    created = client.files.create(name="a.pdf", mime_type="application/pdf", size=1, purpose="email")
    assert_type(created, FileUpload)
    raw = client.invoices.with_raw_response.retrieve("inv_1")
    assert_type(raw, RawResponse[Invoice])
    assert_type(raw.parse(), Invoice)
    assert_type(raw.request_id, str | None)
    assert_type(client.invoices.with_raw_response.list().parse(), SyncPage[Invoice])
    assert_type(client.with_options(max_retries=0), Stuut)
    assert_type(InvoiceSortBy("issued_at"), InvoiceSortBy)
    _ = InvoicePage


def mistakes_are_type_errors(client: Stuut) -> None:
    client.invoices.list(statuss=["open"])  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    client.invoices.list(limit="200")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    client.invoices.list(client="x")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    client.invoices.list(status=["opne"])  # type: ignore[list-item]  # pyright: ignore[reportArgumentType]
    client.invoices.list(sort_by="issued")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    client.invoices.retrieve()  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    client.invoices.retrieve("inv_1", "inv_2")  # type: ignore[call-arg, arg-type]  # pyright: ignore[reportCallIssue]
    client.files.create(name="a.pdf")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    client.invoices.retrieve("inv_1", idempotency_key="k")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
