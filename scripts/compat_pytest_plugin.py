"""pytest plugin loaded into every `make test-compat` run (scripts/test_compat.py passes `-p compat_pytest_plugin`).

It proves the run tests the package as installed: `stuut_client` must come from this venv's site-packages (the
wheel built from generated/stuut-client), never from the source tree, or the run stops before any test. It writes
where the package came from and the versions of its declared dependencies to $STUUT_COMPAT_REPORT (JSON).
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import sys
import sysconfig
from pathlib import Path

import pytest


def _installed_dependency_versions() -> dict[str, str]:
    """The installed version of every dependency stuut-client's own metadata declares."""
    versions = {}
    for requirement in importlib.metadata.requires("stuut-client") or []:
        name = re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0]
        versions[name] = importlib.metadata.version(name)
    return versions


def pytest_configure(config: pytest.Config) -> None:
    import stuut_client

    location = Path(stuut_client.__file__).resolve()
    site_packages = Path(sysconfig.get_path("purelib")).resolve()
    if site_packages not in location.parents:
        raise pytest.UsageError(
            f"stuut_client was imported from {location}, not from this venv's site-packages ({site_packages}): "
            "the compatibility run would test the source tree instead of the installed package"
        )
    report = {
        "python": sys.version.split()[0],
        "executable": sys.executable,
        "stuut_client": str(location),
        "stuut_client_version": importlib.metadata.version("stuut-client"),
        "dependencies": _installed_dependency_versions(),
    }
    if path := os.environ.get("STUUT_COMPAT_REPORT"):
        Path(path).write_text(json.dumps(report, indent=2))
