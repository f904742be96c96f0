"""Request logging on the ``stuut_client`` logger, switched on with ``STUUT_LOG=debug|info``.

``info`` logs one line per attempt: method, URL, status (or the error), attempt number and elapsed time.
``debug`` adds request headers and the first bytes of the response body. The header that carries the token
(``Authorization``, or the client's ``auth_header_name``), ``Cookie`` and ``Proxy-Authorization`` are logged as
``REDACTED``, and so is the token wherever else it appears (a response body that echoes it). Bodies are never
logged above debug, and the token never at all.
"""

from __future__ import annotations

import logging
import os
import time

import httpx

from ._security import REDACTED, auth_header, longest_secret, redact

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


def redacted_headers(headers: httpx.Headers, request: httpx.Request | None = None) -> dict[str, str]:
    """``headers`` with the credentials replaced: the token's header (see ``_security.mark_auth_header``),
    cookies and proxy credentials."""
    hidden = _REDACTED_HEADERS | {auth_header(request)}
    return {k: (REDACTED if k.lower() in hidden else redact(v, request)) for k, v in headers.items()}


def logs_bodies() -> bool:
    """Whether :func:`log_attempt` logs response bodies (DEBUG)."""
    return logger.isEnabledFor(logging.DEBUG)


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
    url = redact(str(request.url), request)
    logger.info("%s %s -> %s (attempt %d, %.0f ms)", request.method, url, outcome, attempt, elapsed_ms)
    if logs_bodies():
        logger.debug("request headers: %s", redacted_headers(request.headers, request))
        if response is not None:
            # Redacted before it is cut, so a token straddling the cut cannot show in part.
            window = _BODY_LOG_LIMIT + longest_secret(request)
            body = redact(response.content[:window].decode("utf-8", errors="replace"), request)
            logger.debug("response body: %r", body[:_BODY_LOG_LIMIT])
