"""Regenerate the client from openapi/stuut.yaml, generator_config.yaml and overrides/.

    python scripts/generate.py                 # replace generated/stuut-client
    python scripts/generate.py --output DIR    # write DIR/stuut-client instead (used by the drift check)

The generator runs from this interpreter's environment (where the pinned versions are installed);
its bin/ goes first on PATH so the ruff post-hooks use the pinned ruff, not whatever else is installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generate_resources import write_resources

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "stuut.yaml"
CONFIG = ROOT / "generator_config.yaml"
TEMPLATES = ROOT / "overrides" / "templates"
PACKAGE_OVERLAY = ROOT / "overrides" / "package"
PROJECT = "stuut-client"
PACKAGE = "stuut_client"
GENERATED = ROOT / "generated"


def run_generator(project_dir: Path) -> None:
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(SPEC),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "pdm",
        "--output-path", str(project_dir),
        # Without it a conflicting or unsupported schema is silently dropped from the client.
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, cwd=project_dir.parent, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {result.returncode}); see the messages above.")


def overlay_package(package_dir: Path) -> None:
    """Copy the hand-written modules into the generated package; they must not replace generated files."""
    for source in sorted(PACKAGE_OVERLAY.rglob("*")):
        if source.is_dir() or "__pycache__" in source.parts:
            continue
        target = package_dir / source.relative_to(PACKAGE_OVERLAY)
        if target.exists():
            raise SystemExit(
                f"overrides/package/{source.relative_to(PACKAGE_OVERLAY)} would replace a generated file; "
                "change the template in overrides/templates/ instead."
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def write_parameter_ranges(package_dir: Path) -> None:
    """Write _parameter_ranges.py: the documented min/max of each operation's integer query parameters.

    The generator does not carry schema constraints into the code; pagination uses this table to reject a
    `limit` outside the documented range before sending anything.
    """
    import yaml

    spec = yaml.safe_load(SPEC.read_text())
    ranges: dict[str, dict[str, tuple[int | None, int | None]]] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                if parameter.get("in") == "query" and schema.get("type") == "integer":
                    bounds = (schema.get("minimum"), schema.get("maximum"))
                    if bounds != (None, None):
                        ranges.setdefault(operation["operationId"], {})[parameter["name"]] = bounds
    lines = [
        '"""Documented ranges of integer query parameters per operation: written by scripts/generate.py."""',
        "",
        "PARAMETER_RANGES: dict[str, dict[str, tuple[int | None, int | None]]] = {",
    ]
    for operation_id in sorted(ranges):
        lines.append(f"    {operation_id!r}: {{")
        lines += [f"        {name!r}: {bounds!r}," for name, bounds in sorted(ranges[operation_id].items())]
        lines.append("    },")
    lines.append("}")
    target = package_dir / "_parameter_ranges.py"
    target.write_text("\n".join(lines).replace("'", '"') + "\n")
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [str(bin_dir / "ruff"), "format", "--isolated", "--no-cache", "--line-length", "120", "--quiet", str(target)],
        check=True,
    )


def stamp_tool_versions(project_dir: Path) -> None:
    """Record the generator and ruff versions, so the drift check also catches a tool version change."""
    from importlib.metadata import version

    tools = ("openapi-python-client", "ruff")
    lines = ["# Tools that wrote this package (pinned in requirements/dev.in). Written by scripts/generate.py."]
    (project_dir / "GENERATED_BY").write_text("\n".join([*lines, *(f"{t}=={version(t)}" for t in tools)]) + "\n")


def generate_into(parent: Path) -> Path:
    project_dir = parent / PROJECT
    run_generator(project_dir)
    overlay_package(project_dir / PACKAGE)
    write_parameter_ranges(project_dir / PACKAGE)
    write_resources(project_dir, project_dir / PACKAGE)  # the resource-style client (Stuut, AsyncStuut)
    stamp_tool_versions(project_dir)
    return project_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, help="write <output>/stuut-client instead of generated/")
    args = parser.parse_args()
    if args.output:
        args.output.mkdir(parents=True, exist_ok=True)
        generate_into(args.output)
        return
    with tempfile.TemporaryDirectory() as tmp:
        fresh = generate_into(Path(tmp))
        target = GENERATED / PROJECT
        shutil.rmtree(target, ignore_errors=True)
        GENERATED.mkdir(exist_ok=True)
        shutil.copytree(fresh, target)
    print(f"generated {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
