"""Bodies that a sync walk's prefetch threads receive are joined by the thread that parses them.

httpx receives a body as chunks and joins them into one bytes object where it reads. On a prefetch thread that
is a whole page (12 MiB on the bench) allocated in the thread's own malloc arena, and freed by the walk's thread
after the parse. glibc gives the free top of such an arena back to the system once it passes a threshold, so the
next pages' chunks and joins landed on fresh memory: 60,000 to 90,000 page faults in a walk of 25 pages, a tenth
of its time. Joined by the walk's thread, a body lives in memory that thread reuses page after page (measured: 8,000
to 20,000 faults, and the bench's lazy walk at concurrency 8 from 1.24-1.35 s to 1.06-1.18 s over `make bench`
runs).

A walk fetches its pages inside :func:`join_later`; there, ``_send._attempt`` receives a 2xx body as its raw chunks
(:func:`receive_chunks`) and leaves the response open and unread, and the walk's parse calls ``response.read()``,
which joins and decodes them exactly as httpx's read would have.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import cast

import httpx

_this_thread = threading.local()


@contextlib.contextmanager
def join_later() -> Iterator[None]:
    """Within: a 2xx body the client receives on this thread is left for ``response.read()`` to join."""
    _this_thread.join_later = True
    try:
        yield
    finally:
        _this_thread.join_later = False


def joins_later() -> bool:
    return getattr(_this_thread, "join_later", False)


class _ReceivedChunks(httpx.SyncByteStream):
    """A body as the raw chunks it arrived in, handed out once (then the joined body is the response's)."""

    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        chunks, self._chunks = self._chunks, []
        yield from chunks


def receive_chunks(response: httpx.Response) -> None:
    """Receive the rest of ``response``'s body and close its network stream, without joining the chunks: the
    response stays open and unread, and ``response.read()`` joins them where it is called."""
    stream = cast(httpx.SyncByteStream, response.stream)  # a sync client's
    try:
        chunks = list(stream)
    except httpx.RequestError as error:
        error.request = response.request  # as httpx's own read does, so the error names its request
        raise
    finally:
        stream.close()
    response.stream = _ReceivedChunks(chunks)
