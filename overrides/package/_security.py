"""Checks that keep the API token from leaving the machine in clear text, or from surfacing where it should not.

- :func:`check_token` refuses, when the client is built, a token that could never be sent as a header value
  (empty, whitespace or control characters, non-ASCII), with a message that names the problem and its
  position but never the token.
- :func:`mark_auth_header` records on each request which header carries the token (``Authorization`` unless
  the client's ``auth_header_name`` says otherwise). :func:`redact` then replaces that header's value, and the
  token inside it, as sent or escaped (``_redaction``), with ``REDACTED`` in any text built from the request or
  its response: exception messages (a server may echo the token back: ``{"detail": "Invalid API key: sk_..."}``)
  and log lines.
- :func:`redacting` holds the secrets of the response being parsed (a context variable), for the text built from
  its body values far from the request: a deviation's ``received`` and its log line (_deviations.py; the
  collector keeps them, and an error raised when a lazily parsed field is first read is redacted through the
  collector's response). :func:`redact_text` and :func:`redact_content` redact with secrets held that way, or
  taken from a client (:func:`client_secrets`: pagination's warnings, uploads' errors).
- :func:`redact_headers` is the copy of a response's headers an ``APIStatusError`` carries as ``headers``: a server
  may echo the token in any of them (``X-Echo: Bearer sk_...``, ``Set-Cookie``, ``X-Request-Id``).
- :func:`guard_redirects` makes sure that header never follows a redirect to another origin. httpx drops only
  ``Authorization`` there; a token in ``X-Api-Key`` (``auth_header_name``) would go to whatever host a
  redirect names.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._hooks import install_hook
from ._redaction import compiled, longest_form

REDACTED = "REDACTED"
# The request extension naming the header that carries the token (httpx passes unknown extensions through).
AUTH_HEADER_EXTENSION = "stuut_client.auth_header"
# The origin (scheme, host, port) the request was first sent to: the only one its token may go to.
ORIGIN_EXTENSION = "stuut_client.origin"
DEFAULT_AUTH_HEADER = "authorization"

#: The strings to hide in a text, longest first: the value of the header that carried the token, and the token.
Secrets = tuple[str, ...]

_LOOPBACK_NAMES = {"localhost"}
_CONTROL_NAMES = {"\n": "a newline (\\n)", "\r": "a carriage return (\\r)", "\t": "a tab (\\t)", "\0": "a NUL byte"}


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str, *, allow_insecure_http: bool) -> None:
    """Refuse a base URL that would send the token in clear text to another machine."""
    parts = urlsplit(base_url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(f"base_url must be an http(s) URL with a host, got {base_url!r}")
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise ValueError(
            f"base_url {base_url!r} uses plain http to a non-loopback host, which would send the API token "
            "unencrypted; use https, or pass allow_insecure_http=True if you really mean it"
        )


def check_token(token: str) -> None:
    """Refuse a token that cannot be sent as it is: the message names the problem, never the token.

    A token is printable ASCII without spaces (``!`` to ``~``). The common mistake is a trailing newline from
    a file or a secret store; strip it before passing the token.
    """
    if not isinstance(token, str):
        raise TypeError(f"token must be a str (the Stuut API token), got {type(token).__name__}")
    if not token:
        raise ValueError("token is empty: pass the Stuut API token (or set STUUT_API_TOKEN for client_from_env)")
    for position, character in enumerate(token):
        if "!" <= character <= "~":
            continue
        where = f"at position {position} of {len(token)}"
        if character.isspace() or not character.isprintable():
            what = _CONTROL_NAMES.get(character) or (
                "whitespace" if character.isspace() else f"a control character (U+{ord(character):04X})"
            )
            hint = " (read from a file? strip() it)" if position in (0, len(token) - 1) else ""
            raise ValueError(f"token contains {what} {where}{hint}: a token is printable ASCII without spaces")
        raise ValueError(f"token contains a non-ASCII character {where}: a token is printable ASCII without spaces")


def mark_auth_header(request: httpx.Request, header_name: str) -> None:
    """Record that ``header_name`` carries the token of ``request``, so errors and logs built from it redact it,
    and the origin it may go to (httpx copies a request's extensions onto each redirect it follows)."""
    request.extensions[AUTH_HEADER_EXTENSION] = header_name.lower()
    request.extensions[ORIGIN_EXTENSION] = _origin(request.url)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port or {"http": 80, "https": 443}.get(url.scheme))


def drop_token_off_origin(request: httpx.Request) -> None:
    """An httpx request hook: remove the token's header from a redirect to another origin than the first.

    The same host upgraded from http to https keeps it, as httpx does for ``Authorization``.
    """
    origin = request.extensions.get(ORIGIN_EXTENSION)
    if origin is None:
        return
    here = _origin(request.url)
    upgrade = origin[0] == "http" and here[0] == "https" and origin[1] == here[1] and origin[2] in (80, None)
    if here != origin and not upgrade:
        request.headers.pop(auth_header(request), None)


async def adrop_token_off_origin(request: httpx.Request) -> None:
    """Async twin of :func:`drop_token_off_origin` (an httpx.AsyncClient awaits its hooks)."""
    drop_token_off_origin(request)


def guard_redirects(client: httpx.Client | httpx.AsyncClient) -> None:
    """Install :func:`drop_token_off_origin` on ``client`` once (it acts only on requests the send loop marked)."""
    install_hook(client, "request", drop_token_off_origin, adrop_token_off_origin)


def auth_header(request: httpx.Request | None) -> str:
    """The (lower-case) name of the header that carries the token of ``request``."""
    if request is None:
        return DEFAULT_AUTH_HEADER
    name = request.extensions.get(AUTH_HEADER_EXTENSION, DEFAULT_AUTH_HEADER)
    return name if isinstance(name, str) else DEFAULT_AUTH_HEADER


def secrets_of(request: httpx.Request | None) -> Secrets:
    """The strings to hide in text about ``request``, longest first: its auth header's value and the token
    inside it (``_redaction`` finds each of them escaped as well)."""
    if request is None:
        return ()
    return secrets_in(request.headers.get(auth_header(request)))


def secrets_in(value: str | None) -> Secrets:
    """The secrets of an auth header's ``value``: the value, and the token after its scheme (``Bearer``)."""
    if not value:
        return ()
    token = value.rsplit(" ", 1)[-1]  # "Bearer sk_..." -> "sk_..."; a token has no spaces (check_token)
    return tuple(sorted({value, token}, key=len, reverse=True))


def client_secrets(client: Any) -> Secrets:
    """The secrets a client sends (its ``prefix`` and ``token``, as ``_client`` builds the header), for text
    built where no request is at hand; none for an object that is not a client."""
    token, prefix = getattr(client, "token", None), getattr(client, "prefix", None)
    if not isinstance(token, str):
        return ()
    return secrets_in(f"{prefix} {token}" if isinstance(prefix, str) and prefix else token)


def redact(text: str, request: httpx.Request | None) -> str:
    """``text`` with every form of the token ``request`` carried replaced by ``REDACTED``: as sent, or escaped
    for JSON, HTML or a URL (see ``_redaction``)."""
    return redact_text(text, secrets_of(request))


def redact_text(text: str, secrets: Secrets) -> str:
    """``text`` with every form of ``secrets`` replaced by ``REDACTED``."""
    return compiled(secrets)[0].sub(REDACTED, text) if secrets else text


def redact_bytes(content: bytes, request: httpx.Request | None) -> bytes:
    """:func:`redact` for a body as received: its bytes need not be text."""
    return redact_content(content, secrets_of(request))


def redact_content(content: bytes, secrets: Secrets) -> bytes:
    """:func:`redact_text` for bytes."""
    return compiled(secrets)[1].sub(REDACTED.encode(), content) if secrets else content


def redact_headers(headers: httpx.Headers, request: httpx.Request | None) -> httpx.Headers:
    """A copy of ``headers`` with the token of ``request`` redacted from every value, each header kept under its
    name as received (repeated ones, such as ``Set-Cookie``, included)."""
    secrets = secrets_of(request)
    return httpx.Headers(
        [(name, redact_content(value, secrets)) for name, value in headers.raw], encoding=headers.encoding
    )


def longest_secret(request: httpx.Request | None) -> int:
    """The most characters a form of the token of ``request`` can take: text cut to an excerpt is redacted
    that far past the cut first, so a token straddling the cut cannot show in part."""
    return longest_form(secrets_of(request))


# The secrets of the response whose body is being parsed (see the module docstring).
_parsing: ContextVar[Secrets] = ContextVar("stuut_client_secrets", default=())


@contextmanager
def redacting(secrets: Secrets) -> Iterator[None]:
    """Within the block, text built from the body being parsed is redacted of ``secrets``."""
    token = _parsing.set(secrets)
    try:
        yield
    finally:
        _parsing.reset(token)


def parsing_secrets() -> Secrets:
    """The secrets of the response being parsed here and now (none outside a response: ``Model.from_dict``)."""
    return _parsing.get()


def safe_cause(error: BaseException, request: httpx.Request | None) -> BaseException | None:
    """``error`` to chain as the ``__cause__`` of our exception, or None when the token shows in it or in any
    exception chained to it (a traceback prints every ``__cause__`` and ``__context__`` down the chain, messages
    as they are): ``raise ours from safe_cause(error, request)``, outside the ``except`` block, so that the
    error does not come back as ``__context__`` either."""
    return cause_without(error, secrets_of(request))


def cause_without(error: BaseException, secrets: Secrets) -> BaseException | None:
    """:func:`safe_cause` with the secrets at hand. Besides each exception's message and repr, its text and
    bytes attributes count, which callers and error trackers print (``json.JSONDecodeError.doc`` is the whole
    body, ``UnicodeDecodeError.object`` its bytes)."""
    if not secrets:
        return error
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        notes = getattr(current, "__notes__", None)
        texts = [f"{current!s} {current!r} {notes!r}"]
        contents: list[bytes] = []
        for value in (*vars(current).values(), getattr(current, "object", None)):
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, (bytes, bytearray, memoryview)):
                contents.append(bytes(value))
        if any(redact_text(text, secrets) != text for text in texts) or any(
            redact_content(content, secrets) != content for content in contents
        ):
            return None
        pending += (current.__cause__, current.__context__)
    return error
