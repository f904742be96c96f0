"""The helpers of `make test-compat` (scripts/compat_constraints.py, scripts/test_compat.py): floors read from the
package metadata, declared and classified Python versions."""

from __future__ import annotations

from pathlib import Path

import pytest
from compat_constraints import PACKAGE_PYPROJECT, direct_dependencies, lowest_constraints, package_metadata
from test_compat import NOT_BEHAVIOUR, TESTS, classified_minors, declared_minors


def write_pyproject(tmp_path: Path, dependencies: list[str]) -> Path:
    path = tmp_path / "pyproject.toml"
    quoted = ", ".join(f'"{dependency}"' for dependency in dependencies)
    path.write_text(f'[project]\nname = "x"\nrequires-python = ">=3.11"\ndependencies = [{quoted}]\n')
    return path


def test_the_lowest_constraints_pin_each_declared_lower_bound(tmp_path: Path) -> None:
    path = write_pyproject(tmp_path, ["httpx>=0.23.1,<0.29.0", "attrs>=22.2.0", "foo~=1.4", "bar==2.0", "baz>1,>=1.5"])
    assert lowest_constraints(path) == ["httpx==0.23.1", "attrs==22.2.0", "foo==1.4", "bar==2.0", "baz==1.5"]


@pytest.mark.parametrize("dependency", ["httpx<0.29", "httpx", "httpx>=0.23,!=0.23"])
def test_a_dependency_without_a_usable_floor_is_an_error(tmp_path: Path, dependency: str) -> None:
    with pytest.raises(ValueError, match="httpx"):
        lowest_constraints(write_pyproject(tmp_path, [dependency]))


def test_the_generated_package_declares_a_floor_for_every_dependency() -> None:
    names = [line.split("==")[0] for line in lowest_constraints(PACKAGE_PYPROJECT)]
    assert names == [requirement.name for requirement in direct_dependencies()]
    assert names, "the generated package declares no dependencies"


def test_declared_python_versions_follow_requires_python() -> None:
    assert declared_minors(">=3.11", 14) == [11, 12, 13, 14]
    assert declared_minors(">=3.11,<3.13", 14) == [11, 12]


def test_the_classifiers_name_python_versions_and_a_declared_range() -> None:
    classifiers = package_metadata()["classifiers"]
    assert isinstance(classifiers, list)
    classified = classified_minors(classifiers)
    assert classified, "the generated pyproject names no Python version in its classifiers"
    assert set(declared_minors(str(package_metadata()["requires-python"]), max(classified))) >= classified


def test_every_non_behaviour_test_file_exists() -> None:
    assert all((TESTS / name).is_file() for name in NOT_BEHAVIOUR)
