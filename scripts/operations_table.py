"""Keep README.md's table of operations in step with openapi/stuut.yaml.

    python scripts/operations_table.py           # rewrite the table between the markers in README.md
    python scripts/operations_table.py --check   # exit 1 when the table is stale (the drift check uses it)

`make generate` rewrites the table; `make check-drift` fails when it is stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "stuut.yaml"
README = ROOT / "README.md"
START = "<!-- operations-table:start (written by scripts/operations_table.py; do not edit by hand) -->"
END = "<!-- operations-table:end -->"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
RESOURCE_METHODS = ROOT / "overrides" / "resource_methods.yaml"


def render(spec: dict) -> str:
    """One row per operation, in the spec's order: tag, method, path, the resource method, the function's module."""
    placed = yaml.safe_load(RESOURCE_METHODS.read_text())
    rows = ["| tag | method | path | `Stuut` method | function |", "|---|---|---|---|---|"]
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                tag = op["tags"][0]
                function = f"stuut_client.api.{tag}.{op['operationId']}"
                where = f"client.{placed[op['operationId']]}"
                rows.append(f"| {tag} | {method.upper()} | `{path}` | `{where}` | `{function}` |")
    return "\n".join(rows)


def with_table(readme: str, table: str) -> str:
    before, start, rest = readme.partition(START)
    _, end, after = rest.partition(END)
    if not start or not end:
        raise SystemExit(f"README.md lacks the markers {START!r} and {END!r}")
    return f"{before}{START}\n{table}\n{END}{after}"


def expected_readme() -> str:
    return with_table(README.read_text(), render(yaml.safe_load(SPEC.read_text())))


def is_stale() -> bool:
    return README.read_text() != expected_readme()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when README.md's table is stale")
    args = parser.parse_args()
    if args.check:
        if is_stale():
            print("README.md's operations table is stale: run `make generate`.", file=sys.stderr)
            return 1
        return 0
    README.write_text(expected_readme())
    return 0


if __name__ == "__main__":
    sys.exit(main())
