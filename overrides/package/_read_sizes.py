"""Socket reads that grow while a body keeps arriving: fewer, larger reads for large responses.

httpcore reads a connection 64 KiB at a time (``READ_NUM_BYTES``), so a 12 MiB page takes about 190 reads, each
a trip through httpcore and h11. Where a walk prefetches pages (``concurrency=N``) that costs the most:

- sync: each read releases the GIL, and a prefetch thread retakes it behind the thread that parses only once per
  switch interval (5 ms), so prefetches moved 64 KiB per 5 ms while the walk parsed;
- async: anyio hands out at most what is asked, so each of asyncio's 256 KiB chunks took four trips.

A stream here asks for twice what its last read returned, when that is more than httpcore asks, up to
:data:`MAX_READ`: a read that came back large says more is waiting. Small responses, and a server dripping bytes,
are read with httpcore's own size, and so is the first read after a request is written (the answer to a new
request has not begun to arrive; the growth belonged to the previous body). The bytes and their order are the
same; only how they are grouped into reads changes, which h11 and h2 do not depend on.

Installed on the client's default transports, sync and async (``_network_backends``); a transport of the caller's
own is left alone.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._network_backends import (
    AsyncStreamWrapper,
    StreamWrapper,
    wrap_streams,
)

# The largest read asked for. Larger reads measured no faster, and each read allocates what it asks for.
MAX_READ = 1024 * 1024


def _next_ask(asked: int, received: int) -> int:
    """What the read after one that returned ``received`` bytes asks for, when httpcore asks for ``asked``."""
    return max(asked, min(2 * received, MAX_READ))


class _GrowingReadStream(StreamWrapper):
    """An httpcore network stream whose reads grow while they come back large (see the module docstring)."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._last = 0  # bytes the last read returned

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(_next_ask(max_bytes, self._last), timeout)
        self._last = len(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._last = 0  # a new request: its answer is read from httpcore's size up
        self._stream.write(buffer, timeout)


class _AsyncGrowingReadStream(AsyncStreamWrapper):
    """:class:`_GrowingReadStream` for httpcore's async network streams."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._last = 0

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._stream.read(_next_ask(max_bytes, self._last), timeout)
        self._last = len(data)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._last = 0
        await self._stream.write(buffer, timeout)


def grow_reads(client: httpx.Client | httpx.AsyncClient) -> None:
    """Make the reads of ``client``'s default transport grow while a body keeps arriving (module docstring)."""
    wrap_streams(client, _AsyncGrowingReadStream if isinstance(client, httpx.AsyncClient) else _GrowingReadStream)
