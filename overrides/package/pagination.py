"""Walk every page of any list operation: ``iterate_items``, ``iterate_pages``, their async twins, ``walk_pages``.

Lists are offset pages numbered from 0 in an envelope ``{data, current_page, total_records, next_page}``, any of
the last three possibly absent. Pass a generated list operation (its module or its ``sync``/``asyncio``)::

    for invoice in iterate_items(list_invoices.sync, client=client, status=[InvoiceStatus.OPEN], limit=200):
        ...  # every filter is sent on every page; a type checker knows `invoice` is an Invoice

The rules, the same sync and async and for any ``concurrency`` (README "Pagination" lists the guarantees):

- the chain of ``next_page`` values decides which pages are yielded. ``total_records`` only guides prefetching
  (``concurrency=N`` pages ahead): a prefetched page off the chain is dropped unread, a page the chain reaches
  that was not prefetched is fetched;
- a ``next_page`` not after the page requested, a ``current_page`` other than the page requested, or (without
  ``current_page``) the records of the page before again raise ``PaginationError``: no page is asked twice,
  except a prefetched page whose ``total_records`` differs from the page before it: it may have been served
  first, by a server answering parallel requests in any order, and on a collection that changed in between that
  skips records; it is asked again (``pages_refetched``) so that it follows the page before as without
  prefetching;
- ``next_page: null`` or an empty page ends the walk; a missing ``next_page`` means a next page when this one is
  full (``limit`` items) and ``total_records``, if given, counts more records than the pages so far hold;
- at most ``concurrency + 1`` pages are held; stopping (``close()``, breaking out, dropping the iterator) and
  interpreter exit never wait for prefetches in flight; repeats are dropped by ``id`` (``duplicates_dropped``);
- a generated operation's prefetches only receive bodies: each page is parsed when the walk reaches it, so
  pages waiting their turn are bytes, not models the collector would rescan on every collection (chunks, joined
  where the walk parses them, _join_later.py);
- prefetches leave as soon as they are started: before the page's records are read, and in an async walk the
  event loop gets turns until their requests are written (_request_sent.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import inspect
import logging
import sys
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterator, Sequence
from concurrent.futures import Future
from types import ModuleType
from typing import Any, Generic, Protocol, TypeVar, overload

from ._deviations import Deviation
from ._errors import PaginationError, ResponseValidationError
from ._join_later import join_later
from ._parameter_ranges import LIST_OPERATIONS
from ._prefetch_threads import PrefetchThreads
from ._query import check_in_range
from ._request_sent import on_request_sent
from ._response import operation_response
from ._security import Secrets, client_secrets, redact_text
from .types import UNSET, Unset

logger = logging.getLogger("stuut_client")

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = TypeVar("P", bound="Page[Any]")


class Page(Protocol[T_co]):
    """What a walk needs of an envelope: ``data``. ``current_page``, ``next_page`` and ``total_records`` are
    read when present; absent, ``UNSET`` or a value that is not an int reads as not said."""

    @property
    def data(self) -> Sequence[T_co] | Unset: ...


# What the plan asks of its driver: start fetching page n, send the requests started (after a run of starts), wait
# for page n (sent back), drop page n, emit a page.
_START, _SEND, _WAIT, _DROP, _EMIT = "start", "send", "wait", "drop", "emit"
_Command = tuple[str, Any]


def _items(page: Any) -> Sequence[Any]:
    """A page's records; an envelope without ``data`` (the pages do not mark it required) has none."""
    data = page.data
    return data if isinstance(data, Sequence) else ()


def _number(page: Any, name: str) -> int | None:
    value = getattr(page, name, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class _Walk:
    """The decisions of one walk. The drivers below (a thread one and an asyncio one) only do the I/O."""

    def __init__(
        self,
        *,
        limit: int,
        page: int = 0,
        first_page: Any = None,
        max_pages: int | None = None,
        concurrency: int = 1,
        name: str = "list",
    ) -> None:
        for what, value, low in (("concurrency", concurrency, 1), ("limit", limit, 1), ("max_pages", max_pages, 0)):
            if value is not None and value < low:
                raise ValueError(f"{name}: {what} must be >= {low}, got {value}")
        self.name, self.limit, self.start, self.first_page = name, limit, page, first_page
        # The client's token, redacted from the warnings that quote a record's values (set by _walk_operation).
        self.secrets: Secrets = ()
        self.max_pages, self.concurrency = max_pages, concurrency
        self.fetched = 0  # requests started
        self.refetched = 0  # pages asked again because they may have been served before the page preceding them
        self.deviations: dict[int, list[Deviation]] = {}  # page number -> what in it did not fit the spec
        self.number = page  # the page last emitted
        self._previous: tuple[Any, ...] = ()
        # For _served_early: pages received so far, how many had arrived when each page in flight was started,
        # and the arrival and total_records of the page last accepted on the chain.
        self._received, self._started_at = 0, dict[int, int]()
        self._chain_arrival = 0
        self._chain_total: int | None = None

    def plan(self) -> Generator[_Command, Any, None]:
        in_flight: list[int] = []  # started, not yet consumed or dropped, in page order
        chain: int | None = self.start
        emitted = 0
        while chain is not None and (self.max_pages is None or emitted < self.max_pages):
            if chain == self.start and self.first_page is not None:
                page, self.first_page = self.first_page, None
            else:
                if chain not in in_flight:
                    in_flight.append(chain)
                    yield from self._start(chain)
                in_flight.remove(chain)
                page = yield _WAIT, chain
                self._received += 1
                if self._served_early(page, chain):
                    self.refetched += 1
                    del page
                    yield from self._start(chain)  # asked now, it is served after the page before it
                    yield _SEND, None
                    page = yield _WAIT, chain
                    self._received += 1
            self._chain_arrival, self._chain_total = self._received, _number(page, "total_records")
            if self.concurrency > 1 and (announced := self._announced(page, chain)) is not None:
                # Before the records are read: with lazy parsing, reading them builds the page's items (a fifth
                # of a walk's time), and the next requests need not wait for that. _after may still end the walk
                # here (an empty page); the pages started are then dropped unread, like any page off the chain.
                yield from self._prefetch(announced, self._last_page(page), in_flight, emitted + 1)
            following = self._after(page, chain)
            emitted += 1
            for number in [n for n in in_flight if following is None or n < following]:
                in_flight.remove(number)  # off the chain: a speculative page the chain skipped
                yield _DROP, number
            if following is not None and self.concurrency > 1:
                yield from self._prefetch(following, self._last_page(page), in_flight, emitted)
            self.number = chain
            yield _EMIT, page
            del page  # the consumer may still hold it; the plan need not
            chain = following
        for number in in_flight:
            yield _DROP, number

    def _prefetch(self, chain: int, last: int | None, in_flight: list[int], emitted: int) -> Iterator[_Command]:
        """Start the chain's next page and the pages after it that total_records says exist, up to N."""
        room = self.concurrency if self.max_pages is None else min(self.concurrency, self.max_pages - emitted)
        number, started = chain, False
        while len(in_flight) < room and (number == chain or (last is not None and number <= last)):
            if number not in in_flight:
                in_flight.append(number)
                started = True
                yield from self._start(number)
            number += 1
        if started:
            yield _SEND, None

    def _start(self, number: int) -> Iterator[_Command]:
        self._started_at[number] = self._received
        yield _START, number

    def _served_early(self, page: Any, requested: int) -> bool:
        """Whether ``page`` may have been served before the chain's page preceding it, over a collection that
        changed in between: then its records are not those that follow that page's.

        A prefetch started before the page preceding it arrived may be answered first (a server handles parallel
        requests in any order). On a collection that changes during the walk, a page served before the one
        preceding it sits less shifted than it: newest-first with records added at the front, the records
        between the two are in neither, lost without a sign. A page asked for after its predecessor arrived is
        served after it, as in a walk without prefetching, which only sees repeats there (dropped by id). The
        change shows in ``total_records``; without it on both pages the walk cannot tell.
        """
        started_at = self._started_at.pop(requested, self._received)
        total = _number(page, "total_records")
        if started_at >= self._chain_arrival or total is None or self._chain_total in (None, total):
            return False
        logger.warning(
            "%s: the collection changed while pages %d and %d were fetched in parallel (total_records %d, then "
            "%d); asking for page %d again so that no record between them is skipped",
            self.name,
            self.number,
            requested,
            self._chain_total,
            total,
            requested,
        )
        return True

    def _announced(self, page: Any, requested: int) -> int | None:
        """The next page as the envelope states it (a ``next_page`` after ``requested``, on the page asked for),
        read without touching the records; :meth:`_after` decides."""
        current, following = _number(page, "current_page"), _number(page, "next_page")
        if current not in (None, requested) or following is None or following <= requested:
            return None
        return following

    def _after(self, page: Any, requested: int) -> int | None:
        """The page after ``page`` on the chain (None: the walk is over), or PaginationError."""
        current = _number(page, "current_page")
        if current is not None and current != requested:
            raise PaginationError(
                f"{self.name}: asked for page {requested}, the server answered page {current} (does it ignore "
                "`page`?); stopping instead of repeating records"
            )
        data, following = _items(page), _number(page, "next_page")
        if not data:
            if following is not None:
                logger.warning(
                    "%s: page %d is empty but announces next_page=%s; stopping the walk there",
                    self.name,
                    requested,
                    following,
                )
            return None
        if current is None:  # the server does not say which page it sent: the same records twice mean "ignored"
            seen, self._previous = self._previous, tuple(getattr(item, "id", None) or repr(item) for item in data)
            if seen == self._previous:
                raise PaginationError(f"{self.name}: page {requested} repeats the records of the page before")
        if following is not None:
            if following <= requested:
                raise PaginationError(
                    f"{self.name}: page {requested} says next_page={following}, which does not move forward; "
                    "stopping instead of looping"
                )
            return following
        if getattr(page, "next_page", UNSET) is None:  # null, as opposed to left out
            return None
        total = _number(page, "total_records")
        more = len(data) >= self.limit and (total is None or (requested + 1) * self.limit < total)
        return requested + 1 if more else None

    def _last_page(self, page: Any) -> int | None:
        """The last page total_records implies (a hint for prefetching); integer ceil-div, any size."""
        total = _number(page, "total_records")
        return None if total is None or total <= 0 else (total + self.limit - 1) // self.limit - 1


# How a driver gets page n, in two steps: ``receive(n)`` is what runs ahead (in a prefetch),
# ``parse(received, n)`` runs when the walk reaches the page. A caller's fetch receives the page itself: its parse
# is ``_as_is``.
_Steps = tuple[Callable[[int], Any], Callable[[Any, int], Any]]
_AsyncSteps = tuple[Callable[[int], Awaitable[Any]], Callable[[Any, int], Any]]


def _as_is(page: Any, number: int) -> Any:
    return page


def _step(plan: Generator[_Command, Any, None], reply: Any) -> _Command | None:
    try:
        return plan.send(reply)
    except StopIteration:
        return None


@contextlib.contextmanager
def _naming_page(number: int) -> Iterator[None]:
    """A body that does not fit the spec names its page (the item index is in the error's JSON path). A generated
    operation's page is parsed knowing its number, so that a lazily parsed field read later names it too."""
    try:
        yield
    except ResponseValidationError as error:
        error.name_page(number)
        raise


def _drive(walk: _Walk, steps: _Steps, take: _Take | None) -> Generator[Any, None, None]:
    receive, parse = steps
    plan, reply = walk.plan(), None
    handles: dict[int, Future[Any] | None] = {}
    threads = PrefetchThreads()
    try:
        while not (take and take.done) and (command := _step(plan, reply)) is not None:
            kind, value = command
            reply = None
            if kind is _START:
                walk.fetched += 1
                handles[value] = threads.submit(receive, value) if walk.concurrency > 1 else None
            elif kind is _SEND:
                pass  # each prefetch thread sends its request as soon as it has it
            elif kind is _WAIT:
                with _naming_page(value):
                    received = receive(value) if (handle := handles.pop(value)) is None else handle.result()
                    del handle  # a finished future would keep its page alive
                    reply = parse(received, value)
                    del received
            elif kind is _DROP:
                handles.pop(value)  # its thread finishes on its own; the page is never read
            else:
                items = take(value) if take else [value]
                del command, value  # let the page go before the next one is fetched and parsed (18% faster)
                yield from items
                del items
    finally:
        plan.close()
        threads.close()  # prefetches in flight finish on their own; nothing waits for them


# The most event-loop turns a walk gives its new prefetches to write their requests (_request_sent.py). Kept-alive
# connections take 10 to 30; a fetch that never says (a transport without httpcore's trace hook, a fetch of the
# caller's own) or is still connecting costs the walk this many turns of an idle loop, under a millisecond.
_MAX_TURNS_TO_SEND = 100


def _start_fetch(fetch: Awaitable[Any], sent: asyncio.Event) -> asyncio.Task[Any]:
    """A task running ``fetch`` that sets ``sent`` once its request is written, or once it ends either way."""
    context = contextvars.copy_context()
    context.run(on_request_sent.set, sent.set)
    task = asyncio.get_running_loop().create_task(_awaited(fetch), context=context)
    task.add_done_callback(lambda _: _ended(fetch, sent))
    return task


def _ended(fetch: Awaitable[Any], sent: asyncio.Event) -> None:
    sent.set()
    if inspect.iscoroutine(fetch) and inspect.getcoroutinestate(fetch) == inspect.CORO_CREATED:
        fetch.close()  # its task was cancelled before it ran: no "coroutine was never awaited" warning


async def _awaited(fetch: Awaitable[Any]) -> Any:
    return await fetch  # create_task takes a coroutine; a caller's fetch may return any awaitable


async def _adrive(walk: _Walk, steps: _AsyncSteps, take: _Take | None) -> AsyncGenerator[Any, None]:
    receive, parse = steps
    plan, reply = walk.plan(), None
    tasks: dict[int, asyncio.Future[Any]] = {}
    unsent: list[asyncio.Event] = []  # one per fetch started since the last _SEND, set once its request is written
    try:
        while not (take and take.done) and (command := _step(plan, reply)) is not None:
            kind, value = command
            reply = None
            if kind is _START:
                walk.fetched += 1
                unsent.append(sent := asyncio.Event())
                tasks[value] = _start_fetch(receive(value), sent)
            elif kind is _SEND:  # now, not when the walk next waits for a page that has not arrived
                for _ in range(_MAX_TURNS_TO_SEND):
                    if all(sent.is_set() for sent in unsent):
                        break
                    await asyncio.sleep(0)
                unsent.clear()
            elif kind is _WAIT:
                with _naming_page(value):
                    reply = parse(await tasks.pop(value), value)
            elif kind is _DROP:
                _abandon(tasks.pop(value))
            else:
                items = take(value) if take else [value]
                del command, value  # as in _drive
                for item in items:
                    yield item
                del items
    finally:
        plan.close()
        for task in tasks.values():
            _abandon(task)


def _abandon(task: asyncio.Future[Any]) -> None:
    task.cancel()
    task.add_done_callback(lambda done: done.cancelled() or done.exception())  # no "never retrieved" noise


# What a report-mode parse keeps in a page's ``data`` where the spec says an object: not a record to yield.
_NOT_RECORDS = (type(None), str, int, float, bool, list, dict)


class _Take:
    """Which items of a page to yield: skips values that are not records, drops repeats by ``id``, stops at
    ``max_items``."""

    def __init__(self, walk: _Walk, max_items: int | None) -> None:
        if max_items is not None and max_items < 0:
            raise ValueError(f"{walk.name}: max_items must be >= 0, got {max_items}")
        self.walk, self.remaining, self.seen, self.dropped = walk, max_items, set[Any](), 0
        self.skipped = 0

    @property
    def done(self) -> bool:
        return self.remaining == 0

    def __call__(self, page: Any) -> list[Any]:
        kept: list[Any] = []
        for index, item in enumerate(_items(page)):
            if len(kept) == self.remaining:
                break
            if isinstance(item, _NOT_RECORDS):
                # A null or a scalar where the spec says an object, kept by validation="report" (and in
                # deviations): yielding it would hand a loop typed for the model a value it cannot use.
                self.skipped += 1
                logger.warning(
                    "%s: item %d of page %d is %s, not a record; skipped it (see the walk's deviations)",
                    self.walk.name,
                    index,
                    self.walk.number,
                    "null" if item is None else f"a {type(item).__name__}",
                )
                continue
            item_id = getattr(item, "id", None)
            if item_id is not None and not isinstance(item_id, Unset):
                if item_id in self.seen:
                    self.dropped += 1
                    logger.warning(
                        "%s: record %s on page %d was already seen on an earlier page (the collection changed "
                        "during the walk); dropped the repeat",
                        self.walk.name,
                        redact_text(str(item_id), self.walk.secrets),
                        self.walk.number,
                    )
                    continue
                self.seen.add(item_id)
            kept.append(item)
        if self.remaining is not None:
            self.remaining -= len(kept)
        return kept


class _Walker(Generic[T_co]):
    """A sync walk: iterate it, or ``close()`` it to stop at once (prefetches in flight finish unread).

    ``pages_fetched`` counts the requests started; ``pages_refetched`` the pages among them asked for again
    (see ``_Walk._served_early``); ``duplicates_dropped`` the repeats removed and ``items_skipped`` the values
    in ``data`` that are not records, such as a ``null`` kept by report mode (items only). ``deviations``
    maps the number of each page parsed so far with ``validation="report"`` to what in it did not fit the spec
    (pages without any are left out; with lazy parsing, a page's list grows as its fields are read). A walk of
    pages fetched some other way (``walk_pages``, a stand-in operation) has none to show.
    """

    def __init__(self, walk: _Walk, steps: _Steps, take: _Take | None = None) -> None:
        # The generator is a function's, not a method's: no reference cycle, so dropping the walk closes it.
        self._walk, self._steps, self._take, self._generator = walk, steps, take, _drive(walk, steps, take)

    @property
    def pages_fetched(self) -> int:
        return self._walk.fetched

    @property
    def pages_refetched(self) -> int:
        return self._walk.refetched

    @property
    def duplicates_dropped(self) -> int:
        return self._take.dropped if self._take else 0

    @property
    def items_skipped(self) -> int:
        return self._take.skipped if self._take else 0

    @property
    def deviations(self) -> dict[int, list[Deviation]]:
        return {number: found for number, found in self._walk.deviations.items() if found}

    def __iter__(self) -> _Walker[T_co]:
        return self

    def __next__(self) -> T_co:
        value: T_co = next(self._generator)
        return value

    def close(self) -> None:
        self._generator.close()


class PageIterator(_Walker[P]):
    """The pages of a walk, sync."""

    def __iter__(self) -> PageIterator[P]:
        return self

    def items(self, max_items: int | None = None) -> ItemIterator[Any]:
        """Walk the items of these pages instead (before iterating the pages): repeats dropped, ``max_items``."""
        return ItemIterator(self._walk, self._steps, _Take(self._walk, max_items))


class ItemIterator(_Walker[T]):
    """The items of a walk, sync."""

    def __iter__(self) -> ItemIterator[T]:
        return self


class _AsyncWalker(Generic[T_co]):
    """Async twin of :class:`_Walker` (``aclose()`` stops the walk)."""

    def __init__(self, walk: _Walk, steps: _AsyncSteps, take: _Take | None = None) -> None:
        self._walk, self._steps, self._take, self._generator = walk, steps, take, _adrive(walk, steps, take)

    pages_fetched = _Walker.pages_fetched
    pages_refetched = _Walker.pages_refetched
    duplicates_dropped = _Walker.duplicates_dropped
    items_skipped = _Walker.items_skipped
    deviations = _Walker.deviations

    def __aiter__(self) -> _AsyncWalker[T_co]:
        return self

    async def __anext__(self) -> T_co:
        value: T_co = await anext(self._generator)
        return value

    async def aclose(self) -> None:
        await self._generator.aclose()


class AsyncPageIterator(_AsyncWalker[P]):
    """Async twin of :class:`PageIterator`."""

    def __aiter__(self) -> AsyncPageIterator[P]:
        return self

    def items(self, max_items: int | None = None) -> AsyncItemIterator[Any]:
        return AsyncItemIterator(self._walk, self._steps, _Take(self._walk, max_items))


class AsyncItemIterator(_AsyncWalker[T]):
    """Async twin of :class:`ItemIterator`."""

    def __aiter__(self) -> AsyncItemIterator[T]:
        return self


def walk_pages(fetch: Callable[[int], P], *, limit: int, **options: Any) -> PageIterator[P]:
    """Walk the pages ``fetch(page_number)`` returns, with every guarantee above; ``.items()`` gives the items.

    ``limit`` is the page size the requests ask for. Options: ``page`` (the first page number, default 0),
    ``first_page`` (that page already fetched: the walk goes on from it without asking for it again),
    ``max_pages``, ``concurrency``, ``name`` (for messages).
    """
    return PageIterator(_Walk(limit=limit, **options), (fetch, _as_is))


def awalk_pages(fetch: Callable[[int], Awaitable[P]], *, limit: int, **options: Any) -> AsyncPageIterator[P]:
    """Async twin of :func:`walk_pages`: ``fetch(page_number)`` returns an awaitable page."""
    return AsyncPageIterator(_Walk(limit=limit, **options), (fetch, _as_is))


def _walk_operation(operation: Any, async_: bool, client: Any, params: dict[str, Any], **options: Any) -> Any:
    """The walk of a generated list operation, found in the table scripts/generate.py writes."""
    if isinstance(operation, ModuleType):
        operation = getattr(operation, "asyncio" if async_ else "sync", operation)
    if not callable(operation):
        raise TypeError(f"expected a generated list operation (module or function), got {operation!r}")
    if inspect.iscoroutinefunction(operation) != async_:
        wanted = "an async function (module.asyncio)" if async_ else "a sync function (module.sync)"
        raise TypeError(f"{getattr(operation, '__qualname__', operation)} is not {wanted}")
    info = LIST_OPERATIONS.get(getattr(operation, "__module__", ""))
    if info is None:
        raise TypeError(f"{operation.__module__}.{operation.__name__} is not a paginated list operation")
    values: dict[str, Any] = {"page": info.default_page, "limit": info.default_limit}
    for name, (low, high) in (("page", info.page_range), ("limit", info.limit_range)):
        value = params.pop(name, None)
        value = values[name] if value is None or isinstance(value, Unset) else value
        check_in_range(info.operation_id, name, value, (low, high))
        values[name] = value

    def fetch(number: int) -> Any:
        return operation(client=client, page=number, limit=values["limit"], **params)

    walk = _Walk(limit=values["limit"], page=values["page"], name=info.operation_id, **options)
    walk.secrets = client_secrets(client)
    module = sys.modules[operation.__module__]
    if operation is getattr(module, "asyncio" if async_ else "sync", None):  # the generated function itself
        steps = _receive_then_parse(module, client, async_, walk, params)
    else:  # a stand-in for it (a wrapper keeping its __module__): called as it is, parse included
        steps = (fetch, _as_is)
    walker = AsyncPageIterator if async_ else PageIterator
    return walker(walk, steps)


def _receive_then_parse(
    module: ModuleType, client: Any, async_: bool, walk: _Walk, params: dict[str, Any]
) -> _Steps | _AsyncSteps:
    """What the operation's ``sync``/``asyncio`` does to fetch a page, in two steps: the request (retries and
    error statuses included) and the body, then the parse, exactly as ``sync_detailed`` runs them; the parse
    keeps each page's deviations in ``walk.deviations``."""
    limit, deviations = walk.limit, walk.deviations
    request = client.arequest if async_ else client.request

    def receive(number: int) -> Any:
        with join_later():  # the body is joined where the walk parses it (_join_later.py)
            return request(**module._get_kwargs(page=number, limit=limit, **params))

    async def areceive(number: int) -> Any:
        with join_later():  # in this fetch's task only
            return await request(**module._get_kwargs(page=number, limit=limit, **params))

    def parse(response: Any, number: int) -> Any:
        response.read()  # joins a body received in chunks; a body already read is returned as it is
        parsed = operation_response(module, client, response, number)
        if parsed.deviations or client.lazy_parsing:  # lazy reads may add to the list later
            deviations[number] = parsed.deviations
        return parsed.parsed

    return (areceive if async_ else receive), parse


# Each takes: client, max_pages, concurrency, first_page (that page already fetched with the same params: the walk
# goes on from it without fetching it again), the items ones also max_items, and the operation's own params.
@overload
def iterate_pages(operation: Callable[..., P], *, client: Any, **options: Any) -> PageIterator[P]: ...
@overload
def iterate_pages(operation: ModuleType, *, client: Any, **options: Any) -> PageIterator[Any]: ...
def iterate_pages(
    operation: Any, *, client: Any, max_pages: int | None = None, concurrency: int = 1, first_page: Any = None,
    **params: Any,
) -> PageIterator[Any]:  # fmt: skip
    """Yield each parsed page of a list operation, sync. See the module docstring."""
    options = {"max_pages": max_pages, "concurrency": concurrency, "first_page": first_page}
    return _walk_operation(operation, False, client, params, **options)  # type: ignore[no-any-return]


@overload
def iterate_items(operation: Callable[..., Page[T]], *, client: Any, **options: Any) -> ItemIterator[T]: ...
@overload
def iterate_items(operation: ModuleType, *, client: Any, **options: Any) -> ItemIterator[Any]: ...
def iterate_items(operation: Any, *, client: Any, max_items: int | None = None, **options: Any) -> ItemIterator[Any]:
    """Yield every item of every page of a list operation, sync. See the module docstring."""
    return iterate_pages(operation, client=client, **options).items(max_items)


@overload
def aiterate_pages(operation: Callable[..., Awaitable[P]], *, client: Any, **options: Any) -> AsyncPageIterator[P]: ...
@overload
def aiterate_pages(operation: ModuleType, *, client: Any, **options: Any) -> AsyncPageIterator[Any]: ...
def aiterate_pages(
    operation: Any, *, client: Any, max_pages: int | None = None, concurrency: int = 1, first_page: Any = None,
    **params: Any,
) -> AsyncPageIterator[Any]:  # fmt: skip
    """Async twin of :func:`iterate_pages`: ``async for page in aiterate_pages(list_invoices, ...)``."""
    options = {"max_pages": max_pages, "concurrency": concurrency, "first_page": first_page}
    return _walk_operation(operation, True, client, params, **options)  # type: ignore[no-any-return]


@overload
def aiterate_items(
    operation: Callable[..., Awaitable[Page[T]]], *, client: Any, **options: Any
) -> AsyncItemIterator[T]: ...
@overload
def aiterate_items(operation: ModuleType, *, client: Any, **options: Any) -> AsyncItemIterator[Any]: ...
def aiterate_items(
    operation: Any, *, client: Any, max_items: int | None = None, **options: Any
) -> AsyncItemIterator[Any]:
    """Async twin of :func:`iterate_items`: ``async for invoice in aiterate_items(list_invoices, ...)``."""
    return aiterate_pages(operation, client=client, **options).items(max_items)


__all__ = ["AsyncItemIterator", "AsyncPageIterator", "ItemIterator", "Page", "PageIterator", "PaginationError"]
__all__ += ["aiterate_items", "aiterate_pages", "awalk_pages", "iterate_items", "iterate_pages", "walk_pages"]
