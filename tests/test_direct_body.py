"""Content-Length bodies read straight from the connection, not through h11's buffer
(overrides/package/_direct_body.py, _direct_body_connections.py): the same bytes, the same connection reuse and
the same errors as h11's own path, however the server splits what it sends."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable
from typing import Any

import h11
import httpcore
import httpx
import pytest
from builders import invoice
from fault_server import read_request_head
from operation_calls import run
from stuut_client import Client
from stuut_client._direct_body_connections import AsyncDirectBodyHTTP11Connection, DirectBodyHTTP11Connection
from stuut_client.api.invoices import retrieve_invoice
from stuut_client.errors import APIConnectionError

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
HTTPCORE_READ = 64 * 1024  # what httpcore reads a connection by (READ_NUM_BYTES)


def large_invoice(invoice_id: str, size: int) -> bytes:
    """An invoice's JSON body of about ``size`` bytes (its memo makes up the size)."""
    return json.dumps(invoice(invoice_id, memo="".join(chr(0x61 + i % 26) for i in range(size)))).encode()


def head(body: bytes, **headers: str) -> bytes:
    lines = ["HTTP/1.1 200 OK", "content-type: application/json", f"content-length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


# How a response's bytes are sent: the list of sends (each followed by a short pause), from its head and body.
Split = Callable[[bytes, bytes], list[bytes]]
SPLITS: dict[str, Split] = {
    "head, then the body in one send": lambda h, b: [h, b],
    "head and the whole body in one send": lambda h, b: [h + b],
    "head with the body's first bytes, then the rest": lambda h, b: [h + b[:10], b[10:]],
    "head, then the body in uneven pieces": lambda h, b: [h, b[:1], b[1:70_000], b[70_000:70_001], b[70_001:]],
    "head cut in two, then the body": lambda h, b: [h[:7], h[7:] + b[:3], b[3:]],
}


def kept_alive(responses: list[list[bytes]]) -> Callable[[socket.socket, int], None]:
    """A server fault (``read_head=False``) answering the requests of one connection in turn, each response sent
    as its list of sends with a pause between them, so they arrive in separate reads."""

    def fault(conn: socket.socket, number: int) -> None:
        for sends in responses:
            read_request_head(conn)
            for data in sends:
                conn.sendall(data)
                time.sleep(0.02)
        read_request_head(conn)  # until the client closes the connection

    return fault


@pytest.fixture
def fed_to_h11(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every read handed to h11, as it is handed."""
    sizes: list[int] = []
    receive_data = h11.Connection.receive_data

    def counting(self: h11.Connection, data: bytes) -> None:
        sizes.append(len(data))
        receive_data(self, data)

    monkeypatch.setattr(h11.Connection, "receive_data", counting)
    return sizes


@MODES
@pytest.mark.parametrize("split", SPLITS)
async def test_bodies_arrive_whole_and_the_connection_is_reused_however_the_server_splits_them(
    mode: str, split: str, serve: Any, fed_to_h11: list[int]
) -> None:
    first, second = large_invoice("inv_1", 300_000), large_invoice("inv_2", 200_000)
    sends = [SPLITS[split](head(body), body) for body in (first, second)]
    server = serve(kept_alive(sends), read_head=False)
    with Client(token="t", base_url=server.base_url, max_retries=0) as client:
        for invoice_id, body in (("inv_1", first), ("inv_2", second)):
            retrieved = await run(retrieve_invoice, mode, client, invoice_id=invoice_id)
            assert retrieved.to_dict() == json.loads(body)
    assert server.connections == 1  # each body ended where its Content-Length said: the connection was kept
    # What h11 was handed: the heads, and at most the body bytes that came in the same read as a head.
    assert sum(fed_to_h11) <= 2 * HTTPCORE_READ < len(first) + len(second)


@MODES
async def test_connections_of_the_default_transport_read_bodies_directly_and_a_callers_own_are_left_as_they_are(
    mode: str, serve: Any
) -> None:
    body = large_invoice("inv_1", 1000)
    server = serve(kept_alive([[head(body) + body]] * 2), read_head=False)
    ours = Client(token="t", base_url=server.base_url, max_retries=0)
    own_transport = httpx.HTTPTransport() if mode == "sync" else httpx.AsyncHTTPTransport()
    theirs = Client(token="t", base_url=server.base_url, max_retries=0, httpx_args={"transport": own_transport})
    connection_classes = []
    for client in (ours, theirs):
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
        httpx_client = client.get_httpx_client() if mode == "sync" else client.get_async_httpx_client()
        pool = httpx_client._transport._pool  # type: ignore[attr-defined]
        connection_classes.append({type(connection._connection) for connection in pool._connections})
    if mode == "sync":
        assert connection_classes == [{DirectBodyHTTP11Connection}, {httpcore.HTTP11Connection}]
    else:
        assert connection_classes == [{AsyncDirectBodyHTTP11Connection}, {httpcore.AsyncHTTP11Connection}]


@MODES
async def test_a_body_cut_short_is_reported_with_what_arrived_and_what_was_promised(mode: str, serve: Any) -> None:
    promised, sent = 1_000_000, 700_000

    def fault(conn: socket.socket, number: int) -> None:
        conn.sendall(f"HTTP/1.1 200 OK\r\ncontent-length: {promised}\r\n\r\n".encode())
        time.sleep(0.02)  # the body in reads of its own: read directly, not through h11
        conn.sendall(b"[" + b" " * (sent - 1))

    server = serve(fault)
    with pytest.raises(APIConnectionError) as caught:
        await run(retrieve_invoice, mode, Client(token="t", base_url=server.base_url, max_retries=0), invoice_id="i")
    assert f"received {sent} bytes, expected {promised}" in str(caught.value.__cause__)


@MODES
async def test_bytes_after_a_directly_read_body_are_never_taken_as_the_next_answer(mode: str, serve: Any) -> None:
    body, stray = large_invoice("inv_1", 300_000), large_invoice("inv_stray", 10)
    answer = large_invoice("inv_2", 10)

    def fault(conn: socket.socket, number: int) -> None:
        read_request_head(conn)
        if number == 1:  # the body and a whole response nobody asked for, in one send after the head
            conn.sendall(head(body))
            time.sleep(0.02)
            conn.sendall(body + head(stray) + stray)
        else:
            conn.sendall(head(answer) + answer)
        read_request_head(conn)

    server = serve(fault, read_head=False)
    with Client(token="t", base_url=server.base_url, max_retries=0) as client:
        assert (await run(retrieve_invoice, mode, client, invoice_id="inv_1")).id == "inv_1"
        assert (await run(retrieve_invoice, mode, client, invoice_id="inv_2")).id == "inv_2"
    assert server.connections == 2  # the first connection, holding the stray response, was not reused


@MODES
@pytest.mark.parametrize("framing", ["chunked", "until the connection closes"])
async def test_bodies_without_a_content_length_are_read_by_h11_as_before(
    mode: str, framing: str, serve: Any, fed_to_h11: list[int]
) -> None:
    body = large_invoice("inv_1", 300_000)

    def fault(conn: socket.socket, number: int) -> None:
        if framing == "chunked":
            conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n")
            for start in range(0, len(body), 100_000):
                piece = body[start : start + 100_000]
                conn.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            conn.sendall(b"0\r\n\r\n")
        else:
            conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n" + body)

    server = serve(fault)
    client = Client(token="t", base_url=server.base_url, max_retries=0)
    assert (await run(retrieve_invoice, mode, client, invoice_id="inv_1")).to_dict() == json.loads(body)
    assert sum(fed_to_h11) > len(body)  # every byte went through h11
