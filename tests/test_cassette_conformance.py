"""Every recorded request and response fits the spec (openapi-core), so cassettes cannot drift from it unseen.

One request test and one response test per recorded interaction of every cassette under tests/cassettes/.
A request must name an operation of the spec, carry the bearer token, and send only declared parameters, each
of the declared type. A response body must match the schema of its operation and status, and hold no field the
schema does not declare (a renamed or new server field is drift the spec must record).

Deliberate error traffic (status >= 400, or a body that is not JSON) whose status the spec does not declare
has no schema to be checked against: only its request is validated, and its response test is skipped, saying
so. The spec declares no error responses yet (no error format page was recovered); once it does, such
responses are validated like any other.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml
from jsonschema.exceptions import ValidationError as SchemaError
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from spec_tools import HTTP_METHODS, load_spec

CASSETTES = Path(__file__).parent / "cassettes"


@functools.cache
def openapi() -> OpenAPI:
    return OpenAPI.from_dict(load_spec())


def closed(node: Any) -> Any:
    """A copy of a spec in which every object schema that lists its properties allows no others."""
    if isinstance(node, list):
        return [closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: closed(value) for key, value in node.items()}
    if isinstance(node.get("properties"), dict) and "additionalProperties" not in node:
        result["additionalProperties"] = False
    return result


@functools.cache
def strict_openapi() -> OpenAPI:
    """The spec with closed object schemas: validates that a recorded body has no undeclared field."""
    return OpenAPI.from_dict(closed(copy.deepcopy(load_spec())))


@dataclass(frozen=True)
class Interaction:
    cassette: Path
    number: int
    request: dict[str, Any]
    response: dict[str, Any]

    def __str__(self) -> str:
        return f"{self.cassette.relative_to(CASSETTES)} interaction {self.number}"

    @property
    def method(self) -> str:
        return str(self.request["method"]).upper()

    @property
    def url(self) -> Any:
        return urlsplit(self.request["uri"])

    @property
    def status(self) -> int:
        return int(self.response["status"]["code"])

    def response_content_type(self) -> str:
        return _headers(self.response).get("content-type", "")

    def response_body(self) -> bytes:
        body = self.response["body"]["string"]
        return body.encode() if isinstance(body, str) else bytes(body)


def _headers(message: dict[str, Any]) -> dict[str, str]:
    # vcrpy stores each header as a list of values.
    return {name.lower(): ", ".join(map(str, values)) for name, values in message.get("headers", {}).items()}


def interactions() -> Iterator[Interaction]:
    for path in sorted(CASSETTES.rglob("*.yaml")):
        cassette = yaml.load(path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        for number, recorded in enumerate(cassette.get("interactions", [])):
            yield Interaction(path, number, recorded["request"], recorded["response"])


INTERACTIONS = list(interactions())


def mock_request(interaction: Interaction) -> MockRequest:
    url, headers = interaction.url, _headers(interaction.request)
    body = interaction.request.get("body") or b""
    return MockRequest(
        f"{url.scheme}://{url.netloc}",
        interaction.method,
        url.path,  # still percent-encoded, so an escaped "/" in a path parameter stays inside the parameter
        args=parse_qsl(url.query, keep_blank_values=True),  # type: ignore[arg-type]  # a multi-dict's items
        headers=headers,
        data=body.encode() if isinstance(body, str) else body,
        content_type=headers.get("content-type", "application/json"),
    )


def mock_response(interaction: Interaction) -> MockResponse:
    content_type = interaction.response_content_type() or "application/json"
    return MockResponse(interaction.response_body(), interaction.status, _headers(interaction.response), content_type)


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    path: str
    spec: dict[str, Any]
    pattern: re.Pattern[str]


@functools.cache
def spec_operations() -> list[SpecOperation]:
    found = []
    for path, item in load_spec()["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method in HTTP_METHODS:
            if method in item:
                found.append(SpecOperation(item[method]["operationId"], method.upper(), path, item[method], pattern))
    # Literal paths win over templated ones, as in OpenAPI path matching.
    return sorted(found, key=lambda op: op.path.count("{"))


def operation_of(interaction: Interaction) -> SpecOperation | None:
    for op in spec_operations():
        if op.method == interaction.method and op.pattern.match(interaction.url.path):
            return op
    return None


def describe(interaction: Interaction) -> str:
    op = operation_of(interaction)
    name = op.operation_id if op else "no operation of the spec"
    return f"{interaction}: {interaction.method} {interaction.url.path} ({name})"


def schema_errors(error: BaseException) -> list[SchemaError]:
    """The JSON Schema errors behind an openapi-core error (its cause), if any."""
    cause = error.__cause__
    return list(getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None) or [])


def leaf_errors(error: SchemaError) -> Iterator[SchemaError]:
    """The innermost errors of an anyOf/oneOf failure: the ones that name the offending field.

    A nullable field is `anyOf: [X, null]`; when a value fits neither branch, the useful errors are X's
    (deeper in the document), not "is not of type 'null'".
    """
    if not error.context:
        yield error
        return
    relevant = [e for e in error.context if not (e.validator == "type" and e.validator_value == "null")]
    deepest = max((len(e.absolute_path) for e in relevant), default=-1)
    if deepest <= len(error.absolute_path):
        # No branch got further than the field itself: report the one non-null branch, or the field.
        yield from leaf_errors(relevant[0]) if len(relevant) == 1 else [error]
        return
    for sub in relevant:
        if len(sub.absolute_path) == deepest:
            yield from leaf_errors(sub)


def explain(error: BaseException, where: str) -> list[str]:
    found = schema_errors(error)
    if not found:
        return [f"{where}: {error}"]
    lines = []
    for schema_error in found:
        for leaf in leaf_errors(schema_error):
            message = leaf.message if len(leaf.message) < 200 else leaf.message[:200] + "..."
            lines.append(f"{where} at {leaf.json_path}: {message}")
    return sorted(set(lines))


def undeclared_query_parameters(interaction: Interaction, op: SpecOperation) -> list[str]:
    declared = {p["name"] for p in op.spec.get("parameters", []) if p.get("in") == "query"}
    sent = {name for name, _ in parse_qsl(interaction.url.query, keep_blank_values=True)}
    return sorted(sent - declared)


def declared_statuses(op: SpecOperation) -> set[str]:
    return set(map(str, op.spec.get("responses", {})))


def is_string_media(op: SpecOperation, interaction: Interaction) -> bool:
    """Whether the spec declares this response's media type with a plain string schema (CSV, text)."""
    media = interaction.response_content_type().split(";")[0].strip()
    content = op.spec.get("responses", {}).get(str(interaction.status), {}).get("content", {})
    return content.get(media, {}).get("schema", {}).get("type") == "string"


# Cassettes that record a deliberately off-spec success body, to prove the client rejects it. Their
# response test is skipped with this reason; their requests are still checked.
DELIBERATELY_OFF_SPEC = {
    "test_errors_and_retries/test_a_200_missing_a_required_field_raises_response_validation_error": (
        "records a 200 whose second invoice lacks `currency`, to prove ResponseValidationError"
    ),
}


def off_spec_reason(interaction: Interaction) -> str | None:
    name = interaction.cassette.stem.split("[")[0]
    return DELIBERATELY_OFF_SPEC.get(f"{interaction.cassette.parent.name}/{name}")


def is_undeclared_error_traffic(interaction: Interaction, op: SpecOperation) -> bool:
    status = interaction.status
    if {str(status), f"{str(status)[0]}XX", "default"} & declared_statuses(op):
        return False
    is_json = "json" in interaction.response_content_type()
    if is_json:
        try:
            json.loads(interaction.response_body() or b"null")
        except ValueError:
            is_json = False
    return status >= 400 or not is_json


def _id(interaction: Interaction) -> str:
    return f"{interaction.cassette.relative_to(CASSETTES)}#{interaction.number}"


def test_there_are_interactions_to_check() -> None:
    assert INTERACTIONS, "no recorded interactions under tests/cassettes: run `make record`"


@pytest.mark.parametrize("interaction", INTERACTIONS, ids=_id)
def test_recorded_request_fits_the_spec(interaction: Interaction) -> None:
    op = operation_of(interaction)
    where = describe(interaction)
    if op is None:
        pytest.fail(f"{where}: the spec has no {interaction.method} operation for this path", pytrace=False)
    undeclared = undeclared_query_parameters(interaction, op)
    problems = [f"{where}: query parameter {name!r} is not declared" for name in undeclared]
    for error in openapi().iter_request_errors(mock_request(interaction)):
        problems += explain(error, f"{where}: request")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.mark.parametrize("interaction", INTERACTIONS, ids=_id)
def test_recorded_response_fits_the_spec(interaction: Interaction) -> None:
    op = operation_of(interaction)
    where = describe(interaction)
    if op is None:
        pytest.skip(f"{where}: no operation of the spec to check the response against (its request test fails)")
    if is_undeclared_error_traffic(interaction, op):
        pytest.skip(
            f"{where}: status {interaction.status} is deliberate error traffic the spec does not declare; "
            "only the request is validated"
        )
    reason = off_spec_reason(interaction)
    if reason:
        pytest.skip(f"{where}: deliberately off-spec: {reason}")
    declared = declared_statuses(op)
    if not ({str(interaction.status), f"{str(interaction.status)[0]}XX", "default"} & declared):
        pytest.fail(
            f"{where}: status {interaction.status} is not declared (declared: {', '.join(sorted(declared))})",
            pytrace=False,
        )
    if not interaction.response_body() and is_string_media(op, interaction):
        return  # an empty text body (an empty CSV export) is a valid string; openapi-core calls it missing data
    problems: list[str] = []
    for error in strict_openapi().iter_response_errors(mock_request(interaction), mock_response(interaction)):
        problems += explain(error, f"{where}: response {interaction.status} body")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
