"""Bodies received inside ``join_later`` (a walk's prefetches) are left for ``response.read()`` to join, by the
sync client and by the async one.

stuut_client/_join_later.py says why. What must not change: the bytes, error statuses and their messages, a
body cut short, the debug log of bodies, and the connection going back to the pool once the body is in.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from typing import Any

import httpx
import pytest
from builders import invoice
from fault_server import answering
from stuut_client import Client
from stuut_client._join_later import join_later
from stuut_client.errors import APIConnectionError, NotFoundError

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

BODY = json.dumps(invoice("inv_1", memo="x" * 300_000)).encode()  # several reads


def get(client: Client, path: str = "/v1/invoices/inv_1", async_: bool = False) -> httpx.Response:
    if not async_:
        with join_later():
            return client.request(method="GET", url=path)

    async def aget() -> httpx.Response:
        with join_later():
            return await client.arequest(method="GET", url=path)

    return asyncio.run(aget())


both = pytest.mark.parametrize("async_", [False, True], ids=["sync", "async"])


@both
def test_a_body_received_inside_join_later_is_unread_until_read_joins_it_and_its_connection_is_free(
    serve: Any, async_: bool
) -> None:
    server = serve(answering("200 OK", BODY))
    client = Client(token="test-token", base_url=server.base_url, max_retries=0)
    response = get(client, async_=async_)
    assert not response.is_stream_consumed  # received, not joined
    http = client.get_async_httpx_client() if async_ else client.get_httpx_client()
    pool = http._transport._pool  # type: ignore[attr-defined]
    assert all(connection.is_idle() or connection.is_closed() for connection in pool.connections)  # none in use
    assert response.read() == BODY and response.json()["memo"] == "x" * 300_000
    assert response.num_bytes_downloaded == len(BODY) and response.elapsed.total_seconds() > 0
    assert response.read() == BODY  # a second read returns the same body
    outside = client.request(method="GET", url="/v1/invoices/inv_1")  # outside join_later: read as always
    assert outside.is_stream_consumed and outside.content == BODY


@both
def test_an_error_status_inside_join_later_is_read_where_it_arrives_and_its_message_has_the_body(
    serve: Any, async_: bool
) -> None:
    body = json.dumps({"error": "no invoice inv_1 here"}).encode()
    server = serve(answering("404 Not Found", body))
    client = Client(token="test-token", base_url=server.base_url, max_retries=0)
    with pytest.raises(NotFoundError, match="no invoice inv_1 here"):
        get(client, async_=async_)


@both
def test_a_body_cut_short_inside_join_later_raises_a_connection_error_naming_the_request(
    serve: Any, slept: list[float], async_: bool
) -> None:
    def fault(conn: socket.socket, number: int) -> None:
        head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500000\r\n\r\n"
        conn.sendall(head.encode() + BODY[:200_000])  # then the connection ends

    server = serve(fault)
    client = Client(token="test-token", base_url=server.base_url, max_retries=1)
    with pytest.raises(APIConnectionError) as caught:
        get(client, async_=async_)
    assert server.connections == 2 and len(slept) == 1  # a GET: retried once, then raised
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.RemoteProtocolError) and cause.request.url.path == "/v1/invoices/inv_1"


@both
def test_with_bodies_in_the_debug_log_a_body_inside_join_later_is_read_where_it_arrives(
    serve: Any, caplog: pytest.LogCaptureFixture, async_: bool
) -> None:
    server = serve(answering("200 OK", BODY))
    client = Client(token="test-token", base_url=server.base_url, max_retries=0)
    with caplog.at_level(logging.DEBUG, logger="stuut_client"):
        response = get(client, async_=async_)
    assert response.is_stream_consumed and response.content == BODY
    assert any("response body" in record.getMessage() and "inv_1" in record.getMessage() for record in caplog.records)


@both
def test_a_body_a_response_hook_has_read_is_returned_as_read(serve: Any, async_: bool) -> None:
    server = serve(answering("200 OK", BODY))
    hooked: list[int] = []

    def read_in_hook(response: httpx.Response) -> None:  # a logging hook, say
        hooked.append(len(response.read()))

    async def aread_in_hook(response: httpx.Response) -> None:
        hooked.append(len(await response.aread()))

    client = Client(
        token="test-token",
        base_url=server.base_url,
        max_retries=0,
        httpx_args={"event_hooks": {"response": [aread_in_hook if async_ else read_in_hook]}},
    )
    response = get(client, async_=async_)
    assert hooked == [len(BODY)] and response.read() == BODY and response.json()["id"] == "inv_1"


def test_join_later_in_one_task_leaves_the_other_tasks_on_the_thread_reading_as_always(serve: Any) -> None:
    # An async walk's prefetches run beside the caller's own requests on the one thread.
    server = serve(answering("200 OK", BODY))
    client = Client(token="test-token", base_url=server.base_url, max_retries=0)
    entered = asyncio.Event()

    async def inside() -> httpx.Response:
        with join_later():
            entered.set()
            return await client.arequest(method="GET", url="/v1/invoices/inv_1")

    async def outside() -> httpx.Response:
        await entered.wait()  # while the other task is inside join_later
        return await client.arequest(method="GET", url="/v1/invoices/inv_1")

    async def both_tasks() -> list[httpx.Response]:
        return list(await asyncio.gather(inside(), outside()))

    joined_later, read = asyncio.run(both_tasks())
    assert not joined_later.is_stream_consumed and joined_later.read() == BODY
    assert read.is_stream_consumed and read.content == BODY
