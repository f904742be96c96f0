"""Turning a response body into models quickly: decode the bytes once, and build the models in one go.

- ``decode_json`` decodes the body's bytes with orjson when it is installed (``pip install
  'stuut-client[fast]'``), which is about twice as fast as the standard library on large pages. Whatever orjson
  refuses (a body that is not UTF-8, NaN, an integer beyond 64 bits) is decoded by ``json.loads``, so the
  result and the errors never depend on whether orjson is installed. Bodies over ``ORJSON_MAX_BYTES`` go
  straight to ``json.loads``: on a malformed body orjson's error briefly takes about twelve times the body's
  size in memory (600 MiB for 50 MiB, measured with orjson 3.13), where ``json.loads`` takes about one.
  One difference remains, and is why orjson is an opt-in extra: orjson decodes an integer beyond 64 bits
  (outside -2**63 .. 2**64-1) as a float. A typed integer field then raises ResponseValidationError rather
  than keep a rounded value; an untyped (``Any``) field would hold the float.
- ``collector_paused`` keeps Python's cyclic garbage collector from running while a page is being built. A
  page is tens of thousands of new containers created in one burst; each collection the burst triggers rescans
  the objects already built (and whatever else the process holds), which costs as much as building them.
  Parsed models hold no reference cycles, so nothing is left for the collector to find; it resumes when the
  outermost pause ends, and one collection then sees the new objects once.
"""

from __future__ import annotations

import gc
import importlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any


def _optional_orjson() -> ModuleType | None:
    try:
        return importlib.import_module("orjson")
    except ImportError:  # optional: the standard library decodes the same bodies, more slowly
        return None


_orjson = _optional_orjson()


# A page of the largest documented limit is 6 to 13 MiB; above this, memory safety wins over speed.
ORJSON_MAX_BYTES = 16 * 2**20


def decode_json(content: bytes) -> Any:
    """Decode a JSON body; raises ``ValueError`` (``json.JSONDecodeError``) when it is not JSON."""
    if _orjson is not None and len(content) <= ORJSON_MAX_BYTES:
        try:
            return _orjson.loads(content)
        except _orjson.JSONDecodeError:
            pass  # json.loads decides: it accepts what JSON allows beyond orjson, and words the error
    return json.loads(content)


_pause_lock = threading.Lock()
_pauses = 0
_collector_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block; nested and concurrent pauses resume it once, at the end."""
    global _pauses, _collector_was_enabled
    with _pause_lock:
        if _pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _collector_was_enabled:
                gc.enable()
