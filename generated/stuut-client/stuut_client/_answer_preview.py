"""An answer that is not HTTP is named in the error: the bytes the server sent, and what they suggest.

A server that is not an HTTP server (an SSH or SMTP banner, a TLS alert from a port that expects https, a
reverse proxy's raw error text) sends a few bytes and closes the connection. httpcore reports that as "Server
disconnected without sending a response.", h11 words a TLS record as an "illegal request line", and neither
says what came. A stream wrapper on the client's default transports keeps the first bytes read after each
request is written (HTTP/1.1: a stream that negotiated HTTP/2 keeps none), in a context variable (an exchange
reads on its own thread, or in its own task). When the exchange fails with a protocol error and those bytes do
not begin an HTTP response, :func:`not_http` builds the error to raise instead, naming them (redacted of the
token before being cut to an excerpt) and, for a TLS record, that the server may expect https.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

import httpx

from ._network_backends import (
    AsyncStreamWrapper,
    StreamWrapper,
    wrap_streams,
)
from ._security import longest_secret, redact_bytes

KEPT = 4096  # the bytes kept of each answer: the excerpt and room to redact a token cut by it
EXCERPT = 60  # the bytes of them an error shows
_HTTP = b"HTTP/"
_TLS_RECORD_TYPES = (0x15, 0x16)  # a TLS alert, a TLS handshake: what an https port answers plain text with

_answer: ContextVar[bytes] = ContextVar("stuut_client_answer_start", default=b"")


def _keep(data: bytes) -> None:
    kept = _answer.get()
    if len(kept) < KEPT and data:
        _answer.set(kept + data[: KEPT - len(kept)])


def _speaks_http2(stream: Any) -> bool:
    """Whether ``stream`` negotiated HTTP/2 (TLS ALPN): its answers are binary frames, never a status line."""
    ssl_object = stream.get_extra_info("ssl_object")
    return ssl_object is not None and ssl_object.selected_alpn_protocol() == "h2"


class _PreviewStream(StreamWrapper):
    """An httpcore network stream that keeps the first bytes read after each write (module docstring)."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._http2 = _speaks_http2(stream)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(max_bytes, timeout)
        if not self._http2:
            _keep(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        _answer.set(b"")
        self._stream.write(buffer, timeout)


class _AsyncPreviewStream(AsyncStreamWrapper):
    """:class:`_PreviewStream` for httpcore's async network streams."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._http2 = _speaks_http2(stream)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._stream.read(max_bytes, timeout)
        if not self._http2:
            _keep(data)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        _answer.set(b"")
        await self._stream.write(buffer, timeout)


def keep_answer_start(client: httpx.Client | httpx.AsyncClient) -> None:
    """Keep the first bytes of each answer on ``client``'s default transport, for :func:`not_http`."""
    wrap_streams(client, _AsyncPreviewStream if isinstance(client, httpx.AsyncClient) else _PreviewStream)


def not_http(error: httpx.RemoteProtocolError, request: httpx.Request) -> httpx.RemoteProtocolError | None:
    """The error to raise instead of ``error`` when the answer read before it does not begin an HTTP response,
    naming what it began with; None when it did (or nothing was read)."""
    kept = _answer.get()
    if not kept or _HTTP.startswith(kept[: len(_HTTP)]):
        return None
    if len(kept) == KEPT and EXCERPT + longest_secret(request) > KEPT:
        shown = "bytes this client does not show (a token it sent may be among them)"  # not redactable past the cut
    else:
        excerpt = redact_bytes(kept, request)[:EXCERPT]
        shown = f"{excerpt!r}{'...' if len(kept) > EXCERPT else ''}"
    tls = kept[0] in _TLS_RECORD_TYPES and kept[1:2] == b"\x03"
    hint = "; a TLS record: the server may expect https" if tls else ""
    return httpx.RemoteProtocolError(
        f"{error} The server's answer is not HTTP: it began with {shown}{hint}", request=request
    )
