"""Lazy parsing (Client(lazy_parsing=True), stuut_client._lazy): nested objects parse on first read, and the
result reads exactly like an eagerly parsed one."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from spec_tools import documented_invoice, normalise_json
from stuut_client import Client
from stuut_client.api.invoices import list_invoices, retrieve_invoice
from stuut_client.errors import ResponseValidationError
from stuut_client.models import Invoice, InvoicePage, Partner

INVOICE = documented_invoice()


def page_of(*invoices: dict[str, Any]) -> bytes:
    page = {"data": list(invoices), "current_page": 0, "total_records": len(invoices), "next_page": None}
    return json.dumps(page).encode()


def client_answering(body: bytes, *, lazy_parsing: bool) -> Client:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    return Client(
        token="test-token", httpx_args={"transport": transport}, lazy_parsing=lazy_parsing, validation="strict"
    )


def test_a_lazily_parsed_page_equals_the_eager_one_field_for_field() -> None:
    body = page_of(INVOICE, INVOICE)
    lazy = list_invoices.sync(client=client_answering(body, lazy_parsing=True))
    eager = list_invoices.sync(client=client_answering(body, lazy_parsing=False))
    assert isinstance(lazy.data[0].partner, Partner)
    assert lazy == eager and lazy.to_dict() == eager.to_dict()
    assert normalise_json(lazy.to_dict()) == normalise_json(json.loads(body))


def test_nested_fields_wait_for_their_first_read_and_parse_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[dict[str, Any]] = []
    original = Partner.from_dict.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Partner], src_dict: Any, *, lazy: bool = False) -> Partner:
        parsed.append(src_dict)
        return original(cls, src_dict, lazy=lazy)  # type: ignore[no-any-return]

    monkeypatch.setattr(Partner, "from_dict", classmethod(counting))
    invoice = Invoice.from_dict(copy.deepcopy(INVOICE), lazy=True)
    assert parsed == []
    first = invoice.partner
    assert isinstance(first, Partner) and invoice.partner is first and len(parsed) == 1
    assert first.name == INVOICE["partner"]["name"]


def test_repr_shows_typed_values_never_the_deferred_json() -> None:
    invoice = Invoice.from_dict(copy.deepcopy(INVOICE), lazy=True)
    assert "Deferred" not in repr(invoice) and "Partner(" in repr(invoice)


def test_a_bad_nested_value_raises_at_its_first_read_naming_its_path() -> None:
    bad = copy.deepcopy(INVOICE)
    bad["partner"]["name"] = 42
    body = page_of(bad)
    with pytest.raises(ResponseValidationError, match=r"list_invoices: .* at \$\.data\[0\]\.partner\.name"):
        list_invoices.sync(client=client_answering(body, lazy_parsing=False))

    page = list_invoices.sync(client=client_answering(body, lazy_parsing=True))
    invoice = page.data[0]
    assert invoice.number == bad["number"]  # the rest of the invoice reads as usual
    with pytest.raises(ResponseValidationError) as caught:
        _ = invoice.partner
    assert caught.value.path == "$.partner.name"
    assert "expected a string, got int" in caught.value.problem and "Invoice.partner" in caught.value.problem


@pytest.mark.parametrize("validation", ["strict", "report"])
def test_an_error_at_a_first_read_names_the_operation_and_request_of_its_response(validation: str) -> None:
    bad = copy.deepcopy(INVOICE)
    bad["partner"] = ["not", "an", "object"] if validation == "report" else {**bad["partner"], "name": 42}
    # In report mode a value that does not fit is kept; what still raises is a body that is not JSON one may
    # parse, such as a number out of range in a span only read now.
    body = json.dumps(bad).encode().replace(b'["not", "an", "object"]', b'{"name": 1e400}')
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"x-request-id": "req_9"})
    )
    client = Client(token="test-token", httpx_args={"transport": transport}, lazy_parsing=True, validation=validation)
    invoice = retrieve_invoice.sync(client=client, invoice_id="inv_1")
    with pytest.raises(ResponseValidationError) as caught:
        _ = invoice.partner
    error = caught.value
    assert (error.operation, error.request_id, error.page) == ("retrieve_invoice", "req_9", None)
    assert str(error).startswith("retrieve_invoice: response does not fit the spec at $.partner")
    assert "(in Invoice.partner, parsed on first read)" in str(error) and str(error).endswith("(request_id=req_9)")
    assert error.body == body


def test_a_nested_value_of_the_wrong_json_type_is_refused_at_its_first_read() -> None:
    bad = copy.deepcopy(INVOICE)
    bad["calls"] = "not a list"
    invoice = Invoice.from_dict(bad, lazy=True)
    with pytest.raises(ResponseValidationError) as caught:
        _ = invoice.calls
    assert caught.value.path == "$.calls" and "expected an array, got str" in caught.value.problem


def test_a_missing_required_field_still_raises_when_parsing_lazily() -> None:
    # (Page envelopes require nothing since issue 16, so the missing field is an invoice's own.)
    invoice = {key: value for key, value in INVOICE.items() if key != "currency"}
    body = json.dumps(invoice).encode()
    with pytest.raises(ResponseValidationError, match=r"currency.*required field is missing"):
        retrieve_invoice.sync(client=client_answering(body, lazy_parsing=True), invoice_id="inv_1")


def test_setting_a_nested_field_replaces_it_like_any_attribute() -> None:
    invoice = Invoice.from_dict(copy.deepcopy(INVOICE), lazy=True)
    invoice.partner = None
    assert invoice.partner is None and invoice.to_dict()["partner"] is None


def test_with_options_switches_lazy_parsing_for_the_copy_only() -> None:
    client = client_answering(page_of(INVOICE), lazy_parsing=False)
    lazy_copy = client.with_options(lazy_parsing=True)
    assert lazy_copy.lazy_parsing and not client.lazy_parsing
    page = list_invoices.sync(client=lazy_copy)
    assert isinstance(page, InvoicePage) and page.data[0].partner == Partner.from_dict(INVOICE["partner"])


def test_a_list_holding_an_item_that_is_not_an_object_reads_lazily_as_it_does_eagerly() -> None:
    # A list of objects is decoded in one pass over its span; one item of another type takes the item-by-item way.
    body = json.dumps({"data": [INVOICE, 5, None, INVOICE], "current_page": 0}).encode()
    pages = []
    for lazy_parsing in (False, True):
        client = client_answering(body, lazy_parsing=lazy_parsing).with_options(validation="report")
        pages.append(list_invoices.sync_detailed(client=client))
    eager, lazy = pages
    assert lazy.parsed is not None and lazy.parsed.data == eager.parsed.data  # type: ignore[union-attr]
    assert [item for item in lazy.parsed.data if not isinstance(item, Invoice)] == [5, None]  # type: ignore[union-attr]
    assert [deviation.path for deviation in lazy.deviations] == ["$.data[1]", "$.data[2]"]
    assert lazy.deviations == eager.deviations
