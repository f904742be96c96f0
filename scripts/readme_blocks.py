"""README.md's Python blocks, as one module: run by tests/test_readme.py, type-checked by `make typecheck`.

    python scripts/readme_blocks.py OUT.py    # write the checked sections' blocks, in order, into OUT.py

Only the sections in CHECKED_SECTIONS count (the usage section today; sections join as they are made runnable).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
CHECKED_SECTIONS = ("## Using the client from another service",)
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def python_blocks(text: str | None = None) -> list[tuple[int, str]]:
    """(line, code) of each Python block in a checked section (a section ends at the next heading)."""
    text = README.read_text() if text is None else text
    blocks = []
    for match in BLOCK.finditer(text):
        headings = re.findall(r"^#{2,3} .*$", text[: match.start()], re.M)
        if headings and headings[-1] in CHECKED_SECTIONS:
            blocks.append((text[: match.start()].count("\n") + 1, match.group(1)))
    return blocks


def as_module() -> str:
    return "".join(f"# README.md line {line}\n{code}\n" for line, code in python_blocks())


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(as_module())
