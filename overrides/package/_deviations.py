"""Deviations: a response value that does not fit the spec is kept as sent and reported, or raised.

The spec is rebuilt from reference pages that are often cut off, so real responses can hold a ``null`` where
the spec says non-null, a float where it says integer, a missing required field, an enum value it does not
list. Raising on the first one would lose a whole page for one field; ignoring it would let the types lie.
So each client has a ``validation`` setting:

- ``"report"`` (the default): the value is kept as sent (a missing field reads as ``None``), and a
  :class:`Deviation` is recorded: ``Response.deviations`` on every ``*_detailed`` result holds them, and each
  distinct (schema, field, kind) is logged once per process as a warning on the ``stuut_client`` logger.
- ``"strict"``: the first deviation raises ``ResponseValidationError`` with its JSON path (tests and CI).

Structural failures raise in both modes: a body that is not JSON or holds NaN/Infinity, a top level of the
wrong JSON type, a list envelope whose ``data`` is not an array.

How it stays fast: the generated ``from_dict`` keeps its straight-line ``isinstance`` checks, and only a value
that fails one calls :func:`deviation`. That looks up the active collection (a context variable, so threads
and asyncio tasks each have their own) and records the container (the dict or list holding the value) and the
key; JSON paths are computed after the parse, and only when something was recorded, by one walk of the
decoded body. With no active collection (``Model.from_dict`` called directly) parsing is strict.

Lazy parsing (``lazy_parsing=True``): a nested field parsed at its first read is parsed in the collection of
the response it came from, and its deviations are appended to the same ``Response.deviations`` list. Their
path starts at the object whose field was read (``$.partner.name`` for ``invoice.partner``), as lazy errors do.

What a deviation says of the value (``received``, ``path``, and so its ``repr`` and the warning logged) has the
API token redacted (``REDACTED``), should the server have echoed it in the value: the collector keeps the secrets
of the response it was made for (``_security.redacting``), for the deviations lazy reads find later too. Only
``Deviation.value``, the value as sent, holds it then, as the parsed models do.
"""

from __future__ import annotations

import datetime
import logging
import re
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from typing import Any, Literal

from attrs import frozen

from ._datetime import full_date_problem, parse_datetime, rfc3339_problem
from ._security import parsing_secrets, redact_text
from ._tolerant_enum import is_unknown_member
from .types import UNSET

logger = logging.getLogger("stuut_client")

Validation = Literal["report", "strict"]
VALIDATION_MODES: tuple[Validation, ...] = ("report", "strict")

# What kind of deviation a record is: the value is null, the key is absent, the JSON type is wrong, a string
# is not in the declared format (a date-time, date or UUID that does not parse or is not in the RFC's form), an
# enum value the spec does not list, a value that fits no variant of a union of several types, a success status
# the operation does not document.
Kind = Literal["null", "missing", "type", "format", "enum", "union", "status"]


@frozen
class Deviation:
    """One value of a response that does not fit the spec, kept as the server sent it.

    ``path`` is its JSON path in the body (``$.data[5].assignee.family_name``); ``schema`` and ``field`` name
    the spec's schema and property (for an array item, the array's property); ``kind`` is one of ``"null"``,
    ``"missing"``, ``"type"``, ``"format"``, ``"enum"``, ``"union"``, ``"status"`` (a success status the spec
    does not document, path ``$``, schema the operation); ``expected`` is what the spec says
    (``"a string"``) and ``received`` what came (``"null"``, ``"a number"``, ``"'written_off'"``).
    ``value`` is the value as sent (``None`` for a missing field), and is not part of ``repr``; like the parsed
    models, it holds whatever the server sent, the API token included if the server echoed it there. Every other
    field, and so ``repr`` and the warning logged, has the token redacted (``REDACTED``).
    """

    path: str
    schema: str
    field: str
    kind: Kind
    expected: str
    received: str
    value: Any = None

    def __repr__(self) -> str:
        return (
            f"Deviation({self.path}: {self.schema}.{self.field} expected {self.expected}, "
            f"received {self.received} ({self.kind}))"
        )


class _Pending:
    """A deviation before its path is known: the container that holds the value, and its key or index."""

    __slots__ = ("container", "expected", "field", "key", "kind", "schema", "value")

    def __init__(
        self, container: Any, key: str | int, value: Any, expected: str, schema: str, field: str, kind: Kind
    ) -> None:
        self.container = container
        self.key = key
        self.value = value
        self.expected = expected
        self.schema = schema
        self.field = field
        self.kind = kind


class DeviationCollector:
    """The deviations of one response: recorded during the parse, given paths by :meth:`resolve`.

    ``mode`` is the validation setting; in ``"strict"`` nothing is recorded (the parse raises instead).
    ``deviations`` is the list :meth:`resolve` returns, which deviations found later by lazy reads join.
    ``secrets``: the token of the response being parsed when the collector was made (``_security.redacting``),
    redacted from each deviation's ``received`` and ``path``, found now or by a lazy read later.
    ``operation``, ``response`` and ``page`` say where the body came from (set by the response path; ``page``
    when it was a page of a walk), for the errors of fields parsed at their first read (_lazy.py).
    """

    __slots__ = ("_pending", "deviations", "mode", "operation", "page", "response", "root", "secrets")

    def __init__(self, mode: Validation) -> None:
        if mode not in VALIDATION_MODES:
            raise ValueError(f"validation must be 'report' or 'strict', not {mode!r}")
        self.mode: Validation = mode
        self._pending: list[_Pending] = []
        self.deviations: list[Deviation] = []
        # The decoded body the models were parsed from (passed to resolve by the response path).
        self.root: Any = None
        self.secrets = parsing_secrets()
        self.operation: str | None = None
        self.response: Any = None  # the httpx.Response
        self.page: int | None = None

    def resolve(self, root: Any = None) -> list[Deviation]:
        """Turn what was recorded into :class:`Deviation` records with JSON paths from ``root`` (the decoded
        body the models were parsed from; by default ``self.root``), log each new
        (schema, field, kind) once, and return the list (the same list every time)."""
        if self._pending:
            self._settle(self.root if root is None else root, "$")
        return self.deviations

    def mark(self) -> int:
        """Where the records stand now, for :meth:`forget_since` and :meth:`reorder_since`."""
        return len(self._pending)

    def forget_since(self, mark: int) -> None:
        """Drop what was recorded since ``mark`` (an attempt at a body that the general path then parses whole),
        and the root it was to be resolved in."""
        del self._pending[mark:]
        self.root = None

    def reorder_since(self, mark: int, rank: Callable[[Any, str | int], int]) -> None:
        """Sort what was recorded since ``mark`` by ``rank(container, key)``, keeping the order of equal ranks
        (the fast path parses a page's items before its envelope; the general path goes field by field)."""
        self._pending[mark:] = sorted(self._pending[mark:], key=lambda record: rank(record.container, record.key))

    def _settle(self, root: Any, prefix: str) -> None:
        pending, self._pending = self._pending, []
        paths = _container_paths(root, prefix, {id(record.container) for record in pending})
        for record in pending:
            where = paths.get(id(record.container), "$?")
            deviation = Deviation(
                path=redact_text(_join(where, record.key), self.secrets),
                schema=record.schema,
                field=record.field,
                kind=record.kind,
                expected=record.expected,
                received=redact_text(_describe(record.value, record.kind), self.secrets),
                value=None if record.value is UNSET else record.value,
            )
            self.deviations.append(deviation)
            _log_once(deviation)


_active: ContextVar[DeviationCollector | None] = ContextVar("stuut_client_deviations", default=None)


@contextmanager
def collect_deviations(mode: Validation = "report") -> Iterator[DeviationCollector]:
    """Parse in ``mode`` within the block: ``"report"`` records deviations, ``"strict"`` raises on the first.

    This is what the client does around every response; use it to parse JSON you hold yourself the same way::

        from stuut_client import collect_deviations
        from stuut_client.models import User

        data = {"email": "a@b.co", "family_name": None, "given_name": "Ada", "object": "user",
                "organization_id": "org_1"}
        with collect_deviations() as collector:
            user = User.from_dict(data)
        print(user.family_name, collector.resolve(data))   # None [Deviation($.family_name: ...)]
    """
    collector = DeviationCollector(mode)
    token = _active.set(collector)  # strict too: a lazy read finds where its body came from
    try:
        yield collector
    finally:
        _active.reset(token)


def active_collector() -> DeviationCollector | None:
    """The collector of the parse here and now (None: no collection, parsing is strict)."""
    return _active.get()


_AS_SENT: Any = object()  # deviation()'s default `kept`: report mode keeps the value as sent


# The hot path's only entry point: called by generated code for a value that failed its check.
def deviation(
    value: Any,
    expected: str,
    container: Any,
    key: str | int,
    schema: str,
    field: str | None = None,
    kind: Kind | None = None,
    problem: str | None = None,
    kept: Any = _AS_SENT,
) -> Any:
    """A value that does not fit: record it and return what to keep (report), or raise (strict, or no collection).

    ``container[key]`` is where the value sits in the decoded body (for a missing field, where it should be;
    ``None`` for the top level of a body, which always raises); ``field`` is the schema's property when
    ``key`` is an array index. ``kept`` is what report mode keeps when it is not the value as sent (a
    date-time that parsed but is not RFC 3339 is kept as parsed). Raises ``KeyError`` for a missing field and
    ``TypeError``/``ValueError`` otherwise, which ``from_dict`` turns into ResponseValidationError with the
    JSON path.
    """
    if kind is None:
        kind = "missing" if value is UNSET else "null" if value is None else "type"
    collector = _active.get()
    # No container: the top level of a body, which must have the right JSON type in every mode.
    if collector is None or container is None or collector.mode == "strict":
        if kind == "missing":
            raise KeyError(key)
        if problem is None:  # worded as before deviations were reported, which tests and users may match
            problem = f"expected {expected}, got {type(value).__name__}"
        raise (ValueError if kind in ("format", "enum") else TypeError)(problem)
    collector._pending.append(
        _Pending(container, key, value, expected, schema, str(key) if field is None else field, kind)
    )
    if kind == "missing":
        # The model built from `container` picks this up (take_missing) so that to_dict leaves the key out.
        PENDING_MISSING.setdefault(id(container), (container, []))[1].append(key)
        return None
    return value if kept is _AS_SENT else kept


def datetime_or_deviation(value: Any, container: Any, key: str | int, schema: str, field: str | None = None) -> Any:
    """A timestamp that is not an RFC 3339 date-time ``datetime.fromisoformat`` takes: the lenient parser's
    result when it is one after all (``24:00``), else a ``format`` deviation (kept as parsed when it parses,
    as sent when it does not), or a ``type`` one for a value that is not a string."""
    try:
        parsed = parse_datetime(value)
    except (TypeError, ValueError) as failure:
        kind: Kind | None = "format" if isinstance(value, str) else None
        return deviation(value, "a date-time string", container, key, schema, field, kind, str(failure))
    problem = rfc3339_problem(value, parsed)
    if problem is None:
        return parsed
    return deviation(value, "a date-time string", container, key, schema, field, "format", problem, kept=parsed)


def date_or_deviation(value: Any, container: Any, key: str | int, schema: str, field: str | None = None) -> Any:
    """A date that is not an RFC 3339 full-date (``YYYY-MM-DD``): a ``format`` deviation, kept as parsed when
    ``date.fromisoformat`` takes it (``20240115``, ``2024-W03-1``) and as sent when it does not (``soon``,
    ``2024-01-15T00:00:00Z``), or a ``type`` deviation for a value that is not a string."""
    if not isinstance(value, str):
        return deviation(value, "a date string", container, key, schema, field)
    try:
        parsed = datetime.date.fromisoformat(value)
    except ValueError as failure:
        return deviation(value, "a date string", container, key, schema, field, "format", str(failure))
    problem = full_date_problem(value)
    if problem is None:
        return parsed
    return deviation(value, "a date string", container, key, schema, field, "format", problem, kept=parsed)


#: Whether a string is a UUID in RFC 4122's form (``8-4-4-4-12`` hex digits, either case), what ``format: uuid``
#: means. ``uuid.UUID`` takes more: braces, ``urn:uuid:``, no hyphens, and whatever ``int(..., 16)`` takes (spaces,
#: underscores).
RFC4122_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", re.ASCII)
is_uuid = RFC4122_UUID.fullmatch


def uuid_or_deviation(value: Any, container: Any, key: str | int, schema: str, field: str | None = None) -> Any:
    """A UUID that is not in RFC 4122's hyphenated form: a ``format`` deviation, kept as parsed when
    ``uuid.UUID`` takes it (``{...}``, ``urn:uuid:...``, 32 digits without hyphens) and as sent when it does not
    (``not-a-uuid``), or a ``type`` deviation for a value that is not a string."""
    if not isinstance(value, str):
        return deviation(value, "a UUID string", container, key, schema, field)
    try:
        parsed = uuid.UUID(value)
    except ValueError as failure:
        problem = f"not a UUID ({failure}): {value!r}"
        return deviation(value, "a UUID string", container, key, schema, field, "format", problem)
    problem = f"not an RFC 4122 UUID (8-4-4-4-12 hex digits): {value!r}"
    return deviation(value, "a UUID string", container, key, schema, field, "format", problem, kept=parsed)


# Missing required fields (report mode), so that to_dict leaves their keys out as they came. deviation() files
# each under the dict it is missing from (by id: dicts are not hashable); the model's from_dict takes them when it
# has built the model (take_missing) and keeps them in the model's own `_missing_fields` attribute, an attrs
# field with a default that attrs.evolve, copies and pickles carry like any other; to_dict asks for them
# (without_missing).
PENDING_MISSING: dict[int, tuple[Any, list[str | int]]] = {}
#: The attribute (and keyword-only ``__init__`` argument) of every model with required fields that holds the JSON
#: keys of those that were missing; not part of equality or ``repr``.
MISSING_FIELDS_ATTRIBUTE = "_missing_fields"
NONE_MISSING: frozenset[str] = frozenset()


def take_missing(model: Any, container: Any) -> None:
    """Give ``model`` (just built from ``container``) the missing fields deviation() recorded there."""
    entry = PENDING_MISSING.pop(id(container), None)
    if entry is None or entry[0] is not container:
        return
    model._missing_fields = frozenset(str(key) for key in entry[1])


def without_missing(missing: frozenset[str], field_dict: dict[str, Any]) -> dict[str, Any]:
    """``field_dict`` (a model's ``to_dict()``) without the keys of required fields that were missing and still
    read None (a field given a value since, on the model or by ``attrs.evolve``, is written like any other)."""
    for key in missing:
        if key in field_dict and field_dict[key] is None:
            del field_dict[key]
    return field_dict


def forget_missing(container: Any) -> None:
    """Drop what deviation() filed under ``container`` when its model was not built (the parse failed)."""
    PENDING_MISSING.pop(id(container), None)


def enum_or_deviation(
    enum_class: type[Enum], value: Any, container: Any, key: str | int, schema: str, field: str | None = None
) -> Any:
    """An enum value the lookup table lacks: a value of the wrong type or one the spec does not list.

    In report mode the first is kept as sent and the second as the enum's unknown member (``is_unknown``).
    """
    expected = f"a value of {enum_class.__name__}"
    try:
        member = enum_class(value)
    except ValueError as wrong_type:
        return deviation(value, expected, container, key, schema, field, problem=str(wrong_type))
    if not is_unknown_member(member):
        return member
    return deviation(
        member, expected, container, key, schema, field, "enum", f"{value!r} is not a {enum_class.__name__} value"
    )


@contextmanager
def reentered(collector: DeviationCollector | None) -> Iterator[None]:
    """Parse in ``collector`` within the block (a lazy read re-enters its response's collector)."""
    token = _active.set(collector)
    try:
        yield
    finally:
        _active.reset(token)


def trying_variants() -> Any:
    """Strict parsing while a union's variants are tried one after the other (the first that fits wins)."""
    return reentered(None)


# Resolution (off the hot path: only when something was recorded).


_CONTAINERS = (dict, list)


def _container_paths(root: Any, prefix: str, wanted: set[int]) -> dict[int, str]:
    """JSON paths of the dicts and lists in ``root`` whose id is wanted, by one walk that stops when all are found.

    The walk goes level by level: deviations mostly sit near the top of a body (in a page's items' own fields),
    so it rarely descends further than they are. A server deviating in every item of a page took a depth-first
    walk through the whole page, formatting a path for every container on the way (a third of the parse); here
    a container only links to its parent, and paths are spelled out for the ones wanted.
    """
    found: dict[int, _Link] = {}
    level: list[tuple[Any, _Link]] = [(root, None)]
    while level:
        below: list[tuple[Any, _Link]] = []
        for node, link in level:
            if id(node) in wanted and id(node) not in found:
                found[id(node)] = link
                if len(found) == len(wanted):
                    return {ident: _spelled(prefix, link) for ident, link in found.items()}
            if isinstance(node, dict):
                for key, child in node.items():
                    if isinstance(child, _CONTAINERS):
                        below.append((child, (link, key if isinstance(key, str) else str(key))))
            elif isinstance(node, list):
                for index, child in enumerate(node):
                    if isinstance(child, _CONTAINERS):
                        below.append((child, (link, index)))
        level = below
    return {ident: _spelled(prefix, link) for ident, link in found.items()}


# How the walk reached a container: the link of its parent and its key there (None: the root).
_Link = tuple[Any, str | int] | None


def _spelled(prefix: str, link: _Link) -> str:
    keys: list[str | int] = []
    while link is not None:
        link, key = link
        keys.append(key)
    path = prefix
    for key in reversed(keys):
        path = _join(path, key)
    return path


def _join(path: str, key: str | int) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}"


_JSON_TYPES = {
    str: "a string",
    int: "an integer",
    float: "a float",
    bool: "a boolean",
    list: "an array",
    dict: "an object",
    type(None): "null",
}


def _describe(value: Any, kind: str) -> str:
    """What was received, without the value itself unless it is an enum code (values may be personal data)."""
    if kind == "missing" or value is UNSET:
        return "nothing (the field is missing)"
    if kind == "enum":
        return repr(value.value if isinstance(value, Enum) else value)
    return _JSON_TYPES.get(type(value), type(value).__name__)


_logged: set[tuple[str, str, str]] = set()
_logged_lock = threading.Lock()


def status_deviation(operation: str, documented: int, received: int) -> Deviation:
    """A success status other than the one the operation documents (a 201 for its 200), whose body was parsed
    with the documented status's parser: recorded like any deviation, and logged once."""
    found = Deviation(
        path="$", schema=operation, field="(status)", kind="status", expected=f"status {documented}",
        received=f"status {received}", value=received,
    )  # fmt: skip
    _log_once(found)
    return found


def _log_once(deviation: Deviation) -> None:
    key = (deviation.schema, deviation.field, deviation.kind)
    with _logged_lock:
        if key in _logged:
            return
        _logged.add(key)
    logger.warning(
        "response deviates from the spec at %s: %s.%s expected %s, received %s; kept as sent "
        "(logged once per field and kind; see Response.deviations)",
        deviation.path,
        deviation.schema,
        deviation.field,
        deviation.expected,
        deviation.received,
    )


def resolve_deferred(collector: DeviationCollector, container: Any) -> None:
    """Give paths to what a lazy read recorded, from the object whose field was read, and log them."""
    if collector._pending:
        collector._settle(container, "$")
