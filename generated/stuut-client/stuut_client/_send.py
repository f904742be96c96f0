"""The one place requests are sent: retries, deadlines, typed errors and request logging, sync and async twins.

Every generated operation calls ``client.request`` / ``client.arequest``, which call :func:`send` /
:func:`asend` here. A response is returned only when its status is a success (2xx); anything else raises
an ``APIStatusError`` subclass, and any httpx exception raised while sending (a transport error, an undecodable
body, a redirect loop...) raises an ``APIConnectionError`` subclass, after the retries ``_retry.RetryPolicy``
allows (see ``_errors`` for the whole contract).

Each attempt has a wall-clock deadline, ``attempt_timeout`` seconds from the moment it starts (connecting
included) to the last byte of the body; past it the attempt raises ``APITimeoutError`` however slowly or
steadily the bytes arrive (httpx's own read timeout is per read: a server that sends a byte every half second
never trips it). By default the deadline is the timeout's ``connect`` plus ``read`` (5 + 60 = 65 s for the
client's default timeout, 4 s for ``timeout=2``); no deadline when the read timeout is None.

- async: the attempt runs under ``asyncio.timeout``, so it ends at the deadline.
- sync: every read and write of the connection's socket waits at most the time left (:func:`bound_reads`
  wraps the network streams of the client's default transport), so a server dripping its status line, headers
  or body is cut off at the deadline; the response is also streamed and the deadline checked as each chunk
  arrives, and every connect, write and read wait is capped at the time left when its phase begins (an httpcore
  trace hook), which is what bounds a custom transport.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx

from ._answer_order import refuse_early_answer
from ._answer_preview import not_http
from ._direct_body import read_bodies_directly
from ._errors import connection_error, status_error
from ._join_later import areceive_chunks, joins_later, receive_chunks
from ._leftover_bytes import expire_connections_with_leftover_bytes
from ._location import keep_unusable_location, restore_location
from ._logging import log_attempt, logs_bodies
from ._network_backends import StreamWrapper, wrap_streams
from ._request_sent import tell_when_sent
from ._retry import RetryPolicy, may_resend, reached_server, retry_after, retryable_error, retryable_status
from ._security import DEFAULT_AUTH_HEADER, guard_redirects, mark_auth_header, safe_cause

# Looked up at call time so tests can replace them (no real sleeping in the suite).
sleep = time.sleep


async def async_sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415  # here, so that sync users do not pay for importing asyncio

    await asyncio.sleep(seconds)


# Every exception httpx raises while sending: HTTPError (transport errors, DecodingError, TooManyRedirects),
# StreamError (a request body stream that cannot be read again) and InvalidURL (a redirect to a bad URL).
SEND_ERRORS = (httpx.HTTPError, httpx.StreamError, httpx.InvalidURL)
# A timeout httpx reports as such, that the deadline turns into AttemptDeadline once it has passed. Connect
# and pool timeouts keep their type: they say the request never left, which decides whether a POST is resent.
_BOUNDED_BY_DEADLINE = (httpx.ReadTimeout, httpx.WriteTimeout)
# Where the request's own timeouts and trace hook are kept while each attempt caps a copy.
_TIMEOUTS = "stuut_client.timeouts"
_TRACE = "stuut_client.trace"
# The shortest wait a capped timeout is given, so a phase that starts at the deadline fails at once.
_MIN_WAIT = 0.001


class AttemptDeadline(httpx.TimeoutException):
    """An attempt was still running at its wall-clock deadline (it becomes an ``APITimeoutError``)."""


class _Attempt:
    """What the loop decided after one attempt: return the response, wait and retry, or raise."""

    def __init__(self, response: httpx.Response | None = None, wait: float | None = None) -> None:
        self.response = response
        self.wait = wait


class _Deadline:
    """The wall-clock limit of one attempt, and the per-phase timeouts it caps."""

    def __init__(self, request: httpx.Request, seconds: float | None) -> None:
        self.seconds = seconds
        self.at = None if seconds is None else time.monotonic() + seconds
        self._request = request
        # The request's own settings, kept across attempts by _original_settings.
        self._timeouts: dict[str, Any] = request.extensions[_TIMEOUTS]
        self._trace = request.extensions[_TRACE]

    def remaining(self) -> float | None:
        return None if self.at is None else self.at - time.monotonic()

    def expired(self) -> bool:
        return self.at is not None and time.monotonic() >= self.at

    def error(self) -> AttemptDeadline:
        return AttemptDeadline(f"no complete response within {self.seconds:g} s (the attempt deadline)")

    def check(self) -> None:
        if self.expired():
            raise self.error()

    def arm(self, *, trace: bool) -> None:
        """Cap the request's timeouts at the time left; with ``trace``, again as each httpcore phase begins."""
        if self.at is None:
            return
        self._cap()
        if trace:
            self._request.extensions["trace"] = self._on_phase

    def _cap(self) -> None:
        self._request.extensions["timeout"] = self._capped()

    def _on_phase(self, event: str, info: dict[str, Any]) -> None:
        # httpcore reads the request's timeouts when a phase (connect, send, receive headers, body) begins.
        if event.endswith(".started"):
            self._request.extensions["timeout"].update(
                {phase: value for phase, value in self._capped().items() if phase in ("connect", "read", "write")}
            )
        if self._trace is not None:
            self._trace(event, info)

    def _capped(self) -> dict[str, Any]:
        left = max(self.at - time.monotonic(), _MIN_WAIT) if self.at is not None else None
        return {
            phase: (left if value is None else min(value, left)) if left is not None else value
            for phase, value in self._timeouts.items()
        }

    def convert(self, error: Exception) -> Exception:
        """A read or write timeout that ran into the deadline is the deadline's."""
        if isinstance(error, _BOUNDED_BY_DEADLINE) and not isinstance(error, AttemptDeadline) and self.expired():
            return self.error()
        return error


# The deadline of the attempt this thread is sending, for the network streams below (None: no attempt, or none).
_this_thread = threading.local()


def _time_left() -> float | None:
    at: float | None = getattr(_this_thread, "deadline", None)
    return None if at is None else at - time.monotonic()


class _BoundedNetworkStream(StreamWrapper):
    """An httpcore network stream whose every read and write waits at most until the attempt's deadline."""

    def _bounded(self, timeout: float | None) -> float | None:
        left = _time_left()
        if left is None:
            return timeout
        left = max(left, _MIN_WAIT)  # past the deadline: fail at once, as a read timeout the attempt converts
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(max_bytes, self._bounded(timeout))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._bounded(timeout))

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return _BoundedNetworkStream(self._stream.start_tls(ssl_context, server_hostname, self._bounded(timeout)))


def bound_reads(client: httpx.Client) -> None:
    """Make every socket read and write of ``client``'s default transport end by the attempt's deadline.

    httpx's read timeout is per read, and it offers no hook between the reads of a status line and headers, so a
    server dripping those would keep a sync attempt past its deadline. The connection pool's network backend is
    wrapped instead (``HTTPTransport._pool._network_backend``, the same in httpx 0.23 to 0.28). The client calls
    this only for the transports it builds, so a transport of the caller's own (``httpx_args={"transport": ...}``)
    is bounded by the per-phase caps only.
    """
    wrap_streams(client, _BoundedNetworkStream)


class _DeadlineStream(httpx.SyncByteStream):
    """A response body stream that raises ``AttemptDeadline`` when a chunk arrives after the deadline."""

    def __init__(self, stream: httpx.SyncByteStream, deadline: _Deadline) -> None:
        self._stream = stream
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._deadline.check()
            yield chunk
        self._deadline.check()

    def close(self) -> None:
        self._stream.close()


def attempt_seconds(request: httpx.Request, attempt_timeout: float | None) -> float | None:
    """The deadline of each attempt in seconds: ``attempt_timeout``, or connect + read of the request's timeout."""
    if attempt_timeout is None:
        timeouts = request.extensions.get("timeout") or {}
        read, connect = timeouts.get("read"), timeouts.get("connect")
        return None if read is None else read + (connect or 0.0)
    if isinstance(attempt_timeout, bool) or not isinstance(attempt_timeout, (int, float)):
        raise TypeError(f"attempt_timeout must be a number of seconds, got {type(attempt_timeout).__name__}")
    if math.isnan(attempt_timeout) or attempt_timeout <= 0:
        raise ValueError(f"attempt_timeout must be a number of seconds > 0 (math.inf for none), got {attempt_timeout}")
    return None if math.isinf(attempt_timeout) else float(attempt_timeout)


def _build(client: httpx.Client | httpx.AsyncClient, request_kwargs: dict[str, Any], auth_header_name: str) -> Any:
    try:
        request = client.build_request(**request_kwargs)
    except httpx.InvalidURL as error:
        raise ValueError(f"cannot build the request URL ({error}): check the path and query values passed") from error
    mark_auth_header(request, auth_header_name)
    guard_redirects(client)
    keep_unusable_location(client)
    request.extensions[_TIMEOUTS] = dict(request.extensions.get("timeout") or {})
    request.extensions[_TRACE] = request.extensions.get("trace")
    return request


def _after_error(
    error: Exception,
    request: httpx.Request,
    attempt: int,
    policy: RetryPolicy,
    client: httpx.Client | httpx.AsyncClient,
) -> _Attempt:
    if (
        attempt > policy.max_retries
        or not retryable_error(error)
        or not may_resend(request, reached_server=reached_server(error))
    ):
        size = _pool_size(client) if isinstance(error, httpx.PoolTimeout) else None
        raise connection_error(error, request, pool_size=size) from safe_cause(error, request)  # type: ignore[arg-type]
    return _Attempt(wait=policy.backoff(attempt - 1))


def _pool_size(client: httpx.Client | httpx.AsyncClient) -> int | None:
    """``max_connections`` of the client's default transport's pool (httpcore's ``_max_connections``), if known."""
    size = getattr(getattr(getattr(client, "_transport", None), "_pool", None), "_max_connections", None)
    return size if isinstance(size, int) else None


def _after_response(response: httpx.Response, attempt: int, policy: RetryPolicy) -> _Attempt:
    if response.is_success:
        return _Attempt(response=response)
    restore_location(response)
    asked = retry_after(response.headers)
    retry = (
        retryable_status(response.status_code)
        and attempt <= policy.max_retries
        and may_resend(response.request, reached_server=True)
    )
    if not retry or (asked is not None and asked > policy.max_retry_after):
        cap = policy.max_retry_after if retry else None  # a wait beyond the cap is why it is not retried
        raise status_error(response, attempts=attempt, retry_after=asked, retry_cap=cap)
    return _Attempt(wait=asked if asked is not None else policy.backoff(attempt - 1))


def _decide(
    result: httpx.Response | Exception,
    request: httpx.Request,
    attempt: int,
    started: float,
    policy: RetryPolicy,
    client: httpx.Client | httpx.AsyncClient,
) -> _Attempt:
    """Log an attempt's response or error, and decide what comes next."""
    if isinstance(result, httpx.Response):
        log_attempt(request, attempt, started, response=result)
        return _after_response(result, attempt, policy)
    log_attempt(request, attempt, started, error=result)
    return _after_error(result, request, attempt, policy, client)


def _to_join_later(response: httpx.Response) -> bool:
    """A walk's page, joined where the walk parses it (_join_later.py); not when the debug log shows bodies, nor
    when a response hook of the caller's has read it already."""
    return joins_later() and response.is_success and not logs_bodies() and not response.is_stream_consumed


def _release_when_dropped(response: httpx.Response) -> None:
    """Let a read response be freed as soon as it is dropped.

    httpx binds the body stream to its response (``BoundSyncStream._response``), a reference cycle: a dropped
    response, body included, waits for the cyclic garbage collector. In a page walk that is tens of megabytes
    per page piling up between collections. Once the body is read, the stream is only its bytes.
    """
    response.stream = httpx.ByteStream(response.content)


def _attempt(client: httpx.Client, request: httpx.Request, deadline: _Deadline) -> httpx.Response:
    expire_connections_with_leftover_bytes(client)  # never written to a connection that holds another's bytes
    deadline.arm(trace=True)
    _this_thread.deadline = deadline.at
    joined_later = False
    try:
        response = client.send(request, stream=True)
        try:
            read_bodies_directly(client)  # its body, if of known length, without h11's copies (_direct_body.py)
            refuse_early_answer(response)  # a head already on the connection answers an earlier request
            deadline.check()
            if deadline.at is not None:
                response.stream = _DeadlineStream(response.stream, deadline)  # type: ignore[arg-type]
            if _to_join_later(response):
                receive_chunks(response)
                joined_later = True
            else:
                response.read()
        finally:
            if not joined_later:  # that response stays open for its read(); its network stream is closed
                response.close()
    except _BOUNDED_BY_DEADLINE as error:
        raise deadline.convert(error) from error
    except httpx.RemoteProtocolError as error:  # named with what the server sent, when that was not HTTP
        if (explained := not_http(error, request)) is None:
            raise
        raise explained from error
    finally:
        _this_thread.deadline = None
    if not joined_later:  # a joined-later body's stream is its chunks, which hold no cycle
        _release_when_dropped(response)
    return response


def send(
    client: httpx.Client,
    policy: RetryPolicy,
    request_kwargs: dict[str, Any],
    *,
    auth_header_name: str = DEFAULT_AUTH_HEADER,
    attempt_timeout: float | None = None,
) -> httpx.Response:
    """Send a request with retries; return its 2xx response, read in full, or raise a ``StuutError``.

    ``auth_header_name`` is the header that carries the token (redacted from every error message and log line);
    ``attempt_timeout`` the wall-clock deadline of each attempt in seconds (None: the timeout's connect + read;
    ``math.inf``: none).
    """
    request = _build(client, request_kwargs, auth_header_name)
    seconds = attempt_seconds(request, attempt_timeout)
    attempt = 0
    while True:
        attempt += 1
        started = time.monotonic()
        result: httpx.Response | Exception
        try:
            result = _attempt(client, request, _Deadline(request, seconds))
        except SEND_ERRORS as error:
            result = error
        outcome = _decide(result, request, attempt, started, policy, client)
        if outcome.response is not None:
            return outcome.response
        sleep(outcome.wait or 0.0)


async def _aexchange(client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    try:
        response = await client.send(request, stream=True)
    except httpx.RemoteProtocolError as error:  # read in this task: the answer's first bytes are kept here
        if (explained := not_http(error, request)) is None:
            raise
        raise explained from error
    joined_later = False
    try:
        read_bodies_directly(client)
        refuse_early_answer(response)
        if _to_join_later(response):
            await areceive_chunks(response)
            joined_later = True
        else:
            await response.aread()
    finally:
        if not joined_later:  # that response stays open for its read(); its network stream is closed
            await response.aclose()
    if not joined_later:  # a joined-later body's stream is its chunks, which hold no cycle
        _release_when_dropped(response)
    return response


async def _aattempt(client: httpx.AsyncClient, request: httpx.Request, deadline: _Deadline) -> httpx.Response:
    # Imported at the first async request, as async_sleep does: a sync program never imports asyncio (about 9 ms).
    import asyncio  # noqa: PLC0415

    from ._cancel import cancel_once  # noqa: PLC0415

    expire_connections_with_leftover_bytes(client)
    deadline.arm(trace=False)
    tell_when_sent(request, request.extensions[_TRACE])  # an async page walk waits for its prefetches' requests
    try:
        async with asyncio.timeout(deadline.remaining()):
            # However often this task is cancelled (the deadline, the caller), the exchange is cancelled once:
            # httpcore loses a connection of the pool when its cleanup is cancelled again (_cancel.py).
            response = await cancel_once(client, _aexchange(client, request))
    except TimeoutError as error:  # asyncio.timeout's (httpx's own timeouts are not TimeoutError)
        raise deadline.error() from error
    except _BOUNDED_BY_DEADLINE as error:
        raise deadline.convert(error) from error
    return response


async def asend(
    client: httpx.AsyncClient,
    policy: RetryPolicy,
    request_kwargs: dict[str, Any],
    *,
    auth_header_name: str = DEFAULT_AUTH_HEADER,
    attempt_timeout: float | None = None,
) -> httpx.Response:
    """Async twin of :func:`send`."""
    request = _build(client, request_kwargs, auth_header_name)
    seconds = attempt_seconds(request, attempt_timeout)
    attempt = 0
    while True:
        attempt += 1
        started = time.monotonic()
        result: httpx.Response | Exception
        try:
            result = await _aattempt(client, request, _Deadline(request, seconds))
        except SEND_ERRORS as error:
            result = error
        outcome = _decide(result, request, attempt, started, policy, client)
        if outcome.response is not None:
            return outcome.response
        await async_sleep(outcome.wait or 0.0)
