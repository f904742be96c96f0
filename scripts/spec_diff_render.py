"""The spec diff as text (the terminal and CI) or as Keep a Changelog sections (CHANGELOG.md)."""

from __future__ import annotations

from spec_diff_rules import Change


def render_text(changes: list[Change], title: str, docs_only: int) -> str:
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [title, ""]
    if not changes:
        lines.append("No client-visible changes.")
    if breaking:
        lines.append(f"Breaking ({len(breaking)}):")
        lines += [f"  - [{c.id}] {c.kind}: {c.text.replace('`', '')}" for c in breaking]
    if other:
        lines.append(f"Non-breaking ({len(other)}):")
        lines += [f"  - {c.kind}: {c.text.replace('`', '')}" for c in other]
    if docs_only:
        lines.append(f"Documentation-only differences: {docs_only} (not listed).")
    return "\n".join(lines)


def render_markdown(changes: list[Change]) -> str:
    sections = []
    for kind in ("Added", "Changed", "Removed"):
        items = [c for c in changes if c.kind == kind]
        if items:
            body = "\n".join(
                f"- {'**Breaking:** ' if c.breaking else ''}{c.text}"
                for c in sorted(items, key=lambda c: not c.breaking)
            )
            sections.append(f"### {kind}\n\n{body}")
    return "\n\n".join(sections) if sections else "_No client-visible changes._"
