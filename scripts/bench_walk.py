"""The client's side of `make bench`'s page walks, run in a fresh interpreter so that the time and memory
measured are the client's alone (the bench process also holds the peers, the payloads and their garbage).

    python scripts/bench_walk.py walk  --url URL --limit 200 --concurrency 8 --repeats 3 [--async] [--ideal]
    python scripts/bench_walk.py parse --url URL --limit 200 --repeats 3

Prints one JSON object.
- walk: `iterate_items(list_invoices.sync, client=client, limit=..., concurrency=...)` over the whole
  collection, `--repeats` times: the seconds of each walk, what it yielded, and the resident memory before and
  at its highest during the first walk (VmRSS, VmHWM). With --async, `aiterate_items(list_invoices.asyncio,
  ...)` in an event loop instead. With --ideal, each walk is followed, in the same process and with the same
  client, by what the walk's ideal is made of: the pages fetched one by one and parsed as in parse mode (the
  medians of those rounds: fetch_seconds, parse_seconds), so that a walk is compared with the parse speed of
  its own process in the same state (a process parses slower after walks than fresh).
- parse: fetches every page once, one after the other (timed: latency and transfer alone), then times what a
  walk must do with those responses: parse them the way `list_invoices.sync` does (`parse_as_sync`) and read
  each item's id (with lazy parsing, that builds the items); and `json.loads` on the same bytes; and what one
  parsed page keeps alive (tracemalloc).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
from stuut_client import Client
from stuut_client._response import operation_response
from stuut_client.api.invoices import list_invoices
from stuut_client.pagination import aiterate_items, iterate_items
from stuut_client.types import Response


def parse_as_sync(client: Client, response: httpx.Response) -> Response[Any]:
    """What list_invoices.sync() runs on a 200 body: the operation's parsers on the shared response path."""
    return operation_response(list_invoices, client, response)


TOKEN = "bench-token"  # the loopback server only checks that a bearer token is sent


def memory(field: str) -> int:
    """VmRSS or VmHWM of this process, in bytes."""
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


class CollectorClock:
    """Seconds the cyclic garbage collector runs (gc.callbacks), to show how much of a walk it takes."""

    def __init__(self) -> None:
        self.seconds, self._started = 0.0, 0.0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started


def fetch_pages(get: Callable[..., httpx.Response], limit: int) -> tuple[list[httpx.Response], float]:
    """Every page of the collection, one after the other, and the seconds that took (latency and transfer).

    ``get`` is an httpx client's ``get``: the sync client's, or the async client's run to completion (an async
    walk's ideal receives the way the walk does; ``asyncio.Runner.run`` adds well under a millisecond a page).
    """
    responses, page, fetch_seconds = [], 0, 0.0
    while page is not None:
        started = time.perf_counter()
        response = get("/v1/invoices", params={"page": page, "limit": limit})
        fetch_seconds += time.perf_counter() - started
        responses.append(response)
        page = response.json()["next_page"]
    return responses, fetch_seconds


def time_parse(client: Client, responses: list[httpx.Response], repeats: int, warm_up: bool = True) -> float:
    """The median seconds of what a walk must do with those responses: parse each as sync() does, read each
    item's id (with lazy parsing, that builds the items), let the page go."""

    def client_parse() -> None:
        for response in responses:
            page = parse_as_sync(client, response).parsed
            ids = {invoice.id for invoice in page.data or ()}  # what the walk reads of each item, to drop repeats
            del page, ids

    if warm_up:
        client_parse()  # first-call costs are not per page
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        client_parse()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def walk(url: str, limit: int, concurrency: int, repeats: int, lazy: bool, async_: bool, ideal: bool) -> dict[str, Any]:
    collector = CollectorClock()
    # One event loop for every async walk: the client's async connection pool belongs to it.
    with Client(base_url=url, token=TOKEN, lazy_parsing=lazy) as client, asyncio.Runner() as loop:

        def walked_ids(max_items: int | None = None, limit: int = limit) -> tuple[set[str], int]:
            kwargs: dict[str, Any] = {"client": client, "limit": limit, "max_items": max_items}
            if not async_:
                walker = iterate_items(list_invoices.sync, concurrency=concurrency, **kwargs)
                return {invoice.id for invoice in walker}, walker.duplicates_dropped

            async def async_walk() -> tuple[set[str], int]:
                walker = aiterate_items(list_invoices.asyncio, concurrency=concurrency, **kwargs)
                return {invoice.id async for invoice in walker}, walker.duplicates_dropped

            return loop.run(async_walk())

        def async_get(path: str, **kwargs: Any) -> httpx.Response:
            return loop.run(client.get_async_httpx_client().get(path, **kwargs))

        get = async_get if async_ else client.get_httpx_client().get  # the ideal's fetch, as the walk receives
        # Warm up the imports and the connection pool on one tiny page, so the baseline holds them.
        walked_ids(max_items=1, limit=1)
        # The process's first walk: its peak is the memory row's (later walks reuse its memory), and its time is
        # shown apart. It grows the heap and starts the threads the later walks reuse, as the ideal's rounds
        # (after a walk) find them: the timed walks are compared with those in that state. Its connections serve
        # the first timed walk; an ideal's round outlasts httpx's 5 s keep-alive, so later walks open most anew.
        rss_before = memory("VmRSS")
        started = time.perf_counter()
        ids, duplicates = walked_ids()
        first_seconds, rss_peak, items = time.perf_counter() - started, memory("VmHWM"), len(ids)
        seconds, collector_seconds = [], []
        fetches, parses = [], []
        for _ in range(repeats):
            collector.seconds = 0.0
            gc.callbacks.append(collector)
            started = time.perf_counter()
            ids, duplicates = walked_ids()
            seconds.append(time.perf_counter() - started)
            gc.callbacks.remove(collector)
            collector_seconds.append(collector.seconds)
            items = len(ids)
            if ideal:  # a round of the ideal after each walk, the walk having warmed everything up
                # Received as the walk receives: an async walk's pages by the async client.
                responses, fetched = fetch_pages(get, limit)
                fetches.append(fetched)
                parses.append(time_parse(client, responses, 1, warm_up=False))
                del responses
        if async_:
            loop.run(client.get_async_httpx_client().aclose())
        measured: dict[str, float] = {}
        if ideal:
            measured = {"fetch_seconds": statistics.median(fetches), "parse_seconds": statistics.median(parses)}
    return {
        "first_seconds": first_seconds,
        "seconds": seconds,
        "collector_seconds": collector_seconds,
        "items": items,
        "duplicates": duplicates,
        "rss_before": rss_before,
        "rss_peak": rss_peak,
        **measured,
    }


def parse(url: str, limit: int, repeats: int, lazy: bool) -> dict[str, Any]:
    with Client(base_url=url, token=TOKEN, lazy_parsing=lazy) as client:
        responses, fetch_seconds = fetch_pages(client.get_httpx_client().get, limit)

        def loads() -> None:
            for response in responses:
                json.loads(response.content)

        parse_seconds = time_parse(client, responses, repeats)
        loads_timings = []
        for _ in range(repeats):
            started = time.perf_counter()
            loads()
            loads_timings.append(time.perf_counter() - started)
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        kept = parse_as_sync(client, responses[0]).parsed
        page_bytes = tracemalloc.get_traced_memory()[0] - before
        # What handling one page takes at its peak: its body, and the decoded JSON and the models at once.
        handling_peak = tracemalloc.get_traced_memory()[1] - before + len(responses[0].content)
        tracemalloc.stop()
        del kept
    return {
        "pages": len(responses),
        "fetch_seconds": fetch_seconds,
        "bytes": sum(len(r.content) for r in responses),
        "parse_seconds": parse_seconds,
        "loads_seconds": statistics.median(loads_timings),
        "parsed_page_bytes": page_bytes,
        "page_handling_peak_bytes": handling_peak,
        "first_page_body_bytes": len(responses[0].content),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["walk", "parse"])
    parser.add_argument("--url", required=True)
    parser.add_argument("--limit", type=int, required=True)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--lazy", action="store_true", help="Client(lazy_parsing=True)")
    parser.add_argument("--async", dest="async_", action="store_true", help="walk: aiterate_items, asyncio")
    parser.add_argument("--ideal", action="store_true", help="walk: also fetch and parse the pages as parse does")
    args = parser.parse_args()
    if args.mode == "walk":
        result = walk(args.url, args.limit, args.concurrency, args.repeats, args.lazy, args.async_, args.ideal)
    else:
        result = parse(args.url, args.limit, args.repeats, args.lazy)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
