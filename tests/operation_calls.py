"""Helpers shared by the cassette tests: run an operation sync or async, check what was sent and what came back."""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from typing import Any

from conftest import Server
from spec_tools import load_spec, model_class
from stuut_client.client import USER_AGENT
from stuut_client.types import Unset


async def run(operation: Any, mode: str, client: Any, **kwargs: Any) -> Any:
    """Run the generated operation's sync or asyncio function, so both are covered by the same test."""
    if mode == "sync":
        return operation.sync(client=client, **kwargs)
    return await operation.asyncio(client=client, **kwargs)


async def call(operation: Any, mode: str, client: Any, async_client: Any, **kwargs: Any) -> Any:
    """`run` with the `client` or `async_client` fixture, whichever the mode needs."""
    return await run(operation, mode, client if mode == "sync" else async_client, **kwargs)


def assert_sent_with_auth(request: Any, method: str, path: str) -> None:
    assert request.method == method
    assert (request.url.scheme, request.url.host, request.url.port) == (
        Server.base_url.scheme,
        Server.base_url.host,
        Server.base_url.port,
    )
    assert request.url.path == path
    assert request.headers["authorization"] == f"Bearer {Server.token}"
    assert request.headers["user-agent"] == USER_AGENT


def sent_json(request: Any) -> Any:
    """The JSON body a request carried."""
    assert request.headers["content-type"] == "application/json"
    return json.loads(request.content)


def assert_typed(value: Any, schema: dict[str, Any] | str, where: str = "result") -> None:
    """Check a parsed value against its spec schema, at every depth: objects are the generated models,
    enums their enum classes, date-times `datetime`, dates `date`, uuids `UUID`.

    `schema` is a spec schema or the name of a component. Absent and null values pass (the spec makes
    every optional field nullable); a required field must be present.
    """
    if isinstance(schema, str):
        schema = {"$ref": f"#/components/schemas/{schema}"}
    if value is None or isinstance(value, Unset):
        return
    if "anyOf" in schema:  # nullable: [X, null]
        schema = schema["anyOf"][0]
    if "allOf" in schema:
        schema = schema["allOf"][0]
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        target = load_spec()["components"]["schemas"][name]
        cls = model_class(name)
        assert isinstance(value, cls), f"{where}: {type(value).__name__} is not {name}"
        if "enum" in target:
            assert isinstance(value, enum.Enum)
            return
        for field, field_schema in target.get("properties", {}).items():
            # The generator appends `_` to names that shadow builtins (`type_`, `object_`, `format_`).
            attribute = getattr(value, field) if hasattr(value, field) else getattr(value, f"{field}_")
            if field in target.get("required", []):
                assert not isinstance(attribute, Unset), f"{where}.{field} is required"
            assert_typed(attribute, field_schema, f"{where}.{field}")
        return
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "array":
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            assert_typed(item, schema.get("items", {}), f"{where}[{i}]")
    elif kind == "object":
        assert isinstance(value, dict) or isinstance(getattr(value, "additional_properties", None), dict), where
    elif kind == "string" and fmt == "date-time":
        assert isinstance(value, dt.datetime) and value.tzinfo is not None, where
    elif kind == "string" and fmt == "date":
        assert isinstance(value, dt.date) and not isinstance(value, dt.datetime), where
    elif kind == "string" and fmt == "uuid":
        assert isinstance(value, uuid.UUID), where
    elif kind == "string":
        assert isinstance(value, str), where
    elif kind == "integer":
        assert isinstance(value, int) and not isinstance(value, bool), where
    elif kind == "number":
        assert isinstance(value, (int, float)) and not isinstance(value, bool), where
    elif kind == "boolean":
        assert isinstance(value, bool), where
