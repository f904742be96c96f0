"""Every field of every object schema, given each kind of value a server sends instead of the spec's, parsed by
the three paths a response can take: the general path (``from_dict``), lazy parsing (``lazy_parsing=True``:
nested values kept as byte spans, parsed on first read) and the typed-decode fast path (msgspec). They agree:

- report mode never raises for a value of a field (only a list envelope's ``data`` is structural): the value is
  kept and reported at its JSON path, the same on the eager and the lazy path, read down to the last field;
- strict mode raises ResponseValidationError at the same path on each;
- the fast path answers only where the general path finds no deviation, with an identical model.

The fields are found by walking openapi/stuut.yaml (test_value_formats.py), so a field added to the spec is
covered without a test change.
"""

from __future__ import annotations

import copy
import datetime
import enum
import json
from typing import Any

import attrs
import httpx
import pytest
from spec_tools import model_class
from stuut_client import Client, collect_deviations
from stuut_client._response import build_response
from stuut_client._typed_decode import Miss, decode_model, forget_learned_keys
from stuut_client.errors import ResponseValidationError
from test_value_formats import OBJECTS, SCHEMAS, minimal, resolve, variants

MISSING: Any = object()  # the key left out

# One value of each JSON type (a server's wrong type is one of these).
JSON_KINDS: list[Any] = [None, "x", "", 7, -1, 1.5, 2.0, True, False, {}, {"k": 1}, [], [1], ["x"], [None]]
# Values only a field of a given kind can get wrong (or right) in a subtler way.
BY_FORMAT: dict[str, list[Any]] = {
    "date": ["soon", "20240115", "2024-W03-1", "2024-01-15T00:00:00Z", "2024-02-30", "2024-01-15"],
    "date-time": [
        "yesterday",
        "2024-01-15T10:00:00",
        "2024-01-15",
        "2024-01-01T24:00:00Z",
        "2024-01-15 10:00:00Z",
        "2024-01-15T10:00:00+02:00",
    ],
    "uuid": [
        "not-a-uuid",
        "12345678-1234-5678-1234-56781234567",  # a digit short
        "12345678-1234-5678-1234-56781234567g",
        "12345678123456781234567812345678",  # no hyphens: uuid.UUID takes it, the format does not
        "{12345678-1234-5678-1234-567812345678}",
        "urn:uuid:12345678-1234-5678-1234-567812345678",
        " 2345678-1234-5678-1234-567812345678",  # int() takes the space
        "1234567_-1234-5678-1234-567812345678",  # and an underscore
        "12345678-1234-5678-1234-567812345678",
        "ABCDEF12-1234-5678-1234-567812345678",  # upper case is valid
    ],
}
BY_TYPE: dict[str, list[Any]] = {
    "integer": [10**30, -(10**20), 1.0, 0.0],
    "number": [10**30, 0, -0.0, 1e300],
    "string": ["\u0000", "é" * 3, "null"],
    "boolean": [0, 1, "true"],
}


def candidates(schema: dict[str, Any]) -> list[Any]:
    """The values tried for a property: every JSON type, and what its formats, enums and items make likely."""
    values: list[Any] = [MISSING, *JSON_KINDS]
    for variant in variants(schema):
        values += BY_FORMAT.get(variant.get("format", ""), [])
        values += BY_TYPE.get(variant.get("type", ""), [])
        if "enum" in variant:
            values += [variant["enum"][-1], "zz_not_listed", variant["enum"][0].upper() + "_"]
        if variant.get("type") == "array":
            item = resolve(variant.get("items", {}))
            values += [[value] for value in candidates(item)[1:] if not isinstance(value, list)]
            if item.get("type") == "object":
                values.append([minimal(item), "x", minimal(item)])
        if variant.get("type") == "object" and variant.get("properties"):
            values.append(minimal(variant))
    unique: list[Any] = []
    for value in values:
        if not any(type(value) is type(seen) and value == seen for seen in unique):
            unique.append(value)
    return unique


def typed(value: Any) -> Any:
    """A parsed value as plain data, every attribute read (a lazy model parses its nested fields here), with the
    types in it: 1 and 1.0, a naive and an aware date-time, a member and its value all differ."""
    if attrs.has(type(value)):
        fields = {field.name: typed(getattr(value, field.name)) for field in attrs.fields(type(value))}
        return (type(value).__name__, fields)
    if isinstance(value, list):
        return [typed(item) for item in value]
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, enum.Enum):
        return (type(value).__name__, value.value, getattr(value, "is_unknown", False))
    if isinstance(value, datetime.datetime):
        return ("datetime", value.isoformat())
    return (type(value).__name__, repr(value))


def described(deviations: list[Any]) -> list[tuple[Any, ...]]:
    return [(d.path, d.schema, d.field, d.kind, d.expected, d.received, repr(d.value)) for d in deviations]


def clients() -> dict[tuple[str, bool], Client]:
    return {
        (validation, lazy): Client(token="test-token", validation=validation, lazy_parsing=lazy)
        for validation in ("report", "strict")
        for lazy in (False, True)
    }


CLIENTS = clients()
REQUEST = httpx.Request("GET", "https://api.stuut.ai/things")


def through_client(cls: Any, body: bytes, validation: str, lazy: bool) -> tuple[Any, list[Any]]:
    """The response path (fast path first unless lazy), every field read, and its deviations; or the error."""
    response = httpx.Response(200, content=body, request=REQUEST, headers={"x-request-id": "req_1"})
    parsers = {200: lambda data, lazy: cls.from_dict(data, lazy=lazy)}
    try:
        parsed = build_response(CLIENTS[(validation, lazy)], response, "an_operation", parsers, {200: cls})
        return typed(parsed.parsed), described(parsed.deviations)  # read first: lazy reads add deviations
    except ResponseValidationError as error:
        return "raised", error.path


def general(cls: Any, body: bytes, validation: str) -> tuple[Any, list[Any]]:
    data = json.loads(body)
    try:
        with collect_deviations(validation) as collector:  # type: ignore[arg-type]
            parsed = cls.from_dict(data)
        return typed(parsed), described(collector.resolve(data))
    except ResponseValidationError as error:
        return "raised", error.path


def check_field(name: str, prop: str, value: Any) -> None:
    cls = model_class(name)
    body = copy.deepcopy(minimal(SCHEMAS[name]))
    if value is MISSING:
        body.pop(prop, None)
    else:
        body[prop] = value
    content = json.dumps(body).encode()
    where = f"{name}.{prop} = {'(missing)' if value is MISSING else repr(value)}"
    structural = prop == "data" and SCHEMAS[name]["properties"][prop].get("type") == "array"

    report = general(cls, content, "report")
    if not structural:
        assert report[0] != "raised", f"{where}: report mode raised at {report[1]}"
    assert through_client(cls, content, "report", False) == report, where
    assert through_client(cls, content, "report", True) == report, where

    strict = general(cls, content, "strict")
    if report[0] == "raised" or report[1]:
        assert strict[0] == "raised", f"{where}: strict mode took a value report mode reports"
        # At the first deviation report mode lists (or where report mode raises too).
        assert report[0] == "raised" or strict[1] in {deviation[0] for deviation in report[1]}, where
    else:
        assert strict == report, where
    assert through_client(cls, content, "strict", False) == strict, where
    assert through_client(cls, content, "strict", True) == strict, where

    fast = decode_model(content, cls)
    if report[0] == "raised" or report[1]:
        assert isinstance(fast, Miss), f"{where}: the fast path took a body the general path reports"
    elif not isinstance(fast, Miss):
        assert typed(fast) == report[0], where


@pytest.fixture(autouse=True)
def spec_keys_only() -> Any:
    forget_learned_keys()
    yield
    forget_learned_keys()


@pytest.mark.parametrize("name", OBJECTS)
def test_every_field_agrees_on_every_path_for_every_kind_of_value(name: str) -> None:
    for prop, schema in SCHEMAS[name].get("properties", {}).items():
        for value in candidates(schema):
            check_field(name, prop, value)


def keywords(node: Any, name: str) -> list[Any]:
    """Every value of the keyword ``name`` anywhere in a schema."""
    if isinstance(node, dict):
        found = [node[name]] if name in node and not isinstance(node[name], dict) else []
        return found + [value for child in node.values() for value in keywords(child, name)]
    if isinstance(node, list):
        return [value for child in node for value in keywords(child, name)]
    return []


def test_every_format_the_generator_parses_is_tried_here() -> None:
    """The generator turns date, date-time and uuid strings into Python types here, and would turn binary into a
    File and a const into a check that raises; email and text stay plain strings. A format or const added to the
    spec must get its values above (and, if it can fail to parse, its deviation fallback in the templates)."""
    formats = set(keywords(SCHEMAS, "format")) - {"email", "text"}
    assert formats <= set(BY_FORMAT), formats - set(BY_FORMAT)
    assert keywords(SCHEMAS, "const") == []
