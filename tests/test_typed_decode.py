"""The fast path (stuut_client/_typed_decode.py) against the general path (from_dict), through the client.

The fast path is only allowed to answer when the general path would have answered the same with no deviation.
Here: every model has one; each kind of refusal its module docstring lists misses, and the client still keeps,
reports or raises it; a conforming page takes it through the client to an identical model; undeclared keys are
kept, learned, and capped. The same properties on generated instances of every schema are in
test_typed_decode_properties.py (hypothesis-jsonschema, so not part of test-compat).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
from spec_tools import documented_invoice, load_spec, model_class
from stuut_client import Client, _typed_decode, collect_deviations
from stuut_client._decode import loads
from stuut_client._typed_decode import MISS, Miss, decode_model, forget_learned_keys, has_fast_path, learn_keys
from stuut_client.api.invoices import list_invoices, retrieve_invoice
from stuut_client.errors import ResponseValidationError
from stuut_client.models import Invoice, InvoicePage, Partner

OBJECT_SCHEMAS = sorted(
    name for name, schema in load_spec()["components"]["schemas"].items() if schema.get("type") == "object"
)


def general_path(body: bytes, cls: Any) -> tuple[Any, list[Any]] | ResponseValidationError:
    """What from_dict makes of ``body`` in report mode (the client's default): the model and its deviations."""
    try:
        data = loads(body)
        with collect_deviations("report") as collector:
            parsed = cls.from_dict(data)
        return parsed, collector.resolve(data)
    except (ResponseValidationError, ValueError) as error:
        return ResponseValidationError(str(error))


def assert_identical(fast: Any, slow: Any, where: str = "$") -> None:
    """Equal, and of the same types all the way down (== alone would let 1 == 1.0 and naive/aware mixes by)."""
    assert type(fast) is type(slow), f"{where}: {type(fast).__name__} != {type(slow).__name__}"
    if attrs.has(type(fast)):
        for field in attrs.fields(type(fast)):
            left, right = getattr(fast, field.name), getattr(slow, field.name)
            if field.name == "additional_properties":  # learned keys come in the order they were learned
                left, right = dict(sorted(left.items())), dict(sorted(right.items()))
            assert_identical(left, right, f"{where}.{field.name}")
    elif isinstance(fast, list):
        assert len(fast) == len(slow), where
        for index, (left, right) in enumerate(zip(fast, slow, strict=True)):
            assert_identical(left, right, f"{where}[{index}]")
    elif isinstance(fast, dict):
        assert list(fast) == list(slow), where
        for key in fast:
            assert_identical(fast[key], slow[key], f"{where}.{key}")
    elif isinstance(fast, enum.Enum):
        assert fast is slow, where
    elif isinstance(fast, dt.datetime):
        assert (fast, fast.utcoffset()) == (slow, slow.utcoffset()), where
    else:
        assert fast == slow, where


@pytest.fixture(autouse=True)
def spec_keys_only() -> Iterator[None]:
    """Each test starts, and leaves the process, with no undeclared key learned."""
    forget_learned_keys()
    yield
    forget_learned_keys()


def fast_path(body: bytes, cls: Any, general: Any, fresh: bool = True) -> Any:
    """What the fast path makes of ``body`` (``fresh``: in a process that has learned no key yet); after a miss
    for an undeclared key, what it makes of it once the general path's model has taught it the key (as the
    response path does)."""
    if fresh:  # hypothesis runs many examples per test: each starts with nothing learned
        forget_learned_keys()
    fast = decode_model(body, cls)
    if isinstance(fast, Miss) and fast.undeclared_key and not isinstance(general, ResponseValidationError):
        learn_keys(general[0])
        fast = decode_model(body, cls)
    return fast


def test_every_model_has_a_fast_path() -> None:
    missing = [name for name in OBJECT_SCHEMAS if not has_fast_path(model_class(name))]
    assert missing == []


RAW = "@raw@"  # where a JSON token json.dumps cannot write (NaN, 1e400, a lone surrogate) goes
REMOVED = object()


def invoice_with(key: str, value: Any = REMOVED, raw: str | None = None) -> str:
    """The documented invoice with its own ``key`` set to ``value`` (or removed), or to the JSON text ``raw``."""
    invoice = documented_invoice()
    if raw is not None:
        invoice[key] = RAW
    elif value is REMOVED:
        del invoice[key]
    else:
        invoice[key] = value
    return json.dumps(invoice).replace(json.dumps(RAW), raw or "")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(invoice_with("remote_id", None), id="null where not nullable"),
        pytest.param(invoice_with("currency", "QQQ"), id="unlisted enum value"),
        pytest.param(invoice_with("total_amount", True), id="boolean for a number"),
        pytest.param(invoice_with("billing_address_id", 1.0), id="1.0 for an int"),
        pytest.param(invoice_with("total_amount", raw="1e400"), id="number out of range"),
        pytest.param(invoice_with("total_amount", raw="NaN"), id="NaN"),
        pytest.param(invoice_with("memo", raw='"\\ud800"'), id="lone surrogate"),
        pytest.param(invoice_with("created_at", "2024-13-01"), id="bad date-time"),
        pytest.param(invoice_with("created_at", "2024-01-01T24:00:00Z"), id="date-time only the lenient parser reads"),
        pytest.param(invoice_with("object"), id="required key missing"),
        pytest.param("[]", id="not an object"),
    ],
)
def test_each_kind_of_refusal_misses_and_the_client_still_keeps_reports_or_raises_it(body: str) -> None:
    fast = decode_model(body.encode(), Invoice)
    if (
        "24:00" in body
    ):  # the fast path's check refuses it; the invoice's own fields then take from_dict, which reads it
        assert_identical(fast, Invoice.from_dict(loads(body)))
    else:  # with no collection active a deviation is a miss
        assert fast is MISS
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body.encode()))
    client = Client(token="test-token", httpx_args={"transport": transport})
    try:
        response = retrieve_invoice.sync_detailed("inv_1", client=client)
    except ResponseValidationError as error:  # NaN, 1e400, lone surrogate, not an object: broken JSON for a model
        assert "retrieve_invoice" in str(error)
    else:  # a date-time only the lenient parser reads is no deviation; everything else is reported
        assert isinstance(response.parsed, Invoice)
        assert response.deviations or "24:00" in body


def test_a_conforming_page_takes_the_fast_path_through_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    page = {"data": [documented_invoice()] * 3, "current_page": 1, "total_records": 3, "next_page": None}
    body = json.dumps(page).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = Client(token="test-token", httpx_args={"transport": transport})

    def general_path_taken(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("from_dict ran: the fast path missed")

    expected = InvoicePage.from_dict(loads(body))
    monkeypatch.setattr(InvoicePage, "from_dict", general_path_taken)
    response = list_invoices.sync_detailed(client=client)
    assert response.deviations == []
    assert_identical(response.parsed, expected)


def test_undeclared_keys_are_kept_and_learned_so_the_next_response_takes_the_fast_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    invoice = documented_invoice()
    invoice["not_in_the_spec"] = {"any": ["json"]}
    invoice["partner"]["tier"] = "gold"  # in a nested model too
    body = json.dumps(invoice).encode()
    # The struct refuses the undeclared key; the invoice's own fields take from_dict, its lists the fast path.
    assert_identical(decode_model(body, Invoice), Invoice.from_dict(loads(body)))
    forget_learned_keys()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = Client(token="test-token", httpx_args={"transport": transport})
    first = retrieve_invoice.sync_detailed("inv_1", client=client)
    assert first.deviations == [] and first.parsed is not None  # an undeclared key is no deviation
    assert first.parsed.additional_properties == {"not_in_the_spec": {"any": ["json"]}}
    monkeypatch.setattr(
        Invoice, "from_dict", lambda *args, **kwargs: pytest.fail("from_dict ran: the key was not learned")
    )
    fast = decode_model(body, Invoice)
    assert not isinstance(fast, Miss)
    assert_identical(fast, first.parsed)
    assert fast.partner is not None and fast.partner.additional_properties == {"tier": "gold"}
    # The learned key may be absent from the next object, like any optional field.
    assert decode_model(json.dumps(documented_invoice()).encode(), Invoice).additional_properties == {}


def test_a_model_used_as_a_map_stops_learning_and_takes_the_general_path() -> None:
    cap = _typed_decode.LEARNED_KEYS_PER_MODEL
    for start in range(0, cap + 2, 8):
        invoice = documented_invoice()
        invoice.update({f"key_{index}": index for index in range(start, start + 8)})
        learn_keys(Invoice.from_dict(invoice))
    assert not has_fast_path(Invoice)
    assert isinstance(decode_model(json.dumps(documented_invoice()).encode(), Invoice), Miss)


def test_an_item_that_does_not_fit_has_the_nested_fields_that_do_decoded_by_the_fast_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An item refused for a value of its own (an unlisted currency) is parsed by from_dict, but its nested fields
    that fit (its partner, its calls, its addresses...) are decoded by the fast path and handed over as they are:
    a server deviating in every item of a page pays for the items' own fields, not for everything they hold.
    The page is the general path's, deviations and paths included."""
    invoices = [{**documented_invoice(), "currency": "QQQ"} for _ in range(3)]
    invoices[1]["partner"] = {**invoices[1]["partner"], "name": 5}  # and a nested field that does not fit
    content = json.dumps({"data": invoices, "current_page": 0}).encode()
    decoded = loads(content)
    with collect_deviations("report") as collector:
        expected = InvoicePage.from_dict(decoded)
    expected_deviations = collector.resolve(decoded)
    assert [deviation.path for deviation in expected_deviations] == [
        "$.data[0].currency",
        "$.data[1].currency",
        "$.data[1].partner.name",
        "$.data[2].currency",
    ]
    parsed_by_from_dict: list[Any] = []
    from_dict = Partner.from_dict.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Partner], src_dict: Any, **kwargs: Any) -> Partner:
        parsed_by_from_dict.append(src_dict)
        return from_dict(cls, src_dict, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Partner, "from_dict", classmethod(counting))
    with collect_deviations("report") as collector:
        fast = decode_model(content, InvoicePage)
    assert not isinstance(fast, Miss)
    assert_identical(fast, expected)
    assert collector.resolve() == expected_deviations
    assert parsed_by_from_dict == [invoices[1]["partner"]]  # the one partner that does not fit


def test_an_undeclared_key_in_a_nested_field_of_an_item_that_does_not_fit_is_learned() -> None:
    invoices = [{**documented_invoice(), "currency": "QQQ"} for _ in range(2)]
    for invoice in invoices:
        invoice["partner"] = {**invoice["partner"], "loyalty_tier": "gold"}
    with collect_deviations("report"):
        page = decode_model(json.dumps({"data": invoices}).encode(), InvoicePage)
    assert not isinstance(page, Miss)
    assert [invoice.partner.additional_properties for invoice in page.data] == [{"loyalty_tier": "gold"}] * 2
    assert _typed_decode._learned[Partner] == ("loyalty_tier",)


def test_what_does_not_fit_in_items_and_envelopes_takes_the_general_path_alone_with_the_general_paths_deviations() -> (
    None
):
    invoice = documented_invoice()
    invoice["amount_due"] = "12"  # a field of the invoice's before its lists
    invoice["calls"] = [invoice["calls"][0], {**invoice["calls"][0], "direction": "sideways"}]  # in a list's item
    invoice["voided_at"] = "soon"  # and one after them
    page = {"data": [documented_invoice(), invoice, {**documented_invoice(), "currency": "QQQ"}], "current_page": "1"}
    for cls, body in ((Invoice, invoice), (InvoicePage, page)):
        content = json.dumps(body).encode()
        general = InvoicePage.from_dict if cls is InvoicePage else Invoice.from_dict
        decoded = loads(content)
        with collect_deviations("report") as collector:
            expected = general(decoded)
        expected_deviations = collector.resolve(decoded)
        with collect_deviations("report") as collector:
            fast = decode_model(content, cls)
        assert not isinstance(fast, Miss)
        assert_identical(fast, expected)
        assert collector.resolve() == expected_deviations
        paths = [deviation.path for deviation in expected_deviations]
        prefix = "$.data[1]" if cls is InvoicePage else "$"
        assert [path for path in paths if path.startswith(prefix)] == [
            f"{prefix}.amount_due",
            f"{prefix}.calls[1].direction",
            f"{prefix}.voided_at",
        ]
        with collect_deviations("strict"):
            assert decode_model(content, cls) is MISS  # the general path raises, with the path
