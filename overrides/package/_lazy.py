"""Lazy parsing: nested objects are parsed on first read instead of with the page (``Client(lazy_parsing=True)``).

Most of a page's parse time goes into nested objects (an invoice's partner, calls, emails, line items,
payments) that a caller listing invoices often never reads. With lazy parsing, ``from_dict(..., lazy=True)``
parses a model's own fields as usual and keeps each nested field's JSON in a :class:`Deferred`; the first read
of the attribute parses it (lazily again, one level at a time) and stores the typed value in its place.

What stays the same: every read returns the typed value (never the JSON), equality, ``repr``, ``to_dict`` and
``attrs.asdict`` read through the same attributes, and a value that does not fit still raises
``ResponseValidationError`` with its path, naming the operation and request id (and, in a walk, the page) of
the response it came from. What differs: that error is raised at the first read rather than by the API call,
so its path starts at the object that was read (``$.partner.name`` for ``invoice.partner``); and the page's
JSON stays in memory until every nested field has been read or the page is dropped. Each :class:`Deferred`
keeps the deviation collector of its response, which knows that response: the API token, should the server have
echoed it in the value that does not fit, is redacted from that error as from the API call's, and an exception
whose text holds it is not chained to it.

Each generated model calls :func:`install_lazy_fields` for its nested fields. In eager mode (the default) the
only cost is an attribute read through a small function instead of a slot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from msgspec import Raw

from ._decode import LAZY_FIELDS, expand
from ._deviations import DeviationCollector, active_collector, reentered, resolve_deferred
from ._errors import ResponseValidationError, has_request
from ._security import safe_cause
from .types import UNSET

_PARSE_FAILURES = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)


class Deferred:
    """The JSON of one nested field, and the function that parses it (with lazy=True) when first read.

    It also keeps the object that held the JSON (the parent's ``src_dict``), the deviation collector of the
    response it came from (see _deviations.py): the read parses in that collector, and its deviations join the
    same ``Response.deviations``, with paths from the object whose field was read; an error names the
    operation, request and page the collector says the body came from; and that response's secrets are
    redacted from the error the read may raise.
    """

    __slots__ = ("collector", "container", "parse", "raw")

    def __init__(self, parse: Callable[[Any, bool, Any], Any], raw: Any, container: Any) -> None:
        self.parse = parse
        self.raw = raw
        self.container = container
        self.collector = active_collector()

    def __repr__(self) -> str:
        return f"<Deferred {self.parse.__name__}>"


def defer(parse: Callable[[Any, bool, Any], Any], raw: Any, container: Any) -> Any:
    """What lazy ``from_dict`` stores for a nested field: null and absent values as they are, the rest deferred.

    A required field that is null or absent is parsed at once, so it is reported (or raises) with the rest.
    """
    if raw is None or raw is UNSET:
        return parse(raw, True, container)
    return Deferred(parse, raw, container)


def install_lazy_fields(model_class: type, field_names: tuple[str, ...]) -> None:
    """Make each named attrs slot parse a :class:`Deferred` value on first read (see the module docstring)."""
    LAZY_FIELDS[model_class] = frozenset(field_names)
    for name in field_names:
        slot = model_class.__dict__[name]
        setattr(model_class, name, property(_reader(slot, model_class.__name__, name), slot.__set__, slot.__delete__))


def _reader(slot: Any, class_name: str, name: str) -> Callable[[Any], Any]:
    read_slot = slot.__get__
    write_slot = slot.__set__

    def read(instance: Any) -> Any:
        value = read_slot(instance, None)
        if type(value) is not Deferred:
            return value
        failure: Exception
        try:
            raw = value.raw
            if type(raw) is Raw:  # an undecoded span of the body (_decode.lazy_document): decoded one level down
                raw = expand(type(instance), name, raw)
                if isinstance(value.container, dict):  # so that deviation paths are found under the container
                    value.container[name] = raw
            if value.collector is None:
                parsed = value.parse(raw, True, value.container)
            else:
                with reentered(value.collector):
                    parsed = value.parse(raw, True, value.container)
                resolve_deferred(value.collector, value.container)
        except _PARSE_FAILURES as caught:
            failure, invalid = caught, ResponseValidationError.from_exception(caught, (name,))
        except RecursionError as caught:  # models nested deeper than the interpreter's stack
            failure, invalid = caught, ResponseValidationError("nested too deeply to parse", path=(name,))
        else:
            # Two threads reading the same field at once both parse it; the values are equal and either is kept.
            write_slot(instance, parsed)
            return parsed
        # Raised here, out of the except block, so the failure is not our error's __context__; the message is
        # redacted, and the failure chained only when no text down its chain holds the token (as _response does).
        invalid, cause = _first_read_error(
            invalid, f"in {class_name}.{name}, parsed on first read", value.collector, failure
        )
        raise invalid from cause

    read.__name__ = name
    return read


def _first_read_error(
    error: ResponseValidationError, where: str, collector: DeviationCollector | None, failure: Exception
) -> tuple[ResponseValidationError, BaseException | None]:
    """The error of a field that does not fit, found at its first read, and the exception to chain to it:
    ``where`` in its problem, and the operation, request id and page of the response the body came from (when
    the response path parsed it; then the token is redacted as in the response path's errors)."""
    error = ResponseValidationError(f"{error.problem} ({where})", path=error.path_parts)
    if collector is None or collector.operation is None:
        return error, failure
    response = collector.response
    request = response.request if has_request(response) else None
    return error.for_response(collector.operation, response, collector.page), safe_cause(failure, request)
