"""Transport failures (which no cassette can hold) through httpx.MockTransport, and every operation's errors."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from operation_calls import run
from spec_tools import operations
from stuut_client import Client
from stuut_client.api.invoices import list_invoices, sync_invoice
from stuut_client.errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    ResponseValidationError,
    StuutError,
)

MODES = pytest.mark.parametrize("mode", ["sync", "async"])
Handler = Callable[[httpx.Request], httpx.Response]


def mock_client(handler: Handler, mode: str, **kwargs: Any) -> Client:
    transport: Any = httpx.MockTransport(handler)
    return Client(token="test-token", httpx_args={"transport": transport}, **kwargs)


def failing_with(error: Exception, calls: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise error

    return handler


@MODES
async def test_a_connection_error_is_retried_then_raised_as_api_connection_error(mode: str, slept: list[float]) -> None:
    calls: list[httpx.Request] = []
    client = mock_client(failing_with(httpx.ConnectError("connection refused"), calls), mode)

    with pytest.raises(APIConnectionError) as caught:
        await run(list_invoices, mode, client)

    assert type(caught.value) is APIConnectionError
    assert str(caught.value) == "GET /v1/invoices failed: ConnectError: connection refused"
    assert len(calls) == 3 and len(slept) == 2


@MODES
async def test_a_post_that_never_reached_the_server_is_retried(mode: str, slept: list[float]) -> None:
    calls: list[httpx.Request] = []
    client = mock_client(failing_with(httpx.ConnectError("refused"), calls), mode)

    with pytest.raises(APIConnectionError):
        await run(sync_invoice, mode, client, invoice_id="inv_1")
    assert len(calls) == 3


@MODES
async def test_a_post_whose_response_timed_out_is_not_retried(mode: str, slept: list[float]) -> None:
    calls: list[httpx.Request] = []
    client = mock_client(failing_with(httpx.ReadTimeout("read timed out"), calls), mode)

    with pytest.raises(APITimeoutError, match="POST /v1/invoices/inv_1/sync timed out: ReadTimeout"):
        await run(sync_invoice, mode, client, invoice_id="inv_1")
    assert len(calls) == 1 and slept == []


@MODES
async def test_max_retries_zero_disables_retrying_and_with_options_overrides_per_call(
    mode: str, slept: list[float]
) -> None:
    calls: list[httpx.Request] = []
    client = mock_client(failing_with(httpx.ConnectError("refused"), calls), mode, max_retries=5)

    with pytest.raises(APIConnectionError):
        await run(list_invoices, mode, client.with_options(max_retries=0))
    assert len(calls) == 1

    with pytest.raises(APIConnectionError):
        await run(list_invoices, mode, client.with_options(max_retries=1))
    assert len(calls) == 3


# Every operation the client offers, against a 500 and against malformed 200s.


def arguments_for(function: Callable[..., Any]) -> dict[str, Any]:
    """Placeholder values for an operation's required arguments (path parameters and bodies)."""
    values: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        values[name] = _Body() if name == "body" else "x_1"
    return values


class _Body:
    """Stands in for any request-body model: the operation only calls to_dict()."""

    def to_dict(self) -> dict[str, Any]:
        return {}


OPERATIONS = list(operations())
BAD_SUCCESSES = [
    pytest.param(b"<html>not json</html>", id="not-json"),
    pytest.param(b'{"unexpected": true', id="truncated-json"),
    pytest.param(b"123", id="wrong-type"),
]


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@MODES
async def test_every_operation_raises_internal_server_error_for_a_500(op: Any, mode: str) -> None:
    client = mock_client(lambda request: httpx.Response(500, json={"detail": "boom"}), mode, max_retries=0)
    with pytest.raises(InternalServerError):
        await run(op.module, mode, client, **arguments_for(op.module.sync))


@pytest.mark.parametrize("body", BAD_SUCCESSES)
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@MODES
async def test_every_operation_raises_response_validation_error_for_a_malformed_200(
    op: Any, mode: str, body: bytes
) -> None:
    client = mock_client(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"}), mode
    )
    with pytest.raises(ResponseValidationError) as caught:
        await run(op.module, mode, client, **arguments_for(op.module.sync))
    assert caught.value.operation == op.operation_id and caught.value.body == body
    assert isinstance(caught.value, StuutError)
