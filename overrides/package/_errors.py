"""The exceptions every stuut_client operation raises (re-exported as ``stuut_client.errors``).

::

    StuutError
    ├── APIConnectionError          no usable response: DNS, refused, reset, TLS, protocol errors
    │   ├── APITimeoutError         ... because a connect/read/write/pool timeout or the attempt deadline expired
    │   └── APIProtocolError        ... because the exchange broke HTTP in a way a retry will not fix: a body
    │                                   that fails its Content-Encoding, a redirect loop, a request httpx
    │                                   cannot frame, a streamed request body that cannot be sent again
    ├── APIStatusError              the server answered with a status that is not a success
    │   ├── BadRequestError             400
    │   ├── AuthenticationError         401
    │   ├── PermissionDeniedError       403
    │   ├── NotFoundError               404
    │   ├── ConflictError               409
    │   ├── UnprocessableEntityError    422
    │   ├── RateLimitError              429
    │   └── InternalServerError         5xx
    ├── ResponseValidationError     a success whose body does not fit the spec's model (or is not strict JSON:
    │                               NaN, Infinity and numbers too large for a float are rejected)
    ├── PaginationError             a list walk that cannot continue safely
    └── UploadError                 stuut_client.uploads: ``step`` "presign" or "upload" failed; a presign
                                    failure is also the original class (an ``UploadError`` and an
                                    ``AuthenticationError``, ...), so either ``except`` catches it

The contract:

- Anything that goes wrong for the server's or the network's reason, once a request is being sent, raises a
  ``StuutError`` subclass. No httpx exception (``httpx.HTTPError``, ``httpx.StreamError``, ``httpx.InvalidURL``
  and their subclasses), ``JSONDecodeError``, ``KeyError`` or ``OverflowError`` escapes an operation; the httpx
  exception, when there is one, is the ``__cause__``.
- A caller's mistake found before anything is sent (a bad token, setting or argument) raises ``ValueError`` or
  ``TypeError``, with a message that says what to pass instead.
- ``asyncio.CancelledError``, ``KeyboardInterrupt`` and the like pass through untouched.

``APIStatusError`` carries ``status_code``, ``headers``, ``body`` (bytes), ``json`` (parsed, when the body is
JSON), ``request_id`` (from ``x-request-id``), ``attempts`` (how many times the request was sent) and
``retry_after`` (the wait the server's ``Retry-After`` asked for, in seconds, or None; a wait beyond the client's
``max_retry_after`` is not retried, and the message says so).
Messages are one line, name the request and never contain the API token: the value of the header that carried
it (and the token inside it, as sent or escaped) is replaced by ``REDACTED`` in every message built from a
request or its response, even when the server echoes the token back (see ``_security.redact``): in the body, in
a value that does not fit the spec (quoted by the message of a ``ResponseValidationError``, raised by the call or
by a lazy read), in a header. So it is in the ``headers`` (a redacted copy of the response's, an
``httpx.Headers``), ``request_id``, ``body`` and ``json`` attributes of ``APIStatusError`` and the ``problem``,
``request_id`` and ``body`` of ``ResponseValidationError``, and no exception chained to one holds it; only
``response`` is left as received (its headers and ``content``, and the headers of its ``request``, hold the
token).
"""

from __future__ import annotations

import json as _json
from typing import Any

import httpx

from ._security import Secrets, redact, redact_bytes, redact_headers, redact_text, secrets_of

_BODY_EXCERPT = 200


class StuutError(Exception):
    """Base class of every error stuut_client raises."""


class APIConnectionError(StuutError):
    """The request did not get a response: DNS failure, refused or reset connection, TLS error."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired, or the attempt's wall-clock deadline passed."""


class APIProtocolError(APIConnectionError):
    """The exchange broke HTTP in a way retrying will not fix, so it is not retried.

    A body that fails its ``Content-Encoding`` (``httpx.DecodingError``), a redirect loop
    (``httpx.TooManyRedirects``), a request httpx cannot frame (``httpx.LocalProtocolError``), a streamed
    request body that cannot be sent a second time (``httpx.StreamError``), an invalid URL met while sending.
    The httpx exception is the ``__cause__``.
    """


def _describe(request: httpx.Request | None) -> str:
    # Path only: the host is the configured base URL, and query strings can be long.
    return f"{request.method} {request.url.path}" if request is not None else "request"


def _request_id(headers: httpx.Headers) -> str | None:
    value: str | None = headers.get("x-request-id")
    return value


class APIStatusError(StuutError):
    """The server answered with a status other than a documented success."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        attempts: int = 1,
        retry_after: float | None = None,
        retry_cap: float | None = None,
    ) -> None:
        request = response.request if has_request(response) else None
        self.retry_after = retry_after  # the wait Retry-After asked for, in seconds, if any
        self._retry_cap = retry_cap  # the client's max_retry_after, when that wait is why it was not retried
        self.response = response
        self.status_code = response.status_code
        # Redacted like the message: these are what callers print and error trackers serialise (a server may echo
        # the token in a header, X-Request-Id included, as well as in the body).
        self.headers: httpx.Headers = redact_headers(response.headers, request)
        self.body: bytes = redact_bytes(response.content, request)
        self.json: Any = _parse_json(self.body)  # every JSON form of the token is redacted from the bytes
        self.request_id = _request_id(self.headers)
        self.attempts = attempts
        super().__init__(self._message(request))

    @property
    def content(self) -> bytes:
        """The raw body, under the name the generator's UnexpectedStatus used."""
        return self.body

    def _message(self, request: httpx.Request | None) -> str:
        reason = response_reason(self.status_code)
        parts = [f"{_describe(request)} returned {self.status_code}{' ' + reason if reason else ''}"]
        if self.attempts > 1:
            parts.append(f"after {self.attempts} attempts")
        if self.request_id:
            parts.append(f"(request_id={self.request_id})")
        detail = _one_line(redact(_detail(self.json, self.body), request))
        return " ".join(parts) + (f": {detail}" if detail else "") + self._redirect(request) + self._not_retried()

    def _not_retried(self) -> str:
        if self._retry_cap is None or self.retry_after is None:
            return ""
        return (
            f" (not retried: the server asked to wait {self.retry_after:g} s before retrying, beyond the client's "
            f"cap of {self._retry_cap:g} s, max_retry_after)"
        )

    def _redirect(self, request: httpx.Request | None) -> str:
        """Where a 3xx points, and why it was not followed."""
        # As received, like the extension below; the message shows it redacted.
        location = self.response.headers.get("location")
        if location is None or not 300 <= self.status_code < 400:
            return ""
        shown = _one_line(redact(repr(location), request))
        if self.response.extensions.get("stuut_client.unusable_location") == location:
            return f" (Location {shown} is not a valid URL, so it cannot be followed)"
        if self.response.next_request is not None:  # httpx sets it when it does not follow
            return (
                f' (Location {shown}: redirects are not followed; httpx_args={{"follow_redirects": True}} follows them)'
            )
        return f" (Location {shown})"


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the token may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or not visible to this token)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but its values were rejected."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the wait the server asked for, in seconds, if any."""

    def _message(self, request: httpx.Request | None) -> str:
        message = super()._message(request)
        if self.retry_after is None or self._retry_cap is not None:  # beyond the cap: the base class says so
            return message
        return f"{message} (retry after {self.retry_after:g} s)"


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class ResponseValidationError(StuutError):
    """A successful response whose body does not fit the model the spec promises.

    ``path`` is the JSON path of the offending value (``$.data[3].currency``); ``operation``, ``request_id``
    and ``body`` (the raw bytes) are set when the error comes from an API call rather than ``from_dict`` (with
    lazy parsing, also when it is raised at a field's first read); ``page`` is the page number when the body
    was a page of a walk (``stuut_client.pagination``), and the message then ends with ``(page N)``.
    """

    def __init__(
        self,
        problem: str,
        *,
        path: tuple[str | int, ...] = (),
        operation: str | None = None,
        request_id: str | None = None,
        body: bytes | None = None,
        page: int | None = None,
    ) -> None:
        self.problem = problem
        self.path_parts = path
        self.operation = operation
        self.request_id = request_id
        self.body = body
        self.page = page
        super().__init__(self._message())

    @property
    def path(self) -> str:
        return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in self.path_parts)

    def _message(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        request = f" (request_id={self.request_id})" if self.request_id else ""
        page = f" (page {self.page})" if self.page is not None else ""
        return f"{where}response does not fit the spec at {self.path}: {self.problem}{request}{page}"

    def for_response(
        self, operation: str, response: httpx.Response, page: int | None = None
    ) -> ResponseValidationError:
        """The same error, naming the operation and request that produced the body (and the walk's page); the
        token redacted from all of it: the problem and path quote the body, the request id is a header."""
        request = response.request if has_request(response) else None
        named = ResponseValidationError(
            self.problem,
            path=self.path_parts,
            operation=operation,
            request_id=_request_id(response.headers),
            body=redact_bytes(response.content, request),
            page=page,
        )
        return named.redacted(secrets_of(request))

    def redacted(self, secrets: Secrets) -> ResponseValidationError:
        """The same error with ``secrets`` redacted from its problem, path and request id."""
        if not secrets:
            return self
        return ResponseValidationError(
            redact_text(self.problem, secrets),
            path=tuple(redact_text(part, secrets) if isinstance(part, str) else part for part in self.path_parts),
            operation=self.operation,
            request_id=redact_text(self.request_id, secrets) if self.request_id is not None else None,
            body=self.body,
            page=self.page,
        )

    def name_page(self, page: int) -> None:
        """Name the page of a walk the body was, unless the error names one already."""
        if self.page is None:
            self.page = page
            self.args = (self._message(),)

    @classmethod
    def from_exception(cls, error: Exception, path: tuple[str | int, ...] = ()) -> ResponseValidationError:
        """Describe a KeyError/TypeError/ValueError raised while parsing the value at ``path``."""
        if isinstance(error, ResponseValidationError):
            return ResponseValidationError(error.problem, path=(*path, *error.path_parts))
        if isinstance(error, KeyError):
            # from_dict passes the field it was reading, which is the missing key.
            missing = () if path else (str(error.args[0]) if error.args else "?",)
            return cls("a required field is missing", path=(*path, *missing))
        return cls(str(error) or type(error).__name__, path=path)


#: What parsing a body can raise; the response path turns each into ``ResponseValidationError`` with its path.
PARSE_FAILURES = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)


class PaginationError(StuutError):
    """A list walk that cannot continue safely (for example ``next_page`` not after ``current_page``)."""


class UploadError(StuutError):
    """An upload failed. ``step`` is "presign" (asking Stuut for the URL) or "upload" (sending the file to it);
    ``status_code`` is the HTTP status of the failing answer, or None when there was none; ``body`` its first
    500 bytes."""

    def __init__(self, step: str, message: str, *, status_code: int | None = None, body: bytes = b"") -> None:
        status = f" (HTTP {status_code})" if status_code is not None else ""
        super().__init__(f"upload failed at the {step} step{status}: {message}")
        self.step = step
        self.status_code = status_code
        self.body = body[:500]


def response_reason(status_code: int) -> str:
    return _REASONS.get(status_code, "")


def status_error(
    response: httpx.Response,
    *,
    attempts: int = 1,
    retry_after: float | None = None,
    retry_cap: float | None = None,
) -> APIStatusError:
    """The exception for a non-success response; any status works, including 499 or 520. ``retry_cap``: the
    client's ``max_retry_after``, given when a ``retry_after`` beyond it is why the request was not retried."""
    code = response.status_code
    error_class = (
        RateLimitError
        if code == 429
        else _BY_STATUS.get(code) or (InternalServerError if code >= 500 else APIStatusError)
    )
    return error_class(response, attempts=attempts, retry_after=retry_after, retry_cap=retry_cap)


def connection_error(
    error: httpx.HTTPError | httpx.StreamError | httpx.InvalidURL,
    request: httpx.Request | None,
    *,
    pool_size: int | None = None,
) -> APIConnectionError:
    """Our exception for an httpx exception raised while sending (no usable response came back).

    ``pool_size`` is the client's ``max_connections`` (None: unknown), named when the pool ran out."""
    kind: type[APIConnectionError]
    if isinstance(error, httpx.TimeoutException):
        kind, what = APITimeoutError, "timed out"
    elif isinstance(error, _PROTOCOL_ERRORS):
        kind, what = APIProtocolError, "failed"
    else:
        kind, what = APIConnectionError, "failed"
    detail = _one_line(redact(f"{type(error).__name__}: {error}", request))
    if isinstance(error, httpx.PoolTimeout):  # httpx says nothing more than its name
        detail = f"{detail.rstrip(': ')}: {_pool_exhausted(request, pool_size)}"
    return kind(f"{_describe(request)} {what}: {detail}", request=request)


def _pool_exhausted(request: httpx.Request | None, pool_size: int | None) -> str:
    """What an httpx PoolTimeout (which comes without a message) means, and what to change."""
    extensions = request.extensions if request is not None else {}
    # The request's own timeouts (_send.py keeps them there while each attempt caps a copy).
    waited = (extensions.get("stuut_client.timeouts") or extensions.get("timeout") or {}).get("pool")
    size = f"all {pool_size} connections" if pool_size is not None else "every connection"
    within = f"within the pool timeout ({waited:g} s)" if isinstance(waited, (int, float)) else "in time"
    return (
        f"the connection pool was exhausted: {size} of the client's pool were in use and waiting for a free "
        f"one timed out {within}; allow more (httpx_args={{'limits': httpx.Limits(max_connections=...)}}), "
        "send fewer requests at once (a walk's concurrency=), or wait longer (httpx.Timeout(..., pool=...))"
    )


# Exchanges that break HTTP the same way every time: retrying them only repeats the failure.
_PROTOCOL_ERRORS = (
    httpx.DecodingError,
    httpx.TooManyRedirects,
    httpx.LocalProtocolError,
    httpx.UnsupportedProtocol,
    httpx.StreamError,
    httpx.InvalidURL,
)


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
}


def _reasons() -> dict[int, str]:
    from http import HTTPStatus

    return {status.value: status.phrase for status in HTTPStatus}


_REASONS = _reasons()


def has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018  (raises RuntimeError when the response was built without one)
    except RuntimeError:
        return False
    return True


def _parse_json(body: bytes) -> Any:
    try:
        return _json.loads(body) if body else None
    except ValueError:
        return None


def _detail(parsed: Any, body: bytes) -> str:
    """The part of an error body worth showing (pydantic/FastAPI `detail`, a `message`, or text), in full: it is
    redacted before it is shortened, so a token cut in half by the excerpt cannot show."""
    if isinstance(parsed, dict):
        for key in ("detail", "message", "error"):
            if key in parsed:
                value = parsed[key]
                if isinstance(value, dict) and isinstance(message := value.get("message"), str):  # {"error": {...
                    return message
                return value if isinstance(value, str) else _validation_errors(value) or _json.dumps(value)
    if parsed is not None:
        return _json.dumps(parsed)
    return body.decode("utf-8", errors="replace")


def _validation_errors(detail: Any) -> str | None:
    """FastAPI/pydantic's list of ``{"loc": [...], "msg": ...}`` as ``query.limit: Input should be ...; ...``, the
    form a reader scans for the field at fault; None for any other shape."""
    if not isinstance(detail, list) or not detail:
        return None
    parts = []
    for item in detail:
        if not isinstance(item, dict) or not isinstance(item.get("msg"), str):
            return None
        location = item.get("loc")
        where = ".".join(map(str, location)) if isinstance(location, list) and location else None
        parts.append(f"{where}: {item['msg']}" if where else item["msg"])
    return "; ".join(parts)


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _BODY_EXCERPT else text[: _BODY_EXCERPT - 3] + "..."


__all__ = [
    "PARSE_FAILURES",
    "APIConnectionError",
    "APIProtocolError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "StuutError",
    "UnprocessableEntityError",
    "UploadError",
    "connection_error",
    "status_error",
]
