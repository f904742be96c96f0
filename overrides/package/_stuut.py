"""The entry points' shared part: configuration from arguments or the environment, ``with_options``, closing.

``Stuut`` and ``AsyncStuut`` (generated in ``_resources.py``: one attribute per resource) derive from these.
Each wraps one :class:`~stuut_client.client.AuthenticatedClient`, available as ``.client`` for the
module-function API (``list_invoices.sync(client=stuut.client)``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import httpx

from ._client import MissingTokenError, Validation, client_from_env
from .client import AuthenticatedClient

__all__ = ["BaseAsyncStuut", "BaseStuut", "MissingTokenError"]


def _build_client(token: str | None, base_url: str | None, options: dict[str, Any]) -> AuthenticatedClient:
    """The client: arguments given, else the environment (``client_from_env``); None means not given."""
    settings = {name: value for name, value in options.items() if value is not None}
    if token is not None:
        settings["token"] = token
    if base_url is not None:
        settings["base_url"] = base_url
    return client_from_env(**settings)


class _Base:
    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        max_backoff: float | None = None,
        max_retry_after: float | None = None,
        lazy_parsing: bool | None = None,
        validation: Validation | None = None,
        attempt_timeout: float | None = None,
        headers: dict[str, str] | None = None,
        cookies: dict[str, str] | None = None,
        verify_ssl: Any = None,
        follow_redirects: bool | None = None,
        allow_insecure_http: bool | None = None,
        httpx_args: dict[str, Any] | None = None,
        client: AuthenticatedClient | None = None,
        **options: Any,
    ) -> None:
        """A Stuut API client.

        Without arguments it reads the token from ``STUUT_API_TOKEN`` and the API root from ``STUUT_BASE_URL``
        (default ``https://api.stuut.ai``). Every keyword is passed to :class:`AuthenticatedClient` (see its
        docstring): ``timeout`` (5 s connect, 60 s read), ``max_retries`` (2), ``max_backoff``,
        ``max_retry_after``, ``lazy_parsing``, ``validation`` (``"report"``: keep and report a value that does not
        fit the spec; ``"strict"``: raise), ``attempt_timeout`` (the wall-clock limit of each attempt),
        ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``, ``allow_insecure_http``, ``httpx_args``
        (e.g. ``{"transport": ...}``), and any newer setting. Or pass an existing ``client=`` to wrap it.
        """
        if client is not None:
            self._client = client
            return
        if isinstance(timeout, int | float):
            timeout = httpx.Timeout(timeout)
        self._client = _build_client(
            token,
            base_url,
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "max_backoff": max_backoff,
                "max_retry_after": max_retry_after,
                "lazy_parsing": lazy_parsing,
                "validation": validation,
                "attempt_timeout": attempt_timeout,
                "headers": headers,
                "cookies": cookies,
                "verify_ssl": verify_ssl,
                "follow_redirects": follow_redirects,
                "allow_insecure_http": allow_insecure_http,
                "httpx_args": httpx_args,
                **options,
            },
        )

    @property
    def client(self) -> AuthenticatedClient:
        """The underlying client, for the module-function API (``list_invoices.sync(client=stuut.client)``)."""
        return self._client

    @property
    def base_url(self) -> str:
        return self._client.base_url

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        validation: Validation | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> Self:
        """A copy with other settings that shares this client's connection pool (close the original only).

        ``timeout``, ``max_retries``, ``extra_headers`` and ``extra_query`` (sent with every request of the
        copy), and any other setting the client's ``with_options`` accepts (``lazy_parsing``, ...).
        """
        copy = self._client.with_options(
            timeout=timeout,
            max_retries=max_retries,
            validation=validation,
            extra_headers=extra_headers,
            extra_query=extra_query,
            **options,
        )
        return type(self)(client=copy)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._client.base_url!r})"


class BaseStuut(_Base):
    """Sync entry point; see ``stuut_client.Stuut``."""

    def close(self) -> None:
        """Close the connection pool."""
        self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        self._client.__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self._client.__exit__(*args)


class BaseAsyncStuut(_Base):
    """Async entry point; see ``stuut_client.AsyncStuut``."""

    async def close(self) -> None:
        """Close the connection pool."""
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        await self._client.__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self._client.__aexit__(*args)
