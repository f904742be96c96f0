"""Read the maintained spec and map its schemas to generated classes (shared by several tests)."""

from __future__ import annotations

import copy
import functools
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "stuut.yaml"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open() as f:
        return yaml.safe_load(f)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    spec: dict[str, Any]

    @property
    def module(self) -> Any:
        return importlib.import_module(f"stuut_client.api.{self.tag}.{self.operation_id}")

    def ok_response(self) -> dict[str, Any]:
        return self.spec["responses"]["200"]["content"]["application/json"]  # type: ignore[no-any-return]


def operations() -> Iterator[Operation]:
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                yield Operation(op["operationId"], method, path, op["tags"][0].replace("-", "_"), op)


def response_schema_names() -> set[str]:
    """Every component schema a response can contain (request bodies are written, not read, by the client)."""
    schemas = load_spec()["components"]["schemas"]
    found: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                name = node["$ref"].rsplit("/", 1)[-1]
                if name not in found:
                    found.add(name)
                    visit(schemas[name])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for op in operations():
        visit(op.spec["responses"])
    return found


def model_class(ref_or_name: str) -> Any:
    """The generated class for a component schema (`#/components/schemas/X` or `X`)."""
    import stuut_client.models as models

    return getattr(models, ref_or_name.rsplit("/", 1)[-1])


def normalise_json(value: Any) -> Any:
    """JSON with every RFC 3339 timestamp replaced by the instant it names, for equality checks."""
    if isinstance(value, dict):
        return {k: normalise_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise_json(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def documented_invoice() -> dict[str, Any]:
    """A fresh copy of the Invoice example the reference documents (GET /v1/invoices/{invoice_id})."""
    operation = load_spec()["paths"]["/v1/invoices/{invoice_id}"]["get"]
    return copy.deepcopy(operation["responses"]["200"]["content"]["application/json"]["example"])
