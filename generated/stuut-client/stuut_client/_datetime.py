"""Timestamp and date parsing for generated models: strict where possible, lenient where the server needs it.

The spec's ``format: date-time`` is RFC 3339's ``date-time`` and ``format: date`` its ``full-date``. Python's
``fromisoformat`` takes far more than that (ISO 8601 week dates, basic format, a date-time without a UTC offset,
a date alone), so the generated ``from_dict`` parses with it and then checks the string's shape
(:func:`has_rfc3339_shape`, by position, for a date-time; :data:`is_full_date`, a precompiled regular expression,
for a date); only a value that fails either goes to the slower functions here, through
``_deviations.datetime_or_deviation`` and ``date_or_deviation``. :data:`is_rfc3339_datetime` is the same shape as
a regular expression, for any string: the definition the position check is tested against.
"""

from __future__ import annotations

import datetime
import re

#: Whether a string has RFC 3339's date-time shape: ``T`` (or ``t``, or a space, which RFC 3339 allows), seconds,
#: up to 6 fractional digits (what a datetime holds), and a UTC offset (``Z``/``z`` or ``+HH:MM``/``-HH:MM``).
RFC3339_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:[Zz]|[+-]\d{2}:\d{2})", re.ASCII
)
is_rfc3339_datetime = RFC3339_DATETIME.fullmatch
# What an RFC 3339 date-time has at 4, 7, 10, 13 and 16: "2024-01-15T10:00:00" has "--T::".
_SEPARATORS = frozenset({"--T::", "--t::", "-- ::"})
_fromisoformat = datetime.datetime.fromisoformat


def has_rfc3339_shape(value: str) -> bool:
    """Whether a string ``fromisoformat`` took has RFC 3339's date-time shape: with that parse's digits checked,
    by position instead of by the regular expression (:data:`is_rfc3339_datetime`, for any string).

    The separators at 4, 7, 10, 13 and 16, then what follows the seconds, where it must start and by its length:
    ``Z`` (20 characters in all), ``+HH:MM`` (25), or ``.`` and 1 to 6 digits before either (22 to 27, 27 to 32).
    fromisoformat ends the time where a "+", "-" or "Z" starts the offset ("10:00:-00" is 10:00 at -00:00), so the
    length alone is not enough. tests/test_value_formats.py checks that this and the regex agree on every string
    of a large generated set that fromisoformat takes. Measured 10 ms less than the regex on the bench's 80 ms page,
    which holds 53,000 date-times.
    """
    n = len(value)
    if n < 20 or value[4:17:3] not in _SEPARATORS:
        return False
    if n == 20:
        return value[19] in "Zz"
    if n == 25 and value[22] == ":":
        return value[19] in "+-"
    return value[19] == "." and (
        (value[-1] in "Zz" and 22 <= n <= 27) or (value[-3] == ":" and value[-6] in "+-" and 27 <= n <= 32)
    )


def parse_rfc3339_datetime(value: str) -> datetime.datetime:
    """``value`` parsed, when it is an RFC 3339 date-time that ``fromisoformat`` takes; else ``ValueError``. The fast
    path's one call per date-time."""
    parsed = _fromisoformat(value)
    if has_rfc3339_shape(value):
        return parsed
    raise ValueError(f"not an RFC 3339 date-time: {value!r:.40}")


#: Whether a string has RFC 3339's full-date shape (``2024-01-15``).
FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
is_full_date = FULL_DATE.fullmatch

# The same shape with any number of fractional digits: more than 6 is a deviation only if a digit is lost.
_RFC3339_ANY_FRACTION = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.(\d+))?(?:[Zz]|[+-]\d{2}:\d{2})", re.ASCII
).fullmatch


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an ISO 8601 timestamp from the server.

    ``datetime.fromisoformat`` handles nearly everything and is fast; python-dateutil's ``isoparse`` is the
    fallback for valid ISO 8601 forms it rejects, such as ``24:00`` for the end of a day. Anything else
    raises ``ValueError`` (which the model turns into a ResponseValidationError with the field's path).
    Whether the value is also an RFC 3339 date-time is :func:`rfc3339_problem`'s question.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected a date-time string, got {type(value).__name__}")
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        # Imported on the first timestamp fromisoformat rejects: importing dateutil.parser is about 15% of the
        # package's import time, for a form servers rarely send.
        from dateutil.parser import isoparse  # noqa: PLC0415

        try:
            parsed: datetime.datetime = isoparse(value)
            return parsed
        except (ValueError, OverflowError) as error:
            raise ValueError(f"not an ISO 8601 date-time: {value!r}") from error


def rfc3339_problem(value: str, parsed: datetime.datetime) -> str | None:
    """Why ``value`` (which parsed as ``parsed``) is not an RFC 3339 date-time, or None when it is one.

    No UTC offset (``2024-03-02T12:00:00``, as pydantic writes a naive datetime, or a date alone), another
    ISO 8601 form (week dates, basic format, reduced precision), or more than 6 fractional digits of which a
    non-zero one was dropped (a datetime holds microseconds; ``.1234560`` loses nothing, ``.1234567`` does).
    """
    if parsed.tzinfo is None:
        return f"not an RFC 3339 date-time (no UTC offset): {value!r}"
    shape = _RFC3339_ANY_FRACTION(value)
    if shape is None:
        return f"not an RFC 3339 date-time: {value!r}"
    fraction = shape.group(1) or ""
    if fraction[6:].strip("0"):
        return f"more fractional digits than a datetime holds (microseconds), so precision was lost: {value!r}"
    return None


def full_date_problem(value: str) -> str | None:
    """Why ``value`` (which ``date.fromisoformat`` parsed) is not an RFC 3339 full-date, or None when it is one."""
    return None if is_full_date(value) else f"not an RFC 3339 date (YYYY-MM-DD): {value!r}"
