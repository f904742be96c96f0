"""The maintained OpenAPI document is valid and follows the project's conventions."""

from __future__ import annotations

import re

from openapi_spec_validator import validate
from spec_tools import load_spec, operations


def test_spec_is_valid_openapi_3_1() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_operation_is_bearer_authenticated_on_the_https_server() -> None:
    spec = load_spec()
    assert spec["servers"] == [{"url": "https://api.stuut.ai"}]
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        **spec["components"]["securitySchemes"]["bearerAuth"],
        "type": "http",
        "scheme": "bearer",
    }
    for op in operations():
        assert op.spec.get("security", spec["security"]) == [{"bearerAuth": []}], op.operation_id


def test_operation_ids_are_unique_snake_case() -> None:
    ids = [op.operation_id for op in operations()]
    assert len(ids) == len(set(ids))
    for operation_id in ids:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", operation_id), operation_id


def test_every_ok_response_has_a_schema_and_an_example() -> None:
    for op in operations():
        content = op.ok_response()
        assert "schema" in content and "example" in content, op.operation_id
