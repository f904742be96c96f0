"""The fast path of the response path: a body that fits the spec exactly, decoded straight into the models.

Most responses fit the spec. For those, checking each value's type in Python (what ``from_dict`` does, so that
a value that does not fit can be kept and reported) is most of the parse time. Here msgspec does the checking
while it decodes, in C: for each model class a ``msgspec.Struct`` mirroring its fields is built on first use
(from the attrs fields and their type hints), and a converter compiled alongside turns the decoded structs
into the attrs models, the public types.

The structs are stricter than the spec on purpose: an undeclared key (``forbid_unknown_fields``), a null where
the field is not nullable, a value an enum does not list, a wrong type, a required key missing, a number
out of a float's range, a date-time ``fromisoformat`` refuses: each makes :func:`decode_model` return
:data:`MISS`, and the caller runs the general path (``from_dict``), which keeps, reports or raises exactly as it
always has. So the fast path returns a model only when the general path would have returned an equal one
with no deviation (tests/test_typed_decode.py checks both halves on generated instances of every schema), and
every error still comes from the general path, with its JSON path.

A model that cannot be mirrored (a field type msgspec cannot check the same way, such as a union of two
models) has no fast path, nor has any model holding it: :func:`decode_model` returns MISS for it at once.
"""

from __future__ import annotations

import datetime
import enum
import sys
import threading
import typing
import uuid
from collections.abc import Callable
from types import UnionType
from typing import Any, Literal

import attrs
import msgspec

from .types import UNSET, Unset


class _Miss:
    def __repr__(self) -> str:
        return "MISS"


#: What :func:`decode_model` returns when the body does not fit the spec exactly (or the model has no fast path).
MISS: Any = _Miss()

# What a body that does not fit raises on the way: msgspec's refusals, and the converter's (fromisoformat...).
_MISSES = (msgspec.DecodeError, ValueError, TypeError, KeyError, OverflowError)


class _Unsupported(Exception):
    """A field type the fast path does not mirror; the model (and every model holding it) has no fast path."""


def decode_model(content: bytes, model_class: type) -> Any:
    """``model_class`` parsed from the JSON ``content`` if it fits the spec exactly, else :data:`MISS`."""
    plan = _plan_for(model_class)
    if plan is None:
        return MISS
    decoder, convert = plan
    try:
        return convert(decoder.decode(content))
    except _MISSES:
        return MISS


_plans: dict[type, tuple[msgspec.json.Decoder[Any], Callable[[Any], Any]] | None] = {}
_plans_lock = threading.Lock()


def _plan_for(model_class: type) -> tuple[msgspec.json.Decoder[Any], Callable[[Any], Any]] | None:
    plan = _plans.get(model_class, MISS)
    if plan is not MISS:
        return plan  # type: ignore[return-value]  # a plan or None, never MISS here
    with _plans_lock:
        if model_class not in _plans:
            try:
                mirror = _Mirror()
                struct = mirror.struct_of(model_class)
                _plans[model_class] = (msgspec.json.Decoder(struct), mirror.converters[model_class])
            except _Unsupported:
                _plans[model_class] = None
        return _plans[model_class]


def has_fast_path(model_class: type) -> bool:
    """Whether :func:`decode_model` can decode ``model_class`` at all (for the tests and the bench)."""
    return _plan_for(model_class) is not None


class _Mirror:
    """Builds the struct of a model class and of every model it holds, and their converters."""

    def __init__(self) -> None:
        self.structs: dict[type, Any] = {}
        self.converters: dict[type, Callable[[Any], Any]] = {}
        self._namespace: dict[str, Any] = {}
        self._building: set[type] = set()

    def struct_of(self, model_class: type) -> Any:
        if model_class in self.structs:
            return self.structs[model_class]
        fields = _init_fields(model_class)
        if not fields:  # an open map: every key is an additional property, of any JSON value
            self.structs[model_class] = dict[str, Any]
            self.converters[model_class] = model_class.from_dict  # type: ignore[attr-defined]
            return dict[str, Any]
        if model_class in self._building:
            raise _Unsupported(f"{model_class.__name__} holds itself")
        self._building.add(model_class)
        module = sys.modules[model_class.__module__]
        if getattr(module, "_references_unresolved", False):  # the nested models a model imports on first use
            module._resolve_references()
        hints = typing.get_type_hints(model_class, module.__dict__)
        keys = _json_keys(model_class, [field.name for field in fields])
        struct_fields: list[tuple[str, Any, Any]] = []
        arguments: list[str] = []
        for field in fields:
            checked, optional, expression = self._mirror(hints[field.name], f"s.{field.name}")
            struct_fields.append((field.name, checked, UNSET) if optional else (field.name, checked))  # type: ignore[arg-type]
            arguments.append(expression)
        # kw_only: required and optional fields in any order.
        struct = msgspec.defstruct(
            f"{model_class.__name__}Struct", struct_fields, forbid_unknown_fields=True, rename=keys, kw_only=True
        )
        self.structs[model_class] = struct
        self.converters[model_class] = self._compile(model_class, struct, arguments)
        return struct

    def _mirror(self, hint: Any, value: str) -> tuple[Any, bool, str]:
        """(the type msgspec checks, whether the key may be absent, the expression converting ``value``)."""
        members = list(typing.get_args(hint)) if typing.get_origin(hint) in (typing.Union, UnionType) else [hint]
        optional = Unset in members
        nullable = type(None) in members
        members = [member for member in members if member not in (Unset, type(None))]
        if len(members) != 1:
            raise _Unsupported(f"a union of {members}")
        checked, convert = self._value(members[0])
        if nullable:
            checked = checked | None
        if convert is None:
            return checked, optional, value
        if not optional and not nullable:
            return checked, optional, convert(value)
        # Null and absent (UNSET, the struct's default) pass through as they are, like from_dict keeps them.
        name = self._name(self._decoded_class(members[0]))
        return checked, optional, f"({convert('v')} if (v := {value}).__class__ is {name} else v)"

    def _value(self, kind: Any) -> tuple[Any, Callable[[str], str] | None]:
        """(the type msgspec checks for one non-null value of ``kind``, how to convert it; None: as it is)."""
        if kind in (str, bool, int) or kind is Any:
            return kind, None
        if kind is float:  # a JSON number: an integer stays an int, as json.loads and from_dict keep it
            return int | float, None
        if kind is datetime.datetime or kind is datetime.date or kind is uuid.UUID:
            # Parsed by the same function from_dict uses, so the values are the same: checked as strings here.
            parse = self._name(kind if kind is uuid.UUID else kind.fromisoformat)
            return str, lambda value: f"{parse}({value})"
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            members = self._name(kind._value2member_map_)  # the listed values only (not unknown members)
            return Literal[tuple(kind._value2member_map_)], lambda value: f"{members}[{value}]"  # type: ignore[misc]
        if isinstance(kind, type) and attrs.has(kind) and hasattr(kind, "from_dict"):
            struct = self.struct_of(kind)
            convert = self._name(self.converters[kind])
            return struct, lambda value: f"{convert}({value})"
        if typing.get_origin(kind) is list:
            (item,) = typing.get_args(kind)
            checked, convert = self._value(item)
            if convert is None:
                return list[checked], None  # type: ignore[valid-type]
            return list[checked], lambda value: f"[{convert('i')} for i in {value}]"  # type: ignore[valid-type]
        raise _Unsupported(f"the type {kind!r}")

    def _name(self, value: Any) -> str:
        """A name for ``value`` in the converters' namespace."""
        name = f"_{len(self._namespace)}"
        self._namespace[name] = value
        return name

    def _decoded_class(self, kind: Any) -> Any:
        """The class msgspec decodes a non-null value of ``kind`` into, which the converter tests for."""
        if typing.get_origin(kind) is list:
            return list
        if isinstance(kind, type) and attrs.has(kind):
            struct = self.structs[kind]
            return dict if struct == dict[str, Any] else struct
        return str  # date-times, dates, UUIDs and enums arrive as strings

    def _compile(self, model_class: type, struct: Any, arguments: list[str]) -> Callable[[Any], Any]:
        model = self._name(model_class)
        struct_name = self._name(struct)
        # Positional, in attrs' __init__ order: the generated from_dict calls it the same way.
        source = (
            "def convert(s):\n"
            f"    if s.__class__ is not {struct_name}:\n"
            "        raise TypeError('not an object of this model')\n"
            f"    return {model}({', '.join(arguments)})\n"
        )
        exec(compile(source, f"<fast path of {model_class.__name__}>", "exec"), self._namespace)  # noqa: S102
        return self._namespace.pop("convert")  # type: ignore[no-any-return]


def _init_fields(model_class: type) -> list[attrs.Attribute[Any]]:
    fields = attrs.fields(model_class)
    if any(field.kw_only for field in fields):
        raise _Unsupported("keyword-only fields")
    return [field for field in fields if field.init]


def _json_keys(model_class: type, names: list[str]) -> dict[str, str]:
    """Each attribute's JSON key: the name itself, or without the ``_`` the generator adds to a keyword."""
    declared: frozenset[str] = sys.modules[model_class.__module__].__dict__.get("_DECLARED_KEYS", frozenset())
    keys = {}
    for name in names:
        if name in declared:
            keys[name] = name
        elif name.endswith("_") and name[:-1] in declared:
            keys[name] = name[:-1]
        else:
            raise _Unsupported(f"no JSON key for {model_class.__name__}.{name}")
    if set(keys.values()) != declared:
        raise _Unsupported(f"{model_class.__name__} declares keys it has no attribute for")
    return keys
