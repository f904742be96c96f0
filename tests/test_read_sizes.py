"""Socket reads grow while a body keeps arriving (overrides/package/_read_sizes.py): fewer, larger reads for a
large page, httpcore's own size for small responses and dripping servers, and the same bytes either way."""

from __future__ import annotations

import json
import socket
from typing import Any

import httpx
import pytest
from builders import invoice
from fault_server import answering, reset
from operation_calls import run
from stuut_client import Client, _read_sizes
from stuut_client._read_sizes import MAX_READ, grow_reads
from stuut_client.api.invoices import retrieve_invoice
from stuut_client.errors import APIConnectionError, APITimeoutError

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
HTTPCORE_READ = 64 * 1024  # what httpcore asks its network stream for (READ_NUM_BYTES)


class Source:
    """The bytes a socket holds: each read returns up to what is asked of what is there, as recv does."""

    def __init__(self, *arrivals: bytes) -> None:
        self.arrivals = list(arrivals)  # what is buffered at each read; a read takes from the first
        self.asked: list[int] = []

    def take(self, max_bytes: int) -> bytes:
        self.asked.append(max_bytes)
        if not self.arrivals:
            return b""
        data, rest = self.arrivals[0][:max_bytes], self.arrivals[0][max_bytes:]
        self.arrivals[0:1] = [rest] if rest else []
        return data


class FakeStream:
    def __init__(self, source: Source) -> None:
        self.source, self.closed = source, False

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.source.take(max_bytes)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return FakeStream(self.source)


class AsyncFakeStream(FakeStream):
    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # type: ignore[override]
        return self.source.take(max_bytes)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # type: ignore[override]
        pass

    async def start_tls(  # type: ignore[override]
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        return AsyncFakeStream(self.source)


async def read_all(mode: str, source: Source, tls: bool = False) -> bytes:
    """Read ``source`` to its end through a growing stream, asking httpcore's 64 KiB each time."""
    chunks = []
    if mode == "sync":
        stream: Any = _read_sizes._GrowingReadStream(FakeStream(source))
        stream = stream.start_tls(None) if tls else stream
        while chunk := stream.read(HTTPCORE_READ):
            chunks.append(chunk)
    else:
        stream = _read_sizes._AsyncGrowingReadStream(AsyncFakeStream(source))
        stream = await stream.start_tls(None) if tls else stream
        while chunk := await stream.read(HTTPCORE_READ):
            chunks.append(chunk)
    return b"".join(chunks)


@MODES
async def test_a_large_body_that_is_all_there_is_read_in_reads_doubling_up_to_the_cap(mode: str) -> None:
    body = bytes(range(256)) * (8 * 1024 * 1024 // 256)
    source = Source(body)
    assert await read_all(mode, source) == body
    k = 1024
    assert source.asked[:6] == [64 * k, 128 * k, 256 * k, 512 * k, MAX_READ, MAX_READ]
    assert max(source.asked) == MAX_READ
    assert len(source.asked) == 4 + (len(body) - 960 * k) // MAX_READ + 2  # the last two: the tail, then b""


@MODES
async def test_small_responses_and_a_dripping_server_are_read_with_httpcores_size(mode: str) -> None:
    source = Source(b'{"id": "inv_1"}', *[bytes([byte]) for byte in b"dripping"], b"x" * 1000)
    assert await read_all(mode, source) == b'{"id": "inv_1"}dripping' + b"x" * 1000
    assert set(source.asked) == {HTTPCORE_READ}


@MODES
async def test_reads_shrink_back_once_a_short_read_says_the_body_stopped_arriving(mode: str) -> None:
    # A large page, then a small one on the same (kept-alive) connection: the read after the page's last (108 KiB)
    # asks twice that, and the one after the small answer asks httpcore's size again.
    source = Source(b"p" * 300 * 1024, b"small", b"s" * 100)
    assert await read_all(mode, source) == b"p" * 300 * 1024 + b"small" + b"s" * 100
    k = 1024
    assert source.asked == [64 * k, 128 * k, 256 * k, 216 * k, 64 * k, 64 * k]


@MODES
async def test_the_first_read_after_a_request_is_written_asks_httpcores_size_again(mode: str) -> None:
    # A large body, then the next request on the kept-alive connection: its answer's first read asks 64 KiB, not
    # twice the last body read (which said only that the previous body was still arriving).
    source = Source(b"p" * 300 * 1024, b"q" * 300 * 1024)
    sync = mode == "sync"
    stream: Any = (
        _read_sizes._GrowingReadStream(FakeStream(source))
        if sync
        else _read_sizes._AsyncGrowingReadStream(AsyncFakeStream(source))
    )

    async def call(method: str, *args: Any) -> Any:
        result = getattr(stream, method)(*args)
        return result if sync else await result

    received = 0
    while received < 300 * 1024:
        received += len(await call("read", HTTPCORE_READ))
    await call("write", b"GET /v1/invoices HTTP/1.1\r\n\r\n")
    await call("read", HTTPCORE_READ)
    k = 1024
    assert source.asked == [64 * k, 128 * k, 256 * k, 64 * k]


@MODES
async def test_a_stream_upgraded_to_tls_grows_its_reads_too(mode: str) -> None:
    source = Source(b"t" * 512 * 1024)
    assert await read_all(mode, source, tls=True) == b"t" * 512 * 1024
    assert source.asked[:3] == [64 * 1024, 128 * 1024, 256 * 1024]


def backend_chain(http: httpx.Client | httpx.AsyncClient) -> list[Any]:
    """The network backends of a default transport's pool, outermost first, down to httpcore's own."""
    chain = [http._transport._pool._network_backend]  # type: ignore[union-attr]
    while hasattr(chain[-1], "_backend"):
        chain.append(chain[-1]._backend)
    return chain


def test_the_clients_default_transports_read_this_way_and_a_callers_own_transport_is_never_rewired() -> None:
    client = Client(token="t", base_url="http://127.0.0.1:1")
    sync_backends = backend_chain(client.get_httpx_client())
    assert sum(getattr(backend, "stream", None) is _read_sizes._GrowingReadStream for backend in sync_backends) == 1
    async_backends = backend_chain(client.get_async_httpx_client())
    assert sum(getattr(b, "stream", None) is _read_sizes._AsyncGrowingReadStream for b in async_backends) == 1
    async_pool = client.get_async_httpx_client()._transport._pool  # type: ignore[attr-defined]
    growing = next(b for b in async_backends if getattr(b, "stream", None) is _read_sizes._AsyncGrowingReadStream)
    async_pool._network_backend = growing  # outermost: installing again leaves it as it is
    grow_reads(client.get_async_httpx_client())
    assert async_pool._network_backend is growing

    mock = httpx.MockTransport(lambda request: httpx.Response(204))
    custom = Client(token="t", base_url="http://127.0.0.1:1", httpx_args={"transport": mock})
    assert custom.get_httpx_client()._transport is mock  # type: ignore[attr-defined]
    # A caller's own httpx transport is used as given: its pool keeps httpcore's backend (none of the wrappers).
    sync_transport, async_transport = httpx.HTTPTransport(), httpx.AsyncHTTPTransport()
    own_backends = (sync_transport._pool._network_backend, async_transport._pool._network_backend)
    Client(token="t", base_url="http://127.0.0.1:1", httpx_args={"transport": sync_transport}).get_httpx_client()
    Client(token="t", base_url="http://127.0.0.1:1", httpx_args={"transport": async_transport}).get_async_httpx_client()
    assert (sync_transport._pool._network_backend, async_transport._pool._network_backend) == own_backends


@MODES
async def test_a_large_body_from_a_loopback_server_arrives_whole_through_growing_reads(
    mode: str, serve: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    memo = "".join(chr(0x61 + i % 26) for i in range(6 * 1024 * 1024))
    body = json.dumps(invoice("inv_1", memo=memo)).encode()

    asks: list[int] = []
    next_ask = _read_sizes._next_ask
    monkeypatch.setattr(
        _read_sizes, "_next_ask", lambda asked, received: asks.append(next_ask(asked, received)) or asks[-1]
    )
    server = serve(answering("200 OK", body))
    client = Client(token="t", base_url=server.base_url, max_retries=0)
    assert (await run(retrieve_invoice, mode, client, invoice_id="inv_1")).memo == memo
    assert asks  # the reads went through the growing stream


@MODES
@pytest.mark.parametrize("cut", ["close", "reset"])
async def test_a_large_body_cut_short_raises_a_connection_error_and_is_retried_as_any_other(
    mode: str, cut: str, serve: Any, slept: list[float]
) -> None:
    # 3 of the 4 MiB the headers promise, arriving fast enough for the reads to grow, then the connection ends.
    promised, sent = 4 * 1024 * 1024, b"[" + b" " * (3 * 1024 * 1024)

    def fault(conn: socket.socket, number: int) -> None:
        head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {promised}\r\n\r\n"
        conn.sendall(head.encode() + sent)
        if cut == "reset":
            reset(conn)  # otherwise the server closes the connection after this function returns: a FIN

    server = serve(fault)
    client = Client(token="t", base_url=server.base_url, max_retries=1)
    with pytest.raises(APIConnectionError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert not isinstance(caught.value, APITimeoutError)
    assert server.connections == 2 and len(slept) == 1  # a GET: retried once, then raised
