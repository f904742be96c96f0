"""A loopback stand-in for GET /v1/invoices with a fixed latency: what `make bench` walks pages against.

    python scripts/bench_server.py --pool POOL.json --total 5000 --latency 0.05

Serves `--total` invoices, numbered from 0, in pages chosen by the real query parameters (`page` from 0,
`limit` 1..200, default 50) inside the real envelope. Invoice i is pool[i % len(pool)] with an id of its own
(the client drops repeated ids), so any total is served from a small pool of pre-encoded invoices. Each answer
takes `--latency` seconds from request to response, whatever assembling the page cost. Each page's whole answer is
assembled once and kept (up to CACHE_BYTES): the server shares the measured machine's two cores with the client,
and a page assembled again for every request takes CPU from a concurrent walk's parsing (one by one, the same work
hides in the latency while the client waits, so the walk's ideal never paid for it). Listens on 127.0.0.1
on a free port, prints the port on stdout, and stops when stdin closes (when the bench that started it exits).
`running(...)` starts one as a subprocess, so its work does not share the measured process's interpreter.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_payload import encode, envelope  # noqa: E402

LIMIT_RANGE = (1, 200)  # List Invoices' documented `limit` range
DEFAULT_LIMIT = 50
# Holds scenario 4's whole collection (25 pages of 12 MiB); scenario 6's larger walk fetches each page once and
# gains nothing from keeping more.
CACHE_BYTES = 512 * 2**20


class InvoiceStore:
    """`total` invoices from a pool of encoded ones, each split around its id so that a page is a few joins."""

    def __init__(self, pool: list[dict[str, Any]], total: int) -> None:
        self.total = total
        # The id appears as the invoice's `id` and as its payments' `invoice_id`: both get the new id.
        self._pool = [(i["id"][:10], encode(i).split(json.dumps(i["id"]).encode())) for i in pool]

    def invoice(self, index: int) -> bytes:
        prefix, parts = self._pool[index % len(self._pool)]
        return f'"{prefix}{index:08x}"'.encode().join(parts)

    def page(self, page: int, limit: int) -> bytes:
        items = b",".join(self.invoice(i) for i in range(page * limit, min((page + 1) * limit, self.total)))
        head, tail = encode(envelope([], page, limit, self.total)).split(b'"data":[]', 1)
        return head + b'"data":[' + items + b"]" + tail


def http_answer(status: int, body: bytes) -> bytes:
    """Status line, headers and body as one bytes object, written in one write: written apart (send_response,
    end_headers, then the body), a small response waits for the client's delayed ACK of the headers (Nagle),
    about 40 ms."""
    head = (
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("latin-1") + body


class PageAnswers:
    """Each page's 200 answer, assembled the first time it is asked for and kept while they fit in CACHE_BYTES.
    Concurrent first requests for one page may both assemble it; the answers are the same bytes."""

    def __init__(self, store: InvoiceStore) -> None:
        self._store = store
        self._kept: dict[tuple[int, int], bytes] = {}
        self._bytes = 0

    def answer(self, page: int, limit: int) -> bytes:
        kept = self._kept.get((page, limit))
        if kept is not None:
            return kept
        assembled = http_answer(200, self._store.page(page, limit))
        if self._bytes + len(assembled) <= CACHE_BYTES:
            self._kept[page, limit] = assembled
            self._bytes += len(assembled)
        return assembled


def handler_for(store: InvoiceStore, latency: float) -> type[BaseHTTPRequestHandler]:
    pages = PageAnswers(store)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real API server: the client's pool reuses connections

        def do_GET(self) -> None:
            started = time.perf_counter()
            url = urlsplit(self.path)
            query = {name: values[0] for name, values in parse_qs(url.query).items()}
            if url.path != "/v1/invoices":
                return self.reply(404, b'{"detail":"Not Found"}')
            if not self.headers.get("Authorization", "").startswith("Bearer "):
                return self.reply(401, b'{"detail":"Not authenticated"}')
            page, limit = query.get("page", "0"), query.get("limit", str(DEFAULT_LIMIT))
            if not (page.isdigit() and limit.isdigit() and LIMIT_RANGE[0] <= int(limit) <= LIMIT_RANGE[1]):
                return self.reply(422, b'{"detail":"page must be >= 0 and limit 1..200"}')
            assembled = pages.answer(int(page), int(limit))
            time.sleep(max(0.0, latency - (time.perf_counter() - started)))
            self.wfile.write(assembled)

        def reply(self, status: int, body: bytes) -> None:
            self.wfile.write(http_answer(status, body))

        def log_message(self, format: str, *args: Any) -> None:
            pass  # one line per request would drown the table

    return Handler


class _Server(ThreadingHTTPServer):
    request_queue_size = 64  # concurrent walks open several connections at once; the default backlog is 5


@contextlib.contextmanager
def running(pool_file: Path, total: int, latency: float) -> Iterator[str]:
    """Start a server subprocess for the walk; yields its base URL and stops it afterwards."""
    command = [sys.executable, __file__, "--pool", str(pool_file), "--total", str(total), "--latency", str(latency)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        port = process.stdout.readline().strip()
        if not port.isdigit():
            raise RuntimeError(f"bench server did not start (exit {process.wait()})")
        yield f"http://127.0.0.1:{port}"
    finally:
        assert process.stdin is not None
        process.stdin.close()  # the server's signal to stop
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pool", type=Path, required=True, help="JSON list of invoices to serve in turn")
    parser.add_argument("--total", type=int, required=True, help="how many invoices the collection holds")
    parser.add_argument("--latency", type=float, required=True, help="seconds from request to response")
    args = parser.parse_args()
    store = InvoiceStore(json.loads(args.pool.read_bytes()), args.total)
    server = _Server(("127.0.0.1", 0), handler_for(store, args.latency))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()  # returns when the parent closes the pipe, or exits
    server.shutdown()


if __name__ == "__main__":
    main()
