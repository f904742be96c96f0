"""The fast path of the response path: what of a body fits the spec exactly, decoded straight into the models.

Most responses fit the spec. For those, checking each value's type in Python (what ``from_dict`` does, so that
a value that does not fit can be kept and reported) is most of the parse time. Here msgspec does the checking
while it decodes, in C: for each model class a ``msgspec.Struct`` mirroring its fields is built on first use
(from the attrs fields and their type hints), and a converter compiled alongside turns the decoded structs
into the attrs models, the public types.

The structs are stricter than the spec on purpose: an undeclared key (``forbid_unknown_fields``), a null where
the field is not nullable, a value an enum does not list, a wrong type, a required key missing, a number
out of a float's range, a date-time or date that is not RFC 3339 (or that ``fromisoformat`` refuses), a UUID
that is not RFC 4122's hyphenated form, a body nested too deeply: each is a refusal, and the part of the body
refused goes to the general path (``from_dict``), which keeps, reports or raises exactly as it always has.

Which part: a body's top-level lists of models (a page's ``data``, an invoice's ``calls``) are decoded item by
item. The body's struct holds each such list as the undecoded spans of its items (``msgspec.Raw``), and each
item is decoded on its own (:func:`decode_items`); an item refused takes the general path alone, in the
response's collection, so a deviation in one invoice costs that invoice, not the page, and is reported with the
path it has in the body (``$.data[5].status``). Even then, the item's nested fields that fit (an invoice's
partner, its calls) are decoded here and handed to ``from_dict`` as they are (:func:`_item_fields`), so it
parses only the item's own fields and the nested fields that do not fit. An envelope refused (the body's own
fields: an undeclared key, a deviation) takes the general path alone too, its lists still decoded item by item
(:func:`_decode_apart`).
Whatever the general path would raise for (any deviation in strict mode or with no collection active, an item
that is not an object, a malformed number) makes :func:`decode_model` return :data:`MISS`, and the caller runs
the general path on the whole body, which raises it with its JSON path. So a model from here is identical to
the general path's, and the deviations recorded are the general path's, in its order
(tests/test_typed_decode_properties.py checks it on generated and changed instances of every schema). Item by
item costs no more than one decode of the page (about 5% less in place: each item's structs are freed while
they are still in the cache).

Undeclared keys are not a deviation (the general path keeps them in ``additional_properties``): the fast path
learns the ones a server sends (:func:`learn_keys`), so a server newer than the spec costs one general-path parse
of the part holding a new key, not one per response.

A model that cannot be mirrored (a field type msgspec cannot check the same way, such as a union of two
models, or additional properties with a schema of their own) has no fast path, nor has any model holding it
(but in a body's top-level list, whose items are decoded one by one: there each such item takes the general
path): :func:`decode_model` returns MISS for it at once.
"""

from __future__ import annotations

import datetime
import enum
import sys
import threading
import typing
import uuid
from collections.abc import Callable, Iterator
from typing import Any, Literal, NamedTuple

import attrs
import msgspec

from ._datetime import is_full_date, parse_rfc3339_datetime
from ._decode import FIELD_SPANS, ITEM_SPANS, LAZY_FIELDS, Decoded, first_byte, is_model, loads, union_members
from ._deviations import MISSING_FIELDS_ATTRIBUTE, DeviationCollector, active_collector, is_uuid
from ._errors import PARSE_FAILURES
from ._undeclared import undeclared
from .types import UNSET, Unset


class Miss:
    """What :func:`decode_model` returns when the body does not fit the spec exactly (or the model has no fast
    path). ``undeclared_key``: the reason was a key the spec does not declare, which :func:`learn_keys` can
    teach the fast path once the general path has parsed the body."""

    __slots__ = ("undeclared_key",)

    def __init__(self, undeclared_key: bool) -> None:
        self.undeclared_key = undeclared_key

    def __repr__(self) -> str:
        return "MISS (undeclared key)" if self.undeclared_key else "MISS"


MISS = Miss(undeclared_key=False)
MISS_UNDECLARED_KEY = Miss(undeclared_key=True)


class _WholeBodyMiss(Exception):
    """An item the general path cannot take alone (it would raise): the whole body goes to the general path,
    which raises with the item's path in the body."""


# What a body that does not fit raises on the way: msgspec's refusals, and the converter's (fromisoformat...).
_MISSES = (msgspec.DecodeError, ValueError, TypeError, KeyError, OverflowError, RecursionError)
_UNKNOWN_FIELD = "Object contains unknown field"  # how msgspec words the refusal of an undeclared key


# How from_dict parses the types JSON carries as strings (a date-time fromisoformat refuses goes on to its
# lenient fallback there, and is a miss here). A date-time is parsed and its shape checked in one call
# (_datetime.parse_rfc3339_datetime: a page of 200 invoices holds 53,000 of them).
_PARSED_FROM_STRINGS: dict[Any, Callable[[str], Any]] = {
    datetime.datetime: parse_rfc3339_datetime,
    datetime.date: datetime.date.fromisoformat,
    uuid.UUID: uuid.UUID,
}
# The strings from_dict takes without a deviation (RFC 3339 and RFC 4122 shapes; fromisoformat and UUID take more):
# the converter checks the shape before it parses, and anything else is a miss, which from_dict then reports. A
# msgspec `Meta(pattern=...)` does the same check while decoding, but measured 2.4x slower than a compiled
# regex's fullmatch (about 500 ns per value against 210 ns).
_STRING_SHAPES: dict[Any, Callable[[str], Any]] = {
    datetime.date: is_full_date,
    uuid.UUID: is_uuid,
}


def _not_in_shape(value: str) -> Any:
    raise ValueError(f"not in the spec's shape: {value!r:.40}")  # a miss


class _Unsupported(Exception):
    """A field type the fast path does not mirror; the model (and every model holding it) has no fast path."""


def decode_model(content: bytes, model_class: type) -> Any:
    """``model_class`` parsed from the JSON ``content``, else a :class:`Miss` for the general path to parse it.

    It answers when the body fits the spec exactly, and when what does not fit is in items of its top-level
    list or in its envelope: those parts took the general path in the active collection (the deviations
    it records are the general path's, with their paths in the body; with no collection, a deviation is a miss).
    """
    plan = _plan_for(model_class, body=True)
    if plan is None:
        return MISS
    collector = active_collector()
    mark = collector.mark() if collector is not None else 0
    try:
        return plan.convert(plan.decoder.decode(content))
    except _WholeBodyMiss:
        if collector is not None:
            collector.forget_since(mark)  # what the attempt's items recorded: the general path records it again
        return MISS
    except msgspec.ValidationError as refusal:
        miss = MISS_UNDECLARED_KEY if str(refusal).startswith(_UNKNOWN_FIELD) else MISS
    except _MISSES:
        miss = MISS
    if collector is not None:
        collector.forget_since(mark)
    # The envelope does not fit (the items of its lists are not decoded before it is).
    return _decode_apart(content, model_class, plan, miss, collector) if plan.lists else miss


def decode_items(item_class: type, key: str, spans: list[msgspec.Raw]) -> list[Any]:
    """The models of a top-level list's items, each decoded on its own; one that does not fit takes the general
    path alone (raises :class:`_WholeBodyMiss` where the general path would raise)."""
    plan = _plan_for(item_class)
    items: list[Any] = []
    for index, span in enumerate(spans):
        if plan is not None:
            try:
                items.append(plan.convert(plan.decoder.decode(span)))
                continue
            except msgspec.ValidationError as refusal:
                undeclared = str(refusal).startswith(_UNKNOWN_FIELD)
            except _MISSES:
                undeclared = False
        else:
            undeclared = False
        model, nested_undeclared = _general_item(item_class, key, index, spans, span)
        items.append(model)
        if undeclared or nested_undeclared:  # the next items from this server likely have the key too
            learn_keys(model)
            plan = _plan_for(item_class)
    return items


def _general_item(
    item_class: type, key: str, index: int, spans: list[msgspec.Raw], span: msgspec.Raw
) -> tuple[Any, bool]:
    """One item parsed by the general path (``from_dict``), in the active collection, its nested fields that fit
    the spec decoded by the fast path (:func:`_item_fields`); and whether one of those was refused for an
    undeclared key.

    Its decoded JSON goes where the collection will look for its deviations' paths: at ``index`` of a list
    under ``key`` in the collection's root, which holds only the items that took this path."""
    try:
        decoded, nested_undeclared = _item_fields(item_class, span)
        if type(decoded) is not dict:  # the general path reports it against the list, or raises
            raise _WholeBodyMiss
        model = typing.cast(Any, item_class).from_dict(decoded)
    except (*PARSE_FAILURES, RecursionError) as failure:  # msgspec's DecodeError is a ValueError
        raise _WholeBodyMiss from failure
    collector = active_collector()
    if collector is not None:
        if collector.root is None:
            collector.root = {}
        if not isinstance(listed := collector.root.get(key), list) or len(listed) != len(spans):
            listed = collector.root[key] = [None] * len(spans)
        listed[index] = decoded
    return model, nested_undeclared


def _item_fields(item_class: type, span: msgspec.Raw) -> tuple[Any, bool]:
    """An item's JSON for the general path, with each nested field (a model, a list of models) that fits the spec
    decoded by the fast path already, as a :class:`Decoded` that from_dict takes as it is; and whether a nested
    field was refused for an undeclared key.

    An item refused for one value in its own fields (an unlisted enum value, a string for a number) would
    otherwise have everything in it parsed by from_dict: a server deviating in every item of a page cost twice
    the fast path. What from_dict then parses is the item's own fields and the nested fields that do not fit,
    in the same order and from the same JSON as before, so the models, deviations and paths are the same.
    """
    plans = _nested_field_plans(item_class)
    if not plans or first_byte(span) != ord("{"):
        return loads(span), False
    undeclared = False
    decoded: dict[str, Any] = {}
    for key, value in FIELD_SPANS.decode(span).items():
        plan = plans.get(key)
        if plan is not None:
            try:
                decoded[key] = Decoded(plan.convert(plan.decoder.decode(value)))
                continue
            except msgspec.ValidationError as refusal:
                undeclared = undeclared or str(refusal).startswith(_UNKNOWN_FIELD)
            except _MISSES:
                pass
        decoded[key] = loads(value)
    return decoded, undeclared


def _decode_apart(
    content: bytes, model_class: type, plan: _Plan, miss: Miss, collector: DeviationCollector | None
) -> Any:
    """A body whose envelope does not fit: the envelope parsed by the general path, its lists' items one by one.

    The deviations come in the general path's order (field by field, in the model's order): the items' are
    recorded first, so the envelope's fields before the list are moved ahead of them.
    """
    mark = collector.mark() if collector is not None else 0
    try:
        fields = FIELD_SPANS.decode(content)
        # A list's items one by one; anything else in its place (null, an object) is the envelope's to report.
        spans = {
            key: ITEM_SPANS.decode(fields[key])
            for key in plan.lists
            if key in fields and first_byte(fields[key]) == ord("[")
        }
        envelope = {key: [] if key in spans else loads(value) for key, value in fields.items()}
    except (*_MISSES, msgspec.DecodeError):  # not an object, a list that is not one...
        return miss
    try:
        if collector is not None:
            collector.root = envelope  # the lists of items that took the general path go in it
        items = {key: decode_items(plan.lists[key][1], key, spans[key]) for key in spans}
        took_general_path = {key: envelope[key] for key in spans}
        envelope.update(dict.fromkeys(spans, []))  # the envelope parsed with its lists empty
        model = typing.cast(Any, model_class).from_dict(envelope)
        envelope.update(took_general_path)
    except (_WholeBodyMiss, *PARSE_FAILURES, RecursionError):
        if collector is not None:
            collector.forget_since(mark)
        return miss
    for key, models in items.items():
        setattr(model, plan.lists[key][0], models)
    if collector is not None and collector.mark() > mark:
        collector.reorder_since(mark, _field_rank(model_class, envelope))
    if miss.undeclared_key:
        learn_keys(model)
    return model


def _field_rank(model_class: type, envelope: dict[str, Any]) -> Callable[[Any, str | int], int]:
    """Where the value a deviation was recorded for sits in ``model_class``'s field order (the order the
    general path parses fields in): the rank of the envelope's key that holds it."""
    names = [field.name for field in _init_fields(model_class)]
    order = {key: rank for rank, key in enumerate(_json_keys(model_class, names).values())}
    last = len(order)
    under = {id(node): key for key, value in envelope.items() for node in _containers(value)}

    def rank(container: Any, key: str | int) -> int:
        if container is envelope:
            return order.get(str(key), last)
        return order.get(under.get(id(container), ""), last)

    return rank


def _containers(value: Any) -> Iterator[Any]:
    """The dicts and lists in a decoded JSON value, itself included."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            yield node
            stack.extend(node)


#: How many undeclared keys the fast path learns per model class. A server that sends ever new keys (an object
#: used as a map) would otherwise grow the structs without end; past this, that model has no fast path.
LEARNED_KEYS_PER_MODEL = 32
_learned: dict[type, tuple[str, ...]] = {}


def learn_keys(parsed: Any) -> None:
    """Let the fast path take the undeclared keys ``parsed`` (built by the general path) keeps.

    A server newer than the spec sends keys the spec does not declare, usually in every response. The general
    path keeps them in ``additional_properties``; once learned, the struct of that model has them as fields
    of any JSON value, and the converter puts them in ``additional_properties`` too, so such responses take
    the fast path from the next one on. (Their order there is the order they were learned in, not the body's.)
    """
    seen: dict[type, set[str]] = {}
    _undeclared_keys(parsed, seen)
    with _plans_lock:
        grew = False
        for model_class, keys in seen.items():
            known = _learned.get(model_class, ())
            new = sorted(key for key in keys.difference(known) if _nameable(key))
            new = new[: LEARNED_KEYS_PER_MODEL + 1 - len(known)]
            if new:
                _learned[model_class] = (*known, *new)
                grew = True
        if grew:
            _plans.clear()  # rebuilt on next use, with the keys learned
            _field_plans.clear()


def _nameable(key: str) -> bool:
    """Whether msgspec takes ``key`` as a field's JSON name (it refuses backslashes, quotes and control
    characters); a key it does not stays on the general path."""
    return not any(character in '\\"' or character < " " for character in key)


def forget_learned_keys() -> None:
    """Back to the spec's keys only (what a fresh process starts with)."""
    with _plans_lock:
        if _learned:
            _learned.clear()
            _plans.clear()
            _field_plans.clear()


def _undeclared_keys(value: Any, seen: dict[type, set[str]]) -> None:
    """Collect the additional_properties keys of every model in ``value`` by class (models and lists of them)."""
    if isinstance(value, list):
        for item in value:
            _undeclared_keys(item, seen)
        return
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is None:
        return
    for field in fields:
        if field.name == "additional_properties":
            if keys := undeclared(value):  # read without giving the model a dict of its own
                seen.setdefault(type(value), set()).update(keys)
        elif field.init:
            _undeclared_keys(getattr(value, field.name), seen)


class _Plan(NamedTuple):
    """How a model class is decoded: the decoder of its struct, the converter of the struct into the model, and
    its top-level lists of models, decoded item by item (JSON key -> attribute name, item class)."""

    decoder: msgspec.json.Decoder[Any]
    convert: Callable[[Any], Any]
    lists: dict[str, tuple[str, type]]


# By (model class, whether it is a body's: only a body's top-level lists are decoded item by item).
_plans: dict[tuple[type, bool], _Plan | None] = {}
_plans_lock = threading.Lock()
_NOT_BUILT: Any = object()
# By item class: how each nested field that has a fast path is decoded on its own (JSON key -> plan), for items
# that take the general path (_item_fields).
_field_plans: dict[type, dict[str, _Plan]] = {}


def _plan_for(model_class: type, body: bool = False) -> _Plan | None:
    """How ``model_class`` is decoded as a whole body (``body``: its top-level lists item by item), or as an item."""
    plan = _plans.get((model_class, body), _NOT_BUILT)
    if plan is not _NOT_BUILT:
        return plan  # type: ignore[no-any-return]  # a plan, or None for no fast path
    with _plans_lock:
        if (model_class, body) not in _plans:
            try:
                mirror = _Mirror()
                struct = mirror.struct_of(model_class, top_level=body)
                plan = _Plan(msgspec.json.Decoder(struct), mirror.converters[model_class], mirror.lists)
            except _Unsupported:
                plan = None
            _plans[model_class, body] = plan
        return _plans[model_class, body]


def _nested_field_plans(item_class: type) -> dict[str, _Plan]:
    """How each nested field of ``item_class`` (a model, a list of models: the fields from_dict parses with a
    field parser) is decoded on its own, by JSON key; a field that cannot be mirrored is left out."""
    plans = _field_plans.get(item_class)
    if plans is not None:
        return plans
    with _plans_lock:
        if item_class not in _field_plans:
            _field_plans[item_class] = _build_field_plans(item_class)
        return _field_plans[item_class]


def _build_field_plans(item_class: type) -> dict[str, _Plan]:
    module = sys.modules[item_class.__module__]
    if getattr(module, "_references_unresolved", False):
        module._resolve_references()
    hints = typing.get_type_hints(item_class, module.__dict__)
    declared: frozenset[str] = module.__dict__.get("_DECLARED_KEYS", frozenset())
    plans: dict[str, _Plan] = {}
    for name in sorted(LAZY_FIELDS.get(item_class, ())):
        key = _json_key(name, declared)
        if key is None:
            continue
        mirror = _Mirror()  # one per field: a field it cannot mirror leaves the others' structs alone
        try:
            checked, _, expression = mirror._mirror(hints[name], "v")
            convert = mirror._define(item_class, ["def convert(v):", f"    return {expression}"])
        except _Unsupported:
            continue
        plans[key] = _Plan(msgspec.json.Decoder(checked), convert, {})
    return plans


def has_fast_path(model_class: type) -> bool:
    """Whether :func:`decode_model` can decode ``model_class`` at all (for the tests and the bench)."""
    return _plan_for(model_class, body=True) is not None


class _Mirror:
    """Builds the struct of a model class and of every model it holds, and their converters."""

    def __init__(self) -> None:
        self.structs: dict[type, Any] = {}
        self.converters: dict[type, Callable[[Any], Any]] = {}
        self._namespace: dict[str, Any] = {}
        self._building: set[type] = set()
        self.lists: dict[str, tuple[str, type]] = {}  # the top-level model's lists of models, item by item

    def struct_of(self, model_class: type, top_level: bool = False) -> Any:
        if model_class in self.structs:
            return self.structs[model_class]
        fields = _init_fields(model_class)
        if not fields:  # an open map: every key is an additional property, of any JSON value
            self.structs[model_class] = dict[str, Any]
            self.converters[model_class] = self._compile_open_map(model_class)
            return dict[str, Any]
        if model_class in self._building:
            raise _Unsupported(f"{model_class.__name__} holds itself")
        self._building.add(model_class)
        module = sys.modules[model_class.__module__]
        if getattr(module, "_references_unresolved", False):  # the nested models a model imports on first use
            module._resolve_references()
        hints = typing.get_type_hints(model_class, module.__dict__)
        if hints.get("additional_properties", dict[str, Any]) != dict[str, Any]:
            # Typed additional properties (a schema for them) are parsed by from_dict; learned keys here would be
            # kept as plain JSON instead.
            raise _Unsupported(f"{model_class.__name__} has typed additional properties")
        keys = _json_keys(model_class, [field.name for field in fields])
        struct_fields: list[tuple[str, Any, Any]] = []
        arguments: list[str] = []
        for field in fields:
            item_class = _listed_model(hints[field.name]) if top_level else None
            if item_class is not None:
                self.lists[keys[field.name]] = (field.name, item_class)
            split = (item_class, keys[field.name]) if item_class is not None else None
            checked, optional, expression = self._mirror(hints[field.name], f"s.{field.name}", split)
            struct_fields.append((field.name, checked, UNSET) if optional else (field.name, checked))  # type: ignore[arg-type]
            arguments.append(expression)
        # Undeclared keys learned from earlier responses: fields of any value, under names no attribute has.
        learned = _learned.get(model_class, ())
        if len(learned) > LEARNED_KEYS_PER_MODEL:
            raise _Unsupported(f"{model_class.__name__} has more undeclared keys than the fast path learns")
        undeclared = {f"_undeclared_{index}": key for index, key in enumerate(learned)}
        struct_fields += [(name, Any, UNSET) for name in undeclared]
        # kw_only: required and optional fields in any order.
        struct = msgspec.defstruct(
            f"{model_class.__name__}Struct",
            struct_fields,
            forbid_unknown_fields=True,
            rename={**keys, **undeclared},
            kw_only=True,
        )
        self.structs[model_class] = struct
        self.converters[model_class] = self._compile(model_class, struct, arguments, undeclared)
        return struct

    def _mirror(self, hint: Any, value: str, split: tuple[type, str] | None = None) -> tuple[Any, bool, str]:
        """(the type msgspec checks, whether the key may be absent, the expression converting ``value``).

        ``split``: the field is a list of models decoded item by item, (the item class, the field's JSON key)."""
        members = list(union_members(hint))
        optional = Unset in members
        nullable = type(None) in members
        members = [member for member in members if member not in (Unset, type(None))]
        if len(members) != 1:
            raise _Unsupported(f"a union of {members}")
        checked, convert = self._value(members[0]) if split is None else self._item_by_item(*split)
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
        if kind in _PARSED_FROM_STRINGS:
            # Parsed as from_dict parses them (fromisoformat, UUID), so the values are the same; checked as strings.
            parse = self._name(_PARSED_FROM_STRINGS[kind])
            if kind not in _STRING_SHAPES:  # checks its own shape
                return str, lambda value: f"{parse}({value})"
            shape = self._name(_STRING_SHAPES[kind])
            refuse = self._name(_not_in_shape)
            # `value` is a local or an attribute of the struct: reading it twice costs less than a call.
            return str, lambda value: f"({parse}({value}) if {shape}({value}) else {refuse}({value}))"
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            members = self._name(kind._value2member_map_)  # the listed values only (not unknown members)
            return Literal[tuple(kind._value2member_map_)], lambda value: f"{members}[{value}]"
        if is_model(kind):
            struct = self.struct_of(kind)
            model_converter = self._name(self.converters[kind])
            return struct, lambda value: f"{model_converter}({value})"
        if typing.get_origin(kind) is list:
            (item,) = typing.get_args(kind)
            item_checked, item_convert = self._value(item)
            if item_convert is None:
                return list[item_checked], None  # type: ignore[valid-type]
            return list[item_checked], lambda value: f"[{item_convert('i')} for i in {value}]"  # type: ignore[valid-type]
        raise _Unsupported(f"the type {kind!r}")

    def _item_by_item(self, item_class: type, key: str) -> tuple[Any, Callable[[str], str]]:
        """A list of models kept as the spans of its items, each decoded on its own (decode_items)."""
        decode = self._name(decode_items)
        item = self._name(item_class)
        return list[msgspec.Raw], lambda value: f"{decode}({item}, {key!r}, {value})"

    def _name(self, value: Any) -> str:
        """A name for ``value`` in the converters' namespace."""
        name = f"_{len(self._namespace)}"
        self._namespace[name] = value
        return name

    def _decoded_class(self, kind: Any) -> Any:
        """The class msgspec decodes a non-null value of ``kind`` into, which the converter tests for."""
        if typing.get_origin(kind) is list:
            return list
        if is_model(kind):
            struct = self.structs[kind]
            return dict if struct == dict[str, Any] else struct
        return str  # date-times, dates, UUIDs and enums arrive as strings

    def _compile(
        self, model_class: type, struct: Any, arguments: list[str], undeclared: dict[str, str]
    ) -> Callable[[Any], Any]:
        model = self._name(model_class)
        struct_name = self._name(struct)
        unset = self._name(UNSET)
        # Positional, in attrs' __init__ order: the generated from_dict calls it the same way.
        lines = [
            "def convert(s):",
            f"    if s.__class__ is not {struct_name}:",
            "        raise TypeError('not an object of this model')",
            f"    m = {model}({', '.join(arguments)})",
        ]
        if undeclared:
            lines.append("    extra = {}")
            for name, key in undeclared.items():
                lines.append(f"    if (v := s.{name}) is not {unset}: extra[{key!r}] = v")
            lines.append("    if extra: m.additional_properties = extra")
        return self._define(model_class, [*lines, "    return m"])

    def _compile_open_map(self, model_class: type) -> Callable[[Any], Any]:
        """What from_dict makes of a decoded object for a model of no declared keys, a quarter of its time: the
        dict msgspec decoded is the model's own, so it becomes its additional properties as it is (an empty one
        leaves them to be created on demand, as from_dict does)."""
        model = self._name(model_class)
        return self._define(
            model_class,
            [
                "def convert(d):",
                f"    m = {model}()",
                "    if d:",
                "        m.additional_properties = d",
                "    return m",
            ],
        )

    def _define(self, model_class: type, lines: list[str]) -> Callable[[Any], Any]:
        """The function ``convert`` that ``lines`` define, compiled in the converters' namespace."""
        source = "\n".join([*lines, ""])
        exec(compile(source, f"<fast path of {model_class.__name__}>", "exec"), self._namespace)  # noqa: S102
        return self._namespace.pop("convert")  # type: ignore[no-any-return]


def _listed_model(hint: Any) -> type | None:
    """The model class of a field that is a list of one model class (null or absent aside), else None."""
    members = [member for member in union_members(hint) if member not in (Unset, type(None))]
    if len(members) == 1 and typing.get_origin(members[0]) is list:
        (item,) = typing.get_args(members[0])
        return item if is_model(item) else None
    return None


def _init_fields(model_class: type) -> list[attrs.Attribute[Any]]:
    # The missing-field mark is not a JSON key: a body the fast path takes has no missing field.
    fields = [field for field in attrs.fields(model_class) if field.name != MISSING_FIELDS_ATTRIBUTE]
    if any(field.kw_only for field in fields):
        raise _Unsupported("keyword-only fields")
    return [field for field in fields if field.init]


def _json_keys(model_class: type, names: list[str]) -> dict[str, str]:
    """Each attribute's JSON key: the name itself, or without the ``_`` the generator adds to a keyword."""
    declared: frozenset[str] = sys.modules[model_class.__module__].__dict__.get("_DECLARED_KEYS", frozenset())
    keys = {}
    for name in names:
        if (key := _json_key(name, declared)) is None:
            raise _Unsupported(f"no JSON key for {model_class.__name__}.{name}")
        keys[name] = key
    if set(keys.values()) != declared:
        raise _Unsupported(f"{model_class.__name__} declares keys it has no attribute for")
    return keys


def _json_key(name: str, declared: frozenset[str]) -> str | None:
    if name in declared:
        return name
    if name.endswith("_") and name[:-1] in declared:
        return name[:-1]
    return None
