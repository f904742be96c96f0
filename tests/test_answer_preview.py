"""A server whose answer is not HTTP is named in the error with what it sent (overrides/package/_answer_preview.py):
its first bytes, redacted of the token, and a hint where they are a TLS record."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from operation_calls import run
from stuut_client import Client
from stuut_client._answer_preview import KEPT
from stuut_client.api.invoices import retrieve_invoice
from stuut_client.errors import APIConnectionError

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
TOKEN = "sk-live-0123456789abcdef"

NOT_HTTP = {
    "an SSH banner": b"SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6\r\n",
    "an SMTP greeting": b"220 mail.example.com ESMTP Postfix\r\n",
    "a body without a status line": b'{"id": "inv_1"}',
    "a line that is not a status line": b"HELLO WORLD\r\n\r\n",
    "a TLS alert": b"\x15\x03\x01\x00\x02\x02\x46",
}


def sending(data: bytes) -> Any:
    def fault(conn: socket.socket, number: int) -> None:
        conn.sendall(data)  # then the server closes the connection

    return fault


async def failure(mode: str, serve: Any, data: bytes, token: str = TOKEN) -> APIConnectionError:
    server = serve(sending(data))
    client = Client(token=token, base_url=server.base_url, max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    return caught.value


@MODES
@pytest.mark.parametrize("answer", NOT_HTTP)
async def test_an_answer_that_is_not_http_is_named_in_the_error(mode: str, answer: str, serve: Any) -> None:
    data = NOT_HTTP[answer]
    message = str(await failure(mode, serve, data))
    assert f"The server's answer is not HTTP: it began with {data!r}" in message
    assert ("may expect https" in message) == (answer == "a TLS alert")


@MODES
async def test_a_token_in_an_answer_that_is_not_http_is_redacted_before_the_excerpt_is_cut(
    mode: str, serve: Any
) -> None:
    # The token starts 6 bytes before the excerpt's end: cut first and redacted after, "sk-liv" would show.
    data = b"ERROR 401 " + b"x" * 36 + f" Bearer {TOKEN} refused\r\n".encode()
    error = await failure(mode, serve, data)
    assert "xx REDACTED" in str(error)
    for text in (str(error), repr(error), repr(error.__cause__)):
        assert TOKEN[:6] not in text


@MODES
async def test_an_answer_too_long_to_redact_past_the_cut_is_not_shown(mode: str, serve: Any) -> None:
    token = "t0k" * 200  # its escaped forms reach past what is kept of the answer
    message = str(await failure(mode, serve, b"NOPE " * KEPT, token=token))
    assert "it began with bytes this client does not show" in message and "NOPE" not in message


@MODES
@pytest.mark.parametrize("answer", [b"HTTP/1.1 200 OK\r\ncontent-le", b"HT"])
async def test_an_http_answer_cut_short_keeps_httpcores_message(mode: str, answer: bytes, serve: Any) -> None:
    message = str(await failure(mode, serve, answer))
    assert "not HTTP" not in message and "Server disconnected" in message
