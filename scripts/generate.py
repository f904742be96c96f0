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

from fake_shapes import write_fake_shapes
from generate_resources import write_resources

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "stuut.yaml"
CONFIG = ROOT / "generator_config.yaml"
TEMPLATES = ROOT / "overrides" / "templates"
PACKAGE_OVERLAY = ROOT / "overrides" / "package"
PROJECT = "stuut-client"
PACKAGE = "stuut_client"
GENERATED = ROOT / "generated"


def upstream_templates() -> Path:
    """The pinned generator's own templates (the originals the overrides change)."""
    import openapi_python_client

    return Path(openapi_python_client.__file__).parent / "templates"


def template_search_path(into: Path) -> Path:
    """The overrides, with the pinned originals beside them under ``upstream/``.

    An override imports the macros it does not change from its original (``{% import
    "upstream/property_templates/list_property.py.jinja" as upstream %}``) and defines only the ones it does,
    so an upstream fix to the others arrives with the next generator version.
    """
    shutil.copytree(TEMPLATES, into)
    shutil.copytree(upstream_templates(), into / "upstream")
    return into


def run_generator(project_dir: Path) -> None:
    with tempfile.TemporaryDirectory() as templates:
        _run_generator(project_dir, template_search_path(Path(templates) / "templates"))


def _run_generator(project_dir: Path, templates: Path) -> None:
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(SPEC),
        "--config", str(CONFIG),
        "--custom-template-path", str(templates),
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
    """Write _parameter_ranges.py: each operation's integer query parameter ranges, and the list operations.

    The generator does not carry schema constraints into the code. ``PARAMETER_RANGES`` is the documented
    min/max of each operation's integer query parameters; ``LIST_OPERATIONS`` maps the module of each paginated
    list operation (one with a ``page`` query parameter) to its operation id, default ``page`` and ``limit``, and
    their ranges. Pagination finds an operation there (no ``inspect``) and rejects a ``limit`` outside the
    documented range before sending anything.
    """
    import yaml

    spec = yaml.safe_load(SPEC.read_text())
    ranges: dict[str, dict[str, tuple[int | None, int | None]]] = {}
    lists: dict[str, str] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            operation_id = operation["operationId"]
            query = {p["name"]: p.get("schema", {}) for p in operation.get("parameters", []) if p.get("in") == "query"}
            for name, schema in query.items():
                bounds = (schema.get("minimum"), schema.get("maximum"))
                if schema.get("type") == "integer" and bounds != (None, None):
                    ranges.setdefault(operation_id, {})[name] = bounds
            if "page" in query:
                module = f"api/{operation['tags'][0]}/{operation_id}.py"
                if not (package_dir / module).exists():
                    raise SystemExit(f"{operation_id}: expected its module at {module}")
                defaults = tuple(query.get(name, {}).get("default") for name in ("page", "limit"))
                bounds = tuple(ranges.get(operation_id, {}).get(name, (None, None)) for name in ("page", "limit"))
                lists[f"{PACKAGE}.{module[:-3].replace('/', '.')}"] = (
                    f"ListOperation({operation_id!r}, {defaults[0]!r}, {defaults[1]!r}, {bounds[0]!r}, {bounds[1]!r})"
                )
    lines = [
        '"""Documented ranges of integer query parameters, and the list operations: written by scripts/generate.py."""',
        "",
        "from typing import NamedTuple",
        "",
        "PARAMETER_RANGES: dict[str, dict[str, tuple[int | None, int | None]]] = {",
    ]
    for operation_id in sorted(ranges):
        lines.append(f"    {operation_id!r}: {{")
        lines += [f"        {name!r}: {bounds!r}," for name, bounds in sorted(ranges[operation_id].items())]
        lines.append("    },")
    lines += [
        "}",
        "",
        "",
        "class ListOperation(NamedTuple):",
        '    """A paginated list operation: its id, the defaults of `page` and `limit`, their documented ranges."""',
        "",
        "    operation_id: str",
        "    default_page: int | None",
        "    default_limit: int | None",
        "    page_range: tuple[int | None, int | None]",
        "    limit_range: tuple[int | None, int | None]",
        "",
        "",
        "# Keyed by the module of the operation (`function.__module__`): no sys.modules or inspect needed.",
        "LIST_OPERATIONS: dict[str, ListOperation] = {",
    ]
    lines += [f"    {module!r}: {row}," for module, row in sorted(lists.items())]
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
    write_fake_shapes(project_dir / PACKAGE)  # stuut_client/testing/_shapes.py, for the fake (scripts/fake_shapes.py)
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
