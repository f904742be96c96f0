"""When to retry a request, and how long to wait: the policy the client's send loop follows.

- Retried: connection errors and timeouts, and the statuses 408, 429 and 5xx.
- Methods: GET, HEAD, OPTIONS, PUT and DELETE are idempotent and always retried. POST and PATCH are retried
  only when the request never reached the server (a connect error or connect/pool timeout), or when the
  caller set an ``Idempotency-Key`` header. So ``sync_invoice`` and friends never run twice because of us.
- Wait: ``Retry-After`` (seconds or an HTTP date) or ``retry-after-ms`` when the server sends one, else
  exponential backoff ``initial_backoff * 2**n`` capped at ``max_backoff``, with up to 25% jitter taken off.
- A server-requested wait above ``max_retry_after`` is not slept through: the error is raised at once (a
  ``RateLimitError`` with ``retry_after`` set), so the caller can decide.

Total time spent waiting is bounded by ``max_retries * max(max_backoff, max_retry_after)``.
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429})
IDEMPOTENCY_HEADER = "idempotency-key"


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        if self.initial_backoff < 0 or self.max_backoff < 0 or self.max_retry_after < 0:
            raise ValueError("backoff and retry-after limits must be >= 0")

    def backoff(self, retry_number: int) -> float:
        """Seconds to wait before retry ``retry_number`` (0-based) when the server did not say."""
        base = min(self.initial_backoff * 2.0**retry_number, self.max_backoff)
        return base * (1 - 0.25 * random.random())


def retryable_status(status_code: int) -> bool:
    return status_code in RETRYABLE_STATUSES or status_code >= 500


def may_resend(request: httpx.Request, *, reached_server: bool) -> bool:
    """Whether resending ``request`` cannot apply it twice."""
    if not reached_server or request.method in IDEMPOTENT_METHODS:
        return True
    return IDEMPOTENCY_HEADER in request.headers


def reached_server(error: httpx.TransportError) -> bool:
    """False only when the request certainly never left: no connection was made."""
    return not isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


def retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """The wait in seconds the server asked for (``retry-after-ms``, ``Retry-After`` seconds or date), if any."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return max(float(milliseconds) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)
