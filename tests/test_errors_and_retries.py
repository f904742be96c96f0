"""Typed errors and retries over recorded traffic, sync and async.

Scenario cassettes are recorded from a scripted loopback server (tests/scripted_server.py); sleeps are
recorded by the `slept` fixture instead of happening.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import pytest
from builders import invoice, invoice_page
from operation_calls import run
from scripted_server import Reply
from stuut_client.api.invoices import list_invoices, retrieve_invoice, sync_invoice
from stuut_client.errors import (
    APIStatusError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    StuutError,
    UnprocessableEntityError,
)
from stuut_client.models import InvoicePage

pytestmark = pytest.mark.vcr
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
ONE_PAGE = invoice_page(["inv_1"], 0, None, 1)


@MODES
async def test_a_429_with_retry_after_is_waited_out_then_retried(
    mode: str, scripted: Any, sent: list[Any], slept: list[float]
) -> None:
    client = scripted(
        [Reply(429, json={"detail": "slow down"}, headers={"Retry-After": "1"}), Reply(json=ONE_PAGE)], mode
    )

    page = await run(list_invoices, mode, client)

    assert isinstance(page, InvoicePage) and page.data[0].id == "inv_1"
    assert len(sent) == 2 and slept == [1.0]


@MODES
async def test_503_three_times_raises_internal_server_error_after_three_attempts(
    mode: str, scripted: Any, sent: list[Any], slept: list[float]
) -> None:
    client = scripted([Reply(503, json={"detail": "maintenance"}, headers={"x-request-id": "req_503"})] * 3, mode)

    with pytest.raises(InternalServerError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")

    error = caught.value
    assert error.status_code == 503 and error.attempts == 3 and error.request_id == "req_503"
    assert str(error) == (
        "GET /v1/invoices/inv_1 returned 503 Service Unavailable after 3 attempts (request_id=req_503): maintenance"
    )
    assert len(sent) == 3
    assert len(slept) == 2 and 0.375 <= slept[0] <= 0.5 and 0.75 <= slept[1] <= 1.0  # 0.5 s x 2^n, minus jitter


@MODES
async def test_a_retry_after_above_the_cap_raises_at_once_with_retry_after(
    mode: str, scripted: Any, sent: list[Any], slept: list[float]
) -> None:
    client = scripted([Reply(429, json={"detail": "quota exhausted"}, headers={"Retry-After": "3600"})], mode)

    with pytest.raises(RateLimitError) as caught:
        await run(list_invoices, mode, client)

    assert caught.value.retry_after == 3600 and caught.value.attempts == 1
    assert "the server asked to wait 3600 s before retrying, beyond the client's cap of 60 s" in str(caught.value)
    assert len(sent) == 1 and slept == []


@MODES
async def test_a_post_that_gets_a_503_is_not_retried(
    mode: str, scripted: Any, sent: list[Any], slept: list[float]
) -> None:
    client = scripted([Reply(503, json={"detail": "busy"})], mode)

    with pytest.raises(InternalServerError) as caught:
        await run(sync_invoice, mode, client, invoice_id="inv_1")

    assert caught.value.attempts == 1
    assert [r.method for r in sent] == ["POST"] and slept == []


@MODES
async def test_a_post_with_an_idempotency_key_is_retried(
    mode: str, scripted: Any, sent: list[Any], slept: list[float]
) -> None:
    client = scripted([Reply(503, json={"detail": "busy"}), Reply(json=invoice("inv_1"))], mode)

    result = await run(sync_invoice, mode, client.with_headers({"Idempotency-Key": "sync-inv_1-1"}), invoice_id="inv_1")

    assert result.id == "inv_1"
    assert [r.headers["idempotency-key"] for r in sent] == ["sync-inv_1-1", "sync-inv_1-1"]


@pytest.mark.parametrize(
    ("status", "error_class", "reason"),
    [
        (401, AuthenticationError, "Unauthorized"),
        (403, PermissionDeniedError, "Forbidden"),
        (404, NotFoundError, "Not Found"),
        # The interpreter's phrase: Python 3.13 says "Unprocessable Content" (RFC 9110), 3.11 and 3.12 "... Entity";
        # the id (and so the cassette's name) stays the same on all.
        pytest.param(
            422,
            UnprocessableEntityError,
            HTTPStatus(422).phrase,
            id="422-UnprocessableEntityError-Unprocessable Entity",
        ),
        (500, InternalServerError, "Internal Server Error"),
        (499, APIStatusError, ""),
        (520, InternalServerError, ""),
    ],
)
@MODES
async def test_an_error_status_raises_its_exception_with_the_request_id(
    mode: str, status: int, error_class: type[APIStatusError], reason: str, scripted: Any, sent: list[Any]
) -> None:
    body = {"detail": [{"loc": ["query", "limit"], "msg": "bad limit"}]}
    client = scripted([Reply(status, json=body, headers={"x-request-id": f"req_{status}"})], mode, max_retries=0)

    with pytest.raises(error_class) as caught:
        await run(list_invoices, mode, client)

    error = caught.value
    assert type(error) is error_class
    assert (error.status_code, error.request_id, error.json) == (status, f"req_{status}", body)
    assert error.body.startswith(b'{"detail"')
    message = str(error)
    assert message.startswith(
        f"GET /v1/invoices returned {status}{' ' + reason if reason else ''} (request_id=req_{status})"
    )
    assert "\n" not in message and "test-token" not in message


@MODES
async def test_a_non_json_502_page_surfaces_its_text(mode: str, scripted: Any, sent: list[Any]) -> None:
    html = b"<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body>\n</html>"
    client = scripted([Reply(502, body=html)], mode, max_retries=0)

    with pytest.raises(InternalServerError) as caught:
        await run(list_invoices, mode, client)

    assert caught.value.json is None and caught.value.body == html
    assert str(caught.value) == (
        "GET /v1/invoices returned 502 Bad Gateway: <html> <head><title>502 Bad Gateway</title></head> "
        "<body>nginx</body> </html>"
    )


@MODES
async def test_a_200_missing_a_required_field_raises_response_validation_error(
    mode: str, scripted: Any, sent: list[Any]
) -> None:
    broken = invoice_page(["inv_1", "inv_2"], 0, None, 2)
    del broken["data"][1]["currency"]
    client = scripted([Reply(json=broken, headers={"x-request-id": "req_bad"})], mode)

    with pytest.raises(ResponseValidationError) as caught:
        await run(list_invoices, mode, client)

    error = caught.value
    assert (error.operation, error.path, error.request_id) == ("list_invoices", "$.data[1].currency", "req_bad")
    assert error.body is not None and b'"inv_2"' in error.body
    assert str(error) == (
        "list_invoices: response does not fit the spec at $.data[1].currency: a required field is missing "
        "(request_id=req_bad)"
    )
    assert isinstance(error, StuutError)


@MODES
async def test_the_detailed_functions_still_give_status_headers_and_content(
    mode: str, scripted: Any, sent: list[Any]
) -> None:
    client = scripted([Reply(json=ONE_PAGE, headers={"x-request-id": "req_ok"})], mode)

    if mode == "sync":
        response = list_invoices.sync_detailed(client=client)
    else:
        response = await list_invoices.asyncio_detailed(client=client)

    assert response.status_code == 200 and response.headers["x-request-id"] == "req_ok"
    assert response.content.startswith(b'{"data"') and response.parsed.data[0].id == "inv_1"
