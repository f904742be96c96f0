"""A model's ``additional_properties`` (the keys the spec does not declare), made on first read.

Most models have no undeclared keys, yet an empty dict per model was 64 bytes of every model on a page (about
6% of a parsed page's memory). The attrs field keeps its name, type and place in ``attrs.fields``; only its
default changes, to :data:`NONE_YET`, a dict no model ever hands out: :func:`install_undeclared_on_demand` puts
a property over the field's slot that swaps it for a new dict of the model's own on first read. So every read
(``model.additional_properties``, ``model["key"]``, ``in``, equality, ``repr``, ``attrs.asdict``, pickling)
behaves as before, and only a model whose undeclared keys are read or set gets a dict (comparing or showing a
model reads them). :func:`undeclared` reads them without making one (``to_dict``, the fast path learning keys).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

#: The default of every model's ``additional_properties`` slot: never returned by the property, never written to.
NONE_YET: dict[str, Any] = {}

_first_read = threading.Lock()  # two threads reading a model's dict first get the same dict


def install_undeclared_on_demand(model_class: type) -> None:
    """Make ``model_class.additional_properties`` a property that makes the model's dict on first read."""
    slot = model_class.__dict__["additional_properties"]
    read_slot, write_slot = slot.__get__, slot.__set__

    def read(instance: Any) -> dict[str, Any]:
        value: dict[str, Any] = read_slot(instance, None)
        if value is NONE_YET:
            with _first_read:
                value = read_slot(instance, None)
                if value is NONE_YET:
                    value = {}
                    write_slot(instance, value)
        return value

    model_class._undeclared_slot = slot  # type: ignore[attr-defined]  # for undeclared(), subclasses included
    model_class.additional_properties = property(read, write_slot, slot.__delete__)  # type: ignore[attr-defined]


def undeclared(model: Any) -> Mapping[str, Any]:
    """The model's undeclared keys and values, read without giving the model a dict when it has none."""
    value: Mapping[str, Any] = type(model)._undeclared_slot.__get__(model, None)
    return value
