"""overrides/resource_methods.yaml places every operation once, by the naming rule, where the client has it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml
from spec_tools import operations
from stuut_client import AsyncStuut, Stuut

MAPPING = Path(__file__).parent.parent / "overrides" / "resource_methods.yaml"
CRUD = {"list", "retrieve", "create", "update", "delete"}


def mapping() -> dict[str, str]:
    return yaml.safe_load(MAPPING.read_text())  # type: ignore[no-any-return]


def test_every_operation_of_the_spec_has_a_method_and_every_entry_an_operation() -> None:
    spec_ids = {op.operation_id for op in operations()}
    assert len(spec_ids) == 51
    assert sorted(spec_ids - set(mapping())) == []  # operations without a method
    assert sorted(set(mapping()) - spec_ids) == []  # methods for no operation


def test_no_two_operations_share_a_method() -> None:
    shared = [where for where, count in Counter(mapping().values()).items() if count > 1]
    assert shared == []


def test_the_resource_is_the_tag_and_v2_paths_live_under_v2() -> None:
    for op in operations():
        where = mapping()[op.operation_id].split(".")
        assert (where[0] == "v2") == op.path.startswith("/v2/"), op.operation_id
        assert where[-2] == op.tag, op.operation_id


def test_method_names_follow_the_rule() -> None:
    for op in operations():
        method = mapping()[op.operation_id].rsplit(".", 1)[-1]
        has_id = "{" in op.path.rsplit("/", 1)[-1]
        if op.method == "get":
            # a collection is listed; one object (or a singleton such as settings) is retrieved
            assert method in {"list", "retrieve"} or method.startswith("retrieve_"), op.operation_id
            assert (method == "list") == (not has_id and "settings" not in op.path), op.operation_id
        elif op.method == "patch":
            assert method == "update" or method.startswith("update_"), op.operation_id
        elif method in CRUD:
            assert method in {"create", "update"}, op.operation_id
        assert method.isidentifier() and method == method.lower(), op.operation_id


def test_every_mapped_method_exists_on_both_clients() -> None:
    for client in (Stuut(token="t"), AsyncStuut(token="t")):
        for where in mapping().values():
            target: object = client
            for part in where.split("."):
                target = getattr(target, part)
            assert callable(target), where
