"""Every example on the reference pages (openapi/reference-pages/) fits the spec and parses with the client.

Request examples (the curl samples' `--data`) and response examples, read from the page text by
scripts/check_fidelity.py; an example cut off when the page was recovered is completed as the spec completes its
own (the partly recovered field dropped, brackets closed). The examples that contradict their own page are
listed below with the reason, and must keep failing for that reason (so the list stays true).
"""

from __future__ import annotations

import copy
import functools
from typing import Any

import jsonschema
import pytest
from check_fidelity import PAGES, Page, read_page
from spec_tools import load_spec, model_class
from stuut_client.errors import ResponseValidationError

# (operation, "request" or "response") -> (the JSON path the spec rejects, why the page contradicts itself)
CONTRADICTIONS = {
    ("assign_thread_partner", "response"): (
        "triage_status",
        "the page's Response field list marks triage_status required; its example leaves it out",
    ),
    ("create_internal_contact", "request"): (
        "internal_role",
        "the page's Body field list marks internal_role required; its curl sample leaves it out",
    ),
    ("create_internal_contact", "response"): (
        "internal_role",
        "an InternalContactAssignment's internal_role is required (Update Internal Contact Role's field list); "
        "the example leaves it out",
    ),
    ("add_internal_contact", "request"): (
        "internal_role",
        "the page's Body field list marks internal_role required; its curl sample leaves it out",
    ),
    ("add_internal_contact", "response"): (
        "internal_role",
        "as for create_internal_contact: the same InternalContactAssignment without its required internal_role",
    ),
    ("update_internal_contact_role", "request"): (
        "internal_role",
        "the page's Body field list marks internal_role required; its curl sample sends `{}`",
    ),
    ("update_internal_contact_role", "response"): (
        "internal_role",
        "the page's Response field list marks internal_role required; its example leaves it out",
    ),
}
# Docs-renderer placeholders that are not values of their field's type, replaced as the spec's own examples do
# (List Invoices: `calls[].invoices` shown as "<array>" is `[]`, `status` shown as "<unknown>" is `null`).
PLACEHOLDERS: dict[str, Any] = {"<array>": [], "<unknown>": None}


@functools.cache
def pages() -> list[Page]:
    return [read_page(path) for path in sorted(PAGES.glob("*.txt"))]


def operation_of(page: Page) -> dict[str, Any]:
    return load_spec()["paths"][page.path][page.method]  # type: ignore[no-any-return]


def without_placeholders(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: without_placeholders(item) for key, item in value.items()}
    if isinstance(value, list):
        return [without_placeholders(item) for item in value]
    return PLACEHOLDERS.get(value, value) if isinstance(value, str) else value


def examples() -> list[Any]:
    found = []
    for page in pages():
        operation = operation_of(page)
        response = operation["responses"]["200"]["content"].get("application/json")
        if page.response_example is not None and response is not None:
            example = page.response_example
            if not page.response_example_complete:
                example = drop_the_partly_recovered_field(without_placeholders(example), response["schema"])
            found.append((operation["operationId"], "response", example, response["schema"]))
        body = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if page.request_example is not None and body is not None:
            found.append((operation["operationId"], "request", page.request_example, body["schema"]))
    return [pytest.param(*example, id=f"{example[0]}-{example[1]}") for example in found]


def drop_the_partly_recovered_field(example: Any, schema: dict[str, Any]) -> Any:
    """A cut-off example (the partly recovered line dropped, brackets closed) that still does not fit, without the
    object or list the cut went through: the innermost trailing value whose removal makes the example fit, as the
    spec's descriptions say its own examples were completed."""
    if not spec_errors(example, schema):
        return example
    trail: list[str | int] = []
    node = example
    while isinstance(node, (dict, list)) and node:
        trail.append(list(node)[-1] if isinstance(node, dict) else len(node) - 1)
        node = node[trail[-1]]
    for depth in range(len(trail), 0, -1):
        candidate = copy.deepcopy(example)
        parent = candidate
        for step in trail[: depth - 1]:
            parent = parent[step]
        del parent[trail[depth - 1]]
        if not spec_errors(candidate, schema):
            return candidate
    return example


def spec_errors(example: Any, schema: dict[str, Any]) -> list[jsonschema.ValidationError]:
    root = {**schema, "components": load_spec()["components"]}
    return list(jsonschema.Draft202012Validator(root).iter_errors(example))


def parse(example: Any, schema: dict[str, Any]) -> Any:
    if schema.get("type") == "array":
        return [model_class(schema["items"]["$ref"]).from_dict(item) for item in example]
    return model_class(schema["$ref"]).from_dict(example)


@pytest.mark.parametrize(("operation_id", "kind", "example", "schema"), examples())
def test_a_page_example_fits_the_spec_and_parses(operation_id: str, kind: str, example: Any, schema: Any) -> None:
    example = without_placeholders(example)
    errors = spec_errors(example, schema)
    if (operation_id, kind) in CONTRADICTIONS:
        field, _reason = CONTRADICTIONS[operation_id, kind]
        assert errors and all(f"'{field}' is a required property" in error.message for error in errors), errors
        with pytest.raises(ResponseValidationError, match=field):
            parse(example, schema)
        return
    assert not errors, [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]
    parse(example, schema)


def test_every_page_gives_an_example_and_most_are_complete() -> None:
    assert all(page.response_example is not None for page in pages())
    complete = sum(page.response_example_complete for page in pages())
    assert complete >= 20, complete  # the rest were cut off when the pages were recovered, and are completed
