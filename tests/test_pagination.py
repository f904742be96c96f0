"""stuut_client.pagination over recorded multi-page traffic, sync and async.

Scenario cassettes are recorded from a scripted loopback server (tests/scripted_server.py).
"""

from __future__ import annotations

import gc
import logging
import weakref
from typing import Any

import pytest
from builders import invoice, invoice_page
from scripted_server import Received, Reply
from stuut_client.api.invoices import list_invoices
from stuut_client.errors import PaginationError
from stuut_client.models import Invoice, InvoicePage, InvoiceSortBy, InvoiceStatus
from stuut_client.pagination import (
    aiterate_items,
    aiterate_pages,
    awalk_pages,
    iterate_items,
    iterate_pages,
    walk_pages,
)

THREE_PAGES = [
    Reply(json=invoice_page(["inv_1", "inv_2"], 0, 1, 5)),
    Reply(json=invoice_page(["inv_3", "inv_4"], 1, 2, 5)),
    Reply(json=invoice_page(["inv_5"], 2, None, 5)),
]


async def collect_items(mode: str, client: Any, operation: Any = list_invoices, **kwargs: Any) -> tuple[list[Any], Any]:
    if mode == "sync":
        iterator = iterate_items(operation, client=client, **kwargs)
        return list(iterator), iterator
    aiterator = aiterate_items(operation, client=client, **kwargs)
    return [item async for item in aiterator], aiterator


def pages_requested(sent: list[Any]) -> list[str]:
    return [request.url.params["page"] for request in sent]


@pytest.mark.vcr
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_walks_three_pages_keeping_every_filter(mode: str, scripted: Any, sent: list[Any]) -> None:
    client = scripted(THREE_PAGES, mode)

    items, iterator = await collect_items(
        mode, client, limit=2, status=[InvoiceStatus.OPEN], sort_by=InvoiceSortBy.ISSUED_AT
    )

    assert [item.id for item in items] == ["inv_1", "inv_2", "inv_3", "inv_4", "inv_5"]
    assert all(isinstance(item, Invoice) for item in items)
    assert pages_requested(sent) == ["0", "1", "2"]
    for request in sent:
        assert request.url.params["limit"] == "2"
        assert request.url.params.get_list("status") == ["open"]
        assert request.url.params["sort_by"] == "issued_at"
    assert iterator.pages_fetched == 3 and iterator.duplicates_dropped == 0


@pytest.mark.vcr
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_iterate_pages_yields_each_parsed_page(mode: str, scripted: Any, sent: list[Any]) -> None:
    client = scripted(THREE_PAGES, mode)

    if mode == "sync":
        pages = list(iterate_pages(list_invoices.sync, client=client, limit=2))
    else:
        pages = [page async for page in aiterate_pages(list_invoices.asyncio, client=client, limit=2)]

    assert all(isinstance(page, InvoicePage) for page in pages)
    assert [(page.current_page, page.total_records, len(page.data)) for page in pages] == [
        (0, 5, 2),
        (1, 5, 2),
        (2, 5, 1),
    ]


@pytest.mark.vcr
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_empty_page_ends_the_walk_even_when_it_announces_a_next_page(
    mode: str, scripted: Any, sent: list[Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = scripted(
        [Reply(json=invoice_page(["inv_1", "inv_2"], 0, 1, 9)), Reply(json=invoice_page([], 1, 2, 9))], mode
    )

    with caplog.at_level(logging.WARNING, logger="stuut_client"):
        items, _ = await collect_items(mode, client, limit=2)

    assert [item.id for item in items] == ["inv_1", "inv_2"]
    assert pages_requested(sent) == ["0", "1"]
    assert "page 1 is empty but announces next_page=2" in caplog.text


@pytest.mark.vcr
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_record_repeated_on_the_next_page_is_dropped_and_counted(
    mode: str, scripted: Any, sent: list[Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = scripted(
        [
            Reply(json=invoice_page(["inv_1", "inv_2"], 0, 1, 3)),
            Reply(json=invoice_page(["inv_2", "inv_3"], 1, None, 3)),
        ],
        mode,
    )

    with caplog.at_level(logging.WARNING, logger="stuut_client"):
        items, iterator = await collect_items(mode, client, limit=2)

    assert [item.id for item in items] == ["inv_1", "inv_2", "inv_3"]
    assert iterator.duplicates_dropped == 1
    assert "record inv_2 on page 1 was already seen" in caplog.text


@pytest.mark.vcr
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_next_page_that_points_backwards_raises_instead_of_looping(
    mode: str, scripted: Any, sent: list[Any]
) -> None:
    client = scripted(
        [Reply(json=invoice_page(["inv_1"], 0, 1, 9)), Reply(json=invoice_page(["inv_2"], 1, 0, 9))], mode
    )

    with pytest.raises(PaginationError, match="page 1 says next_page=0, which does not move forward"):
        await collect_items(mode, client, limit=1)
    assert pages_requested(sent) == ["0", "1"]


@pytest.mark.vcr
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_max_items_stops_the_walk_without_fetching_further_pages(
    mode: str, scripted: Any, sent: list[Any]
) -> None:
    client = scripted(THREE_PAGES[:2], mode)

    items, _ = await collect_items(mode, client, limit=2, max_items=3)

    assert [item.id for item in items] == ["inv_1", "inv_2", "inv_3"]
    assert pages_requested(sent) == ["0", "1"]


@pytest.mark.vcr
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_max_pages_bounds_the_walk(mode: str, scripted: Any, sent: list[Any]) -> None:
    client = scripted(THREE_PAGES[:2], mode)

    items, _ = await collect_items(mode, client, limit=2, max_pages=2)

    assert [item.id for item in items] == ["inv_1", "inv_2", "inv_3", "inv_4"]
    assert pages_requested(sent) == ["0", "1"]


def by_page(received: Received) -> Reply:
    """Concurrent requests arrive in any order: answer by the page asked for."""
    return THREE_PAGES[int(received.query["page"][0])]


@pytest.mark.vcr
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_concurrent_fetching_yields_items_in_page_order(mode: str, scripted: Any, sent: list[Any]) -> None:
    client = scripted(by_page, mode)

    items, iterator = await collect_items(mode, client, limit=2, concurrency=3)

    assert [item.id for item in items] == ["inv_1", "inv_2", "inv_3", "inv_4", "inv_5"]
    assert sorted(pages_requested(sent)) == ["0", "1", "2"]
    assert iterator.pages_fetched == 3


@pytest.mark.parametrize("limit", [0, 201])
def test_a_limit_outside_the_documented_range_is_rejected_before_any_request(limit: int, sent: list[Any]) -> None:
    from stuut_client import Client

    client = Client(token="t", httpx_args={"event_hooks": {"request": [sent.record]}})  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match=rf"list_invoices: limit={limit} is outside the documented range 1..200"):
        iterate_items(list_invoices, client=client, limit=limit)
    assert sent == []


def test_a_function_that_is_not_a_list_operation_is_refused() -> None:
    from stuut_client.api.invoices import retrieve_invoice

    with pytest.raises(TypeError, match="not a paginated list operation"):
        iterate_items(retrieve_invoice.sync, client=None)
    with pytest.raises(TypeError, match="is not an async function"):
        aiterate_items(list_invoices.sync, client=None)


# Memory: pages are built on demand by an in-memory fetch, and weak references count how many are alive.


def counted_pages(total: int, limit: int = 200) -> tuple[Any, dict[str, int]]:
    stats = {"alive": 0, "max_alive": 0}

    def released(_: Any) -> None:
        stats["alive"] -= 1

    def fetch(page: int) -> InvoicePage:
        start = page * limit
        ids = [f"inv_{n}" for n in range(start, min(start + limit, total))]
        next_page = page + 1 if start + limit < total else None
        built = InvoicePage.from_dict(invoice_page(ids, page, next_page, total))
        stats["alive"] += 1
        stats["max_alive"] = max(stats["max_alive"], stats["alive"])
        weakref.finalize(built, released, None)
        return built

    return fetch, stats


@pytest.mark.parametrize("concurrency", [1, 4])
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_walking_100_000_items_holds_at_most_concurrency_plus_one_pages(mode: str, concurrency: int) -> None:
    fetch, stats = counted_pages(total=100_000)
    gc.collect()

    if mode == "sync":
        count = sum(1 for _ in walk_pages(fetch, limit=200, concurrency=concurrency).items())
    else:

        async def afetch(page: int) -> InvoicePage:
            return fetch(page)

        count = 0
        async for _ in awalk_pages(afetch, limit=200, concurrency=concurrency).items():
            count += 1

    assert count == 100_000
    assert stats["max_alive"] <= concurrency + 1, stats


def test_a_minimal_invoice_fits_the_spec() -> None:
    assert Invoice.from_dict(invoice("inv_1")).to_dict() == invoice("inv_1")
