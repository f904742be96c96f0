"""Where the token must never show, however a server echoes it: error messages, reprs, the attributes of an
error, the exceptions chained to it, and the debug log (README "Guarantees", "The token never leaks")."""

from __future__ import annotations

import copy
import html
import json
import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import attrs
import httpx
import pytest
from builders import invoice, invoice_page
from operation_calls import run
from spec_tools import operations
from stuut_client import Client, Deviation, _deviations
from stuut_client.api.files import create_file
from stuut_client.api.invoices import list_invoices, retrieve_invoice
from stuut_client.errors import APIStatusError, AuthenticationError, ResponseValidationError, StuutError
from stuut_client.models import CreateFileRequest, FilePurpose
from stuut_client.pagination import aiterate_items, iterate_items
from stuut_client.uploads import UploadError, aupload_file, upload_file

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
TOKEN = "sk_live_0123456789abcdef"


def mock_client(response: httpx.Response, **kwargs: Any) -> Client:
    transport: Any = httpx.MockTransport(lambda request: response)
    kwargs.setdefault("validation", "strict")
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("httpx_args", {"transport": transport})
    return Client(token=kwargs.pop("token", TOKEN), **kwargs)


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


# Everything below: a server that echoes the token in any place it can put it (a body value that does not fit the
# spec, of any JSON type, eager or lazy, strict or report; a response header; a body that is not JSON; a record of
# a page walk; a presign answer), and every place it must then not show.
SECRET = TOKEN.removeprefix("sk_live_")  # what must show in no form: the token's secret part


def shown(error: BaseException) -> list[str]:
    """What a caller, a log handler or an error tracker may print of ``error``: its traceback, and the str, repr,
    args and every attribute of it and of each exception chained to it (``response`` aside: the httpx response
    as received, documented as holding the token)."""
    texts = ["".join(traceback.format_exception(error))]
    for current in chain(error):
        texts += [str(current), repr(current), repr(current.args)]
        texts += [f"{name}={value!r}" for name, value in vars(current).items() if name != "response"]
        texts.append(repr(getattr(current, "object", None)))  # a UnicodeError's bytes, outside vars()
    return texts


def deviation_texts(deviation: Deviation) -> list[str]:
    """A deviation as printed, and each of its fields but ``value`` (the value as sent, documented as such)."""
    fields = [repr(getattr(deviation, field.name)) for field in attrs.fields(Deviation) if field.name != "value"]
    return [str(deviation), repr(deviation), *fields]


def read_everything(value: Any, errors: list[ResponseValidationError], depth: int = 0) -> None:
    """Read every field of ``value`` and of the models it holds (a lazy read parses, and may raise, then)."""
    if isinstance(value, list):
        for item in value:
            read_everything(item, errors, depth + 1)
    elif attrs.has(type(value)) and depth < 8:
        for field in attrs.fields(type(value)):
            try:
                read_everything(getattr(value, field.name), errors, depth + 1)
            except ResponseValidationError as error:
                errors.append(error)


async def detailed(operation: Any, mode: str, client: Client, **kwargs: Any) -> Any:
    if mode == "sync":
        return operation.sync_detailed(client=client, **kwargs)
    return await operation.asyncio_detailed(client=client, **kwargs)


def leaks(texts: list[str]) -> list[str]:
    return [text for text in texts if SECRET in text]


LINE_ITEM = {"invoice_id": "inv_1", "object": "line_item", "remote_id": "li_1"}
# Each JSON type that can carry the token (a string, an array or an object holding it, as a value or as a key)
# where the spec wants another, at the top of the body and in the fields lazy parsing defers (an object, an array
# of objects), for each kind of check that formats the value it refused into its message.
BODY_VALUES: dict[str, dict[str, Any]] = {
    "string for an enum": {"status": TOKEN},
    "string for a date-time": {"issued_at": TOKEN},
    "string for a date": {"promised_to_pay_date": TOKEN},
    "string for a number": {"amount_due": TOKEN},
    "string for an integer": {"billing_address_id": TOKEN},
    "string for a boolean": {"in_dispute": TOKEN},
    "string for an object": {"partner": TOKEN},
    "string for an array": {"line_items": TOKEN},
    "array for an enum": {"status": [TOKEN]},
    "object for an enum": {"status": {"echo": TOKEN}},
    "object keyed by it for an enum": {"status": {TOKEN: 1}},
    "object's enum": {"partner": {"currency": TOKEN}},
    "object's date-time": {"partner": {"created_at": TOKEN}},
    "object's enum holding an array": {"partner": {"currency": [TOKEN]}},
    "object's enum holding an object": {"partner": {"currency": {"echo": TOKEN}}},
    "array item": {"line_items": [TOKEN]},
    "array item's enum": {"line_items": [{**LINE_ITEM, "currency": TOKEN}]},
    "array item's date-time": {"line_items": [{**LINE_ITEM, "created_at": TOKEN}]},
}


@MODES
@pytest.mark.parametrize("validation", ["strict", "report"])
@pytest.mark.parametrize("lazy_parsing", [False, True], ids=["eager", "lazy"])
@pytest.mark.parametrize("fields", BODY_VALUES.values(), ids=BODY_VALUES.keys())
async def test_a_token_in_a_body_value_that_does_not_fit_shows_in_no_error_deviation_or_log_line(
    mode: str,
    validation: str,
    lazy_parsing: bool,
    fields: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_deviations, "_logged", set())  # each deviation is logged here, whatever ran before
    body = invoice("inv_1", **fields)
    client = mock_client(httpx.Response(200, json=body), validation=validation, lazy_parsing=lazy_parsing)
    errors: list[ResponseValidationError] = []
    deviations: list[Deviation] = []
    with caplog.at_level(logging.DEBUG, logger="stuut_client"):
        try:
            response = await detailed(retrieve_invoice, mode, client, invoice_id="inv_1")
        except ResponseValidationError as error:
            errors.append(error)
        else:
            read_everything(response.parsed, errors)  # lazy: each deferred field parsed (and raising) now
            deviations = response.deviations  # lazy: the deviations found by those reads too

    if validation == "strict":
        assert errors and not deviations
    else:
        assert deviations and not errors
        assert any("response deviates from the spec" in record.getMessage() for record in caplog.records)
    texts = [text for error in errors for text in shown(error)]
    texts += [text for deviation in deviations for text in deviation_texts(deviation)]
    texts += [record.getMessage() for record in caplog.records]
    assert not leaks(texts)


@MODES
@pytest.mark.parametrize("validation", ["strict", "report"])
@pytest.mark.parametrize("lazy_parsing", [False, True], ids=["eager", "lazy"])
async def test_a_token_echoed_as_an_enum_value_reads_redacted_in_the_message_or_deviation(
    mode: str, validation: str, lazy_parsing: bool
) -> None:
    # Redacted, not dropped: the rest of what the message says about the value stays.
    body = invoice("inv_1", partner={"currency": TOKEN})
    client = mock_client(httpx.Response(200, json=body), validation=validation, lazy_parsing=lazy_parsing)
    if validation == "report":
        response = await detailed(retrieve_invoice, mode, client, invoice_id="inv_1")
        assert response.parsed.partner.currency.value == TOKEN  # the value itself is kept as sent
        (deviation,) = response.deviations
        assert deviation.received == "'REDACTED'" and deviation.value.value == TOKEN
        assert repr(deviation) == (
            "Deviation($.partner.currency: Partner.currency expected a value of Currency, received 'REDACTED' (enum))"
        )
        return
    if not lazy_parsing:
        with pytest.raises(ResponseValidationError) as caught:
            await detailed(retrieve_invoice, mode, client, invoice_id="inv_1")
    else:
        response = await detailed(retrieve_invoice, mode, client, invoice_id="inv_1")
        with pytest.raises(ResponseValidationError) as caught:
            response.parsed.partner  # noqa: B018  (parsed on first read)
    assert caught.value.path == "$.partner.currency"
    assert "'REDACTED' is not a Currency value" in str(caught.value)
    assert caught.value.__cause__ is None  # every exception under it names the token: none is chained


@MODES
@pytest.mark.parametrize("status", [200, 302, 401, 429, 500])
async def test_a_token_echoed_in_response_headers_is_redacted_in_the_errors_headers_and_request_id(
    mode: str, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    headers = [
        ("X-Echo", f"Bearer {TOKEN}"),
        ("Set-Cookie", f"session={TOKEN}; Path=/; HttpOnly"),
        ("Set-Cookie", "theme=dark"),
        ("X-Request-Id", f"req_{TOKEN}"),
        ("Location", f"https://api.stuut.ai/v1/invoices?token={quote(TOKEN)}"),
        ("Retry-After", TOKEN),
    ]
    body = invoice("inv_1", status=1) if status == 200 else {"detail": "no"}
    client = mock_client(httpx.Response(status, json=body, headers=headers))
    with caplog.at_level(logging.DEBUG, logger="stuut_client"), pytest.raises(StuutError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    error = caught.value
    assert error.request_id == "req_REDACTED"  # type: ignore[attr-defined]
    if isinstance(error, APIStatusError):
        assert isinstance(error.headers, httpx.Headers)
        assert error.headers["x-echo"] == "REDACTED"  # the whole value sent: the auth header's
        assert error.headers.get_list("set-cookie") == ["session=REDACTED; Path=/; HttpOnly", "theme=dark"]
        assert error.headers["location"] == "https://api.stuut.ai/v1/invoices?token=REDACTED"
        assert error.headers.raw[0][0] == b"X-Echo"  # names as sent, every header kept
        assert len(error.headers.raw) == len(error.response.headers.raw)
        assert error.response.headers["x-echo"] == f"Bearer {TOKEN}"  # the response stays as received
    else:
        assert isinstance(error, ResponseValidationError)
    # Raised again with a cause, as a caller's own code would: the traceback prints both.
    try:
        raise RuntimeError("while fetching the invoice") from error
    except RuntimeError as wrapped:
        assert not leaks(shown(wrapped) + [record.getMessage() for record in caplog.records])


@MODES
@pytest.mark.parametrize(
    "content",
    [b'{"memo": "TOKEN" "id": 1}', b'{"memo": "TOKEN", "amount_due": NaN}', b'{"memo": "TOKEN\xff"}'],
    ids=["malformed", "NaN", "invalid UTF-8"],
)
@pytest.mark.parametrize("lazy_parsing", [False, True], ids=["eager", "lazy"])
async def test_a_token_in_a_body_that_is_not_json_is_in_no_attribute_of_the_exceptions_chained(
    mode: str, content: bytes, lazy_parsing: bool
) -> None:
    # json.JSONDecodeError keeps the whole document as `doc`: a chained cause must not carry it.
    response = httpx.Response(200, content=content.replace(b"TOKEN", TOKEN.encode()))
    client = mock_client(response, lazy_parsing=lazy_parsing)
    with pytest.raises(ResponseValidationError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert not leaks(shown(caught.value))


@MODES
async def test_a_token_echoed_as_a_repeated_record_id_is_redacted_in_the_walks_warning(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        ids, next_page = (["inv_1", TOKEN], 1) if page == 0 else ([TOKEN, "inv_3"], None)
        return httpx.Response(200, json=invoice_page(ids, page, next_page, 3))

    client = mock_client(httpx.Response(500), httpx_args={"transport": httpx.MockTransport(handle)})
    with caplog.at_level(logging.WARNING, logger="stuut_client"):
        if mode == "sync":
            items = list(iterate_items(list_invoices, client=client, limit=2))
        else:
            items = [item async for item in aiterate_items(list_invoices, client=client, limit=2)]
    assert [item.id for item in items] == ["inv_1", TOKEN, "inv_3"]  # the records themselves are as sent
    assert "record REDACTED on page 1 was already seen" in caplog.text
    assert not leaks([record.getMessage() for record in caplog.records])


@MODES
async def test_a_token_echoed_in_a_presign_answer_without_a_url_is_redacted_in_the_upload_error(
    mode: str, tmp_path: Path
) -> None:
    operation = next(op for op in operations() if op.operation_id == "create_file")
    # The echo first: the error keeps the body's start, and how long the rest is depends on the JSON encoder.
    answer = {"echo": TOKEN, **copy.deepcopy(operation.ok_response()["example"]), "presigned_url": None}
    client = mock_client(httpx.Response(200, json=answer), validation="report")
    body = CreateFileRequest(name="a.csv", mime_type="text/csv", size=1, purpose=FilePurpose.EMAIL)
    path = tmp_path / "a.csv"
    path.write_bytes(b"a")
    with pytest.raises(UploadError) as caught:
        if mode == "sync":
            upload_file(client, path, create_file, body)
        else:
            await aupload_file(client, path, create_file, body)
    assert caught.value.step == "presign" and b'"echo":"REDACTED"' in caught.value.body.replace(b" ", b"")
    assert not leaks(shown(caught.value))


@MODES
async def test_a_successful_responses_repr_shows_neither_its_raw_body_nor_its_header_values(mode: str) -> None:
    # A server echoing the token in a header or in bytes of the body the models do not hold (an unknown key's
    # raw text is the body's): the repr of the Response shows the body's size and the header names only.
    body = json.dumps({**invoice_page(["a"], 0, None, 1), "echo": TOKEN}).encode()
    response = httpx.Response(200, content=body, headers={"x-echo": f"Bearer {TOKEN}"})
    client = mock_client(response, validation="report")
    result = await detailed(list_invoices, mode, client)
    assert TOKEN in result.content.decode() and result.headers["x-echo"].endswith(TOKEN)  # kept as received
    assert TOKEN not in repr(result).replace(repr(result.parsed), "")
    assert f"content=<{len(body)} bytes>" in repr(result) and "'x-echo'" in repr(result)
