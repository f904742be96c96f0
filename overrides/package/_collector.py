"""Building the models of a response in one go: ``collector_paused``.

A page is tens of thousands of new containers created in one burst. Each collection the burst triggers rescans
the objects already built (and whatever else the process holds), which costs about as much as building them.
Parsed models hold no reference cycles, so nothing is left for the collector to find while a page is built:
``collector_paused`` turns it off for that time. Pages are built one at a time per process (a lock): under the
GIL, parsing two pages at once in two threads is no faster than one after the other, and one at a time means
the collector is off only while a page is being built, never for the length of a concurrent walk, and only
one page's decoded JSON is in memory at once. When the pause ends, the next allocation's collection sees the
new objects once.

The body is decoded inside the pause too, by _decode.py (msgspec; see there for why not json.loads or orjson).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_one_page_at_a_time = threading.RLock()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Build one page at a time, with the cyclic collector off; a collector the caller disabled stays off."""
    with _one_page_at_a_time:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            yield
        finally:
            if was_enabled:
                gc.enable()
