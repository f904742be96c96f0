"""What a FastAPI server may leave out, the client reads as absent and writes back as absent.

A FastAPI/pydantic server (the docs site renders such a server's OpenAPI) configured with
`response_model_exclude_none=True` omits every null field, with `response_model_exclude_defaults=True` every field
equal to its default, with `response_model_exclude_unset=True` any optional field. Each documented response
example, thinned out that way, must parse, and `to_dict()` must not put the missing fields back.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from builders import invoice
from spec_tools import load_spec, model_class, normalise_json, operations
from stuut_client import Client
from stuut_client.api.invoices import list_invoices
from stuut_client.pagination import aiterate_items, iterate_items

Rule = Callable[[dict[str, Any], Any], bool]  # (property schema, example value) -> leave the field out?

EXCLUDE = {
    "exclude_none": lambda schema, value: value is None,
    "exclude_defaults": lambda schema, value: "default" in schema and value == schema["default"],
    "exclude_unset": lambda schema, value: True,
}


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = load_spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def variant_for(schema: dict[str, Any], value: Any) -> dict[str, Any] | None:
    """The variant of `schema` (a plain schema or an anyOf) that describes `value`'s JSON kind."""
    for candidate in [resolve(s) for s in schema.get("anyOf", [schema])]:
        kind = candidate.get("type")
        if (isinstance(value, dict) and (kind == "object" or "properties" in candidate)) or (
            isinstance(value, list) and kind == "array"
        ):
            return candidate
    return None


def thin_out(schema: dict[str, Any], value: Any, leave_out: Rule) -> Any:
    """`value` without the optional fields `leave_out` picks, at every depth."""
    variant = variant_for(resolve(schema), value)
    if variant is None:
        return value
    if isinstance(value, list):
        return [thin_out(variant.get("items", {}), item, leave_out) for item in value]
    properties, required = variant.get("properties", {}), set(variant.get("required", []))
    kept = {}
    for name, field in value.items():
        field_schema = resolve(properties.get(name, {}))
        if name not in required and name in properties and leave_out(field_schema, field):
            continue
        kept[name] = thin_out(field_schema, field, leave_out)
    return kept


def documented_examples() -> list[Any]:
    return [pytest.param(op, id=op.operation_id) for op in operations()]


@pytest.mark.parametrize("rule", EXCLUDE)
@pytest.mark.parametrize("op", documented_examples())
def test_an_example_without_its_omittable_fields_parses_and_round_trips_without_them(op: Any, rule: str) -> None:
    content = op.ok_response()
    thinned = thin_out(content["schema"], copy.deepcopy(content["example"]), EXCLUDE[rule])
    schema = resolve(content["schema"])
    if schema.get("type") == "array":
        cls = model_class(content["schema"]["items"]["$ref"])
        written: Any = [cls.from_dict(item).to_dict() for item in thinned]
    else:
        written = model_class(content["schema"]["$ref"]).from_dict(thinned).to_dict()
    assert normalise_json(written) == normalise_json(thinned)


def test_every_page_envelope_field_may_be_left_out() -> None:
    # The List Invoices and List Users pages mark none of the four as required.
    for name, schema in load_spec()["components"]["schemas"].items():
        if name.endswith("Page"):
            assert set(schema.get("required", [])).isdisjoint({"data", "current_page", "total_records", "next_page"})
            page = model_class(name).from_dict({})
            assert page.to_dict() == {}, name


def fastapi_pages(total: int, limit: int) -> Callable[[httpx.Request], httpx.Response]:
    """Pages as a FastAPI server with exclude_none and exclude_defaults sends them: no null, no zero."""

    def handle(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "0"))
        ids = [f"inv_{n}" for n in range(page * limit, min((page + 1) * limit, total))]
        body: dict[str, Any] = {"data": [invoice(i) for i in ids], "current_page": page, "total_records": total}
        if (page + 1) * limit < total:
            body["next_page"] = page + 1
        body = {key: value for key, value in body.items() if value != 0}
        return httpx.Response(200, content=json.dumps(body).encode(), headers={"content-type": "application/json"})

    return handle


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_walk_over_pages_without_null_and_default_envelope_fields_yields_every_record(mode: str) -> None:
    client = Client(token="test-token", httpx_args={"transport": httpx.MockTransport(fastapi_pages(450, 50))})
    if mode == "sync":
        ids = [item.id for item in iterate_items(list_invoices, client=client, limit=50)]
    else:
        ids = [item.id async for item in aiterate_items(list_invoices, client=client, limit=50)]
    assert ids == [f"inv_{n}" for n in range(450)]
