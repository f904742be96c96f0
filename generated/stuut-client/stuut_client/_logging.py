"""Request logging on the ``stuut_client`` logger, switched on with ``STUUT_LOG=debug|info``.

``info`` logs one line per attempt: method, URL, status (or the error), attempt number and elapsed time.
``debug`` adds request headers with ``Authorization`` redacted, and the first bytes of the response body.
Bodies are never logged above debug, and the token never at all.
"""

from __future__ import annotations

import logging
import os
import time

import httpx

logger = logging.getLogger("stuut_client")
logger.addHandler(logging.NullHandler())  # with no logging configured, nothing is printed (not even warnings)

_REDACTED_HEADERS = {"authorization", "cookie", "proxy-authorization"}
_BODY_LOG_LIMIT = 500


def configure_from_env() -> None:
    """Attach a stderr handler at the level STUUT_LOG names (debug or info); anything else does nothing."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get("STUUT_LOG", "").lower())
    if level is None or any(getattr(h, "_stuut", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler._stuut = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    return {k: ("REDACTED" if k.lower() in _REDACTED_HEADERS else v) for k, v in headers.items()}


def log_attempt(
    request: httpx.Request,
    attempt: int,
    started: float,
    *,
    response: httpx.Response | None = None,
    error: Exception | None = None,
) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    elapsed_ms = (time.monotonic() - started) * 1000
    outcome = str(response.status_code) if response is not None else f"{type(error).__name__}"
    logger.info("%s %s -> %s (attempt %d, %.0f ms)", request.method, request.url, outcome, attempt, elapsed_ms)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("request headers: %s", redacted_headers(request.headers))
        if response is not None:
            logger.debug("response body: %r", response.content[:_BODY_LOG_LIMIT])
