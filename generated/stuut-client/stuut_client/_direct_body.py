"""A Content-Length body is handed on as the socket returns it, without h11 copying each byte four times.

httpcore passes every read of a response body through h11: appended to h11's buffer, sliced out of it twice, then
copied into a ``bytes`` by httpcore, all under the GIL. In a sync walk those copies are what the prefetch
threads hold the GIL for while the walk's thread waits to parse (about 10% of a lazy walk's time at concurrency
8). Once h11 has parsed a response's head and holds none of its body, a body of known length is read straight
from the connection's network stream here, each read yielded as it came, and h11's count of the bytes still due
(its ``ContentLengthReader``) is lowered by what was read, so h11 ends the message, and keeps the connection
reusable, exactly as if it had seen the bytes.

h11 still reads everything else: the head, a chunked body, a body that runs until the connection closes, bytes
already in its buffer, and the read that ends the body early (the connection closed: h11 raises its "peer closed
connection without sending complete message body (received N bytes, expected M)", counted from what was read
here) or carries bytes beyond it (kept as h11's trailing data, which _leftover_bytes.py and _answer_order.py
look at). Reads go through the connection's network stream, so _read_sizes.py, _answer_order.py and the sync
deadline (_send.py) see every one.

Installed, like those, only on the client's default transports: :func:`read_bodies_directly` gives each
HTTP/1.1 connection of httpcore 1.0 in their pool whose network stream is one of this package's the subclass
below (its only change is ``_receive_response_body``). Any other connection, and any h11 whose internals differ
from the ones read here (``Connection._reader``, ``ContentLengthReader._remaining``), is left to httpcore as is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import h11
import httpx
from httpcore import AsyncHTTP11Connection, HTTP11Connection, Request

from ._leftover_bytes import connection_pools
from ._network_backends import AsyncStreamWrapper, StreamWrapper


def _content_length_reader() -> type[Any] | None:
    """h11's reader of a Content-Length body, or None for an h11 laid out otherwise (every body read by h11)."""
    try:
        from h11._readers import ContentLengthReader  # noqa: PLC0415
    except ImportError:
        return None
    return ContentLengthReader


_CONTENT_LENGTH_READER = _content_length_reader()


def _body_due(state: Any) -> int:
    """Bytes of a Content-Length body h11 still expects, when its buffer holds none of them; else 0 (h11 reads)."""
    reader = getattr(state, "_reader", None)
    if _CONTENT_LENGTH_READER is None or type(reader) is not _CONTENT_LENGTH_READER:
        return 0
    due = getattr(reader, "_remaining", 0)
    buffered, closed = state.trailing_data
    return due if isinstance(due, int) and not buffered and not closed else 0


def _counted(state: Any, data: bytes) -> bool:
    """Count ``data`` as read of the body if it is nothing but body; otherwise give it to h11 and return False.

    An empty read (the connection closed before the body's end) and one that runs past the body's end are h11's
    to handle: its error for the first, its trailing data for the second.
    """
    reader = state._reader
    if 0 < len(data) <= reader._remaining:
        reader._remaining -= len(data)
        return True
    state.receive_data(data)
    return False


def _read_timeout(request: Request) -> float | None:
    timeout: float | None = request.extensions.get("timeout", {}).get("read", None)
    return timeout


class DirectBodyHTTP11Connection(HTTP11Connection):
    """httpcore's HTTP/1.1 connection, with Content-Length bodies read as the module docstring says."""

    def _receive_response_body(self, request: Request) -> Iterator[bytes]:
        timeout = _read_timeout(request)
        state = self._h11_state
        while True:
            due = _body_due(state)
            if due:
                data = self._network_stream.read(min(due, self.READ_NUM_BYTES), timeout=timeout)
                if _counted(state, data):
                    yield data
                continue
            event = self._receive_event(timeout=timeout)  # httpcore's own loop from here, as in its original
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, (h11.EndOfMessage, h11.PAUSED)):
                break


class AsyncDirectBodyHTTP11Connection(AsyncHTTP11Connection):
    """:class:`DirectBodyHTTP11Connection` for httpcore's async connections."""

    async def _receive_response_body(self, request: Request) -> AsyncIterator[bytes]:
        timeout = _read_timeout(request)
        state = self._h11_state
        while True:
            due = _body_due(state)
            if due:
                data = await self._network_stream.read(min(due, self.READ_NUM_BYTES), timeout=timeout)
                if _counted(state, data):
                    yield data
                continue
            event = await self._receive_event(timeout=timeout)
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, (h11.EndOfMessage, h11.PAUSED)):
                break


# httpcore's class -> ours, and the network streams that mark a connection of this package's own transports.
_SUBCLASSES: dict[type[Any], tuple[type[Any], type[Any]]] = {
    HTTP11Connection: (DirectBodyHTTP11Connection, StreamWrapper),
    AsyncHTTP11Connection: (AsyncDirectBodyHTTP11Connection, AsyncStreamWrapper),
}


def read_bodies_directly(client: httpx.Client | httpx.AsyncClient) -> None:
    """Give each HTTP/1.1 connection of ``client``'s default transport the direct body reader (module docstring).

    Called once a response's head has arrived and before its body is read, so a connection opened for this very
    request reads its first body this way too. httpcore builds its connections itself; the class of one is
    changed to a subclass that only overrides ``_receive_response_body``, which httpcore looks up when the body's
    reading starts.
    """
    if _CONTENT_LENGTH_READER is None:
        return
    for pool in connection_pools(client):
        for connection in list(getattr(pool, "_connections", ())):  # another thread may change the pool meanwhile
            http11 = getattr(connection, "_connection", None)  # HTTPConnection -> its HTTP/1.1 (or HTTP/2) one
            ours = _SUBCLASSES.get(type(http11))
            if ours is not None and isinstance(getattr(http11, "_network_stream", None), ours[1]):
                http11.__class__ = ours[0]
