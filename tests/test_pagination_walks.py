"""Page walks against loopback servers that change, jump, lie or stall: what the next_page chain guarantees.

Every scenario runs sync and async, sequentially and with concurrency: concurrency may only change how fast a
walk goes, never which items it yields.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import json
import os
import random
import subprocess
import sys
import textwrap
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from builders import invoice_page
from stuut_client import Client
from stuut_client._request_sent import on_request_sent
from stuut_client.api.contact_suggestions import list_contact_suggestions
from stuut_client.api.invoices import list_invoices
from stuut_client.errors import APIStatusError, PaginationError, ResponseValidationError
from stuut_client.models import InvoicePage
from stuut_client.pagination import aiterate_items, awalk_pages, iterate_items, iterate_pages, walk_pages
from stuut_client.types import UNSET

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
CONCURRENCY = pytest.mark.parametrize("concurrency", [1, 4])


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a walk that stops early drops connections the server is still answering


class PageServer:
    """Answers GET ?page=n with ``pages(n)`` (a JSON body), after ``delay(n)`` seconds; records the pages asked."""

    def __init__(
        self,
        pages: Callable[[int], Any],
        delay: Callable[[int], float] = lambda n: 0.0,
        status: Callable[[int, int], int] = lambda n, asked: 200,
        keep_alive: bool = False,
    ) -> None:
        self.requested: list[int] = []
        self.released = threading.Event()  # set on exit: slow answers stop waiting
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"  # HTTP/1.0: a connection per request

            def do_GET(self) -> None:
                number = int(parse_qs(urlsplit(self.path).query).get("page", ["0"])[0])
                server.requested.append(number)
                server.released.wait(delay(number))
                body = json.dumps(pages(number)).encode()
                code = status(number, server.requested.count(number))  # asked that many times, this one included
                self.send_response(code if len(server.requested) <= 50 else 400)  # a runaway walk fails, not hangs
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = QuietServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True).start()
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def close(self) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[..., PageServer]]:
    servers: list[PageServer] = []

    def start(pages: Any, delay: Callable[[int], float] = lambda n: 0.0, **options: Any) -> PageServer:
        answer = pages if callable(pages) else (lambda n: pages.get(n, invoice_page([], n, None, 0)))
        servers.append(PageServer(answer, delay, **options))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


async def walk(
    mode: str,
    server: PageServer,
    operation: Any = list_invoices,
    *,
    into: list[str] | None = None,
    client_options: dict[str, Any] | None = None,
    **kwargs: Any,
) -> list[str]:
    """The ids a walk yields, appended to ``into`` as they come (so a walk that raises has shown what it got)."""
    options = {"validation": "strict", **(client_options or {})}  # the suite runs strict
    client = Client(token="test-token", base_url=server.base_url, **options)
    ids = [] if into is None else into
    if mode == "sync":
        for item in iterate_items(operation, client=client, limit=2, **kwargs):
            ids.append(item.id)
    else:
        async for item in aiterate_items(operation, client=client, limit=2, **kwargs):
            ids.append(item.id)
    return ids


async def walk_both(mode: str, server: PageServer, **kwargs: Any) -> list[str]:
    """The items of a sequential walk, checked to be exactly those of a concurrent one (each page asked once)."""
    sequential = await walk(mode, server, **kwargs)
    assert len(server.requested) == len(set(server.requested))
    server.requested.clear()
    assert await walk(mode, server, concurrency=4, **kwargs) == sequential
    assert len(server.requested) == len(set(server.requested))
    return sequential


def envelope(ids: list[str], current: int, next_page: int | None, total: int) -> dict[str, Any]:
    return invoice_page(ids, current, next_page, total)


@MODES
async def test_records_added_during_the_walk_are_followed(mode: str, serve: Any) -> None:
    # Page 0 announces 4 records (2 pages); page 1 announces 7 (4 pages): the later pages must not be dropped.
    server = serve(
        {
            0: envelope(["a0", "a1"], 0, 1, 4),
            1: envelope(["b0", "b1"], 1, 2, 7),
            2: envelope(["c0", "c1"], 2, 3, 7),
            3: envelope(["d0"], 3, None, 7),
        }
    )
    assert await walk_both(mode, server) == ["a0", "a1", "b0", "b1", "c0", "c1", "d0"]
    assert sorted(server.requested) == [0, 1, 2, 3]


@MODES
async def test_a_next_page_that_jumps_ahead_is_followed_and_the_pages_it_skips_are_not_yielded(
    mode: str, serve: Any
) -> None:
    pages = {n: envelope([f"skipped{n}"] * 1, n, n + 1, 12) for n in range(1, 5)}
    pages[0] = envelope(["a0", "a1"], 0, 5, 12)
    pages[5] = envelope(["f0", "f1"], 5, None, 12)
    server = serve(pages)
    assert await walk_both(mode, server) == ["a0", "a1", "f0", "f1"]
    assert 5 in server.requested


@MODES
@pytest.mark.parametrize("total", [10**400, -3, 0, 1], ids=["10**400", "-3", "0", "1"])
async def test_an_absurd_total_records_neither_crashes_nor_bounds_the_walk(mode: str, total: int, serve: Any) -> None:
    server = serve(
        {0: envelope(["a", "b"], 0, 1, total), 1: envelope(["c", "d"], 1, 2, total), 2: envelope(["e"], 2, None, total)}
    )
    assert await walk_both(mode, server) == ["a", "b", "c", "d", "e"]


@MODES
@CONCURRENCY
async def test_a_server_that_ignores_page_raises_at_once_without_asking_twice(
    mode: str, concurrency: int, serve: Any
) -> None:
    server = serve(lambda n: envelope(["a", "b"], 0, 1, 20))  # page 0, whatever was asked
    with pytest.raises(PaginationError, match="asked for page 1, the server answered page 0"):
        await walk(mode, server, concurrency=concurrency)
    assert len(server.requested) == len(set(server.requested)) <= 1 + concurrency


def suggestion(suggestion_id: str) -> dict[str, Any]:
    return {
        "id": suggestion_id,
        "email": f"{suggestion_id}@example.com",
        "object": "contact_suggestion",
        "partner_id": "par_1",
        "reason": "seen in a thread",
        "source": "email",
        "suggestion_type": "add",
    }


@MODES
@CONCURRENCY
@pytest.mark.parametrize("last", [["e"], []])
async def test_an_envelope_with_only_data_is_walked_until_a_page_that_is_not_full(
    mode: str, concurrency: int, last: list[str], serve: Any
) -> None:
    pages = [["a", "b"], ["c", "d"], last]
    server = serve(lambda n: {"data": [suggestion(i) for i in pages[n]]})
    items = await walk(mode, server, list_contact_suggestions, partner="par_1", concurrency=concurrency)
    assert items == ["a", "b", "c", "d", *last]
    assert server.requested == [0, 1, 2]


@MODES
async def test_an_envelope_with_only_data_from_a_server_that_ignores_page_raises(mode: str, serve: Any) -> None:
    server = serve(lambda n: {"data": [suggestion("a"), suggestion("b")]})
    with pytest.raises(PaginationError, match="page 1 repeats the records of the page before"):
        await walk(mode, server, list_contact_suggestions, partner="par_1")
    assert server.requested == [0, 1]


@MODES
@CONCURRENCY
@pytest.mark.parametrize("lazy", [False, True], ids=["eager", "lazy"])
async def test_a_page_that_does_not_fit_the_spec_names_the_page(
    mode: str, concurrency: int, lazy: bool, serve: Any
) -> None:
    bad = envelope(["c", "d"], 1, None, 4)
    bad["data"][1]["amount_due"] = "abc"
    server = serve({0: envelope(["a", "b"], 0, 1, 4), 1: bad})
    # Lazily, the page's records are parsed when the walk first reads them: the error still names the page.
    with pytest.raises(ResponseValidationError, match=r"\$\.data\[1\]\.amount_due: .* \(page 1\)") as caught:
        await walk(mode, server, concurrency=concurrency, client_options={"lazy_parsing": lazy})
    assert caught.value.page == 1
    assert caught.value.operation == "list_invoices" and str(caught.value).startswith("list_invoices: ")
    assert str(caught.value).count("(page 1)") == 1


@MODES
@CONCURRENCY
async def test_a_lazy_walk_names_the_page_and_operation_of_a_value_first_read_after_the_walk(
    mode: str, concurrency: int, serve: Any
) -> None:
    bad = envelope(["c", "d"], 1, None, 4)
    bad["data"][1]["partner"] = {"id": 5}  # Partner.id is a string
    server = serve({0: envelope(["a", "b"], 0, 1, 4), 1: bad})
    client = Client(token="test-token", base_url=server.base_url, validation="strict", lazy_parsing=True)
    if mode == "sync":
        items = list(iterate_items(list_invoices, client=client, limit=2, concurrency=concurrency))
    else:
        items = [item async for item in aiterate_items(list_invoices, client=client, limit=2, concurrency=concurrency)]
    assert [item.id for item in items] == ["a", "b", "c", "d"]  # the walk itself reads no partner
    assert items[2].partner is UNSET
    with pytest.raises(ResponseValidationError) as caught:
        items[3].partner  # noqa: B018  (parsed on this first read)
    assert (caught.value.page, caught.value.operation, caught.value.path) == (1, "list_invoices", "$.partner.id")
    assert str(caught.value).startswith("list_invoices: ") and str(caught.value).endswith("(page 1)")


THREE = {0: envelope(["a", "b"], 0, 1, 5), 1: envelope(["c", "d"], 1, 2, 5), 2: envelope(["e"], 2, None, 5)}


@MODES
@CONCURRENCY
async def test_a_walk_goes_on_from_a_first_page_already_fetched_without_fetching_it_again(
    mode: str, concurrency: int, serve: Any
) -> None:
    server = serve(THREE)
    client = Client(token="test-token", base_url=server.base_url, validation="strict")
    if mode == "sync":
        first = list_invoices.sync(client=client, limit=2)
        walked = iterate_items(list_invoices.sync, client=client, limit=2, first_page=first, concurrency=concurrency)
        items = [item.id for item in walked]
    else:
        first = await list_invoices.asyncio(client=client, limit=2)
        awalked = aiterate_items(list_invoices, client=client, limit=2, first_page=first, concurrency=concurrency)
        items = [item.id async for item in awalked]
    assert items == ["a", "b", "c", "d", "e"]
    assert sorted(server.requested) == [0, 1, 2]


def live_pages() -> int:
    return sum(isinstance(thing, InvoicePage) for thing in gc.get_objects())


@MODES
async def test_prefetched_pages_wait_as_bodies_and_are_parsed_when_the_walk_reaches_them(mode: str, serve: Any) -> None:
    # Parsed pages held while the walk is elsewhere would be rescanned by every collection (and take more memory
    # than their bodies): the prefetches of a generated operation only receive.
    gc.collect()  # no page left over from an earlier test (a lazy walk's error holds its page in a cycle)
    server = serve(lambda n: envelope([f"{n}a", f"{n}b"], n, n + 1 if n < 5 else None, 12))
    client = Client(token="test-token", base_url=server.base_url, validation="strict")
    if mode == "sync":
        walk = iterate_items(list_invoices.sync, client=client, limit=2, concurrency=4)
        first = [next(walk).id]
    else:
        awalk = aiterate_items(list_invoices.asyncio, client=client, limit=2, concurrency=4)
        first = [(await anext(awalk)).id]
    while len(server.requested) < 5:  # pages 1 to 4 prefetched
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.2)  # their bodies arrive (the server answers at once)
    assert live_pages() <= 1  # at most the page being read; pages 1 to 4 are bytes until reached
    rest = [item.id for item in walk] if mode == "sync" else [item.id async for item in awalk]
    assert first + rest == [f"{n}{letter}" for n in range(6) for letter in "ab"]


@CONCURRENCY
def test_a_wrapper_of_the_operation_is_called_for_every_page_it_walks(concurrency: int, serve: Any) -> None:
    # Only the generated function itself is split into a prefetched request and a later parse: a wrapper a
    # caller made (functools.wraps keeps its __module__) is what fetches each page, as it always was.
    server = serve({n: envelope([f"{n}a", f"{n}b"], n, n + 1 if n < 2 else None, 6) for n in range(3)})
    client = Client(token="test-token", base_url=server.base_url, validation="strict")
    called: list[int] = []

    @functools.wraps(list_invoices.sync)
    def logged(**kwargs: Any) -> Any:
        called.append(kwargs["page"])
        return list_invoices.sync(**kwargs)

    items = [item.id for item in iterate_items(logged, client=client, limit=2, concurrency=concurrency)]
    assert items == ["0a", "0b", "1a", "1b", "2a", "2b"]
    assert sorted(called) == [0, 1, 2]


QUICK_RETRIES = {"max_backoff": 0.01}  # retried as by default, without waiting seconds
FIVE_PAGES = {n: envelope([f"{n}a", f"{n}b"], n, n + 1 if n < 4 else None, 10) for n in range(5)}


@MODES
@CONCURRENCY
async def test_a_page_that_fails_once_is_retried_where_it_is_fetched_and_the_walk_loses_nothing(
    mode: str, concurrency: int, serve: Any
) -> None:
    server = serve(FIVE_PAGES, status=lambda n, asked: 503 if n == 2 and asked == 1 else 200)
    items = await walk(mode, server, client_options=QUICK_RETRIES, concurrency=concurrency)
    assert items == [f"{n}{letter}" for n in range(5) for letter in "ab"]
    assert server.requested.count(2) == 2  # the 503, then its retry


@MODES
@CONCURRENCY
@pytest.mark.parametrize("code", [404, 500])
async def test_a_page_that_keeps_failing_raises_its_error_after_the_pages_before_it(
    mode: str, concurrency: int, code: int, serve: Any
) -> None:
    server = serve(FIVE_PAGES, status=lambda n, asked: code if n == 2 else 200)
    seen: list[str] = []
    with pytest.raises(APIStatusError) as caught:
        await walk(mode, server, into=seen, client_options=QUICK_RETRIES, concurrency=concurrency)
    assert caught.value.status_code == code
    assert seen == ["0a", "0b", "1a", "1b"]  # every page before the failing one, and nothing after it


def slow_after_page_0(delay: float) -> tuple[Any, Callable[[int], float]]:
    return (lambda n: envelope([f"{n}a", f"{n}b"], n, n + 1, 40)), (lambda n: delay if n else 0.0)


@pytest.mark.parametrize("stop", ["close", "drop"])
def test_stopping_a_concurrent_walk_returns_at_once_behind_slow_pages(stop: str, serve: Any) -> None:
    server = serve(*slow_after_page_0(10.0))
    client = Client(token="test-token", base_url=server.base_url, validation="strict")
    walk = iterate_pages(list_invoices, client=client, limit=2, concurrency=4)
    assert next(walk).current_page == 0
    while len(server.requested) < 5:  # the prefetches of pages 1-4 are in flight
        time.sleep(0.01)
    started = time.monotonic()
    if stop == "close":
        walk.close()
    else:
        dropped = weakref.ref(walk)
        del walk  # no reference cycle, and prefetches in flight do not hold it: it closes right here
        assert dropped() is None
    assert time.monotonic() - started < 1.0


async def test_closing_an_async_concurrent_walk_returns_at_once_behind_slow_pages(serve: Any) -> None:
    server = serve(*slow_after_page_0(10.0))
    client = Client(token="test-token", base_url=server.base_url, validation="strict")
    walk = aiterate_items(list_invoices, client=client, limit=2, concurrency=4)
    assert (await anext(walk)).id == "0a"
    started = time.monotonic()
    await walk.aclose()
    assert time.monotonic() - started < 1.0


def test_the_process_exits_without_waiting_for_prefetches_of_a_walk_it_broke_out_of(serve: Any) -> None:
    delay = 10.0
    server = serve(*slow_after_page_0(delay))
    script = textwrap.dedent(f"""
        from stuut_client import Client
        from stuut_client.api.invoices import list_invoices
        from stuut_client.pagination import iterate_items

        with Client(token="test-token", base_url={server.base_url!r}) as client:
            for invoice in iterate_items(list_invoices, client=client, limit=2, concurrency=4):
                break
        print(invoice.id)
    """)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=3 * delay,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0a"
    assert elapsed < delay / 2, f"exit took {elapsed:.1f} s behind a {delay:.0f} s page"


def prefetch_threads_alive(before: frozenset[threading.Thread] = frozenset()) -> list[threading.Thread]:
    """Walk prefetch threads alive now, other than ``before`` (another test's, still finishing its slow page)."""
    alive = threading.enumerate()
    return [thread for thread in alive if thread.name.startswith("stuut-prefetch") and thread not in before]


def wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def test_a_sync_walk_reuses_its_prefetch_threads_and_they_exit_when_it_ends(serve: Any) -> None:
    server = serve(lambda n: envelope([f"{n}a", f"{n}b"], n, n + 1 if n < 11 else None, 24))
    senders: set[threading.Thread] = set()  # the threads themselves, so an ident reused by the OS is not merged

    def record_sender(request: httpx.Request) -> None:
        senders.add(threading.current_thread())

    hooks = {"event_hooks": {"request": [record_sender]}}
    before = frozenset(prefetch_threads_alive())
    client = Client(token="test-token", base_url=server.base_url, validation="strict", httpx_args=hooks)
    ids = [invoice.id for invoice in iterate_items(list_invoices, client=client, limit=2, concurrency=4)]
    assert ids == [f"{n}{letter}" for n in range(12) for letter in "ab"]
    assert 1 <= len(senders) <= 4, [thread.name for thread in senders]  # 12 pages on at most 4 threads
    assert threading.main_thread() not in senders
    assert wait_until(lambda: not prefetch_threads_alive(before)), prefetch_threads_alive(before)


def test_the_prefetch_threads_of_a_walk_broken_out_of_but_still_referenced_exit_once_idle(
    serve: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `break` does not close the walk, and the caller still holds it: its idle threads must not live as long.
    from stuut_client import _prefetch_threads

    monkeypatch.setattr(_prefetch_threads, "IDLE_EXIT_SECONDS", 0.2)
    server = serve(lambda n: envelope([f"{n}a", f"{n}b"], n, n + 1 if n < 11 else None, 24))
    before = frozenset(prefetch_threads_alive())
    client = Client(token="test-token", base_url=server.base_url, validation="strict")
    walk = iterate_items(list_invoices, client=client, limit=2, concurrency=4)
    for invoice in walk:
        if invoice.id == "2a":
            break
    assert wait_until(lambda: len(server.requested) >= 5)
    assert wait_until(lambda: not prefetch_threads_alive(before)), prefetch_threads_alive(before)
    assert [invoice.id for invoice in walk][:2] == ["2b", "3a"]  # the walk goes on where it stopped, threads anew


def test_every_body_of_a_concurrent_sync_walk_is_joined_on_the_walks_own_thread(
    serve: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A body joined on a prefetch thread lives in that thread's malloc arena, whose freed memory glibc hands
    # back: the next pages landed on fresh memory (stuut_client/_join_later.py).
    joined_on: list[str] = []
    read = httpx.Response.read

    def recording_read(response: httpx.Response) -> bytes:
        if not response.is_stream_consumed:  # this read receives or joins the body
            joined_on.append(threading.current_thread().name)
        return read(response)

    monkeypatch.setattr(httpx.Response, "read", recording_read)
    pages = {n: envelope([f"inv_{n}a", f"inv_{n}b"], n, n + 1 if n < 5 else None, 12) for n in range(6)}
    server = serve(pages)
    ids = asyncio.run(walk("sync", server, concurrency=4))
    assert len(ids) == 12 and joined_on == [threading.current_thread().name] * 6, joined_on


def test_the_prefetch_threads_of_a_walk_broken_off_exit_once_their_pages_arrive(serve: Any) -> None:
    server = serve(*slow_after_page_0(10.0))
    before = frozenset(prefetch_threads_alive())
    client = Client(token="test-token", base_url=server.base_url, validation="strict")
    walk = iterate_pages(list_invoices, client=client, limit=2, concurrency=4)
    assert next(walk).current_page == 0
    assert wait_until(lambda: len(server.requested) == 5)  # pages 1-4 in flight, each on a thread of the walk
    walk.close()
    assert len(prefetch_threads_alive(before)) == 4  # still receiving: nothing waited for them
    server.released.set()  # the slow pages arrive
    assert wait_until(lambda: not prefetch_threads_alive(before)), prefetch_threads_alive(before)


async def test_an_async_walk_sends_its_prefetches_while_the_caller_is_busy_with_a_page(serve: Any) -> None:
    # The caller works through page 0 without giving the event loop a turn (as code parsing or writing records
    # does); the requests the walk started for pages 1 to 8 must reach the server meanwhile, not when the walk next
    # waits for a page. On kept-alive connections, as a walk after the first finds them.
    pages = {n: envelope([f"inv_{n}a", f"inv_{n}b"], n, n + 1 if n < 8 else None, 18) for n in range(9)}
    server = serve(pages, keep_alive=True)
    client = Client(token="test-token", base_url=server.base_url, validation="strict")

    async def pages_requested_while_busy() -> list[int]:
        seen: list[int] = []
        async for invoice in aiterate_items(list_invoices, client=client, limit=2, concurrency=8):
            if invoice.id == "inv_0a":  # busy, without an await: up to 5 s for the 9 requests to arrive
                wait_until(lambda: len(server.requested) == 9)
                seen = sorted(server.requested)
        return seen

    assert len([i async for i in aiterate_items(list_invoices, client=client, limit=2, concurrency=8)]) == 18
    server.requested.clear()  # that walk opened the connections
    assert await pages_requested_while_busy() == list(range(9))


async def test_an_async_request_tells_the_walk_once_it_is_written_and_a_trace_of_the_callers_sees_every_event(
    serve: Any,
) -> None:
    server = serve({0: envelope(["inv_0a"], 0, None, 1)}, status=lambda n, asked: 503 if asked == 1 else 200)
    client = Client(token="test-token", base_url=server.base_url)
    seen: list[str] = []
    told: list[int] = []  # how many events the caller's trace had seen when the walk was told

    async def own_trace(event: str, info: dict[str, Any]) -> None:
        seen.append(event)

    token = on_request_sent.set(lambda: told.append(len(seen)))
    try:  # answered 503, then 200: each attempt tells once (the retry's hook wraps the caller's, not the first's)
        await client.arequest(method="GET", url="/v1/invoices", extensions={"trace": own_trace})
    finally:
        on_request_sent.reset(token)
    written = [n for n, event in enumerate(seen) if event == "http11.send_request_body.complete"]
    assert len(written) == 2 and told == written, (told, seen)
    assert seen.count("http11.receive_response_headers.complete") == 2


class RecordsReadLog(SimpleNamespace):
    """An envelope that logs when its records are read (with lazy parsing, reading them builds the items)."""

    def __init__(self, number: int, log: list[str], wait_for: threading.Event | None = None, **fields: Any) -> None:
        super().__init__(**fields)
        self._number, self._log, self._wait_for = number, log, wait_for

    @property
    def data(self) -> list[SimpleNamespace]:
        if self._wait_for is not None:  # sync: a prefetch thread started before now logs its fetch meanwhile
            self._wait_for.wait(5.0)
        self._log.append(f"read {self._number}")
        return [SimpleNamespace(id=f"{self._number}{letter}") for letter in "ab"]


@MODES
async def test_a_concurrent_walk_starts_its_next_pages_before_it_reads_the_records_of_the_page_it_has(
    mode: str,
) -> None:
    log: list[str] = []
    page_1_fetched = threading.Event() if mode == "sync" else None

    def fetch(number: int) -> Any:
        log.append(f"fetch {number}")
        if number == 1 and page_1_fetched is not None:
            page_1_fetched.set()
        following = number + 1 if number < 3 else None
        wait_for = page_1_fetched if number == 0 else None
        return RecordsReadLog(number, log, wait_for, current_page=number, next_page=following, total_records=8)

    async def afetch(number: int) -> Any:
        return fetch(number)

    if mode == "sync":
        ids = [item.id for item in walk_pages(fetch, limit=2, concurrency=3).items()]
    else:
        ids = [item.id async for item in awalk_pages(afetch, limit=2, concurrency=3).items()]
    assert ids == ["0a", "0b", "1a", "1b", "2a", "2b", "3a", "3b"]
    # sync: page 1's thread is waited for (the others may log later); async: every prefetch runs before the read
    started_first = ["fetch 1"] if mode == "sync" else ["fetch 1", "fetch 2", "fetch 3"]
    assert all(log.index(fetched) < log.index("read 0") for fetched in started_first), log


# The walk's decisions, on envelopes that lack fields (as a server leaving out nulls and defaults sends them),
# through walk_pages with an in-memory fetch.


def fake(data: list[str], **fields: Any) -> SimpleNamespace:
    return SimpleNamespace(data=[SimpleNamespace(id=i) for i in data], **fields)


async def walk_fake(
    mode: str, pages: dict[int, Any], limit: int = 2, refetched: list[int] | None = None, **options: Any
) -> tuple[list[str], list[int]]:
    """The ids a walk of ``pages`` yields and the pages it asked for; ``refetched`` gets its pages_refetched."""
    requested: list[int] = []

    def fetch(number: int) -> Any:
        requested.append(number)
        page = pages.get(number, fake([]))
        if page == "invalid":
            raise ResponseValidationError("a page that does not fit")
        return page

    async def afetch(number: int) -> Any:
        return fetch(number)

    if mode == "sync":
        walker = walk_pages(fetch, limit=limit, **options).items()
        items = [item.id for item in walker]
    else:
        awalker = awalk_pages(afetch, limit=limit, **options).items()
        items = [item.id async for item in awalker]
    if refetched is not None:
        refetched.append((walker if mode == "sync" else awalker).pages_refetched)
    return items, requested


@MODES
@pytest.mark.parametrize("absent", [UNSET, "omitted"])
async def test_a_missing_next_page_with_total_records_walks_while_full_pages_leave_records_unread(
    mode: str, absent: Any
) -> None:
    missing = {} if absent == "omitted" else {"next_page": absent}
    pages = {
        0: fake(["a", "b"], current_page=0, total_records=5, **missing),
        1: fake(["c", "d"], current_page=1, total_records=5, **missing),
        2: fake(["e"], current_page=2, total_records=5, **missing),
    }
    assert await walk_fake(mode, pages) == (["a", "b", "c", "d", "e"], [0, 1, 2])
    exact = {0: fake(["a", "b"], total_records=4, **missing), 1: fake(["c", "d"], total_records=4, **missing)}
    assert await walk_fake(mode, exact) == (["a", "b", "c", "d"], [0, 1])  # 4 of 4 read: no page 2


@MODES
async def test_a_null_next_page_ends_the_walk_even_after_a_full_page(mode: str) -> None:
    assert await walk_fake(mode, {0: fake(["a", "b"], next_page=None, total_records=9)}) == (["a", "b"], [0])


@MODES
@pytest.mark.parametrize("total", [UNSET, None, "9", 2.5, -1])
async def test_total_records_of_any_kind_never_crash_a_concurrent_walk(mode: str, total: Any) -> None:
    pages = {n: fake([f"{n}a", f"{n}b"], current_page=n, next_page=n + 1, total_records=total) for n in range(3)}
    pages[3] = fake(["3a"], current_page=3, next_page=None, total_records=total)
    items, requested = await walk_fake(mode, pages, concurrency=3)
    assert items == ["0a", "0b", "1a", "1b", "2a", "2b", "3a"] and sorted(requested) == [0, 1, 2, 3]


def random_server(rng: random.Random, limit: int) -> dict[int, Any]:
    """Pages whose next_page, total_records and fields vary at random: the walk may end, jump or fail."""
    pages: dict[int, Any] = {}
    for number in range(12):
        size = rng.choice([0, limit, limit, limit, limit - 1])
        fields: dict[str, Any] = {}
        if rng.random() < 0.8:
            fields["next_page"] = rng.choice([None, number + 1, number + 1, number + rng.randint(2, 4), number])
        if rng.random() < 0.8:
            fields["total_records"] = rng.choice([0, -1, 10**30, rng.randint(0, 14 * limit), UNSET])
        if rng.random() < 0.9:
            fields["current_page"] = number if rng.random() < 0.95 else number - 1
        pages[number] = fake([f"{number}.{i}" for i in range(size)], **fields)
        if rng.random() < 0.03:
            pages[number] = "invalid"
    return pages


async def outcome(mode: str, pages: dict[int, Any], **options: Any) -> tuple[list[str], str]:
    refetched: list[int] = []
    try:
        items, requested = await walk_fake(mode, pages, refetched=refetched, **options)
    except (PaginationError, ResponseValidationError) as error:
        return [], f"{type(error).__name__}: {error}"
    # No page asked for twice, but for those asked again because total_records changed (these pages' do at random)
    assert len(requested) - len(set(requested)) == refetched[0], requested
    return items, "ok"


@MODES
async def test_concurrency_never_changes_what_a_walk_yields_on_random_servers(mode: str) -> None:
    rng = random.Random(20261202)
    for _ in range(150):
        pages = random_server(rng, limit=2)
        expected = await outcome(mode, pages)
        for concurrency in (2, 3, 6):
            assert await outcome(mode, pages, concurrency=concurrency) == expected
            assert await outcome(mode, pages, concurrency=concurrency, max_pages=3) == await outcome(
                mode, pages, max_pages=3
            )


# A collection that changes while a concurrent walk fetches its pages in parallel, served in whatever order the
# server gets to them: what a walk without prefetching would yield, nothing less.


class NewestFirst:
    """A newest-first collection gaining ``added`` records at the front every ``every`` pages it serves, as a busy
    list does; ``order(n)`` is how long page n's request waits before it is served (so parallel requests are
    answered in any order). It grows slower than a walk reads (also counting pages asked again), so walks end."""

    def __init__(self, size: int, added: int, limit: int, order: Callable[[int], float], every: int = 1) -> None:
        self.records = [f"old{i}" for i in range(size)]
        self.originals = list(self.records)
        self.added, self.limit, self.order, self.every = added, limit, order, every
        self.served = 0
        self.lock = threading.Lock()

    def envelope(self, number: int) -> tuple[list[str], int | None, int]:
        with self.lock:
            self.served += 1
            if self.served % self.every == 0:
                self.records[:0] = [f"new{self.served}.{i}" for i in range(self.added)]
            window = self.records[number * self.limit : (number + 1) * self.limit]
            total = len(self.records)
        return window, (number + 1 if (number + 1) * self.limit < total else None), total

    def page(self, number: int) -> SimpleNamespace:
        time.sleep(self.order(number))
        window, following, total = self.envelope(number)
        return fake(window, current_page=number, next_page=following, total_records=total)

    async def apage(self, number: int) -> SimpleNamespace:
        await asyncio.sleep(self.order(number))
        window, following, total = self.envelope(number)
        return fake(window, current_page=number, next_page=following, total_records=total)


def serving_orders() -> list[Callable[[int], float]]:
    """Orders a server may answer parallel requests in: later pages first, odd pages last, at random."""
    rng = random.Random(7)
    delays = [rng.choice([0.0, 0.004, 0.008, 0.012]) for _ in range(200)]
    return [lambda n: 0.012 - 0.004 * (n % 4), lambda n: 0.008 * (n % 2), lambda n: delays[n]]


@MODES
@pytest.mark.parametrize("concurrency", [2, 4, 8])
@pytest.mark.parametrize("order", range(3))
async def test_a_concurrent_walk_over_a_collection_growing_at_the_front_loses_no_record(
    mode: str, concurrency: int, order: int
) -> None:
    collection = NewestFirst(size=40, added=1, limit=4, order=serving_orders()[order])
    options: dict[str, Any] = {"limit": 4, "concurrency": concurrency}
    if mode == "sync":
        walker = walk_pages(collection.page, **options).items()
        seen = [item.id for item in walker]
    else:
        awalker = awalk_pages(collection.apage, **options).items()
        seen = [item.id async for item in awalker]
    # Without prefetching, each page is served after the one before: the records move back, never past the walk.
    assert [record for record in seen if record.startswith("old")] == collection.originals
    assert len(seen) == len(set(seen))  # repeats dropped by id, as ever


@MODES
async def test_a_concurrent_walk_of_an_operation_over_a_growing_collection_loses_no_record(
    mode: str, serve: Any
) -> None:
    # The same through a loopback server answering parallel requests (later pages first) and the generated
    # operation: refetches go through the walk's own receive and parse.
    collection = NewestFirst(size=24, added=1, limit=2, order=lambda n: 0.0, every=3)

    def pages(number: int) -> Any:
        window, following, total = collection.envelope(number)
        return envelope(window, number, following, total)

    server = serve(pages, delay=lambda n: 0.03 - 0.01 * (n % 3))
    seen = await walk(mode, server, concurrency=6)
    assert [record for record in seen if record.startswith("old")] == collection.originals


# Report mode: what in each page did not fit the spec is kept on the walk, by page number, not only logged.


@MODES
@pytest.mark.parametrize("lazy", [False, True], ids=["eager", "lazy"])
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_a_walk_keeps_the_deviations_of_each_page_it_parsed(
    mode: str, lazy: bool, concurrency: int, serve: Any
) -> None:
    pages = {n: envelope([f"p{n}.{i}" for i in range(2)], n, n + 1 if n < 3 else None, 8) for n in range(4)}
    pages[1]["data"][1]["amount_due"] = "lots"  # a string where the spec says a number
    pages[3]["data"][0]["currency"] = None  # a null where it says a string
    server = serve(pages)
    client = Client(token="test-token", base_url=server.base_url, validation="report", lazy_parsing=lazy)
    options: dict[str, Any] = {"client": client, "limit": 2, "concurrency": concurrency}
    if mode == "sync":
        walker = iterate_items(list_invoices, **options)
        records = [(item.amount_due, item.currency) for item in walker]
    else:
        awalker = aiterate_items(list_invoices, **options)
        records = [(item.amount_due, item.currency) async for item in awalker]
    assert ("lots", "USD") in records and (100.0, None) in records  # kept as sent
    found = (walker if mode == "sync" else awalker).deviations
    assert {number: [(d.path, d.kind) for d in page] for number, page in found.items()} == {
        1: [("$.data[1].amount_due", "type")],
        3: [("$.data[0].currency", "null")],
    }


@MODES
@pytest.mark.parametrize("concurrency", [1, 3])
@pytest.mark.parametrize("value", [None, "inv_x", 5, 2.5, True, []], ids=repr)
async def test_a_value_in_data_that_is_not_a_record_is_skipped_with_a_warning_and_kept_in_deviations(
    mode: str, concurrency: int, value: Any, serve: Any, caplog: pytest.LogCaptureFixture
) -> None:
    # validation="report" keeps it in the page; a walk typed for the model yields only records, and says so.
    pages = {n: envelope([f"p{n}.{i}" for i in range(2)], n, n + 1 if n < 2 else None, 6) for n in range(3)}
    pages[1]["data"].insert(1, value)
    server = serve(pages)
    client = Client(token="test-token", base_url=server.base_url, validation="report")
    options: dict[str, Any] = {"client": client, "limit": 2, "concurrency": concurrency}
    if mode == "sync":
        walker = iterate_items(list_invoices, **options)
        ids = [item.id for item in walker]
    else:
        awalker = aiterate_items(list_invoices, **options)
        ids = [item.id async for item in awalker]
    ended = walker if mode == "sync" else awalker
    assert ids == [f"p{n}.{i}" for n in range(3) for i in range(2)]  # every record, in order
    assert ended.items_skipped == 1
    assert [d.path for d in ended.deviations[1]] == ["$.data[1]"]
    assert any(
        "item 1 of page 1" in record.getMessage() and "skipped" in record.getMessage() for record in caplog.records
    )
