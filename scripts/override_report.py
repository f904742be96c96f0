"""How far each template override is from the pinned generator's original, and whether it copies any macro.

    python scripts/override_report.py           # per override: lines that differ from its upstream original
                                                # (the macros it takes from upstream/ left out of the original)
    python scripts/override_report.py --check   # also exit 1 when an override defines a macro unchanged

An override should be a small commented change: it imports the macros it does not change from
``upstream/<same path>`` (scripts/generate.py puts the originals there) instead of copying them. Re-basing on a
new generator version is a three-way merge per override: `git merge-file override old-original new-original`.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys

from generate import TEMPLATES, upstream_templates

MACRO = re.compile(r"{%-?\s*macro\s+(\w+)\(.*?%}(.*?){%-?\s*endmacro\s*-?%}", re.S)
# Macros an override takes from its original: `{% set name = upstream.name %}` (re-exported as they are) or
# `{% from "upstream/..." import a, b with context %}`.
REEXPORT = re.compile(r"{%-?\s*set\s+(\w+)\s*=\s*upstream\.(\w+)\s*-?%}")
FROM_UPSTREAM = re.compile(
    r"{%-?\s*from\s+\"upstream/[^\"]+\"\s+import\s+(.*?)(?:\s+(?:with|without)\s+context)?\s*-?%}", re.S
)


def macros(text: str) -> dict[str, str]:
    """Each macro's body with whitespace collapsed (so that re-indenting does not hide a copy)."""
    return {name: " ".join(body.split()) for name, body in MACRO.findall(text)}


def delegated(override: str) -> list[str]:
    """The original's macros this override takes from upstream/ instead of defining them."""
    names = [name for alias, name in REEXPORT.findall(override) if alias == name]
    for imported in FROM_UPSTREAM.findall(override):
        names += [name.strip() for name in imported.split(",") if " as " not in name]
    return sorted(names)


def without_macros(text: str, names: list[str]) -> str:
    """The original without the macros the override delegates (they are not lines the override changes)."""
    for name in names:
        text = re.sub(r"{%-?\s*macro\s+" + name + r"\(.*?{%-?\s*endmacro\s*-?%}\n?", "", text, flags=re.S)
    return text


def differing_lines(original: str, override: str) -> int:
    diff = difflib.unified_diff(original.splitlines(), override.splitlines(), lineterm="", n=0)
    return sum(1 for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---")))


def report(check: bool) -> int:
    upstream = upstream_templates()
    copied: list[str] = []
    print(f"{'override':55} {'lines differing':>15}  {'macros copied unchanged':23}  macros taken from upstream/")
    for override in sorted(TEMPLATES.rglob("*.jinja")):
        name = override.relative_to(TEMPLATES).as_posix()
        original = upstream / name
        if not original.exists():
            print(f"{name:55} {'(addition)':>15}")
            continue
        mine, theirs = override.read_text(), original.read_text()
        same = sorted(m for m, body in macros(mine).items() if macros(theirs).get(m) == body)
        copied += [f"{name}: {m}" for m in same]
        taken = delegated(mine)
        changed = differing_lines(without_macros(theirs, taken), mine)
        print(f"{name:55} {changed:>15}  {', '.join(same) or '-':23}  {', '.join(taken) or '-'}")
    if check and copied:
        print("\nThese macros are copies of the original; import them from upstream/ instead:", *copied, sep="\n  ")
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when an override copies an unchanged macro")
    return report(parser.parse_args().check)


if __name__ == "__main__":
    sys.exit(main())
