"""Path parameters: each value is exactly one path segment, whatever the caller passes."""

from __future__ import annotations

from urllib.parse import quote

# Segments that URL normalisation resolves away (RFC 3986 5.2.4), so that `..` would call another endpoint:
# percent-encoding leaves dots alone.
_DOT_SEGMENTS = frozenset({"", ".", ".."})


def path_segment(name: str, value: object, *, integer: bool = False) -> str:
    """``value`` percent-encoded as one segment, checked before anything is sent.

    A value that is not a ``str`` (an ``int`` where the spec says integer) raises ``TypeError``: ``None`` or
    bytes would otherwise be sent as the segment ``None`` or ``b%27...%27``. An empty, ``.`` or ``..`` value, or
    one that cannot be encoded as UTF-8 (a lone surrogate), raises ``ValueError``.
    """
    expected = (int,) if integer else (str,)
    if not isinstance(value, expected) or isinstance(value, bool):
        wanted = "an int" if integer else "a str (the resource's id)"
        raise TypeError(f"{name} must be {wanted}, got {type(value).__name__}: {value!r:.60}")
    text = str(value) if integer else str.__str__(value)  # a str subclass (an enum) as its value, not its repr
    if text in _DOT_SEGMENTS:
        shown = "an empty string" if not text else repr(text)
        raise ValueError(f"{name} cannot be {shown}: pass the id of the resource (it would change the endpoint)")
    try:
        return quote(text, safe="")
    except UnicodeEncodeError as error:
        raise ValueError(
            f"{name} cannot be sent in a URL: {text[error.start : error.end]!r} at position {error.start} is not "
            "valid UTF-8 text (a lone surrogate)"
        ) from None
