"""Properties of the fast path (stuut_client/_typed_decode.py) against the general path, for every object schema.

The fast path is only allowed to answer when the general path would have answered the same with no deviation:

- sound: on any body, valid or mutated anywhere (a value replaced by any JSON value, a key removed or added,
  at any depth), a fast-path model is identical to the general path's (same classes, same values, same types:
  an int stays an int, an enum member is the same member, a date-time has the same offset), and the general
  path found no deviation; whenever the general path reports a deviation or raises, the fast path misses;
- complete: a valid instance of any schema takes the fast path (every model has one), so the speed is not
  only on the bench's payload.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spec_tools import model_class
from stuut_client import _typed_decode, collect_deviations
from stuut_client._typed_decode import Miss, decode_model, forget_learned_keys
from stuut_client.errors import ResponseValidationError
from test_model_properties import OBJECT_SCHEMAS, SCHEMAS, varied_instances
from test_typed_decode import assert_identical, fast_path, general_path, spec_keys_only

__all__ = ["spec_keys_only"]  # the autouse fixture: each test starts with no undeclared key learned

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
# Values one step from a valid one, where a fast path that is too lenient would differ: an integral float for an
# integer, a boolean or an integer for a number, unlisted enum values, date-times only some parsers read, nulls.
NEAR_MISSES = [
    *(1.0, 1, 0, True, False, None, "", "QQQ"),
    *("2024-01-01T24:00:00Z", "2024-01-01", "2024-01-01 10:00", [], {}),
]


def dict_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every object in a JSON value, the value itself included when it is one."""
    found = [path] if isinstance(value, dict) else []
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        found += dict_paths(child, (*path, key))
    return found


def at(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


@st.composite
def mutated(draw: st.DrawFn, instance: dict[str, Any]) -> dict[str, Any]:
    """``instance`` with one object somewhere in it changed: a key set to any JSON value, removed, or added."""
    instance = copy.deepcopy(instance)
    target = at(instance, draw(st.sampled_from(dict_paths(instance))))
    keys = sorted(target)
    how = draw(st.sampled_from(["replace", "replace", "remove", "add"] if keys else ["add"]))
    if how == "add":
        target[draw(st.text(max_size=12).filter(lambda key: key not in target))] = draw(JSON_VALUES)
    elif how == "remove":
        del target[draw(st.sampled_from(keys))]
    else:
        target[draw(st.sampled_from(keys))] = draw(JSON_VALUES)
    return instance


def has_unnameable_key(parsed: Any) -> bool:
    """Whether a model in ``parsed`` keeps an undeclared key msgspec cannot name a field after (a control
    character, a quote or a backslash in it): the one kind of undeclared key that stays on the general path."""
    undeclared: dict[type, set[str]] = {}
    _typed_decode._undeclared_keys(parsed, undeclared)
    return not all(_typed_decode._nameable(key) for keys in undeclared.values() for key in keys)


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
@given(data=st.data())
def test_the_fast_path_answers_for_valid_instances_and_only_where_the_general_path_finds_no_deviation(
    name: str, data: st.DataObject
) -> None:
    cls = model_class(name)
    instance = data.draw(varied_instances(name), label=name)
    # Complete: a valid instance takes the fast path to the same model.
    body = json.dumps(instance).encode()
    general = general_path(body, cls)
    assert not isinstance(general, ResponseValidationError) and general[1] == []
    fast = fast_path(body, cls, general)
    if isinstance(fast, Miss):
        assert has_unnameable_key(general[0])
    else:
        assert_identical(fast, general[0])
    # Sound: the same instance changed anywhere misses wherever the general path reports or raises.
    assert_sound(json.dumps(data.draw(mutated(instance), label="mutated")).encode(), cls)
    # And each field of its required part set to each near miss in turn (random changes rarely hit the one
    # field and value where a too lenient fast path would differ).
    required = {key: instance[key] for key in SCHEMAS[name].get("required", [])}
    forget_learned_keys()
    for key in SCHEMAS[name].get("properties", {}):
        for value in NEAR_MISSES:
            assert_sound(json.dumps({**required, key: value}).encode(), cls, fresh=False)


def assert_sound(body: bytes, cls: Any, fresh: bool = True) -> None:
    """The fast path misses where the general path reports or raises, and elsewhere answers the same."""
    general = general_path(body, cls)
    fast = fast_path(body, cls, general, fresh)
    if isinstance(general, ResponseValidationError) or general[1]:
        assert isinstance(fast, Miss), f"the general path found {general!r} in {body!r}"
    elif isinstance(fast, Miss):
        assert not fast.undeclared_key or has_unnameable_key(general[0])  # a learned key is never refused again
    else:
        assert_identical(fast, general[0])


def _with_lists(name: str) -> bool:
    plan = _typed_decode._plan_for(model_class(name), body=True)
    return plan is not None and bool(plan.lists)


# The schemas whose bodies have top-level lists of models (pages, and objects such as Invoice holding some):
# decoded item by item, an item or an envelope that does not fit takes the general path alone.
WITH_LISTS = [name for name in OBJECT_SCHEMAS if _with_lists(name)]


def test_pages_and_objects_holding_lists_of_models_decode_them_item_by_item() -> None:
    assert {"InvoicePage", "Invoice", "PartnerDetailPage", "CallPage", "UserPage"} <= set(WITH_LISTS)


@pytest.mark.parametrize("name", WITH_LISTS)
@given(data=st.data())
def test_item_by_item_answers_what_the_general_path_answers_deviations_and_their_order_included(
    name: str, data: st.DataObject
) -> None:
    cls = model_class(name)
    instance = data.draw(varied_instances(name), label=name)
    for _ in range(data.draw(st.integers(1, 3), label="changes")):  # in the items, the envelope, or both
        instance = data.draw(mutated(instance), label="mutated")
    body = json.dumps(instance).encode()
    general = general_path(body, cls)
    for mode in ("report", "strict"):
        forget_learned_keys()
        with collect_deviations(mode) as collector:
            fast = decode_model(body, cls)
        if isinstance(general, ResponseValidationError) or (mode == "strict" and general[1]):
            assert isinstance(fast, Miss), f"the general path raises ({mode}) for {body!r}"
            continue
        # Whatever does not fit is in the items or the envelope, which the general path takes alone: no miss,
        # unless a list holds an item that is not an object (reported against the list, or raised).
        listed = [instance.get(key) for key in _typed_decode._plan_for(cls, body=True).lists]
        if all(not isinstance(value, list) or all(isinstance(item, dict) for item in value)
               for value in listed):  # fmt: skip
            assert not isinstance(fast, Miss), f"missed {body!r}"
        if not isinstance(fast, Miss):
            assert_identical(fast, general[0])
            assert collector.resolve() == general[1]


@pytest.mark.parametrize("name", ["InvoicePage", "PartnerDetailPage", "CallPage"])
@settings(max_examples=100)  # a page whose items hold changed nested fields is one draw in several
@given(data=st.data())
def test_a_page_with_every_item_changed_answers_what_the_general_path_answers(name: str, data: st.DataObject) -> None:
    """Every item of a page changed somewhere (its own fields or the objects and lists it holds): each takes the
    general path for what does not fit and the fast path for its nested fields that do, keys learned mid-page
    included, and the page is still the general path's, deviations and their order too."""
    cls = model_class(name)
    instance = data.draw(varied_instances(name), label=name)
    items = instance.get("data")
    if isinstance(items, list):
        instance["data"] = [
            data.draw(mutated(item), label="item") if isinstance(item, dict) else item for item in items
        ]
    body = json.dumps(instance).encode()
    general = general_path(body, cls)
    forget_learned_keys()
    with collect_deviations("report") as collector:
        fast = decode_model(body, cls)
    if isinstance(general, ResponseValidationError):
        assert isinstance(fast, Miss)
    elif not isinstance(fast, Miss):
        assert_identical(fast, general[0])
        assert collector.resolve() == general[1]
