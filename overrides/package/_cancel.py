"""Cancelling an async request without taking a connection out of the pool for good.

httpcore (1.0.9, under httpx 0.28.1) loses a pool slot in two ways when the task sending a request is cancelled:

- cancelled twice: its cleanup after a cancellation (closing the response, returning the connection) runs in an
  anyio shielded scope, which does not hold off asyncio's own ``Task.cancel()``; a second cancellation interrupts
  it and leaves the connection ACTIVE with no request. A task awaiting another forwards every cancellation it
  receives (an async walk's consumer awaiting a page; a framework cancelling a handler once per loop turn, as
  anyio's cancel scopes do), so twice is common.
- cancelled once, just after the pool gave its request a new connection that has not started connecting: the
  pool forgets the request but keeps the connection, which is neither idle, closed nor available (CONNECTING
  for ever).

Either way ``max_connections`` slots fill up one by one, and once they are gone every later request on the
client waits for the pool until ``PoolTimeout``. :func:`cancel_once` runs an attempt's exchange in its own task:
however often the caller is cancelled, that task is cancelled once, the caller waits the few loop turns its
cleanup takes and then raises ``CancelledError``; and an exchange that fails or is cancelled drops the
connections no request holds any more (:func:`release_orphans`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx

from ._leftover_bytes import connection_pools

T = TypeVar("T")


async def cancel_once(client: httpx.AsyncClient, exchange: Coroutine[Any, Any, T]) -> T:
    """Await ``exchange`` (one attempt's send and body read) so that the caller's cancellations, however many,
    reach it as one; the caller still gets ``CancelledError`` once the exchange has unwound."""
    task = asyncio.get_running_loop().create_task(_releasing(client, exchange))
    try:
        await asyncio.wait((task,))  # a cancellation of ours stops the wait, not the task
    except asyncio.CancelledError:
        task.cancel()
        while not task.done():  # its cleanup returns the connection: a few turns of the loop
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait((task,))  # cancelled again: the exchange was told already
        if not task.cancelled():
            task.exception()  # retrieved: no "never retrieved" noise; the caller was cancelled all the same
        raise
    return task.result()


async def _releasing(client: httpx.AsyncClient, exchange: Coroutine[Any, Any, T]) -> T:
    try:
        return await exchange
    except BaseException:
        await release_orphans(client)
        raise


async def release_orphans(client: httpx.AsyncClient) -> None:
    """Drop the connections of ``client``'s pools that are in use by no request (neither idle nor closed, and
    no request of the pool holds them), and give their slots to the requests waiting. Only httpcore 1.0's
    pool is known; any other transport is left alone."""
    for pool in connection_pools(client):
        connections = getattr(pool, "_connections", None)
        requests = getattr(pool, "_requests", None)
        assign = getattr(pool, "_assign_requests_to_connections", None)
        if not isinstance(connections, list) or not isinstance(requests, list) or assign is None:
            continue
        held = {id(request.connection) for request in requests if getattr(request, "connection", None)}
        orphans = [c for c in connections if id(c) not in held and not c.is_idle() and not c.is_closed()]
        if not orphans:
            continue
        for connection in orphans:
            connections.remove(connection)
        closing = [*orphans, *assign()]  # the queued requests get the freed slots
        for connection in closing:
            with contextlib.suppress(Exception):
                await connection.aclose()
