"""Telling an async page walk when the request of a page it prefetches has been written.

An async walk starts each prefetch as a task, but a task runs only when the event loop gets a turn, and a caller
working through a page without an ``await`` gives it none: the prefetches' requests would leave only when the walk
next waits for a page that has not arrived. So the walk gives the loop turns right after starting prefetches,
until their requests are written. How many turns that takes depends on httpx, httpcore and anyio (measured: 10
for three prefetches, 30 for eight), so the walk asks to be told instead: it sets :data:`on_request_sent` (a
context variable, which each task copies when it is created), and the client's async send passes it to httpcore
as the request's trace hook, chained with the caller's own, which is called once the request is written.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

import httpx

on_request_sent: ContextVar[Callable[[], None] | None] = ContextVar("stuut_client.on_request_sent", default=None)

# httpcore's trace events once a request, body included, has been written (HTTP/1.1 and HTTP/2).
_WRITTEN = frozenset({"http11.send_request_body.complete", "http2.send_request_body.complete"})

_AsyncTrace = Callable[[str, dict[str, Any]], Awaitable[None]]


def tell_when_sent(request: httpx.Request, own_trace: _AsyncTrace | None) -> None:
    """Have ``request`` call this task's :data:`on_request_sent`, if any, once it is written; ``own_trace`` (the
    request's trace hook as the caller gave it) still sees every event."""
    callback = on_request_sent.get()
    if callback is None:
        return

    async def trace(event: str, info: dict[str, Any]) -> None:
        if event in _WRITTEN:
            callback()
        if own_trace is not None:
            await own_trace(event, info)

    request.extensions["trace"] = trace
