"""Every field of a kind, across the spec: dates, date-times, arrays of plain items, missing required fields, and
JSON nested too deeply. Each case runs eager, lazy and (where the model has one) through the typed-decode fast
path, in report and strict mode (README "Validation: responses that deviate from the spec").

The fields are found by walking openapi/stuut.yaml, so a field added to the spec is covered without a test
change. Values are put into a minimal valid instance of the field's schema (required fields only, the first
variant of a union), so that the deviation looked at is the only one.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import json
import pickle
import uuid
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
from spec_tools import load_spec, model_class
from stuut_client import Client, collect_deviations
from stuut_client._datetime import is_rfc3339_datetime, parse_rfc3339_datetime
from stuut_client._typed_decode import Miss, decode_model, has_fast_path
from stuut_client.api.integrations import request_sync
from stuut_client.api.invoices import list_invoices, retrieve_invoice
from stuut_client.errors import ResponseValidationError, StuutError

SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]
OBJECTS = sorted(name for name, schema in SCHEMAS.items() if schema.get("type") == "object")


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def variants(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The non-null variants of a property's schema (itself when it is not a union)."""
    schema = resolve(schema)
    members = schema.get("anyOf") or schema.get("oneOf")
    if members is None:
        return [schema]
    return [resolve(member) for member in members if resolve(member).get("type") != "null"]


def minimal(schema: dict[str, Any], depth: int = 0) -> Any:
    """A small value that fits ``schema``."""
    schema = variants(schema)[0]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        if depth > 6:
            pytest.skip("schema nests too deeply for a minimal instance")
        properties = schema.get("properties", {})
        return {key: minimal(properties[key], depth + 1) for key in schema.get("required", []) if key in properties}
    if kind == "array":
        return []
    if kind == "string":
        formats = {
            "date": "2024-01-15",
            "date-time": "2024-01-15T10:00:00Z",
            "uuid": "12345678-1234-5678-1234-567812345678",
        }
        return formats.get(schema.get("format", ""), "x")
    return {"integer": 1, "number": 1.5, "boolean": True}.get(kind, "x")


def fields_where(test: Any) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(schema, property, the property's single non-null variant) for every object property ``test`` accepts."""
    for name in OBJECTS:
        for prop, schema in SCHEMAS[name].get("properties", {}).items():
            found = variants(schema)
            if len(found) == 1 and test(found[0]):
                yield name, prop, found[0]


def ids(cases: list[tuple[str, str, Any]]) -> list[str]:
    return [f"{name}.{prop}" for name, prop, *_ in cases]


def attribute(model: Any, prop: str) -> Any:
    names = {field.name for field in attrs.fields(type(model))}
    return getattr(model, prop if prop in names else f"{prop}_")


def parse_report(name: str, body: dict[str, Any], lazy: bool) -> tuple[Any, list[Any]]:
    data = copy.deepcopy(body)
    with collect_deviations("report") as collector:
        model = model_class(name).from_dict(data, lazy=lazy)
    collector.resolve(data)
    return model, collector.deviations


def assert_fast_path_misses(name: str, body: dict[str, Any]) -> None:
    """The typed-decode fast path returns a model only for a body with no deviation."""
    if has_fast_path(model_class(name)):
        assert isinstance(decode_model(json.dumps(body).encode(), model_class(name)), Miss)


def assert_fast_path_takes(name: str, body: dict[str, Any]) -> None:
    if has_fast_path(model_class(name)):
        assert not isinstance(decode_model(json.dumps(body).encode(), model_class(name)), Miss)


# Dates (format: date) and date-times (format: date-time).

DATE_FIELDS = list(fields_where(lambda s: s.get("type") == "string" and s.get("format") == "date"))
DATETIME_FIELDS = list(fields_where(lambda s: s.get("type") == "string" and s.get("format") == "date-time"))

# Not a date at all: kept as sent.
BAD_DATES_UNPARSEABLE = ["soon", "2024-01-15T00:00:00Z", "15/01/2024", "2024-13-45"]
# ISO 8601 forms date.fromisoformat takes that are not RFC 3339 full-dates: kept as parsed.
BAD_DATES_PARSEABLE = {"20240115": datetime.date(2024, 1, 15), "2024-W03-1": datetime.date(2024, 1, 15)}

UTC = datetime.UTC
BAD_DATETIMES_UNPARSEABLE = ["yesterday", "2024-13-45T99:00:00Z", "15/01/2024 10:00"]
# Forms fromisoformat takes that are not RFC 3339 date-times (no offset, date only, week date, basic format,
# reduced precision, precision lost): kept as parsed.
BAD_DATETIMES_PARSEABLE = {
    "2024-03-02T12:00:00.123456": datetime.datetime(2024, 3, 2, 12, 0, 0, 123456),
    "2024-01-15T10:00:00": datetime.datetime(2024, 1, 15, 10),
    "2024-01-15": datetime.datetime(2024, 1, 15),
    "2024-W03-1": datetime.datetime(2024, 1, 15),
    "20240115T100000": datetime.datetime(2024, 1, 15, 10),
    "20240115T100000Z": datetime.datetime(2024, 1, 15, 10, tzinfo=UTC),
    "2024-01-15T10Z": datetime.datetime(2024, 1, 15, 10, tzinfo=UTC),
    "2024-01-15T10:00:00+0000": datetime.datetime(2024, 1, 15, 10, tzinfo=UTC),
    "2024-01-15T10:00:00.1234567Z": datetime.datetime(2024, 1, 15, 10, 0, 0, 123456, tzinfo=UTC),
}
GOOD_DATETIMES = {
    "2024-01-15T10:00:00Z": datetime.datetime(2024, 1, 15, 10, tzinfo=UTC),
    "2024-01-15T10:00:00.5+02:00": datetime.datetime(
        2024, 1, 15, 10, 0, 0, 500000, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
    ),
    # More than 6 fractional digits, none of them lost: the parse is kept without a deviation.
    "2024-01-15T10:00:00.1234560Z": datetime.datetime(2024, 1, 15, 10, 0, 0, 123456, tzinfo=UTC),
}


def check_format_deviation(name: str, prop: str, sent: str, kept: Any, expected: str) -> None:
    body = dict(minimal(SCHEMAS[name]), **{prop: sent})
    for lazy in (False, True):
        model, deviations = parse_report(name, body, lazy)
        assert attribute(model, prop) == kept
        assert type(attribute(model, prop)) is type(kept)
        assert [(d.path, d.kind, d.expected, d.value) for d in deviations] == [(f"$.{prop}", "format", expected, sent)]
        if isinstance(kept, str):  # kept as sent: written back as it came
            assert model.to_dict()[prop] == sent
    with pytest.raises(ResponseValidationError) as caught:
        model_class(name).from_dict(copy.deepcopy(body))
    assert caught.value.path == f"$.{prop}"
    assert_fast_path_misses(name, body)


@pytest.mark.parametrize(("name", "prop", "schema"), DATE_FIELDS, ids=ids(DATE_FIELDS))
def test_a_date_field_that_is_not_an_rfc3339_date_is_a_format_deviation(name: str, prop: str, schema: Any) -> None:
    for sent in BAD_DATES_UNPARSEABLE:
        check_format_deviation(name, prop, sent, sent, "a date string")
    for sent, parsed in BAD_DATES_PARSEABLE.items():
        check_format_deviation(name, prop, sent, parsed, "a date string")
    body = dict(minimal(SCHEMAS[name]), **{prop: "2024-01-15"})
    for lazy in (False, True):
        model, deviations = parse_report(name, body, lazy)
        assert (attribute(model, prop), deviations) == (datetime.date(2024, 1, 15), [])
    assert_fast_path_takes(name, body)


@pytest.mark.parametrize(("name", "prop", "schema"), DATETIME_FIELDS, ids=ids(DATETIME_FIELDS))
def test_a_date_time_field_that_is_not_rfc3339_is_a_format_deviation(name: str, prop: str, schema: Any) -> None:
    for sent in BAD_DATETIMES_UNPARSEABLE:
        check_format_deviation(name, prop, sent, sent, "a date-time string")
    for sent, parsed in BAD_DATETIMES_PARSEABLE.items():
        check_format_deviation(name, prop, sent, parsed, "a date-time string")
    for sent, parsed in GOOD_DATETIMES.items():
        body = dict(minimal(SCHEMAS[name]), **{prop: sent})
        for lazy in (False, True):
            model, deviations = parse_report(name, body, lazy)
            assert (attribute(model, prop), deviations) == (parsed, [])
        model_class(name).from_dict(copy.deepcopy(body))  # strict: no error
        if ".1234560" not in sent:  # more than 6 digits: the fast path leaves it to from_dict
            assert_fast_path_takes(name, body)


def parsed_or_refused(parse: Any, value: str) -> Any:
    try:
        return parse(value)
    except ValueError:
        return "refused"


def regex_then_fromisoformat(value: str) -> datetime.datetime:
    """What from_dict takes as an RFC 3339 date-time without a deviation: fromisoformat's parse, the regex's shape."""
    parsed = datetime.datetime.fromisoformat(value)
    if not is_rfc3339_datetime(value):
        raise ValueError("not in shape")
    return parsed


def datetime_strings(count: int, seed: int) -> Iterator[str]:
    """Date-time strings near RFC 3339's shape: every listed form above, then edits of good ones (a character
    deleted, inserted or replaced, from the characters ISO 8601 forms are made of) and lengths at every edge."""
    import random

    rng = random.Random(seed)
    yield from BAD_DATETIMES_UNPARSEABLE
    yield from BAD_DATETIMES_PARSEABLE
    yield from GOOD_DATETIMES
    # fromisoformat's own leniencies: an empty fraction, the offset starting where the seconds should be.
    yield from ["2024-01-15T10:00:00.Z", "2024-01-15T10:00:-00", "2024-01-15T10:00:+05:30", "2024-01-15T10:00:Z"]
    fractions = ["", *(("." + "123456789"[:n]) for n in range(1, 10)), ",5", "."]
    offsets = ["Z", "z", "", "+02:00", "-02:00", "+0200", "+02", "+02:00:00", "+02:00:00.5", "-00:00", "+24:00"]
    times = ["10:00:00", "10:00", "10", "100000", "23:59:60", "24:00:00"]
    dates = ["2024-01-15", "20240115", "2024-W03-1", "2024-W03", "2024-015", "0001-01-01", "9999-12-31"]
    for date in dates:
        for separator in "Tt _X":
            for time_of_day in times:
                for fraction in fractions:
                    for offset in offsets:
                        yield f"{date}{separator}{time_of_day}{fraction}{offset}"
    alphabet = "0123456789-:T t.,Z+zW"
    good = list(GOOD_DATETIMES) + ["2024-01-15T10:00:00.123456+05:30", "2024-01-15 10:00:00-08:00"]
    for _ in range(count):
        value = list(rng.choice(good))
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(value) + 1)
            edit = rng.choice(("delete", "insert", "replace"))
            if edit == "insert" or not value:
                value.insert(at, rng.choice(alphabet))
            elif at < len(value):
                value[at] = rng.choice(alphabet) if edit == "replace" else ""
        yield "".join(value)


def test_the_fast_paths_date_time_parse_takes_exactly_what_fromisoformat_and_the_regex_take() -> None:
    # _datetime.parse_rfc3339_datetime checks the shape by position, relying on fromisoformat for the digits: on
    # every string, it must parse or refuse as fromisoformat followed by the regex does, on this Python too.
    seen = 0
    for value in datetime_strings(count=20_000, seed=15):
        expected = parsed_or_refused(regex_then_fromisoformat, value)
        got = parsed_or_refused(parse_rfc3339_datetime, value)
        assert got == expected, value
        if expected != "refused":
            assert got.tzinfo == expected.tzinfo, value
            seen += 1
    assert seen > 1_000  # the set holds many good date-times, not only refusals


# UUIDs (format: uuid).

UUID_FIELDS = list(fields_where(lambda s: s.get("type") == "string" and s.get("format") == "uuid"))
UUID_VALUE = uuid.UUID("12345678-1234-5678-1234-567812345678")
# Not a UUID at all: kept as sent.
BAD_UUIDS_UNPARSEABLE = [
    "not-a-uuid",
    "",
    "12345678-1234-5678-1234-56781234567",
    "12345678-1234-5678-1234-5678123456zz",
]
# Forms uuid.UUID takes that are not RFC 4122's 8-4-4-4-12: kept as parsed.
BAD_UUIDS_PARSEABLE = {
    "12345678123456781234567812345678": UUID_VALUE,
    "{12345678-1234-5678-1234-567812345678}": UUID_VALUE,
    "urn:uuid:12345678-1234-5678-1234-567812345678": UUID_VALUE,
    "1234-5678-1234-5678-1234-5678-1234-5678": UUID_VALUE,
    " 2345678-1234-5678-1234-567812345678": uuid.UUID("02345678-1234-5678-1234-567812345678"),
}
GOOD_UUIDS = {
    "12345678-1234-5678-1234-567812345678": UUID_VALUE,
    "ABCDEF12-1234-5678-1234-567812345678": uuid.UUID("abcdef12-1234-5678-1234-567812345678"),
}


def test_the_spec_has_uuid_fields() -> None:
    assert UUID_FIELDS


@pytest.mark.parametrize(("name", "prop", "schema"), UUID_FIELDS, ids=ids(UUID_FIELDS))
def test_a_uuid_field_that_is_not_an_rfc4122_uuid_is_a_format_deviation(name: str, prop: str, schema: Any) -> None:
    for sent in BAD_UUIDS_UNPARSEABLE:
        check_format_deviation(name, prop, sent, sent, "a UUID string")
    for sent, parsed in BAD_UUIDS_PARSEABLE.items():
        check_format_deviation(name, prop, sent, parsed, "a UUID string")
    for sent, parsed in GOOD_UUIDS.items():
        body = dict(minimal(SCHEMAS[name]), **{prop: sent})
        for lazy in (False, True):
            model, deviations = parse_report(name, body, lazy)
            assert (attribute(model, prop), deviations) == (parsed, [])
        model_class(name).from_dict(copy.deepcopy(body))  # strict: no error
        assert_fast_path_takes(name, body)
    for sent in (123, True, ["x"]):  # not a string: a type deviation, kept as sent
        body = dict(minimal(SCHEMAS[name]), **{prop: sent})
        model, deviations = parse_report(name, body, False)
        assert attribute(model, prop) == sent
        assert [(d.path, d.kind, d.expected) for d in deviations] == [(f"$.{prop}", "type", "a UUID string")]
        assert model.to_dict()[prop] == sent


def test_a_bad_uuid_costs_one_field_not_the_response() -> None:
    syncs = [dict(minimal(SCHEMAS["IntegrationSync"]), id=i) for i in ("s1", "s2")]
    syncs[1]["batch_id"] = "not-a-uuid"
    for lazy in (False, True):
        response = request_sync.sync_detailed("conn_1", client=answering(syncs, lazy_parsing=lazy))
        assert [sync.batch_id for sync in response.parsed] == [UUID_VALUE, "not-a-uuid"]
        assert [(d.path, d.kind, d.value) for d in response.deviations] == [("$[1].batch_id", "format", "not-a-uuid")]
    with pytest.raises(ResponseValidationError) as caught:
        request_sync.sync_detailed("conn_1", client=answering(syncs, validation="strict"))
    assert (caught.value.path, caught.value.operation) == ("$[1].batch_id", "request_sync")


def test_a_bad_date_costs_one_field_not_the_page_of_a_walk() -> None:
    invoices = [
        {"amount_due": 1.0, "currency": "USD", "object": "invoice", "remote_id": "r", "total_amount": 1.0, "id": i}
        for i in ("inv_a", "inv_b")
    ]
    invoices[1]["promised_to_pay_date"] = "TBD"
    invoices[0]["issued_at"] = "2024-03-02T12:00:00.123456"
    page = {"data": invoices, "current_page": 0, "next_page": None}
    for lazy in (False, True):
        response = list_invoices.sync_detailed(client=answering(page, lazy_parsing=lazy), limit=2)
        assert [invoice.id for invoice in response.parsed.data] == ["inv_a", "inv_b"]
        assert response.parsed.data[1].promised_to_pay_date == "TBD"
        assert response.parsed.data[0].issued_at == datetime.datetime(2024, 3, 2, 12, 0, 0, 123456)
        assert sorted((d.path, d.kind) for d in response.deviations) == [
            ("$.data[0].issued_at", "format"),
            ("$.data[1].promised_to_pay_date", "format"),
        ]


# Arrays of plain items (list[str], list[int], list[float], list[bool]).

PLAIN = {"string": "x", "integer": 1, "number": 1.5, "boolean": True}
WRONG = {"string": 123, "integer": "x", "number": "x", "boolean": "x"}
PLAIN_ARRAYS = [
    (name, prop, schema["items"]["type"])
    for name, prop, schema in fields_where(
        lambda s: (
            s.get("type") == "array"
            and resolve(s.get("items", {})).get("type") in PLAIN
            and "enum" not in resolve(s["items"])
            and "format" not in resolve(s["items"])
        )
    )
]


def test_the_spec_has_arrays_of_every_plain_item_type_checked_here() -> None:
    assert {"string", "integer"} <= {kind for _, _, kind in PLAIN_ARRAYS}


@pytest.mark.parametrize(("name", "prop", "kind"), PLAIN_ARRAYS, ids=ids(PLAIN_ARRAYS))
def test_each_item_of_an_array_of_plain_values_is_checked(name: str, prop: str, kind: str) -> None:
    sent = [PLAIN[kind], WRONG[kind], None, {"x": 1}, PLAIN[kind]]
    body = dict(minimal(SCHEMAS[name]), **{prop: sent})
    for lazy in (False, True):
        model, deviations = parse_report(name, body, lazy)
        assert attribute(model, prop) == sent  # kept as sent
        assert [(d.path, d.field, d.kind) for d in deviations] == [
            (f"$.{prop}[1]", prop, "type"),
            (f"$.{prop}[2]", prop, "null"),
            (f"$.{prop}[3]", prop, "type"),
        ]
        assert model.to_dict()[prop] == sent
    with pytest.raises(ResponseValidationError) as caught:
        model_class(name).from_dict(copy.deepcopy(body))
    assert caught.value.path == f"$.{prop}[1]"
    assert_fast_path_misses(name, body)
    fitting = dict(body, **{prop: [PLAIN[kind], PLAIN[kind]]})
    for lazy in (False, True):
        assert parse_report(name, fitting, lazy)[1] == []
    if kind == "number":  # a JSON integer is a number
        assert parse_report(name, dict(body, **{prop: [1, 2.5]}), False)[1] == []
    if kind in ("integer", "number"):  # a boolean is not
        assert [d.path for d in parse_report(name, dict(body, **{prop: [True]}), False)[1]] == [f"$.{prop}[0]"]


# A required field that was missing: to_dict leaves the key out, as it came.

REQUIRED = [
    (name, prop)
    for name in OBJECTS
    for prop in SCHEMAS[name].get("required", [])
    # A list envelope's `data` is structural: without it the body raises (tests/test_model_properties.py).
    if prop in SCHEMAS[name].get("properties", {}) and prop != "data"
]


def python_name(model: Any, prop: str) -> str:
    names = {field.name for field in attrs.fields(type(model))}
    return prop if prop in names else f"{prop}_"


def copies(model: Any) -> dict[str, Any]:
    return {
        "attrs.evolve": attrs.evolve(model),
        "copy.copy": copy.copy(model),
        "copy.deepcopy": copy.deepcopy(model),
        "pickle": pickle.loads(pickle.dumps(model)),
    }


@pytest.mark.parametrize(("name", "prop"), REQUIRED, ids=[f"{n}.{p}" for n, p in REQUIRED])
def test_a_missing_required_field_stays_out_of_to_dict(name: str, prop: str) -> None:
    body = minimal(SCHEMAS[name])
    complete = parse_report(name, body, False)[0]
    body = copy.deepcopy(body)
    del body[prop]
    for lazy in (False, True):
        model, deviations = parse_report(name, body, lazy)
        assert attribute(model, prop) is None
        assert [(d.path, d.kind) for d in deviations] == [(f"$.{prop}", "missing")]
        assert prop not in model.to_dict()
        # Every copy keeps the mark, and so leaves the key out too.
        for how, copied in copies(model).items():
            assert (attribute(copied, prop), copied.to_dict()) == (None, model.to_dict()), how
            assert copied == model, how
        # Given a value (a copy with it, or set on the model), the field is written like any other.
        value = attribute(complete, prop)
        assert attrs.evolve(model, **{python_name(model, prop): value}).to_dict() == complete.to_dict()
        setattr(model, python_name(model, prop), value)
        assert model.to_dict() == complete.to_dict()


def test_a_missing_field_of_a_nested_model_stays_out_of_copies_of_its_parent() -> None:
    invoice = {**INVOICE, "id": "inv_1", "partner": {"id": "par_1"}, "payments": [{"id": "pay_1"}]}
    for lazy in (False, True):
        model, deviations = parse_report("Invoice", invoice, lazy)
        assert model.to_dict()["partner"] == {"id": "par_1"}
        assert [d.kind for d in deviations].count("missing") >= 2
        for how, copied in copies(model).items():
            assert copied.to_dict() == model.to_dict(), how


# JSON nested too deeply: a ResponseValidationError in every mode, sync and async, eager and lazy.

INVOICE = {"amount_due": 1.0, "currency": "USD", "object": "invoice", "remote_id": "r", "total_amount": 1.0}


# Deeper than any interpreter lets the decoder go: 3.11 and 3.12 stop msgspec at a few thousand levels, 3.13
# decodes 5,000 and stops short of 20,000 (its C recursion limit).
TOO_DEEP = 100_000


def deep(depth: int = TOO_DEEP) -> bytes:
    return b"[" * depth + b"]" * depth


DEEP_BODIES = {
    "free-form field": b'{"id": "i", "custom_fields": ' + deep() + b", " + json.dumps(INVOICE).encode()[1:],
    "undeclared key": b'{"id": "i", "surprise": ' + deep() + b", " + json.dumps(INVOICE).encode()[1:],
    "whole body": deep(),
    "deep objects": b'{"a":' * TOO_DEEP + b"1" + b"}" * TOO_DEEP,
}


def answering(body: bytes | dict[str, Any] | list[Any], **kwargs: Any) -> Client:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    return Client(token="test-token", max_retries=0, httpx_args={"transport": transport}, **kwargs)


@pytest.mark.parametrize("where", list(DEEP_BODIES))
@pytest.mark.parametrize("validation", ["report", "strict"])
@pytest.mark.parametrize("lazy", [False, True])
def test_json_nested_too_deeply_is_a_response_validation_error(where: str, validation: str, lazy: bool) -> None:
    client = answering(DEEP_BODIES[where], validation=validation, lazy_parsing=lazy)
    calls = [
        lambda: retrieve_invoice.sync(client=client, invoice_id="i"),
        lambda: asyncio.run(retrieve_invoice.asyncio(client=client, invoice_id="i")),
        lambda: list_invoices.sync(client=client),
    ]
    for call in calls:
        with pytest.raises(StuutError) as caught:
            call()
        assert isinstance(caught.value, ResponseValidationError)
        assert "nested too deeply" in str(caught.value)
