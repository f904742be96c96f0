"""Bodies that are JSON with a byte order mark, bodies that are not JSON at all, other success statuses, and
the text of error bodies.

A UTF-8 byte order mark is ignored (RFC 8259 section 8.1 lets a parser do so): the body parses to what it does
without one, eager and lazy. A body that is not JSON (an empty body, a proxy's HTML error page, plain text)
raises ResponseValidationError saying so, with the content-type and how the body starts, the token redacted.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from spec_fake import SpecFake
from spec_tools import Operation, operations
from stuut_client import Client
from stuut_client.api.invoices import list_invoices
from stuut_client.errors import APIStatusError, ResponseValidationError
from test_resources import TOKEN, _methods, required_arguments, resource_method, stuut

JSON_OPERATIONS = [
    op for op in operations() if "200" in op.spec["responses"] and "content" in op.spec["responses"]["200"]
]
IDS = [op.operation_id for op in JSON_OPERATIONS]


def call(op: Operation, body: bytes, content_type: str | None, **options: Any) -> Any:
    """The operation's resource method answered with ``body``: what it returns."""
    fake = SpecFake()
    headers = {"content-type": content_type} if content_type else {}
    fake.reply(op.operation_id, httpx.Response(200, content=body, headers=headers))
    client = stuut(fake, "sync", max_retries=0, **options)
    args, kwargs = required_arguments(op)
    return resource_method(client, _methods()[op.operation_id])(*args, **kwargs)


def shown(result: Any) -> str:
    """Every parsed value of a result (of a list method's page, the page's), as its repr."""
    return repr(getattr(result, "page", result))


def example_body(op: Operation) -> bytes:
    return json.dumps(op.ok_response()["example"]).encode()


def test_every_operation_with_a_json_answer_is_checked() -> None:
    assert len(JSON_OPERATIONS) >= 45


@pytest.mark.parametrize("lazy", [False, True], ids=["eager", "lazy"])
@pytest.mark.parametrize("op", JSON_OPERATIONS, ids=IDS)
def test_a_body_with_a_utf8_byte_order_mark_parses_as_it_does_without_one(op: Operation, lazy: bool) -> None:
    body = example_body(op)
    plain = call(op, body, "application/json", lazy_parsing=lazy, validation="strict")
    marked = call(op, b"\xef\xbb\xbf" + body, "application/json", lazy_parsing=lazy, validation="strict")
    assert shown(marked) == shown(plain)


NOT_JSON = [
    (b"", "application/json", "it is empty"),
    (b"  \r\n", "application/json", "it is empty"),
    (b"<html><body>502 Bad Gateway</body></html>", "text/html", "it starts with b'<html><body>502 Bad Gateway"),
    (b"Internal Server Error", "text/plain", "it starts with b'Internal Server Error'"),
    (b"\xef\xbb\xbf<?xml version='1.0'?><error/>", None, "it starts with b\"<?xml version='1.0'?>"),
    (f"<p>token {TOKEN} refused</p>".encode(), "text/html", "it starts with b'<p>token REDACTED refused</p>'"),
]


@pytest.mark.parametrize("validation", ["report", "strict"])
@pytest.mark.parametrize("lazy", [False, True], ids=["eager", "lazy"])
@pytest.mark.parametrize(("body", "content_type", "start"), NOT_JSON)
@pytest.mark.parametrize("op", JSON_OPERATIONS[::7], ids=IDS[::7])
def test_a_body_that_is_not_json_says_so_with_its_content_type_and_start(
    op: Operation, body: bytes, content_type: str | None, start: str, lazy: bool, validation: str
) -> None:
    with pytest.raises(ResponseValidationError) as raised:
        call(op, body, content_type, lazy_parsing=lazy, validation=validation)
    message = str(raised.value)
    assert f"{op.operation_id}: " in message
    assert f"the body is not JSON (content-type {content_type or 'not given'}; {start}" in message
    assert TOKEN not in message


# Another success status than the documented 200 (a real server's 201 for a create): report mode reads the body
# as the 200's and lists the status as a deviation; strict mode, an empty body and a status Python does not
# know raise.


def raw_call(op: Operation, status: int, body: bytes, **options: Any) -> Any:
    fake = SpecFake()
    fake.reply(op.operation_id, httpx.Response(status, content=body, headers={"content-type": "application/json"}))
    client = stuut(fake, "sync", max_retries=0, **options)
    resource, method = _methods()[op.operation_id].rsplit(".", 1)
    args, kwargs = required_arguments(op)
    return getattr(resource_method(client, resource).with_raw_response, method)(*args, **kwargs)


@pytest.mark.parametrize("status", [201, 202, 203])
@pytest.mark.parametrize("op", JSON_OPERATIONS, ids=IDS)
def test_another_success_status_is_read_as_the_documented_one_and_reported(op: Operation, status: int) -> None:
    body = example_body(op)
    documented = raw_call(op, 200, body)
    other = raw_call(op, status, body)
    assert other.status_code == status
    assert shown(other.parse()) == shown(documented.parse())
    assert [(d.path, d.kind, d.expected, d.received) for d in other.deviations] == [
        ("$", "status", "status 200", f"status {status}")
    ]
    with pytest.raises(ResponseValidationError, match=rf"undocumented status {status} \(the spec documents 200\)"):
        raw_call(op, status, body, validation="strict")


@pytest.mark.parametrize(("status", "body", "problem"), [(204, b"", "204 with an empty body"), (299, b"{}", "299")])
@pytest.mark.parametrize("validation", ["report", "strict"])
@pytest.mark.parametrize("op", JSON_OPERATIONS[::5], ids=IDS[::5])
def test_an_empty_or_unknown_success_status_raises_in_both_modes(
    op: Operation, status: int, body: bytes, problem: str, validation: str
) -> None:
    with pytest.raises(ResponseValidationError, match=rf"{op.operation_id}: .*undocumented status {problem}"):
        raw_call(op, status, body, validation=validation)


# Error bodies: the message shows what the server said, FastAPI's validation errors one per field.


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        (
            {"detail": [{"type": "int_parsing", "loc": ["query", "limit"], "msg": "Input should be a valid integer"}]},
            ": query.limit: Input should be a valid integer",
        ),
        (
            {"detail": [{"loc": ["body", "name"], "msg": "Field required"}, {"loc": [], "msg": "Bad body"}]},
            ": body.name: Field required; Bad body",
        ),
        ({"detail": [{"loc": ["query"], "message": "not pydantic's shape"}]}, ': [{"loc": ["query"], "message": '),
        ({"detail": "Not Found"}, ": Not Found"),
        ({"error": {"message": "amount must be positive", "code": "bad_amount"}}, ": amount must be positive"),
        ({"message": "conflict"}, ": conflict"),
    ],
)
def test_an_error_body_shows_its_message_and_each_validation_error_by_field(body: Any, shown: str) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(422, json=body))
    client = Client(token="test-token", max_retries=0, httpx_args={"transport": transport})
    with pytest.raises(APIStatusError) as caught:
        list_invoices.sync(client=client)
    assert shown in str(caught.value)
