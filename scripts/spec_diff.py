"""What a spec change does to clients: breaking and non-breaking changes between two versions (`make spec-diff`).

    python scripts/spec_diff.py [--base REF] [--head REF] [--markdown] [--check]

Compares openapi/stuut.yaml at BASE (default HEAD~1) with HEAD (default: the working tree). The jobs live in
their own modules: spec_diff_git (the spec and package at a ref), spec_diff_rules (what each spec difference
means for this client), spec_diff_python (griffe's breaking-change API over the generated package),
spec_diff_render (text and Markdown).

Breaking: removed or renamed operations, removed parameters, new required parameters, removed fields and
models, field type changes, fields that became optional (their attribute may now be UNSET), removed enum
values, removed response statuses, and what griffe calls breaking in the Python surface (removed names,
changed signatures). Non-breaking: added operations, parameters, fields, models and enum values.
Documentation-only edits are counted, not listed.

--markdown prints Keep a Changelog sections (### Added / Changed / Removed) to paste into CHANGELOG.md.
--check (CI) exits 1 when a breaking change is not acknowledged: acknowledge all breaking changes of a change
by writing `BREAKING-CHANGE-ACK: <why>` in a commit message between BASE and HEAD, or one by one by listing
their ids (the `[...]` in the report) in openapi/ACKNOWLEDGED_BREAKING_CHANGES, one per line.
"""

from __future__ import annotations

import argparse
import sys

from spec_diff_git import PACKAGE, ROOT, SPEC, commit_messages, ref_exists, spec_at
from spec_diff_python import python_changes
from spec_diff_render import render_markdown, render_text
from spec_diff_rules import Change, annotation_count, component_changes, operation_changes, semantic_diff

ACK_FILE = ROOT / "openapi" / "ACKNOWLEDGED_BREAKING_CHANGES"
ACK_MARKER = "BREAKING-CHANGE-ACK:"


def acknowledged_ids() -> set[str]:
    if not ACK_FILE.exists():
        return set()
    lines = (line.split("#", 1)[0].strip() for line in ACK_FILE.read_text().splitlines())
    return {line for line in lines if line}


def unacknowledged(breaking: list[Change], base: str, head: str | None) -> list[Change]:
    if ACK_MARKER in commit_messages(base, head):
        print(f"\n{len(breaking)} breaking change(s), acknowledged by `{ACK_MARKER}` in a commit message.")
        return []
    left = [c for c in breaking if c.id not in acknowledged_ids()]
    if not left:
        print(f"\n{len(breaking)} breaking change(s), all listed in {ACK_FILE.relative_to(ROOT)}.")
    return left


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="HEAD~1", help="git ref to compare against (default: HEAD~1)")
    parser.add_argument("--head", default=None, help="git ref to compare (default: the working tree)")
    parser.add_argument("--markdown", action="store_true", help="print Keep a Changelog sections")
    parser.add_argument("--check", action="store_true", help="exit 1 on an unacknowledged breaking change")
    args = parser.parse_args()

    if not ref_exists(args.base):
        print(f"spec-diff: no {args.base} to compare with (first commit or shallow clone); nothing to report.")
        return 0
    base_spec, head_spec = spec_at(args.base), spec_at(args.head)
    diffs = semantic_diff(base_spec, head_spec)
    changes = operation_changes(base_spec, head_spec, diffs) + component_changes(base_spec, head_spec, diffs)
    changes += python_changes(args.base, args.head)
    docs_only = annotation_count(diffs)

    if args.markdown:
        print(render_markdown(changes))
    else:
        print(
            render_text(
                changes, f"Spec changes {args.base} → {args.head or 'working tree'} ({SPEC}, {PACKAGE}):", docs_only
            )
        )
    if not args.check:
        return 0
    left = unacknowledged([c for c in changes if c.breaking], args.base, args.head)
    if not left:
        return 0
    print(f"\n{len(left)} breaking change(s) not acknowledged:", file=sys.stderr)
    for change in left:
        print(f"  {change.id}", file=sys.stderr)
    print(
        f"Acknowledge them by adding those ids to {ACK_FILE.relative_to(ROOT)} (one per line), or all of them by\n"
        f"writing `{ACK_MARKER} <why>` in the commit message; add the report to CHANGELOG.md (--markdown).",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
