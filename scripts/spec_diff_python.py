"""Breaking changes to the generated package's Python surface, found by griffe's own API."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from spec_diff_git import PACKAGE, package_at
from spec_diff_rules import Change

# A constant's value changing (the User-Agent's version, a docstring-like string) does not break a caller.
IGNORED_KINDS = {"Attribute value was changed"}


def load(search_path: Path) -> Any:
    import griffe  # noqa: PLC0415

    return griffe.load(PACKAGE, search_paths=[search_path], resolve_aliases=True)


def _final(obj: Any) -> Any:
    while obj.is_alias:
        obj = obj.target
    return obj


def breakages(old: Any, new: Any) -> list[Any]:
    """griffe.find_breaking_changes over the package, and over each name the package re-exports.

    The second pass is needed because griffe marks an object seen before following an alias chain to its end:
    a class re-exported through two aliases (``stuut_client.Client`` -> ``client.Client`` -> ``_client``) is
    otherwise never compared.
    """
    import griffe  # noqa: PLC0415  # only this report needs it

    pairs = [(old, new)] + [
        (_final(member), _final(new.members[name]))
        for name, member in old.members.items()
        if member.is_alias and member.is_public and name in new.members
    ]
    found: dict[tuple[str, str], Any] = {}
    for old_obj, new_obj in pairs:
        for breakage in griffe.find_breaking_changes(old_obj, new_obj):
            found.setdefault((breakage.kind.name, breakage.obj.path), breakage)
    return list(found.values())


def python_changes(base_ref: str, head_ref: str | None) -> list[Change]:
    """Breaking changes between the package at base_ref and at head_ref (None: the working tree)."""
    with tempfile.TemporaryDirectory() as base_tmp, tempfile.TemporaryDirectory() as head_tmp:
        base_dir, head_dir = package_at(base_ref, Path(base_tmp)), package_at(head_ref, Path(head_tmp))
        if base_dir is None or head_dir is None:
            return []
        found = breakages(load(base_dir), load(head_dir))
    changes = []
    for breakage in found:
        if breakage.kind.value in IGNORED_KINDS:
            continue
        path = breakage.obj.path
        kind = "Removed" if "removed" in breakage.kind.value.lower() else "Changed"
        changes.append(
            Change(f"python:{breakage.kind.name.lower()}:{path}", True, kind, f"`{path}`: {breakage.kind.value}.")
        )
    return sorted(changes, key=lambda c: c.id)
