"""Bodies that a walk's prefetches receive are joined by the walk where it parses them.

httpx receives a body as chunks and joins them into one bytes object where it reads. On a sync walk's prefetch
thread that is a whole page (12 MiB on the bench) allocated in the thread's own malloc arena, and freed by the
walk's thread after the parse. glibc gives the free top of such an arena back to the system once it passes a
threshold, so the next pages' chunks and joins landed on fresh memory: 60,000 to 90,000 page faults in a walk of
25 pages, a tenth of its time. Joined by the walk's thread, a body lives in memory that thread reuses page after
page (measured: 8,000 to 20,000 faults, and the bench's lazy walk at concurrency 8 from 1.24-1.35 s to
1.06-1.18 s over `make bench` runs).

An async walk has one thread, but joined as they arrive, its prefetched pages were up to `concurrency` bodies of
12 MiB alive at once beside the chunks still arriving: the heap grew by that much and glibc gave it back as they
were freed, so each walk faulted its memory in again (26,000 to 36,000 faults a lazy walk of 25 pages). Joined
one at a time where the walk parses them, the same 12 MiB are reused page after page (15,000 to 23,000 faults;
the walk 1.33 s to 1.19 s, medians of 5 alternating walks in one process).

A walk fetches its pages inside :func:`join_later`; there, ``_send`` receives a 2xx body as its raw chunks
(:func:`receive_chunks`, :func:`areceive_chunks`) and leaves the response open and unread, and the walk's parse
calls ``response.read()``, which joins and decodes them exactly as httpx's read would have (for an async
response too: its stream is then the received chunks, which a sync read can hand out).
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from typing import cast

import httpx

# A context variable, not a thread-local: an async walk's prefetches share the walk's thread, each in a task with
# a context of its own, and must not change how the caller's other requests on that thread are read.
_JOIN_LATER = contextvars.ContextVar("stuut_client_join_later", default=False)


@contextlib.contextmanager
def join_later() -> Iterator[None]:
    """Within (this thread, or this task): a 2xx body the client receives is left for ``response.read()`` to
    join."""
    token = _JOIN_LATER.set(True)
    try:
        yield
    finally:
        _JOIN_LATER.reset(token)


def joins_later() -> bool:
    return _JOIN_LATER.get()


class _ReceivedChunks(httpx.SyncByteStream):
    """A body as the raw chunks it arrived in, handed out once (then the joined body is the response's)."""

    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        chunks, self._chunks = self._chunks, []
        yield from chunks


@contextlib.contextmanager
def _naming_request(response: httpx.Response) -> Iterator[None]:
    """As httpx's own read does: an error receiving the body names the response's request."""
    try:
        yield
    except httpx.RequestError as error:
        error.request = response.request
        raise


def receive_chunks(response: httpx.Response) -> None:
    """Receive the rest of ``response``'s body and close its network stream, without joining the chunks: the
    response stays open and unread, and ``response.read()`` joins them where it is called."""
    stream = cast(httpx.SyncByteStream, response.stream)  # a sync client's
    try:
        with _naming_request(response):
            chunks = list(stream)
    finally:
        stream.close()
    response.stream = _ReceivedChunks(chunks)


async def areceive_chunks(response: httpx.Response) -> None:
    """:func:`receive_chunks` for an async client's response; ``response.read()`` (sync) joins them later."""
    stream = cast(httpx.AsyncByteStream, response.stream)
    try:
        with _naming_request(response):
            chunks = [chunk async for chunk in stream]
    finally:
        await stream.aclose()
    response.stream = _ReceivedChunks(chunks)
