"""Unknown enum members: what generated enums return for a value the spec does not list.

The Stuut reference pages often show only the first value of an enum, and the server may add values at any
time. Raising ``ValueError`` on such a value would lose the whole response, so each generated enum's
``_missing_`` calls :func:`unknown_member`, which returns a pseudo-member that

- keeps the raw value (``member.value``), compares equal to it and hashes like it,
- round-trips through ``to_dict`` (which sends ``member.value``),
- reports ``member.is_unknown``,
- is the same object every time the same value arrives.

A value of the wrong type (an int for a string enum) is still rejected: that is a broken response, not a
new value. In a response, an unknown value is also a deviation from the spec (see _deviations.py): kept as
the unknown member and reported in ``validation="report"`` mode (the default), raised in ``"strict"`` mode.
"""

from __future__ import annotations

import threading
from enum import Enum
from typing import Any, TypeVar

E = TypeVar("E", bound=Enum)

_UNKNOWN_NAME = "UNKNOWN"
_lock = threading.Lock()
_unknown_members: dict[tuple[type[Enum], object], Enum] = {}


def unknown_member(enum_class: type[E], value: object) -> E | None:
    """Return the unknown member of ``enum_class`` for ``value``, creating it on first sight."""
    base: Any = str if issubclass(enum_class, str) else int
    if not isinstance(value, base) or isinstance(value, bool):
        return None
    key = (enum_class, value)
    with _lock:
        existing = _unknown_members.get(key)
        if existing is not None:
            return existing  # type: ignore[return-value]  # keyed by enum_class, so it is an E
        # Built the way Enum builds members of a str/int mix-in; not registered in the class, so
        # `value in EnumClass` and iteration still see only the values the spec lists.
        member: E = base.__new__(enum_class, value)
        member._name_ = _UNKNOWN_NAME
        member._value_ = value
        _unknown_members[key] = member
    return member


def is_unknown_member(member: Enum) -> bool:
    """True for members made by :func:`unknown_member` rather than declared in the spec."""
    return type(member)._member_map_.get(member._name_) is not member
