"""A response read from bytes the server sent before its request is refused, and its connection is dropped.

A server that sends more than a response's Content-Length (a response written twice, an error response after a
first one...) leaves the surplus in h11's buffer when a read took it along with the body. httpcore then reuses the
connection, and the next request on it takes that surplus as its answer: asked for ``inv_2``, the client returned
``inv_1``, with no error. _leftover_bytes.py closes such a connection before a request goes out; this module
catches what that cannot see (bytes arriving between that look and the request's write; a connection that is
not one of httpcore 1.0's). On HTTP/1.1 a response can only begin after its request has been written, so a response
whose head was parsed without one read of the connection since the request's last write came from bytes that
were already there. :func:`refuse_early_answer` raises ``httpx.RemoteProtocolError`` for it (retried as any
broken connection: a GET is, a POST without an idempotency key is not, as the server may have applied it). The
refused response is closed unread, and httpcore closes a connection whose response ended before its end of
message, so the connection, with the real answer still on its way, is never reused.

HTTP/2 is not checked: its streams share the connection, so another request's write may come between a response
and its head being parsed. Installed on the client's default transports (``_network_backends``), outermost, so
the stream in a response's ``network_stream`` extension is the one that kept count.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._network_backends import (
    AsyncStreamWrapper,
    StreamWrapper,
    wrap_streams,
)

_CHECKED_VERSIONS = ("HTTP/1.1", "HTTP/1.0")


class _OrderedStream(StreamWrapper):
    """An httpcore network stream that knows whether it was read since it was last written to."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.read_since_write = True

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(max_bytes, timeout)
        self.read_since_write = True
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.read_since_write = False
        self._stream.write(buffer, timeout)


class _AsyncOrderedStream(AsyncStreamWrapper):
    """:class:`_OrderedStream` for httpcore's async network streams."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.read_since_write = True

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._stream.read(max_bytes, timeout)
        self.read_since_write = True
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.read_since_write = False
        await self._stream.write(buffer, timeout)


def keep_answer_order(client: httpx.Client | httpx.AsyncClient) -> None:
    """Count reads and writes on ``client``'s default transport for :func:`refuse_early_answer`; install last."""
    wrap_streams(client, _AsyncOrderedStream if isinstance(client, httpx.AsyncClient) else _OrderedStream)


def refuse_early_answer(response: httpx.Response) -> None:
    """Raise ``httpx.RemoteProtocolError`` if ``response``'s head was read before its request was sent."""
    stream = response.extensions.get("network_stream")
    if not isinstance(stream, (_OrderedStream, _AsyncOrderedStream)) or stream.read_since_write:
        return
    if response.http_version not in _CHECKED_VERSIONS:
        return
    raise httpx.RemoteProtocolError(
        f"the server's answer to {response.request.method} {response.request.url.path} was already on the "
        "connection before the request was sent (it sent more than its previous response's Content-Length); "
        "the connection is closed",
        request=response.request,
    )
