"""The HTTP/1.1 connections that read a Content-Length body straight from the connection (``_direct_body.py``
says how and why). Imported at the first response, not with the package: httpx imports httpcore only when it
builds its first transport, and importing it here at import time cost 20 ms of ``import stuut_client``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import h11
from httpcore import AsyncHTTP11Connection, HTTP11Connection, Request

from ._network_backends import AsyncStreamWrapper, StreamWrapper


def _content_length_reader() -> type[Any] | None:
    """h11's reader of a Content-Length body, or None for an h11 laid out otherwise (every body read by h11)."""
    try:
        from h11._readers import ContentLengthReader  # noqa: PLC0415
    except ImportError:
        return None
    return ContentLengthReader


CONTENT_LENGTH_READER = _content_length_reader()


def _body_due(state: Any) -> int:
    """Bytes of a Content-Length body h11 still expects, when its buffer holds none of them; else 0 (h11 reads)."""
    reader = getattr(state, "_reader", None)
    if CONTENT_LENGTH_READER is None or type(reader) is not CONTENT_LENGTH_READER:
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
    """httpcore's HTTP/1.1 connection, with Content-Length bodies read as ``_direct_body.py`` says."""

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
SUBCLASSES: dict[type[Any], tuple[type[Any], type[Any]]] = {
    HTTP11Connection: (DirectBodyHTTP11Connection, StreamWrapper),
    AsyncHTTP11Connection: (AsyncDirectBodyHTTP11Connection, AsyncStreamWrapper),
}
