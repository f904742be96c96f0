"""The page a resource's ``list`` returns: the first page, and the walk over every page from it.

    page = client.invoices.list(status=["open"], limit=200)   # one request: the first page
    page.data, page.total_records, page.next_page             # the envelope
    for invoice in page: ...                                  # every item of every page (typed: Invoice)
    for p in page.iter_pages(concurrency=4): ...              # pages, 4 fetched ahead in parallel

The walk is ``stuut_client.pagination``'s (same guards, filters on every page, ``concurrency``, ``max_items``);
:func:`_walk_items` and :func:`_walk_pages` (and their async twins) are the only places that hand it the first
page and the parameters.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .pagination import Page, aiterate_items, aiterate_pages, iterate_items, iterate_pages
from .types import Unset

if TYPE_CHECKING:
    from .client import AuthenticatedClient

__all__ = ["AsyncPage", "Page", "SyncPage"]

T = TypeVar("T")


class _BasePage(Generic[T]):
    __slots__ = ("_client", "_first", "_function", "_params", "request_id")

    def __init__(
        self, first: Page[T], function: Any, client: AuthenticatedClient, params: dict[str, Any], request_id: str | None
    ) -> None:
        self._first = first
        self._function = function
        self._client = client
        self._params = {name: value for name, value in params.items() if name != "page"}
        #: The ``x-request-id`` of the response this page came from.
        self.request_id = request_id

    @property
    def data(self) -> Sequence[T]:
        """The items of this page only (iterate the page itself for every item of every page)."""
        return self._first.data

    @property
    def current_page(self) -> int:
        return self._first.current_page

    @property
    def total_records(self) -> int:
        return self._first.total_records

    @property
    def next_page(self) -> int | None:
        """The number of the next page, or None on the last page."""
        next_page = self._first.next_page
        return None if isinstance(next_page, Unset) else next_page

    @property
    def page(self) -> Page[T]:
        """The envelope model as the operation returned it (``InvoicePage``...)."""
        return self._first

    def has_next_page(self) -> bool:
        return self.next_page is not None and bool(self._first.data)

    def __len__(self) -> int:
        return len(self._first.data)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(current_page={self.current_page}, items={len(self)}, "
            f"total_records={self.total_records}, next_page={self.next_page})"
        )


class SyncPage(_BasePage[T]):
    """The first page of a list call; iterating it walks every page. See the module docstring."""

    __slots__ = ()

    def __iter__(self) -> Iterator[T]:
        return self.iter_items()

    def iter_items(self, *, concurrency: int = 1, max_items: int | None = None) -> Iterator[T]:
        """Every item of this page and the pages after it; ``concurrency=N`` fetches N pages ahead."""
        return _walk_items(self, concurrency, max_items)

    def iter_pages(self, *, concurrency: int = 1, max_pages: int | None = None) -> Iterator[Page[T]]:
        """This page's envelope, then each following page's."""
        return _walk_pages(self, concurrency, max_pages)


class AsyncPage(_BasePage[T]):
    """Async twin of :class:`SyncPage`: ``async for invoice in await client.invoices.list()``."""

    __slots__ = ()

    def __aiter__(self) -> AsyncIterator[T]:
        return self.iter_items()

    def iter_items(self, *, concurrency: int = 1, max_items: int | None = None) -> AsyncIterator[T]:
        """Every item of this page and the pages after it; ``concurrency=N`` fetches N pages ahead."""
        return _awalk_items(self, concurrency, max_items)

    def iter_pages(self, *, concurrency: int = 1, max_pages: int | None = None) -> AsyncIterator[Page[T]]:
        """This page's envelope, then each following page's."""
        return _awalk_pages(self, concurrency, max_pages)


# The hand-over to the pagination runtime. Today's public API starts a walk at a page number, so the first page
# is yielded here and the walk starts at its next_page; once pagination takes the fetched first page itself
# (`first_page=`), these four become single calls and repeats across the first page are dropped too.


def _walk_items(page: SyncPage[T], concurrency: int, max_items: int | None) -> Iterator[T]:
    function: Callable[..., Page[T]] = page._function
    remaining = max_items
    for item in page.data:
        if remaining == 0:
            return
        yield item
        remaining = None if remaining is None else remaining - 1
    if remaining == 0 or not page.has_next_page():
        return
    yield from iterate_items(
        function,
        client=page._client,
        page=page.next_page,
        max_items=remaining,
        concurrency=concurrency,
        **page._params,
    )


def _walk_pages(page: SyncPage[T], concurrency: int, max_pages: int | None) -> Iterator[Page[T]]:
    function: Callable[..., Page[T]] = page._function
    if max_pages == 0:
        return
    yield page.page
    if max_pages == 1 or not page.has_next_page():
        return
    rest = None if max_pages is None else max_pages - 1
    yield from iterate_pages(
        function, client=page._client, page=page.next_page, max_pages=rest, concurrency=concurrency, **page._params
    )


async def _awalk_items(page: AsyncPage[T], concurrency: int, max_items: int | None) -> AsyncIterator[T]:
    function: Callable[..., Awaitable[Page[T]]] = page._function
    remaining = max_items
    for item in page.data:
        if remaining == 0:
            return
        yield item
        remaining = None if remaining is None else remaining - 1
    if remaining == 0 or not page.has_next_page():
        return
    async for item in aiterate_items(
        function,
        client=page._client,
        page=page.next_page,
        max_items=remaining,
        concurrency=concurrency,
        **page._params,
    ):
        yield item


async def _awalk_pages(page: AsyncPage[T], concurrency: int, max_pages: int | None) -> AsyncIterator[Page[T]]:
    function: Callable[..., Awaitable[Page[T]]] = page._function
    if max_pages == 0:
        return
    yield page.page
    if max_pages == 1 or not page.has_next_page():
        return
    rest = None if max_pages is None else max_pages - 1
    async for following in aiterate_pages(
        function, client=page._client, page=page.next_page, max_pages=rest, concurrency=concurrency, **page._params
    ):
        yield following
