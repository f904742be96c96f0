"""`make test-compat`: the behaviour tests against the package as installed, on every CPython the machine has.

For every CPython >= the package's `requires-python` found on this machine (`python3.X` on PATH, then the usual
version-manager folders), and once more on the oldest of them with the lowest dependency versions the package
declares, this

1. builds a wheel of generated/stuut-client (from a copy, so the build leaves nothing in generated/);
2. keeps a venv per target under .venv-compat/, named by a hash of everything that decides its contents (the
   interpreter, requirements/compat.in, requirements/dev.txt, the package's declared dependencies): a second
   run reuses it and only reinstalls the wheel;
3. runs the behaviour tests (every tests/test_*.py but NOT_BEHAVIOUR) in that venv with the repository's
   pytest settings, except `pythonpath`, which is overridden so `stuut_client` comes from the installed wheel;
   scripts/compat_pytest_plugin.py stops the run if it does not, and reports where it came from.

Runs in parallel (COMPAT_JOBS, default 2). Declared Python versions that are not on the machine are reported;
a version the classifiers name that is not found, or a found one they do not name, fails the run (the classifiers
must list exactly what CI tests).

    python scripts/test_compat.py                     # everything
    python scripts/test_compat.py --only py3.12       # one target (names: py3.X, py3.X-lowest)
    python scripts/test_compat.py -- -k pagination    # extra pytest arguments
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compat_constraints import PACKAGE_PYPROJECT, ROOT, declared_floor, direct_dependencies, package_metadata

CACHE = ROOT / ".venv-compat"
TESTS = ROOT / "tests"
TEST_REQUIREMENTS = ROOT / "requirements" / "compat.in"
PINS = ROOT / "requirements" / "dev.txt"
PLUGIN_DIR = Path(__file__).resolve().parent

# The newest CPython 3.x released. Every minor from requires-python's floor up to it is "declared" (reported when
# missing); a newer interpreter found on the machine is tested too.
NEWEST_CPYTHON_MINOR = 14
# Bump when the way a venv is filled changes, so cached venvs are rebuilt.
RECIPE = "1"

# Test files that do not exercise the installed package (or need the whole dev toolchain). Every other
# tests/test_*.py is a behaviour test and runs on every target, so a new test file is included automatically.
NOT_BEHAVIOUR = {
    "test_spec.py": "validates openapi/stuut.yaml itself (openapi-spec-validator)",
    "test_fidelity.py": "checks the spec against the reference pages (scripts/check_fidelity.py)",
    "test_fake_conformance.py": "validates the fake's traffic against the spec (openapi-core, as the cassette check)",
    "test_bench_payload.py": "checks the benchmark's payload builder against the spec (openapi-schema-validator)",
    "test_bench_server.py": "tests the benchmark's loopback server, not the package",
    "test_override_templates.py": "runs the generator on a small spec (openapi-python-client)",
    "test_page_examples.py": "validates the reference pages' examples against the spec (jsonschema)",
    "test_cassette_conformance.py": "checks the recorded cassettes against the spec (openapi-core)",
    "test_cassettes.py": "cassette hygiene (no secrets); does not import the package",
    "test_compat_tools.py": "tests scripts/compat_constraints.py and this script, not the package",
    "test_model_properties.py": "Hypothesis properties of ~100 models, about 90 s a run; the same parsing code "
    "runs in test_examples.py, test_tolerance.py and test_lazy.py",
    "test_typed_decode_properties.py": "Hypothesis properties of the fast path for every schema "
    "(hypothesis-jsonschema), about 50 s a run; its behaviour through the client runs in test_typed_decode.py",
}


@dataclass(frozen=True)
class Interpreter:
    minor: int
    executable: str
    version: str


@dataclass
class Target:
    name: str
    interpreter: Interpreter
    description: str
    package_constraints: str  # constraints text for the package's dependency tree
    expected: dict[str, str] = field(default_factory=dict)  # exact versions the run must have, by dependency


@dataclass
class Outcome:
    target: Target
    ok: bool
    seconds: float
    summary: str
    report: dict[str, object] = field(default_factory=dict)
    log: Path | None = None


# -- finding interpreters ------------------------------------------------------------------------------------------


def version_manager_dirs() -> list[Path]:
    """Folders holding one installation per version (3.12.1/, cpython-3.12.1-linux.../), that exist here."""
    home = Path.home()
    roots = [
        Path(os.environ.get("PYENV_ROOT", home / ".pyenv")) / "versions",
        home / ".local" / "share" / "uv" / "python",
        Path(os.environ.get("ASDF_DATA_DIR", home / ".asdf")) / "installs" / "python",
        home / ".local" / "share" / "mise" / "installs" / "python",
        Path("/opt/python"),
        Path("/usr/local/opt"),
    ]
    return [root for root in dict.fromkeys(roots) if root.is_dir()]


def _patch_key(path: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path.name)[:3])


def candidates(minor: int) -> list[Path]:
    name = f"python3.{minor}"
    found = [Path(directory) / name for directory in os.environ.get("PATH", "").split(os.pathsep) if directory]
    for root in version_manager_dirs():
        installs = [p for p in root.glob(f"*3.{minor}.*") if re.fullmatch(rf"(cpython-)?3\.{minor}\.\d+(-.*)?", p.name)]
        found += [install / "bin" / name for install in sorted(installs, key=_patch_key, reverse=True)]
    return [path for path in dict.fromkeys(found) if path.is_file() and os.access(path, os.X_OK)]


PROBE = (
    "import json, sys, sysconfig; print(json.dumps([sys.implementation.name, sys.version_info[:2], "
    "sys.version.split()[0], sys.executable, bool(sysconfig.get_config_var('Py_GIL_DISABLED'))]))"
)


def probe(path: Path, minor: int) -> Interpreter | None:
    """The interpreter at `path` if it runs and is a (GIL) CPython 3.minor; pyenv shims of absent versions fail."""
    try:
        result = subprocess.run([str(path), "-c", PROBE], capture_output=True, text=True, timeout=60)
        implementation, version_info, version, executable, free_threaded = json.loads(result.stdout)
    except (OSError, subprocess.TimeoutExpired, ValueError):
        return None
    if result.returncode or implementation != "cpython" or version_info != [3, minor] or free_threaded:
        return None
    return Interpreter(minor, executable, version)


def find_interpreters(minors: range) -> dict[int, Interpreter]:
    found = {}
    for minor in minors:
        for path in candidates(minor):
            if interpreter := probe(path, minor):
                found[minor] = interpreter
                break
    return found


# -- what the package declares ------------------------------------------------------------------------------------


def declared_minors(requires_python: str, newest: int) -> list[int]:
    specifier = SpecifierSet(requires_python)
    return [minor for minor in range(0, newest + 1) if specifier.contains(Version(f"3.{minor}.0"))]


def classified_minors(classifiers: list[str]) -> set[int]:
    return {
        int(match.group(1))
        for classifier in classifiers
        if (match := re.fullmatch(r"Programming Language :: Python :: 3\.(\d+)", classifier))
    }


def requirement_name(line: str) -> str | None:
    line = line.split("#", 1)[0].strip()
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", line)
    return canonicalize_name(match.group(0)) if match else None


# -- venvs ---------------------------------------------------------------------------------------------------------


def run(command: list[str], log: Path, **kwargs: object) -> None:
    with log.open("a") as out:
        out.write(f"$ {' '.join(command)}\n")
        out.flush()
        subprocess.run(command, check=True, stdout=out, stderr=subprocess.STDOUT, **kwargs)  # type: ignore[call-overload]


def venv_key(target: Target) -> str:
    recipe = {
        "recipe": RECIPE,
        "python": [target.interpreter.executable, target.interpreter.version],
        "tests": TEST_REQUIREMENTS.read_text(),
        "pins": PINS.read_text(),
        "package": target.package_constraints,
        "declared": [str(r) for r in direct_dependencies()],
    }
    return hashlib.sha256(json.dumps(recipe, sort_keys=True).encode()).hexdigest()[:12]


def fill_venv(target: Target, venv: Path, wheel: Path, log: Path) -> None:
    """A fresh venv: the package with its dependency tree as the target wants it, then the test tools.

    The test tools are pinned as in requirements/dev.txt, except packages the package's tree already holds (its
    tree on the lowest floors, such as httpx 0.23's httpcore, is not dev.txt's): those stay as they are.
    """
    shutil.rmtree(venv, ignore_errors=True)
    run([target.interpreter.executable, "-m", "venv", str(venv)], log)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check"]
    (venv / "package-constraints.txt").write_text(target.package_constraints)
    run([*pip, "install", str(wheel), "-c", str(venv / "package-constraints.txt")], log)
    frozen = subprocess.run([*pip, "freeze", "--exclude", "stuut-client"], capture_output=True, text=True, check=True)
    held = {requirement_name(line) for line in frozen.stdout.splitlines()}
    pins = [line for line in PINS.read_text().splitlines() if requirement_name(line) not in held]
    (venv / "test-constraints.txt").write_text("\n".join([*frozen.stdout.splitlines(), *pins]) + "\n")
    run([*pip, "install", "-r", str(TEST_REQUIREMENTS), "-c", str(venv / "test-constraints.txt")], log)
    run([*pip, "check"], log)
    (venv / ".installed").touch()


def prepare(target: Target, wheel: Path, log: Path) -> Path:
    key = venv_key(target)
    venv = CACHE / f"{target.name}-{key}"
    for stale in CACHE.glob(f"{target.name}-*"):
        if stale != venv and re.fullmatch(rf"{re.escape(target.name)}-[0-9a-f]{{12}}", stale.name):
            shutil.rmtree(stale, ignore_errors=True)
    if not (venv / ".installed").exists():
        fill_venv(target, venv, wheel, log)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check"]
    run([*pip, "install", "--quiet", "--no-deps", "--force-reinstall", str(wheel)], log)
    return venv


# -- one target ----------------------------------------------------------------------------------------------------


def behaviour_test_args() -> list[str]:
    return [f"--ignore={TESTS / name}" for name in sorted(NOT_BEHAVIOUR)]


def run_target(target: Target, wheel: Path, pytest_args: list[str]) -> Outcome:
    started = time.monotonic()
    log = CACHE / "logs" / f"{target.name}.log"
    log.write_text("")
    try:
        venv = prepare(target, wheel, log)
    except subprocess.CalledProcessError as error:
        return Outcome(target, False, time.monotonic() - started, f"setup failed: {error}", log=log)
    report_path = venv / "report.json"
    report_path.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": str(PLUGIN_DIR),
        "STUUT_COMPAT_REPORT": str(report_path),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    command = [
        str(venv / "bin" / "python"), "-P", "-m", "pytest",
        "-o", "pythonpath=tests",  # pyproject.toml's pythonpath would put generated/stuut-client first
        "-p", "compat_pytest_plugin",
        "--record-mode=none", "--block-network", "-q", "--no-header",
        *behaviour_test_args(), *pytest_args, str(TESTS),
    ]  # fmt: skip
    with log.open("a") as out:
        out.write(f"$ {' '.join(command)}\n")
        out.flush()
        result = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        out.write(result.stdout)
    lines = [line for line in result.stdout.strip().splitlines() if line.strip()]
    summary = lines[-1].strip("= ") if lines else "no output"
    report = json.loads(report_path.read_text()) if report_path.exists() else {}
    ok = result.returncode == 0 and bool(report)
    installed = report.get("dependencies", {})
    wrong = {name: (version, installed.get(name)) for name, version in target.expected.items()
             if installed.get(name) != version}  # fmt: skip
    if ok and wrong:
        ok = False
        summary += "; wrong versions: " + ", ".join(f"{n} {got} (want {want})" for n, (want, got) in wrong.items())
    return Outcome(target, ok, time.monotonic() - started, summary, report, log)


# -- the whole run -------------------------------------------------------------------------------------------------


def build_wheel(into: Path) -> Path:
    """A wheel of generated/stuut-client, built from a copy (a build writes into its source folder)."""
    with tempfile.TemporaryDirectory() as temp:
        source = Path(temp) / "stuut-client"
        shutil.copytree(PACKAGE_PYPROJECT.parent, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        shutil.rmtree(into, ignore_errors=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps",
             "-w", str(into), str(source)],
            check=True,
        )  # fmt: skip
    (wheel,) = into.glob("*.whl")
    return wheel


def plan(found: dict[int, Interpreter]) -> list[Target]:
    """One target per interpreter with dev.txt's pins, and the oldest interpreter with the declared floors."""
    pins = {requirement_name(line): line.split("==", 1)[1].split()[0] for line in PINS.read_text().splitlines()
            if requirement_name(line) and "==" in line}  # fmt: skip
    dependencies = direct_dependencies()
    pinned = {r.name: pins[canonicalize_name(r.name)] for r in dependencies if canonicalize_name(r.name) in pins}
    floors = {r.name: str(declared_floor(r)) for r in dependencies}
    targets = [
        Target(f"py3.{minor}", interpreter, "pinned as in requirements/dev.txt", PINS.read_text(), pinned)
        for minor, interpreter in sorted(found.items())
    ]
    oldest = found[min(found)]
    lowest = "".join(f"{name}=={version}\n" for name, version in floors.items())
    targets.append(Target(f"py3.{oldest.minor}-lowest", oldest, "lowest declared versions", lowest, floors))
    return targets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", help="run only this target (repeatable)")
    parser.add_argument("--jobs", type=int, default=int(os.environ.get("COMPAT_JOBS", "2")))
    parser.add_argument("pytest_args", nargs="*", help="after --: extra pytest arguments")
    args = parser.parse_args()
    started = time.monotonic()

    problems = [
        f"NOT_BEHAVIOUR names {name}, which does not exist" for name in NOT_BEHAVIOUR if not (TESTS / name).is_file()
    ]
    metadata = package_metadata()
    requires_python = str(metadata.get("requires-python", ""))
    classifiers = metadata.get("classifiers", [])
    assert isinstance(classifiers, list)
    floor_minor = declared_minors(requires_python, NEWEST_CPYTHON_MINOR)[0]
    found = find_interpreters(range(floor_minor, NEWEST_CPYTHON_MINOR + 7))
    declared = declared_minors(requires_python, max([NEWEST_CPYTHON_MINOR, *found]))
    classified = classified_minors(classifiers)

    print(f"Package declares requires-python {requires_python!r}: CPython {', '.join(f'3.{m}' for m in declared)}")
    for minor in declared:
        if minor in found:
            print(f"  3.{minor}: {found[minor].executable} ({found[minor].version})")
        else:
            where = ", ".join([f"python3.{minor} on PATH", *(f"{d}/3.{minor}.*" for d in version_manager_dirs())])
            print(f"  3.{minor}: NOT FOUND, NOT TESTED (looked for {where})")
    if not found:
        problems.append(f"no CPython {requires_python} found on this machine")
    if classified - set(found):
        missing = ", ".join(f"3.{m}" for m in sorted(classified - set(found)))
        problems.append(f"the classifiers name {missing}, which this machine lacks: install it, or drop the classifier")
    if set(found) - classified:
        extra = ", ".join(f"3.{m}" for m in sorted(set(found) - classified))
        problems.append(
            f"{extra} is tested here but not in the classifiers: add it to overrides/templates/pyproject_pdm.toml.jinja"
        )
    if problems or not found:
        print("\n".join(f"ERROR: {p}" for p in problems), file=sys.stderr)
        return 1

    targets = [t for t in plan(found) if not args.only or t.name in args.only]
    if args.only and len(targets) != len(args.only):
        print(f"ERROR: unknown target in {args.only}; targets: {[t.name for t in plan(found)]}", file=sys.stderr)
        return 1
    (CACHE / "logs").mkdir(parents=True, exist_ok=True)
    wheel = build_wheel(CACHE / "wheel")
    print(f"Behaviour tests: tests/test_*.py except {', '.join(sorted(NOT_BEHAVIOUR))}")
    print(f"Testing {wheel.name} on {len(targets)} targets, {args.jobs} at a time")
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = list(pool.map(lambda t: run_target(t, wheel, args.pytest_args), targets))

    for outcome in outcomes:
        report = outcome.report
        versions = ", ".join(f"{n} {v}" for n, v in dict(report.get("dependencies", {})).items())  # type: ignore[call-overload]
        print(
            f"{'ok  ' if outcome.ok else 'FAIL'} {outcome.target.name:<13} {outcome.seconds:5.0f} s  "
            f"{outcome.summary}\n     Python {report.get('python', outcome.target.interpreter.version)}, "
            f"{outcome.target.description}: {versions or '?'}\n     stuut_client from {report.get('stuut_client', '?')}"
        )
        if not outcome.ok and outcome.log:
            tail = outcome.log.read_text().splitlines()[-40:]
            print(f"     --- last lines of {outcome.log.relative_to(ROOT)} ---\n" + "\n".join(tail), file=sys.stderr)
    print(f"test-compat: {time.monotonic() - started:.0f} s")
    return 0 if all(outcome.ok for outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
