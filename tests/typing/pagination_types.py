"""Checked by mypy --strict in `make test` (not run by pytest): the item type flows through pagination."""

from typing import assert_type

from stuut_client import Client
from stuut_client.api.invoices import list_invoices
from stuut_client.models import Invoice, InvoicePage
from stuut_client.pagination import aiterate_items, aiterate_pages, iterate_items, iterate_pages


def walk(client: Client) -> None:
    for invoice in iterate_items(list_invoices.sync, client=client, limit=200):
        assert_type(invoice, Invoice)
    for page in iterate_pages(list_invoices.sync, client=client):
        assert_type(page, InvoicePage)
    assert_type(list_invoices.sync(client=client), InvoicePage)


async def awalk(client: Client) -> None:
    async for invoice in aiterate_items(list_invoices.asyncio, client=client):
        assert_type(invoice, Invoice)
    async for page in aiterate_pages(list_invoices.asyncio, client=client):
        assert_type(page, InvoicePage)
