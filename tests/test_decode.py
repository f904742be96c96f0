"""Decoding response bodies (stuut_client._decode): strict JSON, and byte spans kept undecoded for lazy parsing."""

from __future__ import annotations

import json
from typing import Any

import httpx
import msgspec
import pytest
from bench_payload import DENSE, USUAL, invoice_page
from spec_tools import documented_invoice
from stuut_client import Client
from stuut_client._decode import loads
from stuut_client.api.invoices import list_invoices
from stuut_client.errors import ResponseValidationError

INVOICE = documented_invoice()
NOT_JSON_LITERALS = ["NaN", "Infinity", "-Infinity"]  # not JSON at all: refused wherever they are
OUT_OF_RANGE = ["1e400", "-1e400"]  # JSON, but no float holds them: refused where they are decoded
NOT_JSON_NUMBERS = NOT_JSON_LITERALS + OUT_OF_RANGE


def page_of(*invoices: Any) -> bytes:
    page = {"data": list(invoices), "current_page": 0, "total_records": len(invoices), "next_page": None}
    return json.dumps(page).encode()


def with_amount_due(literal: str) -> bytes:
    """A page whose invoice's amount_due is `literal`, written as is into the JSON text."""
    return page_of({**INVOICE, "amount_due": 0.5}).replace(b'"amount_due": 0.5', f'"amount_due": {literal}'.encode())


def client_answering(body: bytes, *, lazy_parsing: bool = False) -> Client:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    return Client(token="test-token", httpx_args={"transport": transport}, lazy_parsing=lazy_parsing)


@pytest.mark.parametrize("literal", NOT_JSON_NUMBERS)
def test_loads_refuses_what_json_does_not_define(literal: str) -> None:
    with pytest.raises(ValueError, match="not valid JSON"):
        loads(f'{{"amount": {literal}}}'.encode())


@pytest.mark.parametrize(
    ("literal", "lazy_parsing"),
    [(literal, False) for literal in NOT_JSON_NUMBERS] + [(literal, True) for literal in NOT_JSON_LITERALS],
)
def test_a_body_with_a_number_json_does_not_define_is_refused_by_the_call(literal: str, lazy_parsing: bool) -> None:
    # json.loads reads these as nan and inf, which would then pass for amounts.
    client = client_answering(with_amount_due(literal), lazy_parsing=lazy_parsing)
    with pytest.raises(ResponseValidationError, match="not a JSON number|not valid JSON"):
        list_invoices.sync(client=client)


@pytest.mark.parametrize("literal", NOT_JSON_NUMBERS)
async def test_the_async_call_refuses_it_too(literal: str) -> None:
    with pytest.raises(ResponseValidationError, match="not a JSON number|not valid JSON"):
        await list_invoices.asyncio(client=client_answering(with_amount_due(literal)))


def stored_value(instance: Any, name: str) -> Any:
    """What the attrs slot behind a lazy attribute holds, read without parsing it (see _lazy._reader)."""
    reader = vars(type(instance))[name].fget
    cells = [cell.cell_contents for cell in reader.__closure__]
    read_slot = next(cell for cell in cells if getattr(cell, "__name__", "") == "__get__")
    return read_slot(instance, None)


@pytest.mark.parametrize("shape", [USUAL, DENSE], ids=["usual", "dense"])
def test_lazy_parsing_keeps_nested_fields_as_undecoded_bytes_and_reads_like_eager(shape: Any) -> None:
    body = invoice_page(6, seed=4, shape=shape)
    lazy = list_invoices.sync(client=client_answering(body, lazy_parsing=True))
    assert type(stored_value(lazy, "data").raw) is msgspec.Raw
    invoice = lazy.data[0]
    span = stored_value(invoice, "partner").raw
    assert type(span) is msgspec.Raw and bytes(span).startswith(b"{")
    assert invoice.partner is not None and invoice.partner.name == json.loads(bytes(span))["name"]
    eager = list_invoices.sync(client=client_answering(body))
    assert lazy == eager and lazy.to_dict() == eager.to_dict()


def test_a_number_out_of_range_inside_a_span_raises_at_its_first_read_naming_its_path() -> None:
    invoice = {**INVOICE, "partner": {**INVOICE["partner"], "billing_address_id": 5}}
    body = page_of(invoice).replace(b'"billing_address_id": 5', b'"billing_address_id": 1e400')
    page = list_invoices.sync(client=client_answering(body, lazy_parsing=True))  # the span is well-formed JSON
    with pytest.raises(ResponseValidationError, match="not a JSON number|not valid JSON") as raised:
        page.data[0].partner  # noqa: B018
    assert raised.value.path == "$.partner"
