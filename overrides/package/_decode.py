"""Decoding response bodies: strict JSON (``loads``), and byte spans for lazy parsing (``lazy_document``).

``loads`` decodes with msgspec's untyped decoder: about 0.6x the time of ``json.loads`` on the bench's invoice
pages, with a lower peak (41 MiB against 49 MiB for a 12 MiB page), and strict where ``json.loads`` is not: it
rejects ``NaN``, ``Infinity``, numbers out of a float's range (``1e400``, which ``json.loads`` turns into
``inf``), lone surrogates and invalid UTF-8. Every rejection is a ``ValueError`` naming the byte offset. orjson was
measured and left out: 0.71 to 0.74x ``json.loads``, but a 185 MiB peak for the same 12 MiB page. A strict
``json.loads`` (``parse_constant`` refusing NaN and Infinity, ``parse_float`` refusing overflow) costs the same
as ``json.loads``, about 1.4x msgspec.

``lazy_document`` is what lazy parsing (``Client(lazy_parsing=True)``, see _lazy.py) decodes a body into: the
top-level object's own fields decoded, and each field that holds a model (an invoice's ``partner``, ``calls``,
the page's ``data``) kept as a ``msgspec.Raw``: the undecoded bytes of that value, which msgspec has checked
to be well-formed JSON but not decoded. ``from_dict(..., lazy=True)`` stores such a span in a ``Deferred``; its
first read calls :func:`expand`, which decodes it the same way one level down (a list of invoices becomes a list
of invoices' own fields, each with its nested spans), and the model's parser turns that into typed values.
Listing invoices and reading a few fields then decodes only what is read. A number out of range inside a span
is reported when the span is read, like every other error of lazy parsing.
"""

from __future__ import annotations

import typing
from functools import cache
from types import UnionType
from typing import Any

import msgspec
from msgspec import Raw

# Each model's deferred fields (their Python names, which are their JSON keys), filled by
# _lazy.install_lazy_fields: lazy_document keeps these as spans.
LAZY_FIELDS: dict[type, frozenset[str]] = {}


class Decoded:
    """A nested field's value that the fast path has decoded into its models already (_typed_decode.py hands
    from_dict an item whose own fields do not fit the spec with its nested fields that do in these): the field's
    parser takes the value as it is."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


_any = msgspec.json.Decoder()
FIELD_SPANS = msgspec.json.Decoder(dict[str, Raw])  # an object's fields as spans (the fast path's too)
ITEM_SPANS = msgspec.json.Decoder(list[Raw])  # an array's items as spans
_objects = msgspec.json.Decoder(list[dict[str, Raw]])  # a list of objects' fields in one pass, not two
_OPENING = (ord("{"), ord("["))  # first byte of a span worth keeping undecoded: an object or an array


class NestedTooDeeply(ValueError):
    """A JSON value nested deeper than the decoder's recursion limit (msgspec raises RecursionError, about 1000
    levels less the caller's stack): a ValueError, so every parse path turns it into ResponseValidationError."""

    def __init__(self) -> None:
        super().__init__("the JSON is nested too deeply to decode (arrays or objects about 1000 levels deep)")


def loads(content: bytes | bytearray | memoryview | str) -> Any:
    """Decode a JSON document strictly (no NaN, Infinity or out-of-range numbers); ValueError if it is not one."""
    try:
        return _any.decode(content)
    except msgspec.DecodeError as error:  # ValidationError ("Number out of range") is a DecodeError too
        raise ValueError(f"not valid JSON: {error}") from None
    except RecursionError:
        raise NestedTooDeeply from None


UTF8_BOM = b"\xef\xbb\xbf"


def decode_body(content: bytes, model_class: type | None, lazy: bool) -> Any:
    """The body of a response whose schema is ``model_class`` (None: not one model), for its ``from_dict``.

    A leading UTF-8 byte order mark is ignored, as RFC 8259 (section 8.1) lets a parser do: some servers' JSON
    writers emit one, and it says nothing about the values.
    """
    if content[:3] == UTF8_BOM:
        content = content[3:]
    return lazy_document(content, model_class) if lazy and model_class is not None else loads(content)


def lazy_document(content: bytes | bytearray | memoryview | Raw, model_class: type) -> Any:
    """The body of a response for ``model_class.from_dict(..., lazy=True)``: its nested model fields as spans.

    Anything but an object is decoded whole, so that ``from_dict`` reports it as it always does.
    """
    try:
        if first_byte(content) != ord("{"):
            return _any.decode(content)
        return _decoded_but_nested(FIELD_SPANS.decode(content), _nested_keys(model_class))
    except msgspec.DecodeError as error:
        raise ValueError(f"not valid JSON: {error}") from None
    except RecursionError:
        raise NestedTooDeeply from None


def _decoded_but_nested(fields: dict[str, Any], kept: frozenset[str]) -> dict[str, Any]:
    """An object's fields (spans) decoded, but for those of ``kept`` that hold an object or an array."""
    for key, value in fields.items():
        if key not in kept or first_byte(value) not in _OPENING:
            fields[key] = _any.decode(value)
    return fields


def expand(owner: type, name: str, span: Raw) -> Any:
    """What a span stored for the field ``name`` of an ``owner`` model decodes to, nested models kept as spans."""
    shape, model_class = _field_plan(owner, name)
    if shape == "object":
        return lazy_document(span, model_class)
    if shape == "list" and first_byte(span) == ord("["):
        try:
            try:  # a list of objects, as the spec says: its items' fields in one pass over the span
                objects = _objects.decode(span)
            except msgspec.ValidationError:  # an item that is not an object: each decoded as it is
                return [lazy_document(item, model_class) for item in ITEM_SPANS.decode(span)]
            kept = _nested_keys(model_class)
            return [_decoded_but_nested(fields, kept) for fields in objects]
        except msgspec.DecodeError as error:
            raise ValueError(f"not valid JSON: {error}") from None
        except RecursionError:
            raise NestedTooDeeply from None
    return loads(span)


def first_byte(content: bytes | bytearray | memoryview | Raw) -> int:
    """The first byte of a JSON value; spans msgspec cuts out never start with whitespace, a whole body may."""
    view = memoryview(content)
    if not view:
        return -1
    if view[0] not in _WHITESPACE:
        return int(view[0])
    stripped = bytes(view).lstrip()
    return stripped[0] if stripped else -1


_WHITESPACE = frozenset(b" \t\r\n")


def _nested_keys(model_class: type) -> frozenset[str]:
    """The JSON keys of the fields lazy parsing defers (install_lazy_fields records them in LAZY_FIELDS)."""
    return LAZY_FIELDS.get(model_class, frozenset())


@cache
def _field_plan(owner: type, name: str) -> tuple[str, Any]:
    """("object", Model), ("list", Model) when the field holds one model class, alone or in a list; else "whole"."""
    try:
        hint = typing.get_type_hints(owner)[name]
    except Exception:  # an annotation that does not resolve: decode the span whole, which is always right
        return "whole", None
    members = union_members(hint)
    direct = {member for member in members if is_model(member)}
    listed = {item for member in members if typing.get_origin(member) is list for item in typing.get_args(member)}
    listed = {item for item in listed if is_model(item)}
    if len(direct) == 1 and not listed:
        return "object", direct.pop()
    if len(listed) == 1 and not direct:
        return "list", listed.pop()
    return "whole", None


def union_members(hint: Any) -> tuple[Any, ...]:
    """The members of a union type hint (``X | None | Unset``); any other hint is its only member."""
    return typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, UnionType) else (hint,)


def is_model(candidate: Any) -> bool:
    """A generated model class: attrs, with from_dict."""
    return isinstance(candidate, type) and hasattr(candidate, "__attrs_attrs__") and hasattr(candidate, "from_dict")
