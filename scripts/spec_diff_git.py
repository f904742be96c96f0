"""Git plumbing for the spec diff: the spec and the generated package as they were at a ref."""

from __future__ import annotations

import subprocess
import tarfile
from io import BytesIO
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = "openapi/stuut.yaml"
PACKAGE_DIR = "generated/stuut-client"
PACKAGE = "stuut_client"
EMPTY_SPEC: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "", "version": ""}, "paths": {}}


def git(*args: str, binary: bool = False) -> Any:
    result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=True)
    return result.stdout if binary else result.stdout.decode()


def ref_exists(ref: str) -> bool:
    check = ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{tree}}"]
    return subprocess.run(check, cwd=ROOT, capture_output=True).returncode == 0


def spec_at(ref: str | None) -> dict[str, Any]:
    """The spec at a git ref (None: the working tree); an empty spec where the file does not exist yet."""
    if ref is None:
        return yaml.safe_load((ROOT / SPEC).read_text())  # type: ignore[no-any-return]
    try:
        return yaml.safe_load(git("show", f"{ref}:{SPEC}"))  # type: ignore[no-any-return]
    except subprocess.CalledProcessError:
        return EMPTY_SPEC


def package_at(ref: str | None, tmp: Path) -> Path | None:
    """A directory holding the generated package at a ref (None: the working tree), or None if it has none."""
    if ref is None:
        return ROOT / PACKAGE_DIR
    try:
        archive = git("archive", "--format=tar", ref, f"{PACKAGE_DIR}/{PACKAGE}", binary=True)
    except subprocess.CalledProcessError:
        return None
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(tmp, filter="data")
    return tmp / PACKAGE_DIR


def commit_messages(base: str, head: str | None) -> str:
    """Every commit message between base and head (the working tree counts as HEAD)."""
    return str(git("log", "--format=%B", f"{base}..{head or 'HEAD'}"))
