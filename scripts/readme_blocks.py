"""Every ```python block of README.md, as one module: run by tests/test_readme.py, type-checked by `make typecheck`.

    python scripts/readme_blocks.py OUT.py    # write every block, in README order, into OUT.py

There is no exception list: every block runs, in README order and in one namespace, as a reader pasting them into
one session would (a later section's `client` is the usage section's `Stuut`), and the module they make passes
mypy --strict and pyright. A block that cannot share that session does not belong in README.md as it stands.
(tests/test_fake_readme.py also runs the "Testing code that uses the client" block on its own, in a fresh
interpreter with only the package on the path.)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import NamedTuple

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
FENCE = re.compile(r"^\s*```")
HEADING = re.compile(r"#{1,6} ")


class Block(NamedTuple):
    line: int  # of the opening fence, 1-based
    section: str  # the heading the block is under
    code: str


def python_blocks(text: str | None = None) -> list[Block]:
    """Every ```python block, in order, with its line and the nearest heading above it."""
    text = README.read_text() if text is None else text
    blocks = []
    for match in BLOCK.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        blocks.append(Block(line, _section(text, line), match.group(1)))
    return blocks


def _section(text: str, line: int) -> str:
    """The last heading before `line`, skipping lines inside fenced blocks (a shell comment is no heading)."""
    section, fenced = "", False
    for source in text.splitlines()[: line - 1]:
        if FENCE.match(source):
            fenced = not fenced
        elif not fenced and HEADING.match(source):
            section = source
    return section


def as_module() -> str:
    return "".join(f"# README.md line {block.line} ({block.section})\n{block.code}\n" for block in python_blocks())


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(as_module())
