"""The client every operation is called with: settings, the token, and one connection pool per client.

``stuut_client.client`` (generated) re-exports what is here and adds what comes from the spec (the version in
the User-Agent). Everything a request needs on its way out is in :meth:`AuthenticatedClient.request`:
per-client and per-copy headers and query parameters, the timeout, the retry policy (``_send.py``).

Copies made with :meth:`~AuthenticatedClient.with_options` (or ``with_headers``/``with_timeout``) share the
original's connection pool, whenever they are made: the pool lives in a :class:`_Pool` that the copies hold
by reference, is created once (under a lock, so threads racing on a fresh client build one httpx client),
and is closed once, by whichever of them closes it.
"""

from __future__ import annotations

import os
import ssl
import threading
from collections.abc import Mapping
from typing import Any, Literal, Self

import httpx
from attrs import define, evolve, field

from ._answer_order import keep_answer_order
from ._answer_preview import keep_answer_start
from ._logging import configure_from_env
from ._read_sizes import grow_reads
from ._retry import RetryPolicy
from ._security import check_base_url, check_token
from ._send import asend, bound_reads, send

DEFAULT_BASE_URL = "https://api.stuut.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
Validation = Literal["report", "strict"]
_VALIDATION_MODES = ("report", "strict")


def _user_agent() -> str:
    from .client import USER_AGENT  # noqa: PLC0415  # generated from the package version; imports this module

    return USER_AGENT


class _Pool:
    """The httpx clients of one client and all its copies, each made once, on first use."""

    def __init__(self, make_sync: Any, make_async: Any) -> None:
        self._make_sync = make_sync
        self._make_async = make_async
        self._lock = threading.Lock()
        self.sync: httpx.Client | None = None
        self.async_: httpx.AsyncClient | None = None

    def get_sync(self) -> httpx.Client:
        client: httpx.Client = self._once("sync", self._make_sync)
        return client

    def get_async(self) -> httpx.AsyncClient:
        client: httpx.AsyncClient = self._once("async_", self._make_async)
        return client

    def _once(self, name: str, make: Any) -> Any:
        made = getattr(self, name)
        if made is None:
            with self._lock:  # double-checked: threads racing on a fresh client must build one
                made = getattr(self, name)
                if made is None:
                    made = make()
                    setattr(self, name, made)
        return made


def _as_timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout | None:
    return timeout if timeout is None or isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


@define
class AuthenticatedClient:
    """A client for the Stuut API: holds the token and the connection pool that carries it.

    ``AuthenticatedClient(token="...")`` is ready to use; the keyword arguments below adjust it.

        ``base_url``: the API root, ``https://api.stuut.ai`` by default. Plain ``http://`` is refused for any host
        but loopback unless ``allow_insecure_http=True``.

        ``timeout``: an ``httpx.Timeout`` or seconds; 5 s to connect and 60 s per read by default.

        ``headers`` / ``cookies``: sent with every request.

        ``verify_ssl``: TLS verification; leave it on outside tests.

        ``follow_redirects``: off by default.

        ``httpx_args``: further arguments for the ``httpx.Client`` / ``httpx.AsyncClient`` constructors (a
        custom ``transport``, ``limits``, ``proxy``...).

        ``max_retries`` (2), ``max_backoff`` (8 s), ``max_retry_after`` (60 s): the retry policy (see
        ``stuut_client._retry``); ``max_retries=0`` disables retrying.

        ``attempt_timeout``: the wall-clock deadline of each attempt in seconds, connecting included; past it the
        attempt raises ``APITimeoutError`` however the bytes arrive. By default the timeout's connect + read
        (65 s); ``math.inf`` for none.

        ``lazy_parsing``: off by default. When on, nested objects (an invoice's partner, calls, line items...) are
        parsed on first read instead of with the response (see ``stuut_client._lazy``).

        ``validation``: ``"report"`` (default) keeps a response value that does not fit the spec and reports it;
        ``"strict"`` raises ``ResponseValidationError`` instead.

        ``extra_headers`` / ``extra_query``: merged into every request this client sends (mostly set on a copy:
        ``client.with_options(extra_headers={...})``).

    ``with_options(...)`` makes a copy with other settings that shares this client's connection pool.

    Attributes:
        token: the API token, sent in ``auth_header_name`` (``Authorization: Bearer ...``); never shown in ``repr``.
        prefix: the scheme put before the token, ``Bearer``.
        auth_header_name: the header that carries the token.
    """

    # repr=False keeps the token out of repr(), logs and tracebacks that print the client.
    token: str = field(repr=False, kw_only=True)
    _base_url: str = field(default=DEFAULT_BASE_URL, kw_only=True, alias="base_url")
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(
        default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout", converter=_as_timeout
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl", repr=False)
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _allow_insecure_http: bool = field(default=False, kw_only=True, alias="allow_insecure_http")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    max_retries: int = field(default=2, kw_only=True)
    max_backoff: float = field(default=8.0, kw_only=True)
    max_retry_after: float = field(default=60.0, kw_only=True)
    lazy_parsing: bool = field(default=False, kw_only=True)
    # None: timeout.connect + timeout.read (see _send.py).
    attempt_timeout: float | None = field(default=None, kw_only=True)
    validation: Validation = field(default="report", kw_only=True)
    extra_headers: dict[str, str] = field(factory=dict, kw_only=True, repr=False)
    extra_query: dict[str, Any] = field(factory=dict, kw_only=True, repr=False)
    _retry_policy: RetryPolicy = field(init=False, repr=False)
    _pool: _Pool = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        check_base_url(self._base_url, allow_insecure_http=self._allow_insecure_http)
        check_token(self.token)  # empty, whitespace, control or non-ASCII characters: refused, never echoed
        if self.validation not in _VALIDATION_MODES:
            raise ValueError(f"validation must be one of {_VALIDATION_MODES}, got {self.validation!r}")
        self._retry_policy = RetryPolicy(
            max_retries=self.max_retries, max_backoff=self.max_backoff, max_retry_after=self.max_retry_after
        )
        self._pool = _Pool(self._new_httpx_client, self._new_async_httpx_client)
        configure_from_env()

    @property
    def base_url(self) -> str:
        return self._base_url

    # Copies ---------------------------------------------------------------------------------------------------

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        max_backoff: float | None = None,
        max_retry_after: float | None = None,
        lazy_parsing: bool | None = None,
        attempt_timeout: float | None = None,
        validation: Validation | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Self:
        """A copy with other settings that shares this client's connection pool (now and if made later).

        ``client.with_options(max_retries=0)`` for one call or one part of a program. ``extra_headers`` and
        ``extra_query`` are added to the ones this client already adds. Closing any of them closes the pool.
        """
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("timeout", timeout),
                ("max_retries", max_retries),
                ("max_backoff", max_backoff),
                ("max_retry_after", max_retry_after),
                ("lazy_parsing", lazy_parsing),
                ("attempt_timeout", attempt_timeout),
                ("validation", validation),
            )
            if value is not None
        }
        if extra_headers:
            changes["extra_headers"] = {**self.extra_headers, **extra_headers}
        if extra_query:
            changes["extra_query"] = {**self.extra_query, **extra_query}
        copy = evolve(self, **changes)
        copy._pool = self._pool
        return copy

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A copy that adds ``headers`` to every request; it shares this client's connection pool."""
        return self.with_options(extra_headers=headers)

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A copy that sends ``cookies`` with every request; it shares this client's connection pool."""
        cookie = "; ".join(f"{name}={value}" for name, value in {**self._cookies, **cookies}.items())
        return self.with_options(extra_headers={"Cookie": cookie})

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """A copy with another timeout; it shares this client's connection pool."""
        return self.with_options(timeout=timeout)

    # Sending --------------------------------------------------------------------------------------------------

    def _request_kwargs(self, request_kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs = {"timeout": self._timeout, **request_kwargs}
        if self.extra_headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **self.extra_headers}
        if self.extra_query:
            kwargs["params"] = {**kwargs.get("params", {}), **self.extra_query}
        return kwargs

    def _send_options(self) -> dict[str, Any]:
        # Which header carries the token (redacted in errors and logs), and the attempt deadline (_send.py).
        return {"auth_header_name": self.auth_header_name, "attempt_timeout": self.attempt_timeout}

    def request(self, **request_kwargs: Any) -> httpx.Response:
        """Send a request with this client's settings and retry policy; returns only 2xx responses."""
        return send(
            self.get_httpx_client(), self._retry_policy, self._request_kwargs(request_kwargs), **self._send_options()
        )

    async def arequest(self, **request_kwargs: Any) -> httpx.Response:
        """Async twin of :meth:`request`."""
        return await asend(
            self.get_async_httpx_client(),
            self._retry_policy,
            self._request_kwargs(request_kwargs),
            **self._send_options(),
        )

    # The httpx clients ----------------------------------------------------------------------------------------

    def _auth_headers(self) -> dict[str, str]:
        # Built per httpx client and never stored on self, so the token stays out of self._headers.
        auth = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {"User-Agent": _user_agent(), **self._headers, self.auth_header_name: auth}

    def _httpx_settings(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._auth_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def _new_httpx_client(self) -> httpx.Client:
        client = httpx.Client(**self._httpx_settings())
        if "transport" not in self._httpx_args:  # a caller's own transport is theirs: never rewired
            grow_reads(client)  # fewer, larger reads while a large body keeps arriving (_read_sizes.py)
            bound_reads(client)  # socket reads end by each attempt's deadline, header bytes included (_send.py)
            keep_answer_start(client)  # an answer that is not HTTP is named in the error (_answer_preview.py)
            keep_answer_order(client)  # outermost: no response from bytes sent before its request (_answer_order.py)
        return client

    def _new_async_httpx_client(self) -> httpx.AsyncClient:
        client = httpx.AsyncClient(**self._httpx_settings())
        if "transport" not in self._httpx_args:
            grow_reads(client)
            keep_answer_start(client)
            keep_answer_order(client)
        return client

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` for sync requests (of this client and its copies): it must carry the token itself."""
        self._pool.sync = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client shared by this client and its copies, created on first use."""
        return self._pool.get_sync()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for async requests (of this client and its copies)."""
        self._pool.async_ = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient shared by this client and its copies, created on first use."""
        return self._pool.get_async()

    def close(self) -> None:
        """Close the sync connection pool (shared with the copies)."""
        if self._pool.sync is not None:
            self._pool.sync.close()

    async def aclose(self) -> None:
        """Close the async connection pool (shared with the copies)."""
        if self._pool.async_ is not None:
            await self._pool.async_.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


# Every Stuut operation needs the token, so there is one client class under both names.
Client = AuthenticatedClient


TOKEN_VARIABLE = "STUUT_API_TOKEN"
BASE_URL_VARIABLE = "STUUT_BASE_URL"


class MissingTokenError(ValueError):
    """No API token was given and ``STUUT_API_TOKEN`` is not set."""


def client_from_env(**kwargs: Any) -> AuthenticatedClient:
    """A client configured from STUUT_API_TOKEN (required) and STUUT_BASE_URL (optional); kwargs override.

    ``Stuut()`` and ``AsyncStuut()`` build their client here. No token in ``kwargs`` or the environment raises
    :class:`MissingTokenError` saying how to set one.
    """
    token = kwargs.pop("token", None)
    if token is None:
        token = os.environ.get(TOKEN_VARIABLE, "")
    if not token:
        raise MissingTokenError(
            f"{TOKEN_VARIABLE} is not set and no token was passed: export {TOKEN_VARIABLE}=sk_... "
            "(your Stuut API token), or pass token='sk_...'"
        )
    if "base_url" not in kwargs and os.environ.get(BASE_URL_VARIABLE):
        kwargs["base_url"] = os.environ[BASE_URL_VARIABLE]
    return AuthenticatedClient(token=token, **kwargs)
