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

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .pagination import Page, aiterate_items, aiterate_pages, iterate_items, iterate_pages
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .client import AuthenticatedClient

__all__ = ["AsyncPage", "Page", "SyncPage"]

T = TypeVar("T")


class _BasePage(Generic[T]):
    __slots__ = ("_client", "_first", "_function", "_number", "_params", "request_id")

    def __init__(
        self, first: Page[T], function: Any, client: AuthenticatedClient, params: dict[str, Any], request_id: str | None
    ) -> None:
        self._first = first
        self._function = function
        self._client = client
        page = params.get("page", 0)
        self._number: int = page if isinstance(page, int) else 0  # the page asked for (0 when left to its default)
        self._params = {name: value for name, value in params.items() if name != "page"}
        #: The ``x-request-id`` of the response this page came from.
        self.request_id = request_id

    # A field the server left out reads as the page documents it: no items, the page asked for, 0 records, and
    # no next page (the walk itself still goes on from a full page without next_page; see pagination).

    @property
    def data(self) -> Sequence[T]:
        """The items of this page only (iterate the page itself for every item of every page)."""
        data = self._first.data
        return () if isinstance(data, Unset) else data

    @property
    def current_page(self) -> int:
        current = getattr(self._first, "current_page", UNSET)
        return current if isinstance(current, int) else self._number

    @property
    def total_records(self) -> int:
        total = getattr(self._first, "total_records", UNSET)
        return total if isinstance(total, int) else 0

    @property
    def next_page(self) -> int | None:
        """The number of the next page, or None on the last page."""
        following = getattr(self._first, "next_page", UNSET)
        return following if isinstance(following, int) else None

    @property
    def page(self) -> Page[T]:
        """The envelope model as the operation returned it (``InvoicePage``...)."""
        return self._first

    def __len__(self) -> int:
        return len(self.data)

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
        walk: Iterator[T] = _continue(self, iterate_items, concurrency=concurrency, max_items=max_items)
        return walk

    def iter_pages(self, *, concurrency: int = 1, max_pages: int | None = None) -> Iterator[Page[T]]:
        """This page's envelope, then each following page's."""
        walk: Iterator[Page[T]] = _continue(self, iterate_pages, concurrency=concurrency, max_pages=max_pages)
        return walk


class AsyncPage(_BasePage[T]):
    """Async twin of :class:`SyncPage`: ``async for invoice in await client.invoices.list()``."""

    __slots__ = ()

    def __aiter__(self) -> AsyncIterator[T]:
        return self.iter_items()

    def iter_items(self, *, concurrency: int = 1, max_items: int | None = None) -> AsyncIterator[T]:
        """Every item of this page and the pages after it; ``concurrency=N`` fetches N pages ahead."""
        walk: AsyncIterator[T] = _continue(self, aiterate_items, concurrency=concurrency, max_items=max_items)
        return walk

    def iter_pages(self, *, concurrency: int = 1, max_pages: int | None = None) -> AsyncIterator[Page[T]]:
        """This page's envelope, then each following page's."""
        walk: AsyncIterator[Page[T]] = _continue(self, aiterate_pages, concurrency=concurrency, max_pages=max_pages)
        return walk


# The hand-over to the pagination runtime: the walk goes on from the page already fetched (first_page=), so it
# is not requested again and repeats across it are dropped like any other.


def _continue(page: _BasePage[Any], iterate: Callable[..., Any], **bounds: Any) -> Any:
    """``iterate`` (iterate_items, iterate_pages or an async twin) from ``page``, with its filters and bounds."""
    return iterate(
        page._function, client=page._client, first_page=page._first, page=page._number, **bounds, **page._params
    )
