"""Read a list envelope whose fields a server may leave out.

The reference pages mark none of `data`, `current_page`, `total_records`, `next_page` as required and give
`current_page` and `total_records` a default of 0; a FastAPI server with `response_model_exclude_none` or
`response_model_exclude_defaults` omits them. An absent field reads as its documented default: `data` as no
items, `current_page` and `total_records` as 0, `next_page` as no next page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .types import Unset


def items(page: Any) -> Sequence[Any]:
    """The page's `data`, or no items when the server left it out."""
    data = page.data
    return () if isinstance(data, Unset) else data


def current_page(page: Any) -> int:
    """The page's `current_page`, or its documented default 0."""
    number = page.current_page
    return 0 if isinstance(number, Unset) else int(number)


def total_records(page: Any) -> int:
    """The page's `total_records`, or its documented default 0."""
    total = page.total_records
    return 0 if isinstance(total, Unset) else int(total)


def next_page(page: Any) -> int | None:
    """The page's `next_page`; None (no next page) when it is null or absent."""
    number = page.next_page
    return None if number is None or isinstance(number, Unset) else int(number)
