"""Query parameters: integers within the range the spec documents, checked before anything is sent.

The generator drops schema constraints, so ``client.invoices.list(limit=500)`` would go out and come back a 422
(or, on a lenient server, silently capped). ``_parameter_ranges.PARAMETER_RANGES`` (written by
``scripts/generate.py``) holds each operation's documented ``minimum``/``maximum``; every operation with query
parameters checks its values against it in ``_get_kwargs``, whichever surface called it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._parameter_ranges import PARAMETER_RANGES
from .types import Unset


def check_query_ranges(operation: str, params: Mapping[str, Any]) -> None:
    """Raise for a value in ``params`` outside ``operation``'s documented range (an unset value is not sent)."""
    for name, bounds in PARAMETER_RANGES.get(operation, {}).items():
        value = params.get(name)
        if value is not None and not isinstance(value, Unset):
            check_in_range(operation, name, value, bounds)


def check_in_range(operation: str, name: str, value: object, bounds: tuple[int | None, int | None]) -> None:
    """``TypeError`` for a value that is not an int (``bool`` included), ``ValueError`` for one out of range."""
    low, high = bounds
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{operation}: {name} must be an int, got {type(value).__name__}: {value!r:.60}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(
            f"{operation}: {name}={value} is outside the documented range "
            f"{low if low is not None else '-inf'}..{high if high is not None else 'inf'}"
        )
