"""A response that deviates from the spec loses no data (stuut_client._deviations).

``validation="report"`` (the default) keeps a value that does not fit as sent and lists it in
``Response.deviations`` with its JSON path; ``validation="strict"`` raises ResponseValidationError with the path.
Structural failures raise in both modes.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from spec_tools import documented_invoice, normalise_json
from stuut_client import AsyncStuut, Client, Deviation, Stuut, _deviations, collect_deviations
from stuut_client.api.invoices import list_invoices, retrieve_invoice
from stuut_client.errors import ResponseValidationError
from stuut_client.models import Invoice, InvoiceStatus, User
from stuut_client.pagination import iterate_items

MODES = pytest.mark.parametrize("mode", ["sync", "async"])


def page_of(*invoices: dict[str, Any], next_page: int | None = None) -> dict[str, Any]:
    return {"data": list(invoices), "current_page": 0, "total_records": len(invoices), "next_page": next_page}


def answering(*bodies: bytes | dict[str, Any], **client_kwargs: Any) -> Client:
    """A client whose n-th request gets the n-th body (the last one again after that)."""
    encoded = [body if isinstance(body, bytes) else json.dumps(body).encode() for body in bodies]
    calls: list[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(200, content=encoded[min(len(calls), len(encoded)) - 1])

    return Client(token="test-token", httpx_args={"transport": httpx.MockTransport(handle)}, **client_kwargs)


async def list_detailed(client: Client, mode: str) -> Any:
    if mode == "sync":
        return list_invoices.sync_detailed(client=client)
    return await list_invoices.asyncio_detailed(client=client)


def invoice_ids(count: int) -> list[dict[str, Any]]:
    invoices = []
    for index in range(count):
        invoice = documented_invoice()
        invoice["id"] = f"inv_{index}"
        invoices.append(invoice)
    return invoices


def deviating_page() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The issue's page: one item with null in a required string, a float in an integer, an unlisted enum value."""
    invoices = invoice_ids(3)
    invoices[1]["remote_id"] = None
    invoices[1]["billing_address_id"] = 12.5
    invoices[1]["status"] = "written_off"
    return page_of(*invoices), invoices


@MODES
async def test_a_deviating_item_is_kept_and_its_three_deviations_are_reported_with_their_paths(mode: str) -> None:
    body, invoices = deviating_page()

    response = await list_detailed(answering(body), mode)

    page = response.parsed
    assert [invoice.id for invoice in page.data] == ["inv_0", "inv_1", "inv_2"]
    clean = Invoice.from_dict(copy.deepcopy(invoices[0]))
    assert page.data[0] == clean and page.data[2] == Invoice.from_dict(copy.deepcopy(invoices[2]))
    odd = page.data[1]
    assert odd.remote_id is None and odd.billing_address_id == 12.5
    assert isinstance(odd.status, InvoiceStatus) and odd.status.is_unknown and odd.status == "written_off"
    assert odd.number == invoices[1]["number"] and odd.partner == clean.partner
    assert [(d.path, d.schema, d.field, d.kind) for d in response.deviations] == [
        ("$.data[1].remote_id", "Invoice", "remote_id", "null"),
        ("$.data[1].billing_address_id", "Invoice", "billing_address_id", "type"),
        ("$.data[1].status", "Invoice", "status", "enum"),
    ]
    assert [(d.expected, d.received) for d in response.deviations] == [
        ("a string", "null"),
        ("an integer", "a float"),
        ("a value of InvoiceStatus", "'written_off'"),
    ]
    assert normalise_json(page.to_dict()) == normalise_json(body)  # nothing lost


@MODES
async def test_the_same_page_raises_with_the_path_in_strict_mode(mode: str) -> None:
    body, _ = deviating_page()
    with pytest.raises(ResponseValidationError) as caught:
        await list_detailed(answering(body, validation="strict"), mode)
    assert caught.value.operation == "list_invoices"
    assert caught.value.path == "$.data[1].remote_id"


@pytest.mark.parametrize(
    ("field", "value", "kind"), [("billing_address_id", 12.5, "type"), ("status", "written_off", "enum")]
)
def test_strict_mode_raises_for_each_kind_of_deviation(field: str, value: Any, kind: str) -> None:
    invoice = documented_invoice()
    invoice[field] = value
    with pytest.raises(ResponseValidationError) as caught:
        list_invoices.sync_detailed(client=answering(page_of(invoice), validation="strict"))
    assert caught.value.path == f"$.data[0].{field}"


def test_a_clean_response_has_no_deviations() -> None:
    response = list_invoices.sync_detailed(client=answering(page_of(*invoice_ids(2))))
    assert response.deviations == [] and len(response.parsed.data) == 2


def deviations_of(invoice: dict[str, Any]) -> list[Deviation]:
    response = retrieve_invoice.sync_detailed(client=answering(invoice), invoice_id="inv_1")
    return response.deviations


def test_a_missing_required_field_reads_as_none_and_is_reported_missing() -> None:
    invoice = documented_invoice()
    del invoice["remote_id"]
    [deviation] = deviations_of(invoice)
    assert (deviation.path, deviation.kind, deviation.value) == ("$.remote_id", "missing", None)
    parsed = retrieve_invoice.sync(client=answering(invoice), invoice_id="inv_1")
    assert parsed.remote_id is None


def test_a_string_in_a_number_field_is_kept() -> None:
    invoice = {**documented_invoice(), "amount_due": "12.50"}
    [deviation] = deviations_of(invoice)
    assert (deviation.path, deviation.kind, deviation.expected, deviation.received) == (
        "$.amount_due",
        "type",
        "a number",
        "a string",
    )
    assert retrieve_invoice.sync(client=answering(invoice), invoice_id="inv_1").amount_due == "12.50"


def test_a_date_time_that_does_not_parse_is_kept_as_the_string() -> None:
    invoice = documented_invoice()
    invoice["assignee"]["created_at"] = "last tuesday"
    [deviation] = deviations_of(invoice)
    assert (deviation.path, deviation.schema, deviation.kind) == ("$.assignee.created_at", "User", "format")
    parsed = retrieve_invoice.sync(client=answering(invoice), invoice_id="inv_1")
    assert parsed.assignee.created_at == "last tuesday"
    assert parsed.to_dict()["assignee"]["created_at"] == "last tuesday"


def test_a_nested_object_that_is_not_an_object_is_kept() -> None:
    invoice = {**documented_invoice(), "assignee": "usr_1"}
    [deviation] = deviations_of(invoice)
    assert (deviation.path, deviation.kind, deviation.expected) == ("$.assignee", "type", "an object (User)")
    parsed = retrieve_invoice.sync(client=answering(invoice), invoice_id="inv_1")
    assert parsed.assignee == "usr_1" and parsed.to_dict()["assignee"] == "usr_1"


def test_a_list_item_of_the_wrong_type_is_kept_at_its_index() -> None:
    invoice = documented_invoice()
    invoice["calls"] = [*invoice["calls"], "call_9"]
    [deviation] = deviations_of(invoice)
    index = len(invoice["calls"]) - 1
    assert (deviation.path, deviation.schema, deviation.field) == (f"$.calls[{index}]", "Invoice", "calls")
    parsed = retrieve_invoice.sync(client=answering(invoice), invoice_id="inv_1")
    assert parsed.calls[index] == "call_9"
    assert normalise_json(parsed.to_dict()) == normalise_json(invoice)


def test_null_in_a_nested_required_field_names_the_nested_schema() -> None:
    invoice = documented_invoice()
    invoice["assignee"]["family_name"] = None
    [deviation] = deviations_of(invoice)
    assert (deviation.path, deviation.schema, deviation.field, deviation.kind) == (
        "$.assignee.family_name",
        "User",
        "family_name",
        "null",
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"<html>not json</html>", id="not-json"),
        pytest.param(b'["not", "an", "object"]', id="top-level-array"),
        pytest.param(
            b'{"data": "nope", "current_page": 0, "total_records": 0, "next_page": null}', id="data-not-array"
        ),
        pytest.param(b'{"data": [], "current_page": NaN, "total_records": 0, "next_page": null}', id="nan"),
        pytest.param(b'{"data": [], "current_page": 0, "total_records": Infinity, "next_page": null}', id="infinity"),
    ],
)
def test_structural_failures_raise_in_report_mode_too(body: bytes) -> None:
    with pytest.raises(ResponseValidationError, match="list_invoices"):
        list_invoices.sync_detailed(client=answering(body, validation="report"))


def test_with_options_switches_validation_for_the_copy_only() -> None:
    body, _ = deviating_page()
    client = answering(body)
    assert client.validation == "report"
    strict = client.with_options(validation="strict")
    assert strict.validation == "strict" and client.validation == "report"
    with pytest.raises(ResponseValidationError):
        list_invoices.sync(client=strict)
    assert len(list_invoices.sync_detailed(client=client).deviations) == 3


def test_an_unknown_validation_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="validation"):
        Client(token="test-token", validation="lenient")  # type: ignore[arg-type]


def test_pagination_walks_on_through_a_deviating_page() -> None:
    first, second = invoice_ids(2), invoice_ids(3)[2:]
    first[1]["remote_id"] = None
    client = answering(page_of(*first, next_page=1), {**page_of(*second), "current_page": 1})
    walked = [invoice.id for invoice in iterate_items(list_invoices.sync, client=client)]
    assert walked == ["inv_0", "inv_1", "inv_2"]


async def test_concurrent_responses_collect_their_own_deviations() -> None:
    body, _ = deviating_page()
    clean = page_of(*invoice_ids(2))

    async def deviations(payload: dict[str, Any]) -> list[Deviation]:
        response = await list_invoices.asyncio_detailed(client=answering(payload))
        return response.deviations

    deviating, fitting = await asyncio.gather(deviations(body), deviations(clean))
    assert len(deviating) == 3 and fitting == []


def test_a_lazily_read_field_adds_its_deviations_to_the_same_list() -> None:
    invoice = documented_invoice()
    invoice["assignee"]["family_name"] = None
    response = retrieve_invoice.sync_detailed(client=answering(invoice, lazy_parsing=True), invoice_id="inv_1")
    assert response.deviations == []  # the assignee is not parsed yet
    assert response.parsed.assignee.family_name is None
    [deviation] = response.deviations
    assert (deviation.path, deviation.schema, deviation.field) == ("$.assignee.family_name", "User", "family_name")


def test_a_lazily_read_field_raises_in_strict_mode() -> None:
    invoice = documented_invoice()
    invoice["assignee"]["family_name"] = None
    client = answering(invoice, lazy_parsing=True, validation="strict")
    parsed = retrieve_invoice.sync(client=client, invoice_id="inv_1")
    with pytest.raises(ResponseValidationError) as caught:
        _ = parsed.assignee
    assert caught.value.path == "$.assignee.family_name"  # from the object whose field was read


def test_from_dict_outside_a_response_is_strict_unless_asked_to_report() -> None:
    user = {"email": "a@b.co", "family_name": None, "given_name": "Ada", "object": "user", "organization_id": "o"}
    with pytest.raises(ResponseValidationError, match=r"\$\.family_name"):
        User.from_dict(user)
    with collect_deviations() as collector:
        parsed = User.from_dict(user)
    assert parsed.family_name is None
    assert [d.path for d in collector.resolve(user)] == ["$.family_name"]


def test_each_field_and_kind_is_logged_once(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_deviations, "_logged", set())
    body, _ = deviating_page()
    with caplog.at_level(logging.WARNING, logger="stuut_client"):
        list_invoices.sync_detailed(client=answering(body))
        list_invoices.sync_detailed(client=answering(body))
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 3
    assert "$.data[1].remote_id" in messages[0] and "Invoice.remote_id" in messages[0]


def test_a_deviation_never_shows_the_value_it_kept() -> None:
    invoice = {**documented_invoice(), "billing_email": 12345678}
    [deviation] = deviations_of(invoice)
    assert deviation.value == 12345678
    assert "12345678" not in repr(deviation) and "12345678" not in deviation.received


def test_nothing_is_printed_when_logging_is_not_configured(tmp_path: Path) -> None:
    script = """
import httpx
from spec_tools import documented_invoice
from stuut_client import Client
from stuut_client.api.invoices import retrieve_invoice
body = {**documented_invoice(), "status": "written_off", "remote_id": None}
client = Client(token="t", httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200, json=body))})
print(len(retrieve_invoice.sync_detailed(client=client, invoice_id="inv_1").deviations))
"""
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": f"{root / 'generated' / 'stuut-client'}:{root / 'tests'}"},
        check=True,
    )
    assert result.stdout.strip() == "2" and result.stderr == ""
    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("stuut_client").handlers)


@MODES
async def test_the_resource_layers_raw_response_carries_the_deviations(mode: str) -> None:
    body, _ = deviating_page()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    if mode == "sync":
        raw = Stuut(token="sk_test", httpx_args={"transport": transport}).invoices.with_raw_response.list()
    else:
        raw = await AsyncStuut(token="sk_test", httpx_args={"transport": transport}).invoices.with_raw_response.list()
    assert sorted((d.path, d.kind) for d in raw.deviations) == [
        ("$.data[1].billing_address_id", "type"),
        ("$.data[1].remote_id", "null"),
        ("$.data[1].status", "enum"),
    ]


# _container_paths: the JSON path of each container a deviation was filed under, checked against every
# container's path written out by a plain recursive walk of the same value.
_JSON_TREES = st.recursive(
    st.none() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=30,
)


def _every_container_path(value: Any, path: str = "$") -> list[tuple[Any, str]]:
    found: list[tuple[Any, str]] = []
    if isinstance(value, dict):
        found.append((value, path))
        for key, child in value.items():
            found += _every_container_path(child, f"{path}.{key}")
    elif isinstance(value, list):
        found.append((value, path))
        for index, child in enumerate(value):
            found += _every_container_path(child, f"{path}[{index}]")
    return found


@given(tree=_JSON_TREES, data=st.data())
def test_deviation_paths_name_the_container_they_were_filed_under_at_any_depth(tree: Any, data: st.DataObject) -> None:
    containers = _every_container_path(tree)
    wanted = data.draw(st.lists(st.sampled_from(containers), unique_by=lambda c: id(c[0]))) if containers else []
    paths = _deviations._container_paths(tree, "$", {id(node) for node, _ in wanted})
    assert paths == {id(node): path for node, path in wanted}


def test_deviation_paths_of_containers_not_in_the_body_are_left_out() -> None:
    body = {"data": [{"a": 1}, {"b": [2, {"c": 3}]}]}
    stranger: dict[str, Any] = {}
    paths = _deviations._container_paths(body, "$", {id(body["data"][1]["b"][1]), id(stranger)})
    assert paths == {id(body["data"][1]["b"][1]): "$.data[1].b[1]"}


def test_a_deviation_in_every_item_of_a_page_is_found_without_walking_the_items_contents() -> None:
    """The walk goes level by level and stops once every container wanted is found: a page whose every item
    deviates in its own fields costs a walk of the items, not of everything inside them (it was a third of the
    parse of such a page). Counted by the lists inside the items that the walk looks into."""
    looked_into = 0

    class Lines(list):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            nonlocal looked_into
            looked_into += 1
            return super().__iter__()

    page = {"data": [{"id": str(n), "lines": Lines({"x": [n]} for _ in range(50))} for n in range(20)]}
    paths = _deviations._container_paths(page, "$", {id(item) for item in page["data"]})
    assert sorted(paths.values()) == sorted(f"$.data[{n}]" for n in range(20))
    assert looked_into == 0
