"""Fail when generated/ is not exactly what `make generate` would write now.

Regenerates from scratch into a temporary folder and compares every file. Catches a hand edit in
generated/, a spec, config or override change that was not regenerated, and a generator or ruff version
change (the fresh output is made with the pinned tools installed in this environment).
"""

from __future__ import annotations

import filecmp
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import GENERATED, PROJECT, ROOT, generate_into  # noqa: E402
from operations_table import is_stale as readme_table_is_stale  # noqa: E402

IGNORED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}


def files_under(root: Path) -> set[Path]:
    return {
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file()
        and not IGNORED_PARTS.intersection(path.parts)
        and not path.name.endswith(".egg-info")
        and ".egg-info" not in str(path)
    }


def differences(expected: Path, actual: Path) -> list[str]:
    expected_files, actual_files = files_under(expected), files_under(actual)
    lines = [f"missing from generated/: {p}" for p in sorted(expected_files - actual_files)]
    lines += [f"not produced by the generator: {p}" for p in sorted(actual_files - expected_files)]
    lines += [
        f"differs: {p}"
        for p in sorted(expected_files & actual_files)
        if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return lines


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = generate_into(Path(tmp))
        problems = differences(fresh, GENERATED / PROJECT)
    if readme_table_is_stale():
        problems.append("differs: README.md's operations table (scripts/operations_table.py)")
    if problems:
        print(f"generated/{PROJECT} is out of date with the spec, config or overrides:", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        print("Run `make generate` and commit the result (never edit generated/ by hand).", file=sys.stderr)
        return 1
    print(f"generated/{PROJECT} matches {ROOT.name}'s spec, config and overrides")
    return 0


if __name__ == "__main__":
    sys.exit(main())
