from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import Decoded
from .._deviations import (
    PENDING_MISSING,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.child_statement import ChildStatement


T = TypeVar("T", bound="SplitInfo")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "SplitInfo"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "is_split_parent",
        "split_count",
        "child_statements",
        "original_statement_id",
        "split_index",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.child_statement import ChildStatement  # noqa: PLC0415

    globals().update(
        ChildStatement=ChildStatement,
    )
    _references_unresolved = False


@_attrs_define
class SplitInfo:
    """
    Attributes:
        is_split_parent (bool | None | Unset):
        split_count (int | None | Unset): An integer: an assumption, because the page shows only `123`, which the docs
            renderer prints for integers and numbers alike; the name says it counts the parts of a split.
        child_statements (list[ChildStatement] | None | Unset):
        original_statement_id (None | str | Unset):
        split_index (int | None | Unset): An integer: an assumption, because the page shows only `123`, which the docs
            renderer prints for integers and numbers alike; the name says it numbers a part of a split.
    """

    is_split_parent: bool | None | Unset = UNSET
    split_count: int | None | Unset = UNSET
    child_statements: list[ChildStatement] | None | Unset = UNSET
    original_statement_id: None | str | Unset = UNSET
    split_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        is_split_parent: bool | None | Unset
        if isinstance(self.is_split_parent, Unset):
            is_split_parent = UNSET
        else:
            is_split_parent = self.is_split_parent

        split_count: int | None | Unset
        if isinstance(self.split_count, Unset):
            split_count = UNSET
        else:
            split_count = self.split_count

        child_statements: list[dict[str, Any]] | None | Unset
        if isinstance(self.child_statements, Unset):
            child_statements = UNSET
        elif isinstance(self.child_statements, list):
            if isinstance(self.child_statements, list):
                child_statements = []
                for child_statements_type_0_item_data in self.child_statements:
                    child_statements_type_0_item = (
                        child_statements_type_0_item_data.to_dict()
                        if isinstance(child_statements_type_0_item_data, ChildStatement)
                        else child_statements_type_0_item_data
                    )

                    child_statements.append(child_statements_type_0_item)
            else:
                child_statements = self.child_statements

        else:
            child_statements = self.child_statements

        original_statement_id: None | str | Unset
        if isinstance(self.original_statement_id, Unset):
            original_statement_id = UNSET
        else:
            original_statement_id = self.original_statement_id

        split_index: int | None | Unset
        if isinstance(self.split_index, Unset):
            split_index = UNSET
        else:
            split_index = self.split_index

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if is_split_parent is not UNSET:
            field_dict["is_split_parent"] = is_split_parent
        if split_count is not UNSET:
            field_dict["split_count"] = split_count
        if child_statements is not UNSET:
            field_dict["child_statements"] = child_statements
        if original_statement_id is not UNSET:
            field_dict["original_statement_id"] = original_statement_id
        if split_index is not UNSET:
            field_dict["split_index"] = split_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:
        if _references_unresolved:
            _resolve_references()

        # stuut: refuse anything but an object, and name the field that does not fit.
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        get = src_dict.get
        _field = ""
        try:
            _field = "is_split_parent"
            is_split_parent: bool | None | Unset
            _is_split_parent_data = get("is_split_parent", UNSET)
            if isinstance(_is_split_parent_data, bool):
                is_split_parent = _is_split_parent_data
            elif _is_split_parent_data is None or _is_split_parent_data is UNSET:
                is_split_parent = _is_split_parent_data
            else:
                is_split_parent = deviation(_is_split_parent_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "split_count"
            split_count: int | None | Unset
            _split_count_data = get("split_count", UNSET)
            if isinstance(_split_count_data, int) and not isinstance(_split_count_data, bool):
                split_count = _split_count_data
            elif _split_count_data is None or _split_count_data is UNSET:
                split_count = _split_count_data
            else:
                split_count = deviation(_split_count_data, "an integer", src_dict, _field, _SCHEMA)

            _field = "child_statements"
            child_statements = (
                defer(_parse_child_statements, get("child_statements", UNSET), src_dict)
                if lazy
                else _parse_child_statements(get("child_statements", UNSET), False, src_dict)
            )

            _field = "original_statement_id"
            original_statement_id: None | str | Unset
            _original_statement_id_data = get("original_statement_id", UNSET)
            if isinstance(_original_statement_id_data, str):
                original_statement_id = _original_statement_id_data
            elif _original_statement_id_data is None or _original_statement_id_data is UNSET:
                original_statement_id = _original_statement_id_data
            else:
                original_statement_id = deviation(_original_statement_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "split_index"
            split_index: int | None | Unset
            _split_index_data = get("split_index", UNSET)
            if isinstance(_split_index_data, int) and not isinstance(_split_index_data, bool):
                split_index = _split_index_data
            elif _split_index_data is None or _split_index_data is UNSET:
                split_index = _split_index_data
            else:
                split_index = deviation(_split_index_data, "an integer", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        split_info = cls(
            is_split_parent,
            split_count,
            child_statements,
            original_statement_id,
            split_index,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            split_info.additional_properties = undeclared
        return split_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_child_statements(_json: Any, lazy: bool, src_dict: Any) -> list[ChildStatement] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "child_statements"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    child_statements: list[ChildStatement] | None | Unset
    _child_statements_data = _json
    if isinstance(_child_statements_data, list):
        _child_statements_type_0 = _child_statements_data
        child_statements_type_0: list[ChildStatement]
        if not isinstance(_child_statements_type_0, list):
            child_statements_type_0 = deviation(_child_statements_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            child_statements_type_0 = []
            for _child_statements_type_0_index, child_statements_type_0_item_data in enumerate(
                _child_statements_type_0
            ):
                try:
                    _child_statements_type_0_item = child_statements_type_0_item_data
                    child_statements_type_0_item = (
                        ChildStatement.from_dict(_child_statements_type_0_item, lazy=lazy)
                        if isinstance(_child_statements_type_0_item, dict)
                        else deviation(
                            _child_statements_type_0_item,
                            "an object (ChildStatement)",
                            _child_statements_type_0,
                            _child_statements_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_child_statements_type_0_index,)
                    ) from _parse_failure
                child_statements_type_0.append(child_statements_type_0_item)

        child_statements = child_statements_type_0
    elif _child_statements_data is None or _child_statements_data is UNSET:
        child_statements = _child_statements_data
    else:
        child_statements = deviation(_child_statements_data, "an array", src_dict, _field, _SCHEMA)

    return child_statements


install_lazy_fields(SplitInfo, ("child_statements",))


install_undeclared_on_demand(SplitInfo)
