"""Property-based tests of the generated models, for every object schema of the spec.

The schemas are read from `components/schemas` (nothing is listed by hand, so a new schema is covered as soon
as it is in the spec). Each is turned into a self-contained JSON Schema ($refs inlined), hypothesis-jsonschema
generates valid instances of it, and:

- any valid instance parses with `stuut_client.models.<Name>.from_dict`, and `to_dict()` gives back the same
  JSON (date-times compared as instants);
- a value an enum field's enum does not list parses as an unknown member (`.is_unknown`) in report mode, with
  a deviation at its path, and round-trips; strict parsing raises ResponseValidationError naming it;
- an instance with a value of the wrong JSON type, or without a required field, raises ResponseValidationError
  whose path names that field when parsed strictly (from_dict outside a response, as the client's
  validation="strict"): never a bare KeyError/TypeError/ValueError; in report mode (the client's default) it
  parses, with one deviation at that path, and `to_dict()` gives back the same data (a missing field as null).

Generation is bounded: nested component objects are inlined only down to a depth (below it an optional nested
object is null or absent and an array of them is empty), and arrays hold a few items. Each nested component is
also tested at the top level, so the depth limit costs little coverage. Budgets come from the Hypothesis
profile (tests/conftest.py): `ci` for `make test`, `fuzz` for `make fuzz`.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import os
import uuid
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from spec_tools import load_spec, model_class, normalise_json
from stuut_client import collect_deviations
from stuut_client.errors import ResponseValidationError

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
# How many levels of nested component objects an instance may have, and how long its arrays may be.
MAX_DEPTH, MAX_ITEMS = {"fuzz": (2, 4)}.get(PROFILE, (2, 2))
# Instances that carry every top-level property are big: they nest one level less.
FULL_DEPTH = MAX_DEPTH - 1
# Documentation-only keywords: dropped so hypothesis-jsonschema has less to canonicalise.
ANNOTATIONS = {"description", "example", "examples", "title", "default", "deprecated", "x-enum-varnames"}
NEVER: dict[str, Any] = {"not": {}}  # the JSON Schema that no value fits

SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]
OBJECT_SCHEMAS = sorted(name for name, schema in SCHEMAS.items() if schema.get("type") == "object")


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def is_object_component(name: str) -> bool:
    return SCHEMAS[name].get("type") == "object"


def inline(node: Any, depth: int, max_depth: int, required: bool = True) -> Any:
    """`node` with every $ref replaced by a copy of its target, down to `max_depth` nested objects.

    Below that depth a reference to an object component becomes NEVER, which makes an optional property
    absent, an `anyOf [X, null]` null and an array empty. A required one is still inlined (a valid instance
    needs it), so only a cycle of required references could recurse without end, and none may exist.
    """
    if isinstance(node, list):
        return [inline(item, depth, max_depth, required) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = ref_name(node["$ref"])
        if not is_object_component(name):
            return inline(SCHEMAS[name], depth, max_depth, required)
        if depth >= max_depth and not required:
            return NEVER
        return inline(SCHEMAS[name], depth + 1, max_depth, required)
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key in ANNOTATIONS:
            continue
        if key == "properties":
            must = set(node.get("required", []))
            result[key] = {name: inline(prop, depth, max_depth, name in must) for name, prop in value.items()}
        elif key == "items":
            result[key] = inline(value, depth, max_depth, required=False)  # an empty array is always valid
        elif key in ("anyOf", "oneOf"):
            branches = [inline(branch, depth, max_depth, required) for branch in value]
            # A branch that can never match is dropped; if only NEVER is left, the whole node is NEVER.
            kept = [branch for branch in branches if branch != NEVER]
            result[key] = kept or [NEVER]
        else:
            result[key] = inline(value, depth, max_depth, required)
    if result.get("format") == "uuid":
        # hypothesis-jsonschema ignores the uuid format (it drew "" for IntegrationSync.batch_id): spell it out.
        result["pattern"] = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    if result.get("type") == "array" and "maxItems" not in result:
        result["maxItems"] = MAX_ITEMS
    return result


def component_schema(name: str, max_depth: int = MAX_DEPTH) -> dict[str, Any]:
    """A self-contained JSON Schema (draft 2020-12, as OpenAPI 3.1 uses) for one component."""
    schema = inline(copy.deepcopy(SCHEMAS[name]), 0, max_depth)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


@functools.cache
def instances(name: str) -> st.SearchStrategy[dict[str, Any]]:
    return from_schema(component_schema(name))


@functools.cache
def varied_instances(name: str) -> st.SearchStrategy[dict[str, Any]]:
    """Valid instances, half of them with every top-level property (left alone, generation picks a few
    optional properties, so a 59-field Invoice would rarely show most of its fields)."""
    full = component_schema(name, FULL_DEPTH)
    every_property = {**full, "required": sorted(full.get("properties", {}))}
    return st.one_of(instances(name), from_schema(every_property))


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
@given(data=st.data())
def test_any_valid_instance_parses_and_round_trips(name: str, data: st.DataObject) -> None:
    instance = data.draw(varied_instances(name), label=name)
    cls = model_class(name)
    parsed = cls.from_dict(copy.deepcopy(instance))
    assert isinstance(parsed, cls)
    for prop, value in instance.items():
        if prop in SCHEMAS[name].get("properties", {}) and value is not None:
            assert_typed(
                getattr(parsed, attribute_name(parsed, prop)), SCHEMAS[name]["properties"][prop], f"{name}.{prop}"
            )
    assert normalise_json(parsed.to_dict()) == normalise_json(instance)
    # Parsed lazily, the same instance reads the same: equality and to_dict read every deferred field.
    lazy = cls.from_dict(copy.deepcopy(instance), lazy=True)
    assert lazy == parsed and lazy.to_dict() == parsed.to_dict()


def python_types(schema: dict[str, Any]) -> tuple[type, ...]:
    """The Python types a non-null value of `schema` must parse to (empty: anything goes)."""
    if "$ref" in schema:
        return (model_class(schema["$ref"]),)
    if "anyOf" in schema:
        return tuple(t for branch in schema["anyOf"] if branch.get("type") != "null" for t in python_types(branch))
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "string":
        return {"date-time": (dt.datetime,), "date": (dt.date,), "uuid": (uuid.UUID,)}.get(fmt, (str,))
    # A free-form object (no properties) becomes a generated holder class of its own: not checked here.
    return {"integer": (int,), "number": (int, float), "boolean": (bool,), "array": (list,)}.get(kind, ())


def assert_typed(value: Any, schema: dict[str, Any], where: str) -> None:
    """A parsed top-level field holds the type its schema names: a model, an enum member, a datetime...

    Without this a field the client failed to parse would pass the round trip as the raw JSON it kept.
    """
    expected = python_types(schema)
    if expected:
        assert isinstance(value, expected), f"{where}: {value!r} is not {' or '.join(t.__name__ for t in expected)}"
    arrays = [branch for branch in [schema, *schema.get("anyOf", [])] if branch.get("type") == "array"]
    if arrays and isinstance(value, list):
        for index, item in enumerate(value):
            assert_typed(item, arrays[0].get("items", {}), f"{where}[{index}]")


def enum_fields() -> list[tuple[str, str, str, bool]]:
    """(model, property, enum, is_array) for every top-level property of an object schema that holds an enum.

    Nested objects' enum fields are covered by their own component's entries.
    """
    found = []
    for model in OBJECT_SCHEMAS:
        for prop, schema in SCHEMAS[model].get("properties", {}).items():
            for branch in [schema, *schema.get("anyOf", [])]:
                is_array = branch.get("type") == "array"
                target = branch.get("items", {}) if is_array else branch
                if "$ref" in target and "enum" in SCHEMAS[ref_name(target["$ref"])]:
                    found.append((model, prop, ref_name(target["$ref"]), is_array))
    return found


def attribute_name(model: Any, prop: str) -> str:
    # The generator appends "_" to names that shadow Python builtins or keywords (`type_`, `object_`).
    return prop if prop in {field.name for field in attrs.fields(type(model))} else f"{prop}_"


@pytest.mark.parametrize(
    ("model", "prop", "enum", "is_array"),
    enum_fields(),
    ids=[f"{model}.{prop}" for model, prop, _, _ in enum_fields()],
)
@given(data=st.data())
def test_an_unlisted_enum_value_parses_as_an_unknown_member(
    model: str, prop: str, enum: str, is_array: bool, data: st.DataObject
) -> None:
    listed = set(SCHEMAS[enum]["enum"])
    instance = data.draw(instances(model), label=model)
    unlisted = data.draw(st.text(max_size=20).filter(lambda value: value not in listed), label="unlisted value")
    instance[prop] = [unlisted] if is_array else unlisted

    data = copy.deepcopy(instance)
    with collect_deviations("report") as collector:
        parsed = model_class(model).from_dict(data)

    value = getattr(parsed, attribute_name(parsed, prop))
    member = value[0] if is_array else value
    assert isinstance(member, model_class(enum)) and member.is_unknown
    assert member == unlisted
    assert normalise_json(parsed.to_dict()) == normalise_json(instance)
    [deviation] = collector.resolve(data)
    assert (deviation.path, deviation.kind) == (f"$.{prop}[0]" if is_array else f"$.{prop}", "enum")
    with pytest.raises(ResponseValidationError) as caught:
        model_class(model).from_dict(copy.deepcopy(instance))
    assert caught.value.path.startswith(f"$.{prop}")


def is_envelope_data(name: str, prop: str) -> bool:
    """A list envelope's `data` (optional, as the pages show it, but never anything but an array)."""
    return prop == "data" and SCHEMAS[name]["properties"]["data"].get("type") == "array"


def parsed_in_report_mode(name: str, instance: dict[str, Any], prop: str, kind: str) -> Any:
    """Parse in report mode, eagerly and lazily: one deviation of `kind` at `$.prop`, and the data kept."""
    data = copy.deepcopy(instance)
    with collect_deviations("report") as collector:
        parsed = model_class(name).from_dict(data)
    [deviation] = collector.resolve(data)
    assert (deviation.path, deviation.field, deviation.kind) == (f"$.{prop}", prop, kind)
    lazy_data = copy.deepcopy(instance)
    with collect_deviations("report") as lazy_collector:
        lazily = model_class(name).from_dict(lazy_data, lazy=True)
        lazy_collector.resolve(lazy_data)
    getattr(lazily, attribute_name(lazily, prop))  # a deferred field reports at its first read
    assert [d.path for d in lazy_collector.deviations] == [f"$.{prop}"]
    return parsed


# Invalid input: one wrong value or one missing required field, anywhere at the top level.

# One value of each JSON type, and the schema types that accept it.
WRONG_VALUES: list[tuple[Any, set[str]]] = [
    ("not-a-number", {"string"}),
    (12345, {"integer", "number"}),
    (1.5, {"number"}),
    (True, {"boolean"}),
    ([1, 2], {"array"}),
    ({"unexpected": 1}, {"object"}),
]


def accepted_json_types(schema: dict[str, Any]) -> set[str] | None:
    """The JSON types a property accepts (None: untyped, anything goes)."""
    if "$ref" in schema:
        target = SCHEMAS[ref_name(schema["$ref"])]
        return {"string"} if "enum" in target else accepted_json_types(target)
    if "anyOf" in schema:
        kinds: set[str] = set()
        for branch in schema["anyOf"]:
            branch_kinds = accepted_json_types(branch)
            if branch_kinds is None:
                return None
            kinds |= branch_kinds
        return kinds
    kind = schema.get("type")
    if kind is None:
        return None
    if kind == "string" and schema.get("format") in ("date-time", "date"):
        return {"date-time-string"}  # a plain string is wrong too, but not a type error: leave it out
    return {kind}


def typed_properties(name: str) -> list[tuple[str, set[str]]]:
    props = SCHEMAS[name].get("properties", {})
    return [(prop, kinds) for prop, schema in props.items() if (kinds := accepted_json_types(schema)) is not None]


MODELS_WITH_TYPED_PROPERTIES = [name for name in OBJECT_SCHEMAS if typed_properties(name)]
MODELS_WITH_REQUIRED = [name for name in OBJECT_SCHEMAS if SCHEMAS[name].get("required")]


@pytest.mark.parametrize("name", MODELS_WITH_TYPED_PROPERTIES)
@given(data=st.data())
def test_a_value_of_the_wrong_type_raises_response_validation_error_naming_its_path(
    name: str, data: st.DataObject
) -> None:
    instance = data.draw(instances(name), label=name)
    prop, kinds = data.draw(st.sampled_from(typed_properties(name)), label="property")
    wrong = [value for value, accepted_by in WRONG_VALUES if not accepted_by & kinds]
    if "date-time-string" in kinds:
        wrong = [value for value in wrong if not isinstance(value, str)]
    instance[prop] = data.draw(st.sampled_from(wrong), label="wrong value")

    with pytest.raises(ResponseValidationError) as caught:
        model_class(name).from_dict(copy.deepcopy(instance))
    assert caught.value.path == f"$.{prop}"
    # Parsed lazily, a nested field raises the same error at its first read; any other field at once.
    with pytest.raises(ResponseValidationError) as caught_lazily:
        parsed = model_class(name).from_dict(copy.deepcopy(instance), lazy=True)
        getattr(parsed, attribute_name(parsed, prop))
    assert caught_lazily.value.path == f"$.{prop}"
    if is_envelope_data(name, prop):  # a list envelope's `data` that is not an array is structural: it raises
        with collect_deviations("report"), pytest.raises(ResponseValidationError):
            model_class(name).from_dict(copy.deepcopy(instance))
        return
    # Report mode: the value is kept as sent, and reported at its path.
    kept = parsed_in_report_mode(name, instance, prop, "null" if instance[prop] is None else "type")
    assert normalise_json(kept.to_dict()) == normalise_json(instance)


@pytest.mark.parametrize("name", MODELS_WITH_REQUIRED)
@given(data=st.data())
def test_a_missing_required_field_raises_response_validation_error_naming_it(name: str, data: st.DataObject) -> None:
    instance = data.draw(instances(name), label=name)
    missing = data.draw(st.sampled_from(SCHEMAS[name]["required"]), label="missing field")
    del instance[missing]

    with pytest.raises(ResponseValidationError) as caught:
        model_class(name).from_dict(copy.deepcopy(instance))
    assert caught.value.path == f"$.{missing}"
    assert caught.value.problem == "a required field is missing"
    if is_envelope_data(name, missing):  # a list envelope without `data` is structural: it raises
        with collect_deviations("report"), pytest.raises(ResponseValidationError):
            model_class(name).from_dict(copy.deepcopy(instance))
        return
    # Report mode: the field reads as None, reported as missing; to_dict leaves the key out, as it came.
    kept = parsed_in_report_mode(name, instance, missing, "missing")
    assert getattr(kept, attribute_name(kept, missing)) is None
    assert missing not in kept.to_dict()
    assert normalise_json(kept.to_dict()) == normalise_json(instance)
