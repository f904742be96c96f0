"""The threads of one sync walk's prefetches: each page is fetched on a thread the walk already has, when one is idle.

A thread started per page cost a sync walk at ``concurrency=8`` about 6% of its time (25 pages of 12 MiB): each
new thread maps a fresh stack and takes a malloc arena whose memory it has not touched yet. A walk keeps the
threads it started and hands them its next pages; it starts a new one only when all of its threads are busy (a
page the walk skipped is still arriving), so a page never waits for another to finish.

The threads are daemon threads, as before: a ThreadPoolExecutor's atexit hook joins its workers, so a walk
broken off behind a slow page would hold up interpreter exit until that page arrived. ``close()`` (the walk's
end, however it ends) lets each thread exit once its current page, if any, is done. A thread idle for
``IDLE_EXIT_SECONDS`` exits too: a loop broken out of leaves its walk open (``break`` does not close an
iterator) for as long as something refers to it, and its threads should not wait that long.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

_Job = tuple[Callable[[int], Any], int, "Future[Any]"]

# Longer than a caller plausibly spends on one page, so a walk in use keeps its threads.
IDLE_EXIT_SECONDS = 30.0


class PrefetchThreads:
    """Runs ``fetch(number)`` on the walk's own daemon threads; each call's result or error is in its future."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0  # started and not told to stop
        self._idle = 0  # waiting for a job no one has been promised

    def submit(self, fetch: Callable[[int], Any], number: int) -> Future[Any]:
        future: Future[Any] = Future()
        with self._lock:
            if self._idle:
                self._idle -= 1  # an idle thread takes this job off the queue
                start = False
            else:
                self._threads += 1
                start = True
        self._jobs.put((fetch, number, future))
        if start:
            threading.Thread(target=self._work, name=f"stuut-prefetch-{number}", daemon=True).start()
        return future

    def close(self) -> None:
        """Let every thread exit after the pages already handed to the threads (fetched, then dropped unread)."""
        with self._lock:
            stopping, self._threads, self._idle = self._threads, 0, 0
        for _ in range(stopping):
            self._jobs.put(None)

    def _next_job(self) -> _Job | None:
        """The next job, or None to exit: told to stop, or idle for IDLE_EXIT_SECONDS with no job promised."""
        while True:
            try:
                return self._jobs.get(timeout=IDLE_EXIT_SECONDS)
            except queue.Empty:
                with self._lock:
                    if self._idle:  # else submit() promised this thread a job that is on its way
                        self._idle -= 1
                        self._threads -= 1
                        return None

    def _work(self) -> None:
        while (job := self._next_job()) is not None:
            fetch, number, future = job
            del job
            try:
                future.set_result(fetch(number))
            except BaseException as error:  # noqa: BLE001 - handed to the walk, which raises it if it needs the page
                future.set_exception(error)
            del fetch, future  # the walk may have dropped the page: let it go now, not when the next job arrives
            with self._lock:
                self._idle += 1
