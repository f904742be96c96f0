"""Faults on the wire, from a misbehaving loopback server: the client retries where the rules say so,
otherwise raises the documented exception within its timeout, never loops, and keeps memory bounded."""

from __future__ import annotations

import json
import time
import tracemalloc
from typing import Any

import httpx
import pytest
from builders import invoice_page
from fault_server import FaultServer, answering, reset, respond, stall
from operation_calls import run
from stuut_client import Client
from stuut_client.api.invoices import list_invoices, retrieve_invoice
from stuut_client.errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    PaginationError,
    RateLimitError,
    ResponseValidationError,
)
from stuut_client.pagination import aiterate_items, iterate_items

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
FAST_TIMEOUT = httpx.Timeout(0.3, connect=1.0)


async def call(operation: Any, mode: str, server: FaultServer, **kwargs: Any) -> Any:
    client = Client(token="test-token", base_url=server.base_url, timeout=FAST_TIMEOUT)
    return await run(operation, mode, client, **kwargs)


@MODES
async def test_a_connection_reset_mid_body_is_retried_then_raised(mode: str, serve: Any, slept: list[float]) -> None:
    def fault(conn: Any, number: int) -> None:
        conn.sendall(b'HTTP/1.1 200 OK\r\ncontent-length: 5000\r\ncontent-type: application/json\r\n\r\n{"data": [')
        reset(conn)

    server = serve(fault)
    with pytest.raises(APIConnectionError) as caught:
        await call(list_invoices, mode, server)
    assert not isinstance(caught.value, APITimeoutError)
    assert server.connections == 3 and len(slept) == 2


@MODES
async def test_a_response_slower_than_the_read_timeout_raises_within_the_timeout(
    mode: str, serve: Any, slept: list[float]
) -> None:
    server = serve(stall(5.0))
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match="GET /v1/invoices/inv_1 timed out: ReadTimeout"):
        await call(retrieve_invoice, mode, server, invoice_id="inv_1")
    elapsed = time.monotonic() - started
    assert server.connections == 3
    assert elapsed < 3 * 0.3 + 1.0  # three read timeouts (sleeps between retries are patched out)


@MODES
async def test_a_truncated_json_body_raises_response_validation_error_without_retrying(mode: str, serve: Any) -> None:
    body = json.dumps(invoice_page(["inv_1", "inv_2"], 0, None, 2)).encode()[:-40]
    server = serve(answering("200 OK", body))
    with pytest.raises(ResponseValidationError) as caught:
        await call(list_invoices, mode, server)
    assert caught.value.body == body and caught.value.path == "$"
    assert server.connections == 1


@MODES
async def test_an_html_502_is_retried_then_raised_as_internal_server_error(
    mode: str, serve: Any, slept: list[float]
) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    server = serve(lambda conn, n: respond(conn, "502 Bad Gateway", page, {"content-type": "text/html"}))
    with pytest.raises(InternalServerError) as caught:
        await call(list_invoices, mode, server)
    assert caught.value.attempts == 3 and caught.value.body == page and caught.value.json is None


@MODES
async def test_a_429_storm_gives_up_after_the_retry_budget(mode: str, serve: Any, slept: list[float]) -> None:
    server = serve(lambda conn, n: respond(conn, "429 Too Many Requests", b"{}", {"retry-after": "2"}))
    with pytest.raises(RateLimitError) as caught:
        await call(list_invoices, mode, server)
    assert caught.value.attempts == 3 and caught.value.retry_after == 2.0
    assert server.connections == 3 and slept == [2.0, 2.0]


def paged(pages: dict[int, dict[str, Any]]) -> Any:
    def fault(conn: Any, number: int) -> None:
        conn.settimeout(1)
        respond(conn, "200 OK", json.dumps(pages[(number - 1) % len(pages)]).encode())

    return fault


async def walk(mode: str, server: FaultServer, **kwargs: Any) -> list[Any]:
    client = Client(token="test-token", base_url=server.base_url, timeout=FAST_TIMEOUT)
    if mode == "sync":
        return list(iterate_items(list_invoices, client=client, limit=2, **kwargs))
    return [item async for item in aiterate_items(list_invoices, client=client, limit=2, **kwargs)]


@MODES
async def test_a_page_that_repeats_earlier_records_yields_each_record_once(mode: str, serve: Any) -> None:
    server = serve(
        paged(
            {
                0: invoice_page(["a", "b"], 0, 1, 4),
                1: invoice_page(["a", "b"], 1, 2, 4),
                2: invoice_page(["c"], 2, None, 4),
            }
        )
    )
    items = await walk(mode, server)
    assert [item.id for item in items] == ["a", "b", "c"] and server.connections == 3


@MODES
async def test_a_next_page_pointing_backwards_raises_instead_of_looping(mode: str, serve: Any) -> None:
    server = serve(paged({0: invoice_page(["a", "b"], 0, 1, 9), 1: invoice_page(["c", "d"], 1, 0, 9)}))
    with pytest.raises(PaginationError):
        await walk(mode, server)
    assert server.connections == 2


@MODES
async def test_a_50_mb_body_that_does_not_fit_is_rejected_with_bounded_memory(mode: str, serve: Any) -> None:
    body = b'{"data": [' + b" " * (50 * 1024 * 1024) + b"]"  # 50 MB of JSON that never closes its object
    server = serve(answering("200 OK", body))
    tracemalloc.start()
    try:
        with pytest.raises(ResponseValidationError) as caught:
            await call(list_invoices, mode, server)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(caught.value.body or b"") == len(body)
    assert peak < 4 * len(body), f"peak {peak / 2**20:.0f} MiB for a {len(body) / 2**20:.0f} MiB body"
