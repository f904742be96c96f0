"""A response read from bytes the server sent before its request is refused and its connection dropped
(overrides/package/_answer_order.py): a server that writes more than a response's Content-Length never makes
the client return one request's answer for another."""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from builders import invoice
from fault_server import read_request_head
from operation_calls import run
from stuut_client import Client
from stuut_client.api.invoices import retrieve_invoice
from stuut_client.errors import APIConnectionError

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
TOKEN = "sk_test_0123456789abcdef"


def answer(invoice_id: str) -> bytes:
    body = json.dumps(invoice(invoice_id)).encode()
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    return head.encode() + body


class KeepAliveServer:
    """Answers GET /v1/invoices/<id> on kept-alive connections; ``extra(id)`` bytes follow the first answer of
    the first connection, in the same write, and every later answer waits ``delay`` seconds."""

    def __init__(self, extra: Callable[[str], bytes], delay: float = 0.0) -> None:
        self.extra, self.delay, self.connections = extra, delay, 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            threading.Thread(target=self._answer, args=(conn, self.connections == 1), daemon=True).start()

    def _answer(self, conn: socket.socket, first: bool) -> None:
        with conn, contextlib.suppress(OSError):  # the client closes connections it will not reuse
            while head := read_request_head(conn):
                invoice_id = re.search(rb"/v1/invoices/(\w+)", head).group(1).decode()  # type: ignore[union-attr]
                time.sleep(0.0 if first else self.delay)
                conn.sendall(answer(invoice_id) + (self.extra(invoice_id) if first else b""))
                first = False

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)  # accept() times out every 0.2 s: then the loop sees the stop
        self._listener.close()


@pytest.fixture
def keep_alive_server() -> Iterator[Callable[..., KeepAliveServer]]:
    servers: list[KeepAliveServer] = []

    def start(extra: Callable[[str], bytes], delay: float = 0.0) -> KeepAliveServer:
        servers.append(KeepAliveServer(extra, delay))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


async def ids_answered(mode: str, client: Client, asked: list[str]) -> list[str]:
    return [(await run(retrieve_invoice, mode, client, invoice_id=invoice_id)).id for invoice_id in asked]


@MODES
async def test_an_answer_written_twice_is_never_taken_for_the_next_requests_answer(
    mode: str, keep_alive_server: Any, slept: list[float]
) -> None:
    server = keep_alive_server(answer)  # the first answer, then the same answer again
    client = Client(token=TOKEN, base_url=server.base_url)
    assert await ids_answered(mode, client, ["inv_1", "inv_2", "inv_3"]) == ["inv_1", "inv_2", "inv_3"]
    assert server.connections == 2  # the connection holding the extra answer was dropped, not reused
    assert len(slept) == 1  # inv_2 was asked again, on a new connection


@MODES
async def test_without_retries_the_early_answer_raises_a_connection_error_naming_it(
    mode: str, keep_alive_server: Any
) -> None:
    server = keep_alive_server(answer)
    client = Client(token=TOKEN, base_url=server.base_url, max_retries=0)
    assert await ids_answered(mode, client, ["inv_1"]) == ["inv_1"]
    with pytest.raises(APIConnectionError, match="already on the connection before the request was sent"):
        await ids_answered(mode, client, ["inv_2"])
    assert await ids_answered(mode, client, ["inv_3"]) == ["inv_3"]  # on a new connection
    assert server.connections == 2


@MODES
async def test_an_early_answer_without_a_body_drops_its_connection_before_the_real_answer_arrives(
    mode: str, keep_alive_server: Any, slept: list[float]
) -> None:
    # An early answer that is a head alone, while the real answer to the refused request is still on its way (the
    # server answers later requests 0.2 s late): were the connection reused, that answer would be taken for the
    # next request's.
    server = keep_alive_server(lambda invoice_id: b"HTTP/1.1 204 No Content\r\n\r\n", delay=0.2)
    client = Client(token=TOKEN, base_url=server.base_url)
    assert await ids_answered(mode, client, ["inv_1", "inv_2", "inv_3"]) == ["inv_1", "inv_2", "inv_3"]
    assert server.connections == 2
