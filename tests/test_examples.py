"""Every operation's documented response example parses through the generated client and round-trips."""

from __future__ import annotations

import pytest
from spec_tools import model_class, normalise_json, operations


@pytest.mark.parametrize("op", list(operations()), ids=lambda op: op.operation_id)
def test_documented_example_parses_and_round_trips(op: object) -> None:
    content = op.ok_response()  # type: ignore[attr-defined]
    schema, example = content["schema"], content["example"]
    if schema.get("type") == "array":
        cls = model_class(schema["items"]["$ref"])
        parsed = [cls.from_dict(item) for item in example]
        assert normalise_json([item.to_dict() for item in parsed]) == normalise_json(example)
    else:
        cls = model_class(schema["$ref"])
        parsed = cls.from_dict(example)
        assert isinstance(parsed, cls)
        assert normalise_json(parsed.to_dict()) == normalise_json(example)


NON_JSON_MEDIA = [
    (op, media_type)
    for op in operations()
    for media_type in op.spec["responses"]["200"]["content"]
    if media_type != "application/json"
]


@pytest.mark.parametrize(("op", "media_type"), NON_JSON_MEDIA, ids=lambda v: getattr(v, "operation_id", v))
def test_documented_text_example_is_a_string_of_its_schema(op: object, media_type: str) -> None:
    # The generated client returns text/* bodies as `str`, so a text example must be a string schema's value.
    content = op.spec["responses"]["200"]["content"][media_type]  # type: ignore[attr-defined]
    assert media_type.startswith("text/")
    assert content["schema"]["type"] == "string"
    assert isinstance(content["example"], str)
