"""The response fast path (stuut_client._collector): the garbage collector paused only while a page is built, one
page at a time; and clear errors from the models' fast lookups."""

from __future__ import annotations

import gc
import threading
import time
import weakref
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from spec_tools import documented_invoice
from stuut_client import Client, _collector, _typed_decode
from stuut_client.api.invoices import list_invoices
from stuut_client.errors import ResponseValidationError
from stuut_client.models import Invoice, InvoicePage

EMPTY_PAGE = b'{"data": [], "current_page": 0, "total_records": 0, "next_page": null}'


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_the_collector_is_paused_inside_and_resumed_after(collector_on: None) -> None:
    with _collector.collector_paused():
        assert not gc.isenabled()
        with _collector.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "an inner pause must not resume the collector for the outer one"
    assert gc.isenabled()


def test_the_collector_is_resumed_when_parsing_raises(collector_on: None) -> None:
    with pytest.raises(ValueError), _collector.collector_paused():
        raise ValueError("bad page")
    assert gc.isenabled()


def test_a_collector_the_caller_disabled_stays_disabled(collector_on: None) -> None:
    gc.disable()
    with _collector.collector_paused():
        pass
    assert not gc.isenabled()


def test_pages_are_built_one_at_a_time_across_threads(collector_on: None) -> None:
    inside, most_inside = 0, 0
    lock = threading.Lock()

    def build() -> None:
        nonlocal inside, most_inside
        with _collector.collector_paused():
            with lock:
                inside += 1
                most_inside = max(most_inside, inside)
            time.sleep(0.01)  # long enough for the other threads to try to enter
            with lock:
                inside -= 1

    threads = [threading.Thread(target=build) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most_inside == 1 and gc.isenabled()


def page_answering(body: bytes) -> Client:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    return Client(token="test-token", httpx_args={"transport": transport})


def test_operations_build_models_with_the_collector_paused(collector_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways a page is built run with the collector off: the fast path, and from_dict when it misses."""
    seen: list[tuple[str, bool]] = []
    original_from_dict = InvoicePage.from_dict.__func__  # type: ignore[attr-defined]
    original_decode_model = _typed_decode.decode_model

    def recording_from_dict(cls: type[InvoicePage], src_dict: Any, *, lazy: bool = False) -> InvoicePage:
        seen.append(("from_dict", gc.isenabled()))
        return original_from_dict(cls, src_dict, lazy=lazy)  # type: ignore[no-any-return]

    def recording_decode_model(content: bytes, model_class: type) -> Any:
        seen.append(("fast path", gc.isenabled()))
        return original_decode_model(content, model_class)

    monkeypatch.setattr(InvoicePage, "from_dict", classmethod(recording_from_dict))
    monkeypatch.setattr(_typed_decode, "decode_model", recording_decode_model)
    page = list_invoices.sync(client=page_answering(EMPTY_PAGE))
    assert page.total_records == 0 and seen == [("fast path", False)] and gc.isenabled()
    seen.clear()
    # An undeclared key: the fast path misses and from_dict keeps it (in additional_properties).
    page = list_invoices.sync(client=page_answering(EMPTY_PAGE[:-1] + b', "cursor": "c1"}'))
    assert page.additional_properties == {"cursor": "c1"}
    assert seen == [("fast path", False), ("from_dict", False)] and gc.isenabled()


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
    assert caught.value.problem == f"{wrong!r} is not a valid Currency"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_dropped_response_is_freed_at_once_not_by_the_collector(mode: str, collector_on: None) -> None:
    """httpx's body stream refers back to its response; the client breaks that cycle once the body is read, so a
    page walk does not pile up bodies between collections."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=EMPTY_PAGE))
    gc.collect()
    gc.disable()
    try:
        if mode == "sync":
            response = page_answering(EMPTY_PAGE).request(method="get", url="/v1/invoices")
        else:
            client = Client(token="test-token", httpx_args={"transport": transport})
            response = await client.arequest(method="get", url="/v1/invoices")
        assert response.content == EMPTY_PAGE
        freed = weakref.ref(response)
        del response
        assert freed() is None
    finally:
        gc.enable()
