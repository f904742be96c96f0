"""Path parameters: each value is exactly one path segment, whatever the caller passes."""

from __future__ import annotations

from urllib.parse import quote

# Segments that URL normalisation resolves away (RFC 3986 5.2.4), so that `..` would call another endpoint:
# percent-encoding leaves dots alone.
_DOT_SEGMENTS = frozenset({"", ".", ".."})


def path_segment(name: str, value: object) -> str:
    """``value`` percent-encoded as one segment; an empty, ``.`` or ``..`` value raises ``ValueError``."""
    text = str(value)
    if text in _DOT_SEGMENTS:
        shown = "an empty string" if not text else repr(text)
        raise ValueError(f"{name} cannot be {shown}: pass the id of the resource (it would change the endpoint)")
    return quote(text, safe="")
