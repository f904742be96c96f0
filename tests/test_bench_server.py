"""The benchmark's loopback server (scripts/bench_server.py), which `make bench` walks pages against."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import bench_server
import httpx
import pytest
from bench_payload import invoices

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


class CountingWriter:
    """Stands in for a handler's wfile: records each write the handler makes to its socket."""

    def __init__(self, wfile: Any, writes: list[bytes]) -> None:
        self._wfile = wfile
        self._writes = writes

    def write(self, data: bytes) -> int:
        self._writes.append(bytes(data))
        return int(self._wfile.write(data))

    def flush(self) -> None:
        self._wfile.flush()

    def __getattr__(self, name: str) -> Any:  # closed, close(): what the server asks of the stream at the end
        return getattr(self._wfile, name)


@pytest.fixture
def served() -> Iterator[tuple[str, list[bytes]]]:
    writes: list[bytes] = []
    handler = bench_server.handler_for(bench_server.InvoiceStore(invoices(2, seed=1), total=3), latency=0.0)

    class Counting(handler):  # type: ignore[valid-type, misc]
        def setup(self) -> None:
            super().setup()
            self.wfile = CountingWriter(self.wfile, writes)

    server = bench_server._Server(("127.0.0.1", 0), Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", writes
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("path", "headers", "status"),
    [
        ("/v1/invoices?limit=1", {"Authorization": "Bearer bench"}, 200),
        ("/v1/invoices?limit=1", {}, 401),
        ("/v1/elsewhere", {}, 404),
    ],
)
def test_each_response_is_one_write(served: tuple[str, list[bytes]], path: str, headers: Any, status: int) -> None:
    # Headers and body written apart make a small response wait for the client's delayed ACK (Nagle).
    url, writes = served
    with httpx.Client(base_url=url) as http:
        response = http.get(path, headers=headers)
    assert response.status_code == status
    assert len(writes) == 1
    assert writes[0].endswith(b"\r\n\r\n" + response.content)


class CountingStore(bench_server.InvoiceStore):
    """Counts the pages it assembles."""

    assembled = 0

    def page(self, page: int, limit: int) -> bytes:
        self.assembled += 1
        return super().page(page, limit)


def test_a_page_is_assembled_once_and_answered_the_same_every_time() -> None:
    # Assembled again per request, a page took CPU from a concurrent walk on the machine both share.
    store = CountingStore(invoices(3, seed=2), total=5)
    pages = bench_server.PageAnswers(store)
    first = [pages.answer(page, 2) for page in range(3)]
    again = [pages.answer(page, 2) for page in range(3)]
    assert again == first
    assert store.assembled == 3
    assert first[2].endswith(store.page(2, 2))  # the answer to this request, not another page's


def test_pages_beyond_the_cache_are_assembled_for_each_request(monkeypatch: pytest.MonkeyPatch) -> None:
    store = CountingStore(invoices(3, seed=2), total=5)
    expected = {page: bench_server.http_answer(200, store.page(page, 2)) for page in (0, 1)}
    monkeypatch.setattr(bench_server, "CACHE_BYTES", len(expected[0]) + 1)  # room for page 0 only
    pages = bench_server.PageAnswers(store)
    store.assembled = 0
    for _ in range(2):
        assert pages.answer(0, 2) == expected[0]
        assert pages.answer(1, 2) == expected[1]
    assert store.assembled == 1 + 2  # page 0 once, page 1 for each request
