import os
import ssl
from collections.abc import Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._logging import configure_from_env
from ._retry import RetryPolicy
from ._security import check_base_url
from ._send import asend, send

# stuut: defaults a caller gets without asking.
DEFAULT_BASE_URL = "https://api.stuut.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
USER_AGENT = "stuut-client/0.1.0"


@define
class AuthenticatedClient:
    """A client for the Stuut API: holds the token and the httpx clients that carry it.

    ``AuthenticatedClient(token="...")`` is ready to use; the keyword arguments below adjust it.

        ``base_url``: the API root, ``https://api.stuut.ai`` by default. Plain ``http://`` is refused for any host
        but loopback unless ``allow_insecure_http=True``.

        ``timeout``: an ``httpx.Timeout``; 5 s to connect and 60 s to read by default.

        ``headers`` / ``cookies``: sent with every request.

        ``verify_ssl``: TLS verification; leave it on outside tests.

        ``follow_redirects``: off by default.

        ``httpx_args``: further arguments for the ``httpx.Client`` / ``httpx.AsyncClient`` constructors.

        ``max_retries`` (2), ``max_backoff`` (8 s), ``max_retry_after`` (60 s): the retry policy (see
        ``stuut_client._retry``); ``max_retries=0`` disables retrying. ``with_options(...)`` makes a copy with
        other values that shares this client's connection pool.

        ``lazy_parsing``: off by default. When on, nested objects (an invoice's partner, calls, line items...) are
        parsed on first read instead of with the response, which makes listing much faster when they are not
        all read; a nested value that does not fit the spec then raises at that read (see
        ``stuut_client._lazy``).

    Attributes:
        raise_on_unexpected_status: kept for compatibility with the generator's client.
        token: the API token. It is sent in the ``Authorization`` header and never shown in ``repr``.
        prefix: the scheme put before the token, ``Bearer``.
        auth_header_name: the header that carries the token.
    """

    # stuut: repr=False keeps the token out of repr(), logs and tracebacks that print the client.
    token: str = field(repr=False, kw_only=True)
    _base_url: str = field(default=DEFAULT_BASE_URL, kw_only=True, alias="base_url")
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _allow_insecure_http: bool = field(default=False, kw_only=True, alias="allow_insecure_http")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    # stuut: the retry policy every request follows.
    max_retries: int = field(default=2, kw_only=True)
    max_backoff: float = field(default=8.0, kw_only=True)
    max_retry_after: float = field(default=60.0, kw_only=True)
    # stuut: parse nested objects on first read (see _lazy.py).
    lazy_parsing: bool = field(default=False, kw_only=True)
    # stuut: headers and query parameters added to every request of a with_options() copy.
    _extra_headers: dict[str, str] = field(factory=dict, kw_only=True, alias="extra_headers", repr=False)
    _extra_query: dict[str, Any] = field(factory=dict, kw_only=True, alias="extra_query", repr=False)
    _retry_policy: RetryPolicy = field(init=False, repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        check_base_url(self._base_url, allow_insecure_http=self._allow_insecure_http)
        if not self.token:
            raise ValueError("token is empty: pass the Stuut API token (or set STUUT_API_TOKEN for client_from_env)")
        self._retry_policy = RetryPolicy(
            max_retries=self.max_retries, max_backoff=self.max_backoff, max_retry_after=self.max_retry_after
        )
        configure_from_env()

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_backoff: float | None = None,
        max_retry_after: float | None = None,
        lazy_parsing: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> "AuthenticatedClient":
        """A copy with other retry, timeout or parsing settings that shares this client's connection pool.

        ``client.with_options(max_retries=0).get(...)``-style use: settings for one call or one part of a
        program, without a second pool. Close the original client, not the copies.
        """
        changes: dict[str, Any] = {}
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if max_backoff is not None:
            changes["max_backoff"] = max_backoff
        if max_retry_after is not None:
            changes["max_retry_after"] = max_retry_after
        if lazy_parsing is not None:
            changes["lazy_parsing"] = lazy_parsing
        if extra_headers is not None:
            changes["extra_headers"] = {**self._extra_headers, **extra_headers}
        if extra_query is not None:
            changes["extra_query"] = {**self._extra_query, **extra_query}
        if timeout is not None:
            changes["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        copy = evolve(self, **changes)
        copy._client, copy._async_client = self._client, self._async_client
        return copy

    def request(self, **request_kwargs: Any) -> httpx.Response:
        """Send a request with this client's retry policy; returns only 2xx responses (see _send.py)."""
        return send(self.get_httpx_client(), self._retry_policy, self._request_kwargs(request_kwargs))

    async def arequest(self, **request_kwargs: Any) -> httpx.Response:
        """Async twin of :meth:`request`."""
        return await asend(self.get_async_httpx_client(), self._retry_policy, self._request_kwargs(request_kwargs))

    def _request_kwargs(self, request_kwargs: dict[str, Any]) -> dict[str, Any]:
        # stuut: the copy's extra headers and query parameters win over the operation's own.
        merged = {"timeout": self._timeout, **request_kwargs}
        if self._extra_headers:
            merged["headers"] = {**request_kwargs.get("headers", {}), **self._extra_headers}
        if self._extra_query:
            merged["params"] = {**request_kwargs.get("params", {}), **self._extra_query}
        return merged

    @property
    def base_url(self) -> str:
        return self._base_url

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers (and its own connection pool)"""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies (and its own connection pool)"""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        return self.with_options(timeout=timeout)

    def _request_headers(self) -> dict[str, str]:
        # stuut: built per httpx client and never stored on self, so the token stays out of self._headers.
        auth = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {"User-Agent": USER_AGENT, **self._headers, self.auth_header_name: auth}

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


# stuut: every Stuut operation needs the token, so there is one client class under both names.
Client = AuthenticatedClient


def client_from_env(**kwargs: Any) -> AuthenticatedClient:
    """A client configured from STUUT_API_TOKEN (required) and STUUT_BASE_URL (optional); kwargs override."""
    token = os.environ.get("STUUT_API_TOKEN", "")
    if not token and "token" not in kwargs:
        raise ValueError("STUUT_API_TOKEN is not set: export your Stuut API token, or pass token=...")
    settings: dict[str, Any] = {"token": token}
    if os.environ.get("STUUT_BASE_URL"):
        settings["base_url"] = os.environ["STUUT_BASE_URL"]
    return AuthenticatedClient(**{**settings, **kwargs})
