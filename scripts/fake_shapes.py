"""Write stuut_client/testing/_shapes.py: the spec's shapes, compact, for the in-process fake (FakeStuut).

The fake must not read openapi/stuut.yaml at run time (the installed package does not ship it, and parsing
14k lines of YAML is slow), so `make generate` writes what it needs as Python literals:

- SCHEMAS: every object schema as a tuple of fields `(name, required, nullable, type)`;
- ENUMS: every enum's listed values;
- OPERATIONS: every operation's method, path, parameters and request and response types.

A type is a string: `str`, `str:date-time`, `str:date`, `str:uuid`, `str:email`, `int`, `int:<min>:<max>`, `num`,
`bool`, `obj` (a free-form object), `any` (untyped), `@Name` (a component schema or enum), or `[]<type>` (an array).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any


def type_of(schema: dict[str, Any]) -> tuple[str, bool]:
    """The compact type of a property schema, and whether it is nullable."""
    if "anyOf" in schema:
        variants = [s for s in schema["anyOf"] if s.get("type") != "null"]
        nullable = len(variants) < len(schema["anyOf"])
        if len(variants) != 1:
            return "any", nullable
        kind, inner_nullable = type_of(variants[0])
        return kind, nullable or inner_nullable
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return type_of(schema["allOf"][0])
    if "$ref" in schema:
        return "@" + schema["$ref"].rsplit("/", 1)[-1], False
    kind = schema.get("type")
    if isinstance(kind, list):
        nullable = "null" in kind
        rest = [k for k in kind if k != "null"]
        return (type_of({**schema, "type": rest[0]})[0] if len(rest) == 1 else "any"), nullable
    if kind == "array":
        return "[]" + type_of(schema.get("items") or {})[0], False
    if kind == "string":
        fmt = schema.get("format")
        return (f"str:{fmt}" if fmt in ("date-time", "date", "uuid", "email") else "str"), False
    if kind == "integer":
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is None and high is None:
            return "int", False
        return f"int:{'' if low is None else low}:{'' if high is None else high}", False
    if kind == "number":
        return "num", False
    if kind == "boolean":
        return "bool", False
    if kind == "object":
        return "obj", False
    return "any", False


def shapes(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    schemas: dict[str, Any] = {}
    enums: dict[str, Any] = {}
    for name, schema in sorted(spec["components"]["schemas"].items()):
        if "enum" in schema:
            enums[name] = tuple(schema["enum"])
            continue
        required = set(schema.get("required", []))
        fields = []
        for field, field_schema in schema.get("properties", {}).items():
            kind, nullable = type_of(field_schema)
            fields.append((field, field in required, nullable, kind))
        schemas[name] = tuple(fields)
    operations: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        for method in ("get", "post", "put", "patch", "delete"):
            if method not in item:
                continue
            operation = item[method]
            parameters = []
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                kind = type_of(schema)[0]
                parameters.append(
                    (parameter["name"], parameter["in"], bool(parameter.get("required")), kind, schema.get("default"))
                )
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            response = operation["responses"]["200"]["content"]["application/json"]["schema"]
            operations[operation["operationId"]] = {
                "method": method.upper(),
                "path": path,
                "parameters": tuple(parameters),
                "body": type_of(body)[0] if body else None,
                "response": type_of(response)[0],
            }
    return schemas, enums, operations


def write_fake_shapes(package_dir: Path) -> None:
    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi" / "stuut.yaml").read_text())
    schemas, enums, operations = shapes(spec)
    target = package_dir / "testing" / "_shapes.py"
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        '"""The spec\'s shapes for stuut_client.testing (written by scripts/fake_shapes.py; do not edit)."""',
        "",
        "from typing import Any",
        "",
        f"SCHEMAS: dict[str, tuple[tuple[str, bool, bool, str], ...]] = {schemas!r}",
        "",
        f"ENUMS: dict[str, tuple[Any, ...]] = {enums!r}",
        "",
        f"OPERATIONS: dict[str, dict[str, Any]] = {operations!r}",
    ]
    target.write_text("\n".join(lines) + "\n")
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [str(bin_dir / "ruff"), "format", "--isolated", "--no-cache", "--line-length", "120", "--quiet", str(target)],
        check=True,
    )
