"""What a difference between two versions of the spec means for this client: the rules griffe cannot see.

api-smart-diff (npm, pinned; scripts/spec_diff_tool.mjs) computes the semantic diff of the two documents
(operations, parameters, properties and enum values matched by key, $refs resolved); the rules here label each
difference for this client. api-smart-diff's own labels are written for servers (it calls a removed or retyped
response field non-breaking), and this client tolerates enum values it does not know.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DIFF_TOOL = Path(__file__).resolve().parent / "spec_diff_tool.mjs"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ANNOTATIONS = {"description", "summary", "example", "examples", "title", "x-enum-varnames", "externalDocs", "default"}


@dataclass(frozen=True)
class Change:
    id: str  # stable, for openapi/ACKNOWLEDGED_BREAKING_CHANGES
    breaking: bool
    kind: str  # Keep a Changelog section: Added, Changed or Removed
    text: str  # Markdown


def semantic_diff(base: dict[str, Any], head: dict[str, Any]) -> list[dict[str, Any]]:
    """api-smart-diff's list of differences ({action, path, before, after, ...})."""
    with tempfile.TemporaryDirectory() as tmp:
        base_file, head_file = Path(tmp) / "base.json", Path(tmp) / "head.json"
        base_file.write_text(json.dumps(base, default=str))
        head_file.write_text(json.dumps(head, default=str))
        out = subprocess.run(["node", str(DIFF_TOOL), str(base_file), str(head_file)], capture_output=True, check=True)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def signature(schema: Any) -> str:
    """A short readable type for a raw (unresolved) schema: `string(date-time) | null`, `list[Invoice]`."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return ref_name(schema["$ref"])
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            return " | ".join(signature(branch) for branch in schema[combinator])
    if "allOf" in schema:
        return " & ".join(signature(branch) for branch in schema["allOf"])
    kinds = schema.get("type")
    if kinds is None:
        return "any"
    if isinstance(kinds, list):
        return " | ".join(signature({**schema, "type": kind}) for kind in kinds)
    if kinds == "array":
        return f"list[{signature(schema.get('items', {}))}]"
    if kinds == "object" and "additionalProperties" in schema and isinstance(schema["additionalProperties"], dict):
        return f"dict[str, {signature(schema['additionalProperties'])}]"
    text = f"{kinds}({schema['format']})" if "format" in schema else kinds
    return f"{text} enum" if "enum" in schema else text


def enum_values(schema: Any) -> set[Any]:
    found: set[Any] = set()
    if isinstance(schema, dict):
        found.update(schema.get("enum", []))
        for branch in schema.get("anyOf", []) + schema.get("oneOf", []):
            found |= enum_values(branch)
        if schema.get("type") == "array":
            found |= enum_values(schema.get("items"))
    return found


def without_annotations(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: without_annotations(v) for k, v in node.items() if k not in ANNOTATIONS}
    if isinstance(node, list):
        return [without_annotations(v) for v in node]
    return node


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (path, method): op
        for path, item in (spec.get("paths") or {}).items()
        for method, op in item.items()
        if method in METHODS
    }


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
        node = target
    return node


def parameters(spec: dict[str, Any], path: str, op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    items = (spec["paths"][path].get("parameters") or []) + (op.get("parameters") or [])
    resolved = [resolve(spec, p) for p in items]
    return {(p["in"], p["name"]): p for p in resolved if "name" in p}


def request_schemas(spec: dict[str, Any]) -> set[str]:
    """Components reachable from a request body: a new required field there breaks callers."""
    bodies = [resolve(spec, op["requestBody"]) for op in operations(spec).values() if op.get("requestBody")]
    found: set[str] = set()
    pending = [ref_name(r) for body in bodies for r in _refs(body)]
    while pending:
        name = pending.pop()
        if name not in found:
            found.add(name)
            pending += [ref_name(r) for r in _refs(spec.get("components", {}).get("schemas", {}).get(name, {}))]
    return found


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def op_label(path: str, method: str, op: dict[str, Any]) -> str:
    return f"`{op.get('operationId', '?')}` (`{method.upper()} {path}`)"


def operation_changes(base: dict[str, Any], head: dict[str, Any], diffs: list[dict[str, Any]]) -> list[Change]:
    changes: list[Change] = []
    base_ops, head_ops = operations(base), operations(head)
    removed = {key: op for key, op in base_ops.items() if key not in head_ops}
    added = {key: op for key, op in head_ops.items() if key not in base_ops}
    head_by_id = {op.get("operationId"): key for key, op in added.items()}
    for (path, method), op in sorted(removed.items()):
        operation_id = op.get("operationId", f"{method} {path}")
        moved_to = head_by_id.pop(operation_id, None)
        if moved_to:
            new_path, new_method = moved_to
            changes.append(
                Change(
                    f"operation-moved:{operation_id}",
                    True,
                    "Changed",
                    f"Operation `{operation_id}` moved from `{method.upper()} {path}` to "
                    f"`{new_method.upper()} {new_path}`.",
                )
            )
            added.pop(moved_to)
        else:
            changes.append(
                Change(f"operation-removed:{operation_id}", True, "Removed", f"Operation {op_label(path, method, op)}.")
            )
    for (path, method), op in sorted(added.items()):
        changes.append(
            Change(
                f"operation-added:{op.get('operationId')}", False, "Added", f"Operation {op_label(path, method, op)}."
            )
        )

    touched = {(d["path"][1], d["path"][2]) for d in diffs if d["path"][0] == "paths" and len(d["path"]) > 3}
    touched |= {(d["path"][1], m) for d in diffs if d["path"][0] == "paths" and len(d["path"]) == 2 for m in METHODS}
    for key in sorted(touched & base_ops.keys() & head_ops.keys()):
        changes += _operation_changed(base, head, key, base_ops[key], head_ops[key])
    return changes


def _operation_changed(
    base: dict[str, Any], head: dict[str, Any], key: tuple[str, str], old: dict[str, Any], new: dict[str, Any]
) -> list[Change]:
    path, method = key
    changes: list[Change] = []
    name = new.get("operationId", f"{method} {path}")
    if old.get("operationId") != new.get("operationId"):
        changes.append(
            Change(
                f"operation-renamed:{old.get('operationId')}",
                True,
                "Changed",
                f"Operation `{old.get('operationId')}` renamed to `{name}` (`{method.upper()} {path}`).",
            )
        )
    old_params, new_params = parameters(base, path, old), parameters(head, path, new)
    for where, pname in sorted(old_params):
        if (where, pname) not in new_params:
            changes.append(
                Change(f"parameter-removed:{name}.{pname}", True, "Removed", f"`{name}`: {where} parameter `{pname}`.")
            )
    for (where, pname), param in sorted(new_params.items()):
        before = old_params.get((where, pname))
        if before is None:
            if param.get("required"):
                changes.append(
                    Change(
                        f"parameter-added-required:{name}.{pname}",
                        True,
                        "Changed",
                        f"`{name}`: new required {where} parameter `{pname}`.",
                    )
                )
            else:
                changes.append(
                    Change(
                        f"parameter-added:{name}.{pname}",
                        False,
                        "Added",
                        f"`{name}`: optional {where} parameter `{pname}`.",
                    )
                )
            continue
        if param.get("required") and not before.get("required"):
            changes.append(
                Change(
                    f"parameter-became-required:{name}.{pname}",
                    True,
                    "Changed",
                    f"`{name}`: {where} parameter `{pname}` is now required.",
                )
            )
        old_schema, new_schema = before.get("schema", {}), param.get("schema", {})
        if signature(old_schema) != signature(new_schema):
            changes.append(
                Change(
                    f"parameter-type-changed:{name}.{pname}",
                    True,
                    "Changed",
                    f"`{name}`: {where} parameter `{pname}` type `{signature(old_schema)}` → "
                    f"`{signature(new_schema)}`.",
                )
            )
        elif "$ref" not in json.dumps(new_schema):  # a referenced enum's values are reported with its component
            gone, new_values = (
                enum_values(old_schema) - enum_values(new_schema),
                enum_values(new_schema) - enum_values(old_schema),
            )
            for value in sorted(gone, key=str):
                changes.append(
                    Change(
                        f"parameter-value-removed:{name}.{pname}.{value}",
                        True,
                        "Removed",
                        f"`{name}`: {where} parameter `{pname}` no longer accepts `{value}`.",
                    )
                )
            for value in sorted(new_values, key=str):
                changes.append(
                    Change(
                        f"parameter-value-added:{name}.{pname}.{value}",
                        False,
                        "Added",
                        f"`{name}`: {where} parameter `{pname}` accepts `{value}`.",
                    )
                )
    old_responses, new_responses = old.get("responses", {}), new.get("responses", {})
    for status in sorted(old_responses):
        if status not in new_responses:
            changes.append(
                Change(f"response-removed:{name}.{status}", True, "Removed", f"`{name}`: response `{status}`.")
            )
            continue
        old_schema = _json_schema(base, old_responses[status])
        new_schema = _json_schema(head, new_responses[status])
        if signature(old_schema) != signature(new_schema):
            changes.append(
                Change(
                    f"response-type-changed:{name}.{status}",
                    True,
                    "Changed",
                    f"`{name}`: response `{status}` body `{signature(old_schema)}` → `{signature(new_schema)}`.",
                )
            )
    for status in sorted(set(new_responses) - set(old_responses)):
        changes.append(Change(f"response-added:{name}.{status}", False, "Added", f"`{name}`: response `{status}`."))
    old_body, new_body = resolve(base, old.get("requestBody")), resolve(head, new.get("requestBody"))
    if new_body and new_body.get("required") and not (old_body and old_body.get("required")):
        changes.append(
            Change(f"request-body-required:{name}", True, "Changed", f"`{name}`: a request body is now required.")
        )
    elif old_body and new_body and signature(_json_schema(base, old_body)) != signature(_json_schema(head, new_body)):
        changes.append(
            Change(
                f"request-body-type-changed:{name}",
                True,
                "Changed",
                f"`{name}`: request body `{signature(_json_schema(base, old_body))}` → "
                f"`{signature(_json_schema(head, new_body))}`.",
            )
        )
    return changes


def _json_schema(spec: dict[str, Any], message: Any) -> Any:
    content = (resolve(spec, message) or {}).get("content") or {}
    media = next((m for t, m in content.items() if "json" in t), None)
    return (media or {}).get("schema")


def component_changes(base: dict[str, Any], head: dict[str, Any], diffs: list[dict[str, Any]]) -> list[Change]:
    old_all = (base.get("components") or {}).get("schemas") or {}
    new_all = (head.get("components") or {}).get("schemas") or {}
    in_requests = request_schemas(head)
    changes: list[Change] = []
    for name in sorted(set(old_all) - set(new_all)):
        changes.append(Change(f"model-removed:{name}", True, "Removed", f"Model `{name}`."))
    for name in sorted(set(new_all) - set(old_all)):
        changes.append(Change(f"model-added:{name}", False, "Added", f"Model `{name}`."))

    # Only differences at a component's own level: past a second `properties` the diff is inside a
    # referenced component (api-smart-diff resolves $refs), which is reported under that component's name.
    touched: dict[str, set[str]] = {}
    for diff in diffs:
        path = diff["path"]
        if path[:2] != ["components", "schemas"] or len(path) < 4 or path[2] not in old_all or path[2] not in new_all:
            continue
        if path[3] == "properties" and len(path) > 4 and "properties" not in path[5:]:
            touched.setdefault(path[2], set()).add(str(path[4]))
        elif path[3] in ("required", "enum", "type"):
            touched.setdefault(path[2], set())
    for name in sorted(touched):
        changes += _component_changed(name, old_all[name], new_all[name], touched[name], name in in_requests)
    return changes


def _component_changed(
    name: str, old: dict[str, Any], new: dict[str, Any], fields: set[str], in_request: bool
) -> list[Change]:
    changes: list[Change] = []
    if signature({**old, "enum": None} if "enum" in old else old) != signature(
        {**new, "enum": None} if "enum" in new else new
    ):
        changes.append(
            Change(
                f"model-type-changed:{name}",
                True,
                "Changed",
                f"Model `{name}` type `{signature(old)}` → `{signature(new)}`.",
            )
        )
    for value in sorted(set(old.get("enum", [])) - set(new.get("enum", [])), key=str):
        changes.append(Change(f"enum-value-removed:{name}.{value}", True, "Removed", f"`{name}` value `{value}`."))
    for value in sorted(set(new.get("enum", [])) - set(old.get("enum", [])), key=str):
        changes.append(
            Change(
                f"enum-value-added:{name}.{value}",
                False,
                "Added",
                f"`{name}` value `{value}` (older clients read it as an unknown member).",
            )
        )
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    for field in sorted(set(old_props) - set(new_props)):
        changes.append(Change(f"field-removed:{name}.{field}", True, "Removed", f"Field `{name}.{field}`."))
    for field in sorted(set(new_props) - set(old_props)):
        if field in new_required and in_request:
            changes.append(
                Change(
                    f"field-added-required:{name}.{field}",
                    True,
                    "Changed",
                    f"New required field `{name}.{field}` (`{signature(new_props[field])}`), sent in requests.",
                )
            )
        else:
            changes.append(
                Change(
                    f"field-added:{name}.{field}",
                    False,
                    "Added",
                    f"Field `{name}.{field}` (`{signature(new_props[field])}`).",
                )
            )
    for field in sorted(set(old_props) & set(new_props)):
        if field in old_required and field not in new_required:
            changes.append(
                Change(
                    f"field-became-optional:{name}.{field}",
                    True,
                    "Changed",
                    f"`{name}.{field}` is no longer required (it may be UNSET).",
                )
            )
        elif field in new_required and field not in old_required and in_request:
            changes.append(
                Change(
                    f"field-became-required:{name}.{field}",
                    True,
                    "Changed",
                    f"`{name}.{field}` is now required in requests.",
                )
            )
        if field not in fields:
            continue
        before, after = old_props[field], new_props[field]
        if signature(before) != signature(after):
            changes.append(
                Change(
                    f"field-type-changed:{name}.{field}",
                    True,
                    "Changed",
                    f"`{name}.{field}` type `{signature(before)}` → `{signature(after)}`.",
                )
            )
            continue
        for value in sorted(enum_values(before) - enum_values(after), key=str):
            changes.append(
                Change(
                    f"enum-value-removed:{name}.{field}.{value}", True, "Removed", f"`{name}.{field}` value `{value}`."
                )
            )
        for value in sorted(enum_values(after) - enum_values(before), key=str):
            changes.append(
                Change(f"enum-value-added:{name}.{field}.{value}", False, "Added", f"`{name}.{field}` value `{value}`.")
            )
    return changes


def annotation_count(diffs: list[dict[str, Any]]) -> int:
    return sum(1 for d in diffs if d["path"] and str(d["path"][-1]) in ANNOTATIONS or d.get("type") == "annotation")
