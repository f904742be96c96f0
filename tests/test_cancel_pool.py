"""Cancelling async calls and walks returns every connection to the pool (README "Guarantees").

A loopback keep-alive server answers slowly; calls and walks on a client with a pool of one or two connections
are cancelled once, twice or on every loop turn, at moments spread over the request's life (queued for the pool,
connecting, waiting for the head, reading the body). Afterwards the pool holds no connection in use, and a later
call gets a connection at once.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from builders import invoice, invoice_page
from fault_server import Fault, FaultServer, read_request_head
from stuut_client import Client
from stuut_client.api.invoices import list_invoices, retrieve_invoice
from stuut_client.errors import APITimeoutError
from stuut_client.pagination import aiterate_items

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

SLOW = 0.3  # seconds a list page takes (its head, or its body with drip=True)


def slow_pages(drip: bool = False) -> Fault:
    """Keep-alive HTTP/1.1 answers (for a FaultServer with ``read_head=False``): page n > 0 of a list takes SLOW
    seconds, before its head or (``drip``) between the halves of its body; anything else is one invoice."""

    def fault(conn: socket.socket, connection: int) -> None:
        while head := read_request_head(conn):
            target = urlsplit(head.split(b" ")[1].decode())
            number = int(parse_qs(target.query).get("page", ["-1"])[0])
            body = json.dumps(
                invoice("inv_1")
                if number < 0
                else invoice_page([f"p{number}a", f"p{number}b"], number, number + 1, 1000)
            ).encode()
            slow = SLOW if number > 0 else 0.0
            if not drip:
                time.sleep(slow)
            conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n")
            conn.sendall(b"content-length: %d\r\n\r\n%s" % (len(body), body[:10]))
            time.sleep(slow if drip else 0.0)
            conn.sendall(body[10:])

    return fault


@pytest.fixture(params=[False, True], ids=["slow-head", "slow-body"])
def slow_server(request: pytest.FixtureRequest) -> Iterator[FaultServer]:
    with FaultServer(slow_pages(drip=request.param), read_head=False) as server:
        yield server


def pooled_client(base_url: str, connections: int, *, slow_connect: float = 0.0, pool: float = 1.0) -> Client:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    client = Client(
        token="sk_test_cancel",
        base_url=base_url,
        max_retries=0,
        timeout=httpx.Timeout(10.0, pool=pool),
        httpx_args={"limits": limits},
    )
    if slow_connect:  # every new connection takes this long to open: a cancellation lands while connecting
        pool = client.get_async_httpx_client()._transport._pool  # type: ignore[attr-defined]
        backend = pool._network_backend

        class SlowConnect:
            def __getattr__(self, name: str) -> Any:
                return getattr(backend, name)

            async def connect_tcp(self, *args: Any, **kwargs: Any) -> Any:
                await asyncio.sleep(slow_connect)
                return await backend.connect_tcp(*args, **kwargs)

        pool._network_backend = SlowConnect()
    return client


async def cancel(task: asyncio.Task[Any], times: int) -> None:
    """Cancel ``task`` ``times`` times, one loop turn apart (anyio re-delivers a cancellation every turn)."""
    for _ in range(times):
        task.cancel()
        await asyncio.sleep(0)
    await asyncio.gather(task, return_exceptions=True)


async def assert_pool_is_whole(client: Client) -> None:
    await asyncio.sleep(SLOW + 0.2)  # whatever was abandoned has finished or been dropped
    pool = client.get_async_httpx_client()._transport._pool  # type: ignore[attr-defined]
    assert all(connection.is_idle() for connection in pool.connections), pool.connections
    for _ in range(2):  # each within the 1 s pool timeout: PoolTimeout if a slot was lost
        got = await retrieve_invoice.asyncio(client=client, invoice_id="inv_1")
        assert got is not None and got.id == "inv_1"


DELAYS = [0.0, 0.02, 0.15, 0.4]  # connecting / queued, head or body of page 1, then of the pages after it


@pytest.mark.parametrize("connections", [1, 2])
@pytest.mark.parametrize("times", [1, 3])
async def test_cancelling_the_task_consuming_an_async_walk_returns_every_connection(
    slow_server: FaultServer, connections: int, times: int
) -> None:
    client = pooled_client(slow_server.base_url, connections)
    for delay in DELAYS:  # the same client each time: a slot lost at any of them is missing at the end

        async def consume() -> None:
            async for _ in aiterate_items(list_invoices.asyncio, client=client, limit=2, concurrency=8):
                pass

        task = asyncio.create_task(consume())
        await asyncio.sleep(delay)
        await cancel(task, times)
    await assert_pool_is_whole(client)


@pytest.mark.parametrize("connections", [1, 2])
@pytest.mark.parametrize("times", [1, 2])
async def test_cancelling_queued_and_running_calls_returns_every_connection(
    slow_server: FaultServer, connections: int, times: int
) -> None:
    """Without a walk: the calls' own tasks cancelled (twice: the second lands in httpcore's cleanup)."""
    client = pooled_client(slow_server.base_url, connections)
    for delay in DELAYS:
        tasks = [
            asyncio.create_task(list_invoices.asyncio(client=client, page=number, limit=2)) for number in range(1, 6)
        ]
        await asyncio.sleep(delay)
        for _ in range(times):
            for task in tasks:
                task.cancel()
            await asyncio.sleep(0)
        await asyncio.gather(*tasks, return_exceptions=True)
    await assert_pool_is_whole(client)


@pytest.mark.parametrize("times", [1, 2])
async def test_cancelling_calls_while_they_connect_returns_every_connection(
    slow_server: FaultServer, times: int
) -> None:
    client = pooled_client(slow_server.base_url, 1, slow_connect=0.1)
    for delay in (0.0, 0.05, 0.12, 0.2):
        tasks = [asyncio.create_task(list_invoices.asyncio(client=client, page=n, limit=2)) for n in range(1, 4)]
        await asyncio.sleep(delay)
        for _ in range(times):
            for task in tasks:
                task.cancel()
            await asyncio.sleep(0)
        await asyncio.gather(*tasks, return_exceptions=True)
    await assert_pool_is_whole(client)


async def test_a_cancelled_call_still_raises_cancelled_error_and_a_timeout_still_times_out() -> None:
    with FaultServer(slow_pages(), read_head=False) as slow_server:
        client = pooled_client(slow_server.base_url, 1)
        task = asyncio.create_task(list_invoices.asyncio(client=client, page=1, limit=2))
        await asyncio.sleep(0.05)
        await cancel(task, 3)
        assert task.cancelled()
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):
                await list_invoices.asyncio(client=client, page=1, limit=2)
        await assert_pool_is_whole(client)


@pytest.mark.parametrize("connections", [1, 2])
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_pool_timeout_says_the_pool_was_exhausted_and_what_to_change(mode: str, connections: int) -> None:
    slow_server = FaultServer(slow_pages(), read_head=False).__enter__()
    client = pooled_client(slow_server.base_url, connections, pool=0.2)
    busy = [{"page": n, "limit": 2} for n in range(1, connections + 1)]  # each holds a connection SLOW seconds
    try:
        if mode == "async":
            held = [asyncio.create_task(list_invoices.asyncio(client=client, **kw)) for kw in busy]
            await asyncio.sleep(0.05)
            with pytest.raises(APITimeoutError) as caught:
                await retrieve_invoice.asyncio(client=client, invoice_id="inv_1")
            await asyncio.gather(*held)
        else:
            threads = [threading.Thread(target=list_invoices.sync, kwargs={"client": client, **kw}) for kw in busy]
            for thread in threads:
                thread.start()
            time.sleep(0.05)
            with pytest.raises(APITimeoutError) as caught:
                retrieve_invoice.sync(client=client, invoice_id="inv_1")
            for thread in threads:
                thread.join()
    finally:
        slow_server.__exit__()
    message = str(caught.value)
    assert "PoolTimeout: the connection pool was exhausted" in message
    assert f"all {connections} connections" in message and "pool timeout (0.2 s)" in message
    assert "max_connections" in message and "concurrency" in message
