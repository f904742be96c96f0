"""The response fast path (stuut_client._decode): the same results and errors with or without orjson, and the
garbage collector paused only while a page is built."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from spec_tools import documented_invoice
from stuut_client import Client, _decode
from stuut_client.api.invoices import list_invoices
from stuut_client.errors import ResponseValidationError
from stuut_client.models import Invoice, InvoicePage

BODIES = [
    b'{"data": [], "current_page": 0, "total_records": 0, "next_page": null}',
    '{"name": "Caf\u00e9 \u2603 \U0001f600", "amount": 12.5, "n": -3, "ok": true}'.encode(),
    b"[1, 2.0, 1e300, null, false]",
]
# What orjson refuses and json.loads accepts: the result must not depend on whether orjson is installed.
ONLY_JSON_LOADS_ACCEPTS = [
    b'{"x": NaN}',
    b'{"inf": -Infinity}',
    '{"utf16": "yes"}'.encode("utf-16"),
]
MALFORMED = [b'{"data": [', b"", b"{'single': 1}", b'{"a": 1} trailing']


@pytest.fixture(params=["orjson", "json"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "json":
        monkeypatch.setattr(_decode, "_orjson", None)
    else:
        assert _decode._orjson is not None, "the dev environment installs orjson (requirements/dev.in)"
    return str(request.param)


@pytest.mark.parametrize("body", BODIES + ONLY_JSON_LOADS_ACCEPTS)
def test_decoding_gives_what_json_loads_gives(decoder: str, body: bytes) -> None:
    decoded, expected = _decode.decode_json(body), json.loads(body)
    assert repr(decoded) == repr(expected)  # repr: NaN != NaN, but prints the same


def test_integers_within_64_bits_are_exact_either_way(decoder: str) -> None:
    body = b"[18446744073709551615, -9223372036854775808, 9007199254740993]"
    assert _decode.decode_json(body) == [2**64 - 1, -(2**63), 2**53 + 1]


def test_with_orjson_an_integer_beyond_64_bits_in_an_integer_field_is_refused_not_rounded() -> None:
    """orjson decodes such an integer as a float (documented in _decode.py and the README); a typed integer field
    then refuses it loudly rather than keep a rounded value."""
    assert isinstance(_decode.decode_json(b"[123456789012345678901234567890]")[0], float)
    envelope = b'{"data": [], "current_page": 0, "total_records": 123456789012345678901234567890, "next_page": null}'
    with pytest.raises(ResponseValidationError, match=r"total_records.*expected an integer, got float"):
        list_invoices.sync(client=page_answering(envelope))


@pytest.mark.parametrize("body", MALFORMED)
def test_a_malformed_body_raises_json_loads_error_either_way(decoder: str, body: bytes) -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        _decode.decode_json(body)
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(body)
    assert str(caught.value) == str(expected.value)


def test_a_body_over_the_orjson_limit_is_decoded_by_json_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    class RefusingOrjson:
        JSONDecodeError = json.JSONDecodeError

        @staticmethod
        def loads(content: bytes) -> Any:
            raise AssertionError("orjson must not see a body over ORJSON_MAX_BYTES")

    monkeypatch.setattr(_decode, "_orjson", RefusingOrjson)
    monkeypatch.setattr(_decode, "ORJSON_MAX_BYTES", len(BODIES[0]) - 1)
    assert _decode.decode_json(BODIES[0]) == json.loads(BODIES[0])


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_the_collector_is_paused_inside_and_resumed_after(collector_on: None) -> None:
    with _decode.collector_paused():
        assert not gc.isenabled()
        with _decode.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "an inner pause must not resume the collector for the outer one"
    assert gc.isenabled()


def test_the_collector_is_resumed_when_parsing_raises(collector_on: None) -> None:
    with pytest.raises(ValueError), _decode.collector_paused():
        raise ValueError("bad page")
    assert gc.isenabled()


def test_a_collector_the_caller_disabled_stays_disabled(collector_on: None) -> None:
    gc.disable()
    with _decode.collector_paused():
        pass
    assert not gc.isenabled()


def page_answering(body: bytes) -> Client:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    return Client(token="test-token", httpx_args={"transport": transport})


def test_operations_build_models_with_the_collector_paused(collector_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    original = InvoicePage.from_dict.__func__  # type: ignore[attr-defined]

    def recording(cls: type[InvoicePage], src_dict: Any, *, lazy: bool = False) -> InvoicePage:
        seen.append(gc.isenabled())
        return original(cls, src_dict, lazy=lazy)  # type: ignore[no-any-return]

    monkeypatch.setattr(InvoicePage, "from_dict", classmethod(recording))
    page = list_invoices.sync(client=page_answering(BODIES[0]))
    assert page.total_records == 0 and seen == [False] and gc.isenabled()


def test_a_malformed_body_still_names_the_operation_and_resumes_the_collector(collector_on: None) -> None:
    with pytest.raises(ResponseValidationError, match="list_invoices"):
        list_invoices.sync(client=page_answering(b'{"data": ['))
    assert gc.isenabled()


@pytest.mark.parametrize("wrong", [["USD"], {"code": "USD"}])
def test_an_enum_field_given_an_array_or_object_names_the_field_and_what_came(wrong: Any) -> None:
    invoice = {**documented_invoice(), "currency": wrong}
    with pytest.raises(ResponseValidationError) as caught:
        Invoice.from_dict(invoice)
    assert caught.value.path == "$.currency"
    assert caught.value.problem == f"expected an enum value, got {type(wrong).__name__}"
