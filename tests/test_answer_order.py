"""A server that writes more than a response's Content-Length never makes the client return one request's answer
for another, nor fail a request it cannot retry: a kept-alive connection holding such bytes is closed before a
request goes out (overrides/package/_leftover_bytes.py), and a response read from bytes the server sent before
its request is refused and its connection dropped (overrides/package/_answer_order.py), tested with the first
turned off, for what arrives between the two."""

from __future__ import annotations

import json
import re
import socket
import time
from collections.abc import Callable
from typing import Any

import pytest
from builders import invoice
from fault_server import Fault, read_request_head
from operation_calls import run
from stuut_client import Client, _send
from stuut_client.api.invoices import retrieve_invoice, sync_invoice
from stuut_client.errors import APIConnectionError

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
TOKEN = "sk_test_0123456789abcdef"


def answer(invoice_id: str) -> bytes:
    body = json.dumps(invoice(invoice_id)).encode()
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    return head.encode() + body


def keep_alive(extra: Callable[[str], bytes], delay: float = 0.0) -> Fault:
    """A fault (tests/fault_server.py, with ``read_head=False``) answering GET /v1/invoices/<id> on a kept-alive
    connection: ``extra(id)`` bytes follow the first answer of the first connection, in the same write, and every
    later answer waits ``delay`` seconds."""

    def fault(conn: socket.socket, number: int) -> None:
        first = number == 1
        while head := read_request_head(conn):  # the server ends on the OSError of a connection the client closed
            invoice_id = re.search(rb"/v1/invoices/(\w+)", head).group(1).decode()  # type: ignore[union-attr]
            time.sleep(0.0 if first else delay)
            conn.sendall(answer(invoice_id) + (extra(invoice_id) if first else b""))
            first = False

    return fault


async def ids_answered(mode: str, client: Client, asked: list[str], operation: Any = retrieve_invoice) -> list[str]:
    return [(await run(operation, mode, client, invoice_id=invoice_id)).id for invoice_id in asked]


@pytest.fixture
def answers_already_there(monkeypatch: pytest.MonkeyPatch) -> None:
    """The surplus is still on the connection when the next request is written: what happens to bytes that arrive
    between _leftover_bytes.py's look before the request and its write, made deterministic."""
    monkeypatch.setattr(_send, "expire_connections_with_leftover_bytes", lambda client: None)


@MODES
@pytest.mark.parametrize(
    "surplus",
    [
        pytest.param(answer, id="the-answer-written-twice"),
        pytest.param(lambda invoice_id: b"garbage!", id="garbage-after-the-body"),
        pytest.param(lambda invoice_id: b"HTTP/1.1 204 No Content\r\n\r\n", id="a-head-alone"),
    ],
)
async def test_a_connection_holding_bytes_after_its_answer_is_closed_before_a_post_that_cannot_be_retried(
    mode: str, surplus: Callable[[str], bytes], serve: Any, slept: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(keep_alive(surplus), read_head=False)
    client = Client(token=TOKEN, base_url=server.base_url, max_retries=0)  # and no Idempotency-Key: no retry
    assert await ids_answered(mode, client, ["inv_1", "inv_2", "inv_3"], sync_invoice) == ["inv_1", "inv_2", "inv_3"]
    assert server.connections == 2 and slept == []  # inv_2 went out on a new connection, once
    warnings = [record.getMessage() for record in caplog.records if "kept-alive connection" in record.getMessage()]
    assert warnings == [
        f"closing a kept-alive connection instead of reusing it: the server sent {len(surplus('inv_1'))} bytes "
        "after the end of its last response on it"
    ]


@MODES
@pytest.mark.usefixtures("answers_already_there")
async def test_an_answer_written_twice_is_never_taken_for_the_next_requests_answer(
    mode: str, serve: Any, slept: list[float]
) -> None:
    server = serve(keep_alive(answer), read_head=False)  # the first answer, then the same answer again
    client = Client(token=TOKEN, base_url=server.base_url)
    assert await ids_answered(mode, client, ["inv_1", "inv_2", "inv_3"]) == ["inv_1", "inv_2", "inv_3"]
    assert server.connections == 2  # the connection holding the extra answer was dropped, not reused
    assert len(slept) == 1  # inv_2 was asked again, on a new connection


@MODES
@pytest.mark.usefixtures("answers_already_there")
async def test_without_retries_the_early_answer_raises_a_connection_error_naming_it(mode: str, serve: Any) -> None:
    server = serve(keep_alive(answer), read_head=False)
    client = Client(token=TOKEN, base_url=server.base_url, max_retries=0)
    assert await ids_answered(mode, client, ["inv_1"]) == ["inv_1"]
    with pytest.raises(APIConnectionError, match="already on the connection before the request was sent"):
        await ids_answered(mode, client, ["inv_2"])
    assert await ids_answered(mode, client, ["inv_3"]) == ["inv_3"]  # on a new connection
    assert server.connections == 2


@MODES
@pytest.mark.usefixtures("answers_already_there")
async def test_an_early_answer_without_a_body_drops_its_connection_before_the_real_answer_arrives(
    mode: str, serve: Any, slept: list[float]
) -> None:
    # An early answer that is a head alone, while the real answer to the refused request is still on its way (the
    # server answers later requests 0.2 s late): were the connection reused, that answer would be taken for the
    # next request's.
    no_body = keep_alive(lambda invoice_id: b"HTTP/1.1 204 No Content\r\n\r\n", delay=0.2)
    server = serve(no_body, read_head=False)
    client = Client(token=TOKEN, base_url=server.base_url)
    assert await ids_answered(mode, client, ["inv_1", "inv_2", "inv_3"]) == ["inv_1", "inv_2", "inv_3"]
    assert server.connections == 2
