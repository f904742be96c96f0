"""The lowest versions the generated package declares for its direct dependencies, as pip constraints.

Read from `generated/stuut-client/pyproject.toml` (`[project] dependencies`), never written by hand, so
`make test-compat` tests exactly the floors the package declares: raise a floor in
`overrides/templates/pyproject_pdm.toml.jinja` and the next run tests the new one.

    python scripts/compat_constraints.py            # prints the constraints file (httpx==0.25.2, ...)
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_PYPROJECT = ROOT / "generated" / "stuut-client" / "pyproject.toml"


def package_metadata(pyproject: Path = PACKAGE_PYPROJECT) -> dict[str, object]:
    """The `[project]` table of the generated package."""
    project: dict[str, object] = tomllib.loads(pyproject.read_text())["project"]
    return project


def direct_dependencies(pyproject: Path = PACKAGE_PYPROJECT) -> list[Requirement]:
    dependencies = package_metadata(pyproject).get("dependencies", [])
    assert isinstance(dependencies, list)
    return [Requirement(text) for text in dependencies]


def declared_floor(requirement: Requirement) -> Version:
    """The lowest version `requirement` allows: its `>=`, `==` or `~=` bound, which must itself be allowed."""
    floors = [Version(spec.version) for spec in requirement.specifier if spec.operator in (">=", "==", "~=")]
    if not floors:
        raise ValueError(
            f"{requirement} declares no lower bound (>=, == or ~=): the lowest version cannot be tested; "
            "declare one in overrides/templates/pyproject_pdm.toml.jinja"
        )
    floor = max(floors)
    if not requirement.specifier.contains(floor, prereleases=True):
        raise ValueError(f"{requirement}: its own lower bound {floor} is excluded by the other specifiers")
    return floor


def lowest_constraints(pyproject: Path = PACKAGE_PYPROJECT) -> list[str]:
    """One `name==floor` line per direct dependency of the package, in declaration order."""
    return [f"{requirement.name}=={declared_floor(requirement)}" for requirement in direct_dependencies(pyproject)]


def main() -> int:
    print(f"# Lowest versions declared by {PACKAGE_PYPROJECT.relative_to(ROOT)} (scripts/compat_constraints.py)")
    print("\n".join(lowest_constraints()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
