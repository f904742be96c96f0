"""Request checks as a FastAPI server makes them: query, header and body values against the operation's types.

Errors are collected as FastAPI (pydantic 2) reports them, `{"type", "loc", "msg", "input"[, "ctx"]}`, and
answered with 422 `{"detail": [...]}`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ._shapes import ENUMS, SCHEMAS

TRUE = {"true", "1", "yes", "on", "t", "y"}
FALSE = {"false", "0", "no", "off", "f", "n"}


def _expected(values: tuple[Any, ...]) -> str:
    quoted = [f"'{value}'" for value in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" or {quoted[-1]}"


def convert(kind: str, raw: Any, loc: list[Any], errors: list[dict[str, Any]]) -> Any:  # noqa: C901, PLR0911
    """`raw` (a query string, or a JSON value) as `kind`; on failure, an error appended and None returned."""

    def fail(kind_: str, msg: str, **ctx: Any) -> None:
        error: dict[str, Any] = {"type": kind_, "loc": loc, "msg": msg, "input": raw}
        if ctx:
            error["ctx"] = ctx
        errors.append(error)

    if kind.startswith("int"):
        if isinstance(raw, bool) or not isinstance(raw, (int, str)):
            fail("int_type", "Input should be a valid integer")
            return None
        try:
            value = int(raw)
        except ValueError:
            fail("int_parsing", "Input should be a valid integer, unable to parse string as an integer")
            return None
        parts = kind.split(":")
        if len(parts) > 1 and parts[1] and value < int(parts[1]):
            fail("greater_than_equal", f"Input should be greater than or equal to {parts[1]}", ge=int(parts[1]))
            return None
        if len(parts) > 2 and parts[2] and value > int(parts[2]):
            fail("less_than_equal", f"Input should be less than or equal to {parts[2]}", le=int(parts[2]))
            return None
        return value
    if kind == "num":
        try:
            return float(raw)
        except (TypeError, ValueError):
            fail("float_parsing", "Input should be a valid number, unable to parse string as a number")
            return None
    if kind == "bool":
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in TRUE | FALSE:
            return raw.lower() in TRUE
        fail("bool_parsing", "Input should be a valid boolean, unable to interpret input")
        return None
    if kind == "str:date":
        try:
            return dt.date.fromisoformat(str(raw))
        except ValueError:
            fail("date_from_datetime_parsing", "Input should be a valid date or datetime, invalid character in year")
            return None
    if kind.startswith("@") and kind[1:] in ENUMS:
        values = ENUMS[kind[1:]]
        if raw not in values:
            fail("enum", f"Input should be {_expected(values)}", expected=_expected(values))
            return None
        return raw
    if kind.startswith("[]"):
        if not isinstance(raw, list):
            fail("list_type", "Input should be a valid list")
            return None
        return [convert(kind[2:], item, [*loc, i], errors) for i, item in enumerate(raw)]
    if kind.startswith("@") and kind[1:] in SCHEMAS:
        return check_body(kind[1:], raw, loc, errors)
    if kind.startswith("str") and not isinstance(raw, str):
        fail("string_type", "Input should be a valid string")
        return None
    return raw


def check_body(schema: str, body: Any, loc: list[Any], errors: list[dict[str, Any]]) -> Any:
    if not isinstance(body, dict):
        errors.append(
            {
                "type": "model_attributes_type",
                "loc": loc,
                "msg": "Input should be a valid dictionary or object to extract fields from",
                "input": body,
            }
        )
        return None
    for name, required, nullable, kind in SCHEMAS[schema]:
        if name not in body:
            if required:
                errors.append({"type": "missing", "loc": [*loc, name], "msg": "Field required", "input": body})
            continue
        if body[name] is None and (nullable or kind == "any"):
            continue
        convert(kind, body[name], [*loc, name], errors)
    return body


def parse_query(
    parameters: tuple[tuple[str, str, bool, str, Any], ...], query: dict[str, list[str]], headers: Any
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The operation's query and header parameters, converted, with defaults; and the errors found."""
    values: dict[str, Any] = {}
    errors: list[dict[str, Any]] = []
    for name, where, required, kind, default in parameters:
        if where == "path":
            continue
        if where == "header":
            raw: Any = headers.get(name)
            present = raw is not None
        else:
            raw = query.get(name)
            present = bool(raw)
            if present and not kind.startswith("[]"):
                raw = raw[-1]
        if not present:
            if required:
                errors.append({"type": "missing", "loc": [where, name], "msg": "Field required", "input": None})
            values[name] = default
            continue
        values[name] = convert(kind, raw, [where, name], errors)
    return values, errors
