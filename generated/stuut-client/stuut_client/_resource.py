"""What every generated resource (``client.invoices``, ``client.v2.bank_transactions``...) is built on.

The generated methods in ``_resources.py`` only adapt arguments (string literals to enum members, body fields to
the request model) and call the generated operation's ``sync_detailed``/``asyncio_detailed`` through
:meth:`SyncAPIResource._call` / :meth:`AsyncAPIResource._call`; requests, retries, errors and parsing stay in
the operation functions and the client.

Per-call options (``timeout=``, ``extra_headers=``, ``extra_query=``, ``idempotency_key=``) become a
``client.with_options(...)`` copy for that one call, which shares the connection pool.

The raw response: ``client.invoices.with_raw_response.retrieve("inv_1")`` returns a :class:`RawResponse`
(status, headers, body, ``request_id``) whose ``parse()`` is what ``client.invoices.retrieve("inv_1")`` returns.
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx

from ._deviations import Deviation
from ._page import AsyncPage, Page, SyncPage
from .types import Unset

if TYPE_CHECKING:
    from .client import AuthenticatedClient
    from .types import Response

__all__ = ["AsyncAPIResource", "RawResponse", "SyncAPIResource"]

R = TypeVar("R")
T = TypeVar("T")
P = ParamSpec("P")
ResourceT = TypeVar("ResourceT")

REQUEST_ID_HEADER = "x-request-id"
IDEMPOTENCY_HEADER = "Idempotency-Key"

# Set while a `with_raw_response` method runs: the operation's full response is put here for the wrapper.
_raw_responses: contextvars.ContextVar[list[Response[Any]] | None] = contextvars.ContextVar(
    "stuut_raw_responses", default=None
)


class RawResponse(Generic[R]):
    """The HTTP response behind a resource call, with the value the call returns.

    ``status_code``, ``headers`` (case-insensitive), ``content`` (the raw body), ``request_id`` (the
    ``x-request-id`` header, for support requests), ``deviations`` (what in the body did not fit the spec, kept
    and reported in ``validation="report"`` mode; see ``stuut_client.Deviation``), and ``parse()``, the value the
    plain method returns.
    """

    __slots__ = ("_parsed", "content", "deviations", "headers", "status_code")

    def __init__(self, response: Response[Any], parsed: R) -> None:
        self.status_code: int = int(response.status_code)
        self.headers: httpx.Headers = httpx.Headers(response.headers)
        self.content: bytes = response.content
        self.deviations: list[Deviation] = response.deviations
        self._parsed = parsed

    @property
    def request_id(self) -> str | None:
        return _header(self.headers, REQUEST_ID_HEADER)

    def parse(self) -> R:
        """The value the method returns without ``with_raw_response`` (a model, a list or a page)."""
        return self._parsed

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] request_id={self.request_id!r}>"


def to_raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """Wrap a sync resource method so that it returns the :class:`RawResponse` of its request."""

    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        sink: list[Response[Any]] = []
        token = _raw_responses.set(sink)
        try:
            parsed = method(*args, **kwargs)
        finally:
            _raw_responses.reset(token)
        return RawResponse(sink[0], parsed)

    wrapped.__doc__ = method.__doc__
    return wrapped


def async_to_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """Async twin of :func:`to_raw_response`."""

    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        sink: list[Response[Any]] = []
        token = _raw_responses.set(sink)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            _raw_responses.reset(token)
        return RawResponse(sink[0], parsed)

    wrapped.__doc__ = method.__doc__
    return wrapped


def _record(response: Response[Any]) -> None:
    sink = _raw_responses.get()
    if sink is not None:
        sink.append(response)


def _header(headers: httpx.Headers, name: str) -> str | None:
    value = headers.get(name)
    return None if value is None else str(value)


def _request_id(response: Response[Any]) -> str | None:
    return _header(httpx.Headers(response.headers), REQUEST_ID_HEADER)


def client_for_call(
    client: AuthenticatedClient,
    timeout: float | httpx.Timeout | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    idempotency_key: str | None,
) -> AuthenticatedClient:
    """The client itself, or a ``with_options`` copy (same connection pool) when a per-call option is given."""
    if timeout is None and extra_headers is None and extra_query is None and idempotency_key is None:
        return client
    headers: MutableMapping[str, str] | None = None
    if extra_headers is not None or idempotency_key is not None:
        headers = dict(extra_headers or {})
        if idempotency_key is not None:
            headers[IDEMPOTENCY_HEADER] = idempotency_key
    return client.with_options(timeout=timeout, extra_headers=headers, extra_query=extra_query)


class SyncAPIResource:
    """Base of the generated sync resources: holds the client and calls operations through it."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def _call(self, detailed: Callable[..., Response[R]], client: AuthenticatedClient, **kwargs: Any) -> R:
        response = detailed(client=client, **kwargs)
        _record(response)
        return response.parsed

    def _list(
        self,
        function: Callable[..., Page[T]],
        detailed: Callable[..., Response[Any]],
        client: AuthenticatedClient,
        **params: Any,
    ) -> SyncPage[T]:
        # `function` (the operation's sync) types the items and walks the following pages.
        response = detailed(client=client, **params)
        page = SyncPage(response.parsed, function, client, params, _request_id(response))
        _record(response)
        return page


class AsyncAPIResource:
    """Base of the generated async resources: holds the client and awaits operations through it."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def _call(
        self, detailed: Callable[..., Awaitable[Response[R]]], client: AuthenticatedClient, **kwargs: Any
    ) -> R:
        response = await detailed(client=client, **kwargs)
        _record(response)
        return response.parsed

    async def _list(
        self,
        function: Callable[..., Awaitable[Page[T]]],
        detailed: Callable[..., Awaitable[Response[Any]]],
        client: AuthenticatedClient,
        **params: Any,
    ) -> AsyncPage[T]:
        response = await detailed(client=client, **params)
        page = AsyncPage(response.parsed, function, client, params, _request_id(response))
        _record(response)
        return page


def coerce_enum(enum: Callable[[Any], Any], value: Any) -> Any:
    """An enum member for a member or its value (a value the spec does not list becomes an unknown member).

    UNSET and None pass through unchanged."""
    if value is None or isinstance(value, Unset):
        return value
    return enum(value)


def coerce_enum_list(enum: Callable[[Any], Any], values: Any) -> Any:
    """:func:`coerce_enum` for each element of a list (UNSET and None pass through)."""
    if values is None or isinstance(values, Unset):
        return values
    return [enum(value) for value in values]
