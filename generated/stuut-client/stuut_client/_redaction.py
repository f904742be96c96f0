"""Finding the token in text a server sent back, in whatever form the server escaped it.

A server echoes a token as it was sent, or escaped for where it writes it: a JSON string (``\\/``, ``\\u002F``),
an HTML page (``&#x2F;``, ``&#47;``, ``&sol;``), a URL or form (``%2F``, ``%2f``, ``/`` kept as it is).
Encoders differ in which characters they escape (Handlebars escapes ``/`` and ``=`` but not ``+``), so rather than
list whole escaped tokens, :func:`secret_pattern` lets each character of a secret appear as itself or in any of
the escapes below, and one regular expression finds every mix of them.

A secret shorter than :data:`MIN_ANYWHERE` characters (a test token such as ``"t"``) is matched only where it
stands alone, not inside a longer word: matched anywhere it would replace every ``t`` of a message.
"""

from __future__ import annotations

import functools
import re

#: Secrets at least this long are redacted wherever they appear; shorter ones only as a whole word.
MIN_ANYWHERE = 8


@functools.cache
def _named() -> dict[str, list[str]]:
    """HTML5 named references of a single ASCII character, with their ";" ("&sol;" "&equals;" "&plus;" "&amp;").

    Built at the first redaction, not at import: html.entities and this walk over its 2,231 names take 3 ms."""
    from html.entities import html5  # noqa: PLC0415

    named: dict[str, list[str]] = {}
    for name, char in html5.items():
        if len(char) == 1 and char.isascii() and name.endswith(";"):
            named.setdefault(char, []).append(f"&{name}")
    return named


@functools.cache
def _longest_escape() -> int:
    """The longest form one character takes: "&#x0002F;" (leading zeros are capped at 4) or a named reference."""
    return max(10, *(len(name) for names in _named().values() for name in names))


def _hex(number: int, digits: int) -> str:
    """``number`` in hexadecimal, each letter in either case (escapes are case-insensitive in their digits)."""
    return "".join(f"[{d}{d.upper()}]" if d.isalpha() else d for d in f"{number:0{digits}x}")


def _character(c: str) -> str:
    """A pattern for ``c`` as itself or escaped: JSON, percent-encoding, HTML numeric and named references."""
    code = ord(c)
    # Longer forms first: the first alternative that matches is taken, and "\\" must not match as "\".
    forms = [
        rf"\\u{_hex(code, 4)}",  # JSON \u002F
        f"%{_hex(code, 2)}",  # percent-encoding, either case
        f"&#[xX]0{{0,4}}{_hex(code, 2)};",  # HTML hexadecimal reference
        f"&#0{{0,4}}{code};",  # HTML decimal reference
        *(re.escape(name) for name in _named().get(c, ())),
    ]
    if c in '"\\/':
        forms.append(re.escape("\\" + c))  # JSON's \" \\ \/
    forms.append(re.escape(c))
    return "(?:" + "|".join(forms) + ")"


def secret_pattern(secret: str) -> str:
    """A regular expression for ``secret`` in any of the forms the module docstring lists."""
    body = "".join(_character(c) for c in secret)
    if len(secret) < MIN_ANYWHERE:
        return f"(?<![0-9A-Za-z])(?:{body})(?![0-9A-Za-z])"
    return f"(?:{body})"


@functools.lru_cache(maxsize=32)
def compiled(secrets: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[bytes]]:
    """One pattern for all ``secrets`` (the first that matches at a place wins: list the longest first), as text
    and as bytes (a body need not be UTF-8; every form is ASCII). Cached: a client sends the same secrets."""
    source = "|".join(secret_pattern(secret) for secret in secrets)
    return re.compile(source), re.compile(source.encode("ascii"))


def longest_form(secrets: tuple[str, ...]) -> int:
    """The most characters any form of ``secrets`` can take (how far past a cut redaction must look)."""
    return max((len(secret) for secret in secrets), default=0) * _longest_escape()
