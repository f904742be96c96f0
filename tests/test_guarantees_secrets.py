"""Where the token must never show, however a server echoes it: error messages, reprs, the attributes of an
error, the exceptions chained to it, and the debug log (README "Guarantees", "The token never leaks")."""

from __future__ import annotations

import html
import json
import logging
import traceback
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
from builders import invoice
from operation_calls import run
from stuut_client import Client
from stuut_client.api.invoices import retrieve_invoice
from stuut_client.errors import APIStatusError, AuthenticationError, ResponseValidationError, StuutError

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
TOKEN = "sk_live_0123456789abcdef"


def mock_client(response: httpx.Response, **kwargs: Any) -> Client:
    transport: Any = httpx.MockTransport(lambda request: response)
    kwargs.setdefault("validation", "strict")
    kwargs.setdefault("max_retries", 0)
    return Client(token=kwargs.pop("token", TOKEN), httpx_args={"transport": transport}, **kwargs)


def chain(error: BaseException) -> list[BaseException]:
    """``error`` and every exception a traceback of it would print (causes and contexts, all the way down)."""
    found: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is not None and all(current is not seen for seen in found):
            found.append(current)
            pending += (current.__cause__, current.__context__)
    return found


@MODES
@pytest.mark.parametrize("lazy_parsing", [False, True], ids=["eager", "lazy"])
@pytest.mark.parametrize("field", ["status", "issued_at"])
async def test_a_token_in_a_body_that_does_not_fit_is_in_no_exception_chained_to_the_validation_error(
    mode: str, lazy_parsing: bool, field: str
) -> None:
    client = mock_client(httpx.Response(200, json=invoice("inv_1", **{field: TOKEN})), lazy_parsing=lazy_parsing)
    with pytest.raises(ResponseValidationError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert caught.value.path == f"$.{field}"
    for error in chain(caught.value):
        assert TOKEN not in f"{error!s} {error!r}"
    assert TOKEN not in "".join(traceback.format_exception(caught.value))

    # The same failure without the token keeps its cause: only a chain that would show the token is cut.
    client = mock_client(httpx.Response(200, json=invoice("inv_1", **{field: "no-such-value"})))
    with pytest.raises(ResponseValidationError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert caught.value.__cause__ is not None and "no-such-value" in str(caught.value.__cause__)


@MODES
async def test_a_token_in_a_nested_value_first_read_later_is_in_no_part_of_the_error(mode: str) -> None:
    body = invoice("inv_1", partner={"id": "par_1", "created_at": TOKEN})
    client = mock_client(httpx.Response(200, json=body), lazy_parsing=True)
    parsed = await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    with pytest.raises(ResponseValidationError) as caught:
        _ = parsed.partner
    assert (caught.value.operation, caught.value.path) == ("retrieve_invoice", "$.partner.created_at")
    for error in chain(caught.value):
        assert TOKEN not in f"{error!s} {error!r}"
    assert TOKEN not in "".join(traceback.format_exception(caught.value))
    assert caught.value.body is not None and TOKEN.encode() not in caught.value.body


@MODES
async def test_a_token_echoed_in_an_error_body_is_redacted_in_the_errors_body_and_json(mode: str) -> None:
    # The README's Errors example prints error.json; error trackers serialise an error's attributes.
    client = mock_client(httpx.Response(401, json={"detail": f"Invalid token: {TOKEN}", TOKEN: [TOKEN]}))
    with pytest.raises(AuthenticationError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert caught.value.json == {"detail": "Invalid token: REDACTED", "REDACTED": ["REDACTED"]}
    assert TOKEN.encode() not in caught.value.body and TOKEN.encode() not in caught.value.content
    assert json.loads(caught.value.body) == caught.value.json


@MODES
async def test_a_token_echoed_in_a_body_that_does_not_fit_is_redacted_in_the_errors_body(mode: str) -> None:
    client = mock_client(httpx.Response(200, json=invoice("inv_1", status=TOKEN)))
    with pytest.raises(ResponseValidationError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert caught.value.body is not None and TOKEN.encode() not in caught.value.body
    assert b'"status":"REDACTED"' in caught.value.body.replace(b" ", b"")


# A base64-like token: "/", "+" and "=" are what the escapes below change.
SLASHED = "sk_live_AB/cd+EF0123456789xyz=="
SECRET_PART = "0123456789xyz"


def html_numeric(text: str, template: str) -> str:
    return "".join(template.format(ord(c)) if c in "/+=" else c for c in text)


def lower_percent(text: str) -> str:
    return quote(text, safe="").replace("%2F", "%2f").replace("%2B", "%2b").replace("%3D", "%3d")


ESCAPES: dict[str, Callable[[str], str]] = {
    "as sent": str,
    "JSON": lambda t: json.dumps(t)[1:-1],
    "JSON escaping /": lambda t: json.dumps(t)[1:-1].replace("/", "\\/"),
    "JSON \\u-escapes": lambda t: "".join(f"\\u{ord(c):04x}" if c in "/+=" else c for c in t),
    "html.escape": html.escape,
    "HTML &#x2F;": lambda t: html_numeric(t, "&#x{0:X};"),
    "HTML &#x2f;": lambda t: html_numeric(t, "&#x{0:x};"),
    "HTML &#47;": lambda t: html_numeric(t, "&#{0};"),
    "HTML named": lambda t: t.replace("/", "&sol;").replace("=", "&equals;").replace("+", "&plus;"),
    "Handlebars (/ and = only)": lambda t: t.replace("/", "&#x2F;").replace("=", "&#x3D;"),
    "quote, safe=''": lambda t: quote(t, safe=""),
    "quote, lower-case": lower_percent,
    "quote keeping /": quote,
    "quote_plus": quote_plus,
}


@MODES
@pytest.mark.parametrize("escape", ESCAPES.values(), ids=ESCAPES.keys())
async def test_a_token_echoed_escaped_is_redacted_in_the_message_repr_attributes_and_debug_log(
    mode: str, escape: Callable[[str], str], caplog: pytest.LogCaptureFixture
) -> None:
    echoed = escape(SLASHED)
    body = f"<html><body><p>invalid credentials: {echoed}</p></body></html>".encode()
    client = mock_client(httpx.Response(500, content=body, headers={"content-type": "text/html"}), token=SLASHED)
    with caplog.at_level(logging.DEBUG, logger="stuut_client"), pytest.raises(APIStatusError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "response body" in logged
    for shown in (str(caught.value), repr(caught.value), caught.value.body.decode(), logged):
        assert SECRET_PART not in shown and "invalid credentials: REDACTED<" in shown.replace("\\", "")


@MODES
@pytest.mark.parametrize("escape", ESCAPES.values(), ids=ESCAPES.keys())
async def test_a_token_echoed_escaped_in_json_is_redacted_in_the_errors_json(
    mode: str, escape: Callable[[str], str]
) -> None:
    # Written into the JSON as it is: the JSON escapes are the server's own escaping of the string.
    body = f'{{"detail": "key {escape(SLASHED)} may not"}}'.encode()
    client = mock_client(httpx.Response(403, content=body), token=SLASHED)
    with pytest.raises(StuutError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert isinstance(caught.value, APIStatusError)
    assert caught.value.json == {"detail": "key REDACTED may not"}


@MODES
async def test_a_token_shorter_than_8_characters_is_redacted_only_where_it_stands_alone(mode: str) -> None:
    # A test token such as "t" would otherwise replace every "t" of the message; real tokens are far longer.
    client = mock_client(httpx.Response(404, json={"detail": "token t: no such invoice (t)"}), token="t")
    with pytest.raises(StuutError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert str(caught.value) == (
        "GET /v1/invoices/inv_1 returned 404 Not Found: token REDACTED: no such invoice (REDACTED)"
    )
    # From 8 characters on, a token is redacted wherever it appears, inside a word too.
    client = mock_client(httpx.Response(404, json={"detail": "keyabcdefghx"}), token="abcdefgh")
    with pytest.raises(StuutError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert str(caught.value).endswith(": keyREDACTEDx")
