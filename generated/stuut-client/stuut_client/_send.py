"""The one place requests are sent: retries, typed errors and request logging, sync and async twins.

Every generated operation calls ``client.request`` / ``client.arequest``, which call :func:`send` /
:func:`asend` here. A response is returned only when its status is a success (2xx); anything else raises
an ``APIStatusError`` subclass, and an httpx transport error raises ``APIConnectionError`` /
``APITimeoutError``, after the retries ``_retry.RetryPolicy`` allows.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from ._errors import connection_error, status_error
from ._logging import log_attempt
from ._retry import RetryPolicy, may_resend, reached_server, retry_after, retryable_status

# Looked up at call time so tests can replace them (no real sleeping in the suite).
sleep = time.sleep


async def async_sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415  # here, so that sync users do not pay for importing asyncio

    await asyncio.sleep(seconds)


class _Attempt:
    """What the loop decided after one attempt: return the response, wait and retry, or raise."""

    def __init__(self, response: httpx.Response | None = None, wait: float | None = None) -> None:
        self.response = response
        self.wait = wait


def _after_error(error: httpx.TransportError, request: httpx.Request, attempt: int, policy: RetryPolicy) -> _Attempt:
    if attempt > policy.max_retries or not may_resend(request, reached_server=reached_server(error)):
        raise connection_error(error, request) from error
    return _Attempt(wait=policy.backoff(attempt - 1))


def _after_response(response: httpx.Response, attempt: int, policy: RetryPolicy) -> _Attempt:
    if response.is_success:
        return _Attempt(response=response)
    asked = retry_after(response.headers)
    retry = (
        retryable_status(response.status_code)
        and attempt <= policy.max_retries
        and may_resend(response.request, reached_server=True)
    )
    if not retry or (asked is not None and asked > policy.max_retry_after):
        raise status_error(response, attempts=attempt, retry_after=asked)
    return _Attempt(wait=asked if asked is not None else policy.backoff(attempt - 1))


def _release_when_dropped(response: httpx.Response) -> None:
    """Let a read response be freed as soon as it is dropped.

    httpx binds the body stream to its response (``BoundSyncStream._response``), a reference cycle: a dropped
    response, body included, waits for the cyclic garbage collector. In a page walk that is tens of megabytes
    per page piling up between collections. Once the body is read, the stream is only its bytes.
    """
    response.stream = httpx.ByteStream(response.content)


def send(client: httpx.Client, policy: RetryPolicy, request_kwargs: dict[str, Any]) -> httpx.Response:
    request = client.build_request(**request_kwargs)
    attempt = 0
    while True:
        attempt += 1
        started = time.monotonic()
        try:
            response = client.send(request)
        except httpx.TransportError as error:
            log_attempt(request, attempt, started, error=error)
            outcome = _after_error(error, request, attempt, policy)
        else:
            response.read()
            _release_when_dropped(response)
            log_attempt(request, attempt, started, response=response)
            outcome = _after_response(response, attempt, policy)
        if outcome.response is not None:
            return outcome.response
        sleep(outcome.wait or 0.0)


async def asend(client: httpx.AsyncClient, policy: RetryPolicy, request_kwargs: dict[str, Any]) -> httpx.Response:
    request = client.build_request(**request_kwargs)
    attempt = 0
    while True:
        attempt += 1
        started = time.monotonic()
        try:
            response = await client.send(request)
        except httpx.TransportError as error:
            log_attempt(request, attempt, started, error=error)
            outcome = _after_error(error, request, attempt, policy)
        else:
            await response.aread()
            _release_when_dropped(response)
            log_attempt(request, attempt, started, response=response)
            outcome = _after_response(response, attempt, policy)
        if outcome.response is not None:
            return outcome.response
        await async_sleep(outcome.wait or 0.0)
