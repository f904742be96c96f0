"""What a misbehaving server or a careless caller must never do to a user, inside the send loop (issue 10,
parts 3 to 6): leak or choke on the token, raise something that is not a StuutError, hang on a header value,
outlive the attempt deadline, or parse a number JSON cannot express."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import socket
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from builders import invoice
from operation_calls import run
from stuut_client import Client
from stuut_client._json import loads
from stuut_client.api.invoices import list_invoices, retrieve_invoice, sync_invoice
from stuut_client.errors import (
    APIConnectionError,
    APIProtocolError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    RateLimitError,
    ResponseValidationError,
    StuutError,
)

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
TOKEN = "sk_live_0123456789abcdef"
Handler = Callable[[httpx.Request], httpx.Response]


def mock_client(handler: Handler, **kwargs: Any) -> Client:
    transport: Any = httpx.MockTransport(handler)
    httpx_args = {"transport": transport, **kwargs.pop("httpx_args", {})}
    kwargs.setdefault("validation", "strict")  # as the suite's other clients: a body that does not fit raises
    return Client(token=kwargs.pop("token", TOKEN), httpx_args=httpx_args, **kwargs)


def answering(*responses: httpx.Response, calls: list[httpx.Request] | None = None) -> Handler:
    """A handler that answers with ``responses`` in order (the last one again once they run out)."""
    seen = [] if calls is None else calls

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return responses[min(len(seen), len(responses)) - 1]

    return handler


def ok_invoice(**fields: Any) -> httpx.Response:
    return httpx.Response(200, json=invoice("inv_1", **fields))


# --- 3. The token never leaks and never fails late -------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        (f"{TOKEN}\n", "newline"),
        (f"{TOKEN}\r\n", "carriage return"),
        (f" {TOKEN}", "whitespace"),
        (f"sk_live {TOKEN}", "whitespace"),
        (f"{TOKEN}\t", "tab"),
        (f"sk\x00{TOKEN}", "NUL"),
        (f"{TOKEN}\x7f", "control character"),
        (f"{TOKEN}\u00e9", "non-ASCII"),
        (f"{TOKEN}\u00a0", "whitespace"),
        (f"{TOKEN}\u200b", "control character"),
    ],
)
def test_a_token_that_cannot_be_sent_is_refused_when_the_client_is_built_without_echoing_it(
    token: str, problem: str
) -> None:
    with pytest.raises(ValueError, match=problem) as caught:
        Client(token=token)
    assert TOKEN not in str(caught.value) and "0123456789" not in str(caught.value)


def test_a_token_that_is_not_a_string_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="token must be a str"):
        Client(token=b"sk_bytes")  # type: ignore[arg-type]


AUTH_SETUPS = pytest.mark.parametrize(
    "auth",
    [{}, {"auth_header_name": "X-Api-Key", "prefix": ""}, {"auth_header_name": "X-Stuut-Token", "prefix": "Token"}],
    ids=["bearer", "x-api-key", "custom-prefix"],
)


@MODES
@AUTH_SETUPS
async def test_a_server_echoing_the_token_in_an_error_body_sees_it_redacted_in_the_message(
    mode: str, auth: dict[str, str]
) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        sent = request.headers[auth.get("auth_header_name", "authorization")]
        return httpx.Response(401, json={"detail": f"Invalid API key: {sent} (token {TOKEN})"})

    client = mock_client(echo, **auth)
    with pytest.raises(AuthenticationError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    for shown in (str(caught.value), repr(caught.value)):
        assert TOKEN not in shown and "REDACTED" in shown
    assert "Invalid API key" in str(caught.value)


@MODES
async def test_a_token_echoed_in_json_escaped_form_or_past_the_excerpt_cut_is_redacted(mode: str) -> None:
    token = 'sk_"quoted"\\slash_' + "x" * 20
    # A non-string detail is shown re-encoded as JSON (the token's quotes and backslash escaped), and the token
    # starts just before the 200-character excerpt ends.
    body = {"detail": {"padding": "p" * 170, "key": token}}
    client = mock_client(answering(httpx.Response(403, json=body)), token=token)
    with pytest.raises(StuutError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    message = str(caught.value)
    assert "sk_" not in message and "xxxxx" not in message and "slash" not in message


@MODES
async def test_a_token_inside_an_httpx_error_is_redacted_in_the_connection_error(mode: str) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError(f"peer said: bad header {request.headers['x-api-key']!r}")

    client = mock_client(fail, auth_header_name="X-Api-Key", prefix="", max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert TOKEN not in str(caught.value) and "REDACTED" in str(caught.value)
    # A traceback prints the cause's message as it is: an httpx error that holds the token is not chained.
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


@MODES
async def test_a_token_echoed_in_a_body_that_does_not_fit_is_redacted_in_the_validation_error(mode: str) -> None:
    client = mock_client(answering(ok_invoice(issued_at=TOKEN)))
    with pytest.raises(ResponseValidationError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert caught.value.path == "$.issued_at"
    assert TOKEN not in str(caught.value)


@MODES
@AUTH_SETUPS
async def test_debug_logs_redact_whichever_header_carries_the_token_and_its_echoes(
    mode: str, auth: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=invoice("inv_1", remote_id=f"echo {TOKEN}"))

    client = mock_client(echo, **auth)
    with caplog.at_level(logging.DEBUG, logger="stuut_client"):
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "request headers" in logged and "response body" in logged
    assert TOKEN not in logged and "REDACTED" in logged


@MODES
async def test_a_custom_auth_header_does_not_follow_a_redirect_to_another_origin(mode: str) -> None:
    seen: list[tuple[str, str | None]] = []

    def redirect_away(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers.get("x-api-key")))
        if request.url.path == "/v1/invoices/inv_1":
            return httpx.Response(302, headers={"location": "/v1/invoices/moved"})  # same origin: keeps it
        if request.url.host == "api.stuut.ai":
            return httpx.Response(307, headers={"location": "https://elsewhere.example/collect"})
        return ok_invoice()

    client = mock_client(redirect_away, auth_header_name="X-Api-Key", prefix="", follow_redirects=True)
    await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert seen == [
        ("https://api.stuut.ai/v1/invoices/inv_1", TOKEN),
        ("https://api.stuut.ai/v1/invoices/moved", TOKEN),
        ("https://elsewhere.example/collect", None),
    ]


# --- 4. Every failure is a StuutError, and no header value can crash or hang a call ----------------------------

NOT_A_WAIT = ["nan", "NaN", "inf", "-inf", "Infinity", "1e400", "-1", "5_0", "\u0663", " +7"]


@MODES
@pytest.mark.parametrize("header", ["retry-after", "retry-after-ms"])
@pytest.mark.parametrize("value", NOT_A_WAIT)
async def test_a_retry_after_that_is_not_a_finite_wait_or_a_date_falls_back_to_backoff(
    mode: str, header: str, value: str, slept: list[float]
) -> None:
    calls: list[httpx.Request] = []
    busy = httpx.Response(503, headers={header: value.encode()}, json={"detail": "busy"})
    client = mock_client(answering(busy, ok_invoice(), calls=calls))
    result = await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert result.id == "inv_1" and len(calls) == 2
    assert len(slept) == 1 and 0.375 <= slept[0] <= 0.5  # the first backoff step: 0.5 s less up to 25% jitter


@MODES
@pytest.mark.parametrize(
    ("status", "error_class"), [(429, RateLimitError), (500, InternalServerError), (503, InternalServerError)]
)
@pytest.mark.parametrize("asked", ["3600", "61"])
async def test_a_retry_after_above_the_cap_raises_at_once_saying_why_with_retry_after(
    mode: str, slept: list[float], status: int, error_class: Any, asked: str
) -> None:
    calls: list[httpx.Request] = []
    answer = httpx.Response(status, json={"detail": "busy"}, headers={"Retry-After": asked})
    with pytest.raises(error_class) as caught:
        await run(retrieve_invoice, mode, mock_client(answering(answer, calls=calls)), invoice_id="inv_1")
    assert caught.value.retry_after == float(asked) and caught.value.attempts == 1
    assert (
        f"(not retried: the server asked to wait {asked} s before retrying, beyond the client's cap of 60 s, "
        "max_retry_after)"
    ) in str(caught.value)
    assert len(calls) == 1 and slept == []


@MODES
async def test_a_retry_after_within_the_cap_is_carried_by_the_last_attempt_without_a_cap_message(
    mode: str, slept: list[float]
) -> None:
    answer = httpx.Response(503, json={"detail": "busy"}, headers={"Retry-After": "2"})
    with pytest.raises(InternalServerError) as caught:
        await run(retrieve_invoice, mode, mock_client(answering(answer)), invoice_id="inv_1")
    assert caught.value.retry_after == 2.0 and caught.value.attempts == 3 and slept == [2.0, 2.0]
    assert "not retried" not in str(caught.value)


@MODES
async def test_a_nan_retry_after_neither_raises_nor_hangs_with_real_sleeps(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stuut_client._send as send_module

    async def real_async_sleep(seconds: float) -> None:
        await asyncio.sleep(seconds)

    monkeypatch.setattr(send_module, "sleep", time.sleep)
    monkeypatch.setattr(send_module, "async_sleep", real_async_sleep)
    busy = httpx.Response(429, headers={"retry-after": "nan", "retry-after-ms": "NaN"}, json={})
    client = mock_client(answering(busy, ok_invoice()), max_backoff=0.05)
    if mode == "sync":
        result = retrieve_invoice.sync(client=client, invoice_id="inv_1")
    else:
        result = await asyncio.wait_for(retrieve_invoice.asyncio(client=client, invoice_id="inv_1"), timeout=5)
    assert result.id == "inv_1"


@pytest.mark.parametrize("setting", ["max_backoff", "max_retry_after"])
@pytest.mark.parametrize("value", [math.nan, math.inf, -1.0])
def test_a_retry_setting_that_is_not_a_finite_wait_is_refused(setting: str, value: float) -> None:
    with pytest.raises(ValueError, match=setting):
        Client(token=TOKEN, **{setting: value})


# httpx exceptions outside TransportError (which was always mapped): they escaped as they were.
HTTPX_FAILURES = [
    httpx.DecodingError("bad gzip"),
    httpx.TooManyRedirects("loop"),
    httpx.StreamConsumed(),
    httpx.StreamClosed(),
    httpx.ResponseNotRead(),
    httpx.InvalidURL("bad redirect"),
]


@MODES
@pytest.mark.parametrize("failure", HTTPX_FAILURES, ids=lambda error: type(error).__name__)
async def test_every_httpx_exception_raised_while_sending_is_a_stuut_error(
    mode: str, failure: Exception, slept: list[float]
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    client = mock_client(fail)
    with pytest.raises(StuutError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert isinstance(caught.value, APIConnectionError) and caught.value.__cause__ is failure
    assert "GET /v1/invoices/inv_1" in str(caught.value)


@MODES
async def test_a_body_that_fails_its_content_encoding_is_a_protocol_error_and_not_retried(mode: str) -> None:
    calls: list[httpx.Request] = []
    stream = httpx.ByteStream(b"this is not gzip")  # a stream: Response(content=...) would decode it at once
    bad = httpx.Response(200, headers={"content-encoding": "gzip"}, stream=stream)
    client = mock_client(answering(bad, calls=calls))
    with pytest.raises(APIProtocolError, match="DecodingError"):
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert len(calls) == 1


@MODES
@pytest.mark.parametrize("failure", [httpx.LocalProtocolError("cannot frame"), httpx.UnsupportedProtocol("ftp")])
async def test_a_request_httpx_cannot_send_as_http_is_a_protocol_error_and_not_retried(
    mode: str, failure: Exception, slept: list[float]
) -> None:
    calls: list[httpx.Request] = []

    def fail(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise failure

    with pytest.raises(APIProtocolError):
        await run(retrieve_invoice, mode, mock_client(fail), invoice_id="inv_1")
    assert len(calls) == 1 and slept == []


@MODES
async def test_a_redirect_loop_is_a_protocol_error(mode: str) -> None:
    calls: list[httpx.Request] = []
    loop = httpx.Response(302, headers={"location": "/v1/invoices/inv_1"})
    client = mock_client(answering(loop, calls=calls), follow_redirects=True)
    with pytest.raises(APIProtocolError, match="TooManyRedirects"):
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert len(calls) == 21  # httpx's own limit of 20 redirects, once: not retried


@MODES
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize(
    "location", ["http://[::1", "http://a:b:c/", "http://[zz]/", "http://example.com:x/", "//[::1"]
)
@pytest.mark.parametrize("follow", [False, True], ids=["redirects-off", "redirects-on"])
async def test_a_redirect_to_a_location_that_is_not_a_url_is_its_status_error_after_one_attempt(
    mode: str, status: int, location: str, follow: bool, slept: list[float]
) -> None:
    calls: list[httpx.Request] = []
    answer = httpx.Response(status, headers={"location": location})
    client = mock_client(answering(answer, calls=calls), follow_redirects=follow)
    with pytest.raises(APIStatusError) as raised:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert raised.value.status_code == status and raised.value.attempts == 1
    assert len(calls) == 1 and slept == []
    assert raised.value.headers["location"] == location  # as the server sent it
    assert f"Location {location!r} is not a valid URL, so it cannot be followed" in str(raised.value)


@MODES
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_a_redirect_not_followed_names_its_location_and_how_to_follow_it(mode: str, status: int) -> None:
    client = mock_client(answering(httpx.Response(status, headers={"location": "/v1/invoices/inv_1/"})))
    with pytest.raises(APIStatusError) as raised:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    message = str(raised.value)
    assert "Location '/v1/invoices/inv_1/'" in message
    assert 'httpx_args={"follow_redirects": True} follows them' in message


@MODES
async def test_a_url_httpx_cannot_build_is_a_value_error_before_anything_is_sent(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Which URLs httpx refuses depends on its version (0.28 refuses a 70,000-character query, 0.23 sends it), so
    # the refusal is made here; what is tested is what the send loop does with it.
    def refuse(*args: Any, **kwargs: Any) -> httpx.Request:
        raise httpx.InvalidURL("URL too long")

    monkeypatch.setattr(httpx.Client, "build_request", refuse)
    monkeypatch.setattr(httpx.AsyncClient, "build_request", refuse)
    calls: list[httpx.Request] = []
    client = mock_client(answering(ok_invoice(), calls=calls))
    with pytest.raises(ValueError, match="cannot build the request URL"):
        await run(list_invoices, mode, client, task="t" * 70_000)
    assert calls == []


@pytest.mark.parametrize("value", [math.nan, 0, -1.0])
def test_an_attempt_timeout_that_is_not_a_positive_number_is_refused(value: float) -> None:
    client = mock_client(answering(ok_invoice()), attempt_timeout=value)
    with pytest.raises(ValueError, match="attempt_timeout"):
        retrieve_invoice.sync(client=client, invoice_id="inv_1")


# --- 5. A response never outlives its deadline ------------------------------------------------------------------


# How late past its deadline a call may end on a loaded machine; the drips below last 15 s and more.
SLACK = 1.5


def dripping_body(interval: float) -> Any:
    """Headers at once, then a valid invoice one byte every ``interval`` seconds (forever, in effect)."""
    body = json.dumps(invoice("inv_1", memo="m" * 200)).encode()

    def fault(conn: socket.socket, number: int) -> None:
        head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
        conn.sendall(head.encode())
        for byte in body:
            conn.sendall(bytes([byte]))
            time.sleep(interval)

    return fault


def dripping_headers(interval: float) -> Any:
    def fault(conn: socket.socket, number: int) -> None:
        for byte in b"HTTP/1.1 200 OK\r\nx-slow: " + b"a" * 1000:
            conn.sendall(bytes([byte]))
            time.sleep(interval)

    return fault


async def timed(operation: Any, mode: str, client: Client, **kwargs: Any) -> tuple[BaseException, float]:
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        await run(operation, mode, client, **kwargs)
    return caught.value, time.monotonic() - started


@MODES
async def test_a_body_dripping_a_byte_at_a_time_is_cut_off_at_the_default_deadline(
    mode: str, serve: Any, slept: list[float]
) -> None:
    server = serve(dripping_body(0.05))
    # Each read gets a byte well within the 1 s read timeout; the deadline is connect + read = 2 s.
    client = Client(token=TOKEN, base_url=server.base_url, timeout=httpx.Timeout(1.0), max_retries=0)
    error, elapsed = await timed(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert "attempt deadline" in str(error) and "within 2 s" in str(error)
    assert 1.95 < elapsed < 2.0 + SLACK, elapsed


@MODES
async def test_the_attempt_deadline_is_configurable_on_the_client_and_per_call(
    mode: str, serve: Any, slept: list[float]
) -> None:
    server = serve(dripping_body(0.05))
    client = Client(token=TOKEN, base_url=server.base_url, timeout=5.0, max_retries=0, attempt_timeout=0.3)
    _, elapsed = await timed(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert elapsed < 0.3 + SLACK, elapsed
    _, elapsed = await timed(retrieve_invoice, mode, client.with_options(attempt_timeout=0.6), invoice_id="inv_1")
    assert 0.55 < elapsed < 0.6 + SLACK, elapsed


@MODES
async def test_a_get_past_its_deadline_is_retried_and_a_post_is_not(mode: str, serve: Any, slept: list[float]) -> None:
    server = serve(dripping_body(0.05))
    client = Client(token=TOKEN, base_url=server.base_url, timeout=5.0, max_retries=1, attempt_timeout=0.2)
    await timed(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert server.connections == 2
    await timed(sync_invoice, mode, client, invoice_id="inv_1")
    assert server.connections == 3


@MODES
async def test_headers_dripping_a_byte_at_a_time_are_cut_off_at_the_deadline(
    mode: str, serve: Any, slept: list[float]
) -> None:
    server = serve(dripping_headers(0.05))
    client = Client(token=TOKEN, base_url=server.base_url, timeout=5.0, max_retries=0, attempt_timeout=0.5)
    _, elapsed = await timed(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert elapsed < 0.5 + SLACK, elapsed


@MODES
async def test_a_response_within_its_deadline_is_returned(mode: str, serve: Any) -> None:
    server = serve(dripping_body(0.0005))
    client = Client(token=TOKEN, base_url=server.base_url, timeout=5.0, max_retries=0, attempt_timeout=20)
    assert (await run(retrieve_invoice, mode, client, invoice_id="inv_1")).id == "inv_1"


# --- 6. Numbers JSON cannot express are rejected -------------------------------------------------------------------


@MODES
@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e400", "-1E+400", "1" * 400 + ".0"])
async def test_a_number_json_cannot_express_raises_response_validation_error_with_its_path(
    mode: str, token: str
) -> None:
    body = json.dumps(invoice("inv_1", amount_due=12345.678)).replace("12345.678", token).encode()
    client = mock_client(answering(httpx.Response(200, content=body, headers={"content-type": "application/json"})))
    with pytest.raises(ResponseValidationError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert caught.value.path == "$.amount_due" and caught.value.operation == "retrieve_invoice"
    assert "is not a JSON number" in str(caught.value)


def test_strict_loads_names_the_path_of_the_first_bad_number_at_any_depth() -> None:
    body = b'{"data": [{"a": 1.5}, {"b": [0, 2e308, NaN]}], "z": Infinity}'
    with pytest.raises(ResponseValidationError) as caught:
        loads(body)
    assert caught.value.path == "$.data[1].b[1]" and "2e308" in caught.value.problem


def test_strict_loads_decodes_ordinary_json_like_json_loads() -> None:
    body = b'{"a": [1, -0.0, 1.7976931348623157e308, 5e-400, 12345678901234567890, "NaN", null, true]}'
    assert loads(body) == json.loads(body)
