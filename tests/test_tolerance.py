"""The client reads what a pydantic server really sends: nulls everywhere, enum values the spec omits."""

from __future__ import annotations

import copy
import logging
from typing import Any

import pytest
from spec_tools import load_spec, model_class, response_schema_names
from stuut_client import _deviations, collect_deviations
from stuut_client.models import Currency, Invoice, InvoiceStatus


def documented_invoice() -> dict[str, Any]:
    example = load_spec()["paths"]["/v1/invoices/{invoice_id}"]["get"]["responses"]["200"]["content"]
    return copy.deepcopy(example["application/json"]["example"])


def with_optional_fields_null(value: Any, schema_name: str) -> Any:
    """Set every optional field to null, at every depth, following the component schemas."""
    schema = load_spec()["components"]["schemas"][schema_name]
    required = set(schema.get("required", []))
    result = {}
    for name, prop in schema["properties"].items():
        if name not in required:
            result[name] = None
        elif "$ref" in prop and load_spec()["components"]["schemas"][prop["$ref"].rsplit("/", 1)[-1]].get("properties"):
            result[name] = with_optional_fields_null(value[name], prop["$ref"].rsplit("/", 1)[-1])
        else:
            result[name] = value[name]
    return result


def test_an_invoice_with_null_in_every_optional_field_parses() -> None:
    data = with_optional_fields_null(documented_invoice(), "Invoice")
    invoice = Invoice.from_dict(data)
    assert invoice.assignee is None and invoice.created_at is None and invoice.status is None
    assert invoice.to_dict() == data


@pytest.mark.parametrize(
    "schema_name",
    sorted(name for name in response_schema_names() if "properties" in load_spec()["components"]["schemas"][name]),
)
def test_every_model_accepts_null_in_every_optional_field(schema_name: str) -> None:
    # Optional fields a page shows without `| null` (page envelopes, EmailSender, EmailTemplate; issue 16) are
    # left out instead, as a FastAPI server leaves them out; tests/test_omitted_fields.py covers leaving out.
    schema = load_spec()["components"]["schemas"][schema_name]
    required = set(schema.get("required", []))
    data = {name: None for name, prop in schema["properties"].items() if name not in required and _nullable(prop)}
    data.update({name: _sample(schema["properties"][name]) for name in required})
    assert model_class(schema_name).from_dict(data).to_dict() == data


def _nullable(prop: dict[str, Any]) -> bool:
    """Whether the spec lets the field be null (an untyped field takes anything)."""
    if "anyOf" in prop:
        return any(variant.get("type") == "null" for variant in prop["anyOf"])
    return "type" not in prop and "$ref" not in prop


# Written as the generated to_dict() writes them back, so the round trip compares equal.
FORMATTED_SAMPLES = {
    "date-time": "2023-11-07T05:31:56+00:00",
    "date": "2023-12-25",
    "uuid": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
}


def _sample(prop: dict[str, Any]) -> Any:
    """A value of the right type for a required property (enums get their first listed value)."""
    if "anyOf" in prop:  # required but nullable: a value of its non-null branch
        return _sample(prop["anyOf"][0])
    if "$ref" in prop:
        target = load_spec()["components"]["schemas"][prop["$ref"].rsplit("/", 1)[-1]]
        if "enum" in target:
            return target["enum"][0]
        return {name: _sample(p) for name, p in target["properties"].items() if name in target.get("required", [])}
    kind = prop.get("type")
    if kind == "string" and prop.get("format") in FORMATTED_SAMPLES:
        return FORMATTED_SAMPLES[prop["format"]]
    return {"string": "x", "integer": 1, "number": 1.5, "boolean": True, "array": [], "object": {}}.get(kind, "x")


def test_unlisted_status_and_currency_parse_as_unknown_members(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = documented_invoice()
    data["status"] = "written_off"
    data["currency"] = "XBT"
    monkeypatch.setattr(_deviations, "_logged", set())  # nothing logged yet in this process, whatever ran before

    # In report mode (the client's default; see tests/test_deviations.py for strict), and logged once.
    with caplog.at_level(logging.WARNING, logger="stuut_client"), collect_deviations("report") as collector:
        invoice = Invoice.from_dict(data)
        Invoice.from_dict(data)  # the second sighting is not logged again
        collector.resolve(data)

    assert isinstance(invoice.status, InvoiceStatus) and invoice.status.is_unknown
    assert invoice.status == "written_off" and invoice.status.value == "written_off"
    assert isinstance(invoice.currency, Currency) and invoice.currency.is_unknown
    assert invoice.currency == "XBT"
    assert not Currency.USD.is_unknown
    assert Currency("XBT") is invoice.currency
    assert invoice.to_dict()["status"] == "written_off" and invoice.to_dict()["currency"] == "XBT"
    messages = [r.getMessage() for r in caplog.records]
    assert sum("'written_off'" in m for m in messages) == 1
    assert sum("'XBT'" in m for m in messages) == 1


def test_an_enum_value_of_the_wrong_type_is_still_rejected() -> None:
    with pytest.raises(ValueError):
        Currency(840)  # type: ignore[arg-type]
