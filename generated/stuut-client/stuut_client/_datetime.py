"""Timestamp parsing for generated models: strict where possible, lenient where the server needs it."""

from __future__ import annotations

import datetime


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an ISO 8601 timestamp from the server.

    ``datetime.fromisoformat`` handles nearly everything and is fast; python-dateutil's ``isoparse`` is the
    fallback for valid ISO 8601 forms it rejects, such as ``24:00`` for the end of a day. Anything else
    raises ``ValueError`` (which the model turns into a ResponseValidationError with the field's path).
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
