"""When to retry a request, and how long to wait: the policy the client's send loop follows.

- Retried: connection errors and timeouts (the attempt deadline included), and the statuses 408, 429 and 5xx.
  Not retried: exchanges that fail the same way every time (``APIProtocolError``: an undecodable body, a
  redirect loop, a request httpx cannot frame).
- Methods: GET, HEAD, OPTIONS, PUT and DELETE are idempotent and always retried. POST and PATCH are retried
  only when the request never reached the server (a connect error or connect/pool timeout), or when the
  caller set an ``Idempotency-Key`` header. So ``sync_invoice`` and friends never run twice because of us.
- Wait: ``Retry-After`` (seconds or an HTTP date) or ``retry-after-ms`` when the server sends one, else
  exponential backoff ``initial_backoff * 2**n`` capped at ``max_backoff``, with up to 25% jitter taken off.
  A header value that is not a finite, non-negative decimal number (``nan``, ``inf``, ``1e400``, ``-1``,
  ``5_0``, ``٣``) or a valid HTTP date is ignored, and the backoff applies: no header value can make the loop
  raise, sleep for ``nan`` (which never returns in asyncio) or sleep for ever.
- A server-requested wait above ``max_retry_after`` is not slept through: the error is raised at once (a
  ``RateLimitError`` with ``retry_after`` set), so the caller can decide.

Total time spent waiting is bounded by ``max_retries * max(max_backoff, max_retry_after)``.
"""

from __future__ import annotations

import email.utils
import math
import random
import re
import time
from dataclasses import dataclass

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429})
IDEMPOTENCY_HEADER = "idempotency-key"
# A wait in a header: ASCII digits, optionally a fraction. float() alone also takes "nan", "inf", "1e400",
# "5_0", non-ASCII digits and surrounding whitespace of any kind.
_DECIMAL = re.compile(r"[0-9]{1,20}(?:\.[0-9]{1,20})?")
# Exceptions httpx raises for a request that fails the same way every time.
_NOT_RETRYABLE = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise TypeError(f"max_retries must be an int, got {type(self.max_retries).__name__}")
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        for name in ("initial_backoff", "max_backoff", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number of seconds >= 0, got {value!r}")

    def backoff(self, retry_number: int) -> float:
        """Seconds to wait before retry ``retry_number`` (0-based) when the server did not say."""
        base = min(self.initial_backoff * 2.0 ** min(retry_number, 64), self.max_backoff)
        return base * (1 - 0.25 * random.random())


def retryable_status(status_code: int) -> bool:
    return status_code in RETRYABLE_STATUSES or status_code >= 500


def retryable_error(error: Exception) -> bool:
    """Whether an exception raised while sending may go away on a second attempt."""
    return isinstance(error, httpx.TransportError) and not isinstance(error, _NOT_RETRYABLE)


def may_resend(request: httpx.Request, *, reached_server: bool) -> bool:
    """Whether resending ``request`` cannot apply it twice."""
    if not reached_server or request.method in IDEMPOTENT_METHODS:
        return True
    return IDEMPOTENCY_HEADER in request.headers


def reached_server(error: Exception) -> bool:
    """False only when the request certainly never left: no connection was made."""
    return not isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


def seconds(value: str | None, *, scale: float = 1.0) -> float | None:
    """A header's decimal number of seconds (times ``scale``), or None when it is not a plain finite number."""
    if value is None or not _DECIMAL.fullmatch(value.strip(" \t")):
        return None
    result = float(value) * scale
    return result if math.isfinite(result) else None


def retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """The wait in seconds the server asked for (``retry-after-ms``, ``Retry-After`` seconds or date), if any.

    None when neither header holds a usable value: not a finite, non-negative decimal number or an HTTP date.
    """
    milliseconds = seconds(headers.get("retry-after-ms"), scale=0.001)
    if milliseconds is not None:
        return milliseconds
    value = headers.get("retry-after")
    if value is None:
        return None
    delay = seconds(value)
    if delay is not None:
        return delay
    return _until(value, time.time() if now is None else now)


def _until(http_date: str, now: float) -> float | None:
    """Seconds from ``now`` until an HTTP date (0 when it is past), or None when it is not a valid date."""
    try:
        when = email.utils.parsedate_to_datetime(http_date)
        wait = when.timestamp() - now
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        return None
    return max(wait, 0.0) if math.isfinite(wait) else None
