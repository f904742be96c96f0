"""Wrapping the network backend of an httpx client's default transport, so its connections' streams can be wrapped.

httpx offers no hook around a connection's socket reads. Its default transport keeps an httpcore connection pool
whose network backend opens every connection (``HTTPTransport._pool._network_backend``, the same in httpx 0.23 to
0.28); a backend here opens them through the one it wraps and hands out its own ``stream`` class around each. A
client installs these only on the transports it builds: a transport of the caller's own
(``httpx_args={"transport": ...}``) is used as given, even an ``httpx.HTTPTransport`` that has such a pool.
"""

from __future__ import annotations

from typing import Any

import httpx


class StreamWrapper:
    """A sync httpcore network stream that passes every call to the one it wraps; subclasses change what they
    need. A TLS upgrade returns the upgraded stream wrapped in the same class."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(max_bytes, timeout)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout)

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return type(self)(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncStreamWrapper:
    """:class:`StreamWrapper` for httpcore's async network streams."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._stream.read(max_bytes, timeout)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        return type(self)(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class StreamWrappingBackend:
    """A sync httpcore network backend that wraps each stream it opens in ``stream``."""

    def __init__(self, backend: Any, stream: type[StreamWrapper]) -> None:
        self._backend, self.stream = backend, stream

    def connect_tcp(self, *args: Any, **kwargs: Any) -> Any:
        return self.stream(self._backend.connect_tcp(*args, **kwargs))

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> Any:
        return self.stream(self._backend.connect_unix_socket(*args, **kwargs))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class AsyncStreamWrappingBackend:
    """:class:`StreamWrappingBackend` for httpcore's async network backends."""

    def __init__(self, backend: Any, stream: type[AsyncStreamWrapper]) -> None:
        self._backend, self.stream = backend, stream

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> Any:
        return self.stream(await self._backend.connect_tcp(*args, **kwargs))

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> Any:
        return self.stream(await self._backend.connect_unix_socket(*args, **kwargs))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def wrap_streams(client: httpx.Client | httpx.AsyncClient, stream: type[StreamWrapper | AsyncStreamWrapper]) -> None:
    """Wrap every stream ``client``'s default transport opens in ``stream`` (a sync wrapper for an httpx.Client,
    an async one for an httpx.AsyncClient), unless its outermost backend does so already."""
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None or getattr(backend, "stream", None) is stream:
        return
    if issubclass(stream, AsyncStreamWrapper):
        pool._network_backend = AsyncStreamWrappingBackend(backend, stream)  # type: ignore[union-attr]
    else:
        pool._network_backend = StreamWrappingBackend(backend, stream)  # type: ignore[union-attr]
