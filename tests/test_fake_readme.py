"""The testing examples of both READMEs run as written: the repository's section runs as a script, the package
README's as a service's own pytest file (with only the package and the `stuut_fake` plugin on the path)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "stuut-client"


def python_blocks(markdown: str, section: str) -> list[str]:
    """The ```python blocks of the section whose heading is `section` (up to the next heading of its level)."""
    level = section.split(" ")[0]
    start = markdown.index(section + "\n")
    end = markdown.find(f"\n{level} ", start + len(section))
    text = markdown[start : end if end != -1 else None]
    return re.findall(r"```python\n(.*?)```", text, re.S)


def run(arguments: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # Plugins load only by -p: where the package is also installed (make test-compat), its pytest11 entry point
    # would register the fixture a second time.
    env = {"PYTHONPATH": str(PACKAGE), "PATH": "/usr/bin:/bin", "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    return subprocess.run([sys.executable, *arguments], capture_output=True, text=True, env=env, cwd=cwd)


def test_the_repository_readme_testing_example_runs(tmp_path: Path) -> None:
    [block] = python_blocks((ROOT / "README.md").read_text(), "### Testing code that uses the client")
    result = run(["-c", block], tmp_path)
    assert result.returncode == 0, result.stderr


def test_the_package_readme_example_passes_as_a_services_test(tmp_path: Path) -> None:
    [block] = python_blocks((PACKAGE / "README.md").read_text(), "## Testing code that uses this client")
    (tmp_path / "test_service.py").write_text(block)
    result = run(["-m", "pytest", "-q", "-p", "stuut_client.testing.pytest_plugin", "-p", "no:cacheprovider"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
