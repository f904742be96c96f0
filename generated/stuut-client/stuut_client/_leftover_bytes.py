"""A kept-alive connection holding bytes no response asked for is not reused: it is closed before a request goes out.

A server that sends more than a response's Content-Length (garbage after the body, a response written twice)
in the same segment leaves the surplus in h11's buffer, and httpcore returns the connection to its pool with it.
The next request on that connection was written first and then failed on those bytes (or, when they were a
whole response, _answer_order.py refused them): a GET was retried, but a POST without an idempotency key could
not be, as the server may have applied it. Before each attempt, :func:`expire_connections_with_leftover_bytes`
marks such idle connections expired, and the pool closes them instead of handing them out, so the request goes
out on a clean connection. (Bytes that arrive after the response make the idle socket readable, which httpcore
itself takes as the connection's end.)

Only httpcore 1.0's HTTP/1.1 connections are known (their ``_h11_state`` and ``_expire_at``); any other
transport or connection is left alone, and _answer_order.py still refuses an answer read from bytes that were
there before its request.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx

from ._logging import logger


def connection_pools(client: httpx.Client | httpx.AsyncClient) -> Iterator[Any]:
    """The httpcore connection pools of ``client``'s transports (its default one and its mounts) that have one."""
    for transport in [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]:
        pool = getattr(transport, "_pool", None)
        if pool is not None:
            yield pool


def expire_connections_with_leftover_bytes(client: httpx.Client | httpx.AsyncClient) -> None:
    """Mark each idle HTTP/1.1 connection of ``client``'s pools that has unread bytes in its buffer expired."""
    for pool in connection_pools(client):
        connections = getattr(pool, "_connections", None)
        if not isinstance(connections, list):
            continue
        for connection in list(connections):  # another thread's request may change the pool meanwhile
            http11: Any = getattr(connection, "_connection", None)  # HTTPConnection -> its HTTP11Connection
            h11_state = getattr(http11, "_h11_state", None)
            if h11_state is None or not hasattr(http11, "_expire_at") or not http11.is_idle():
                continue
            leftover, _ = h11_state.trailing_data
            if leftover:
                http11._expire_at = 0.0  # has_expired(): the pool closes it at the next request's assignment
                logger.warning(
                    "closing a kept-alive connection instead of reusing it: the server sent %d bytes after the end "
                    "of its last response on it",
                    len(leftover),
                )
