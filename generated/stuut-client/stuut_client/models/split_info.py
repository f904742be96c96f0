from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.child_statement import ChildStatement


T = TypeVar("T", bound="SplitInfo")


@_attrs_define
class SplitInfo:
    """
    Attributes:
        is_split_parent (bool | None | Unset):
        split_count (int | None | Unset):
        child_statements (list[ChildStatement] | None | Unset):
        original_statement_id (None | str | Unset):
        split_index (int | None | Unset):
    """

    is_split_parent: bool | None | Unset = UNSET
    split_count: int | None | Unset = UNSET
    child_statements: list[ChildStatement] | None | Unset = UNSET
    original_statement_id: None | str | Unset = UNSET
    split_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            child_statements = []
            for child_statements_type_0_item_data in self.child_statements:
                child_statements_type_0_item = child_statements_type_0_item_data.to_dict()
                child_statements.append(child_statements_type_0_item)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.child_statement import ChildStatement  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "is_split_parent"

            def _parse_is_split_parent(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_split_parent = _parse_is_split_parent(d.pop("is_split_parent", UNSET))

            _field = "split_count"

            def _parse_split_count(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected an integer, got {type(data).__name__}")

            split_count = _parse_split_count(d.pop("split_count", UNSET))

            _field = "child_statements"

            def _parse_child_statements(data: object) -> list[ChildStatement] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _child_statements_type_0 = data
                if not isinstance(_child_statements_type_0, list):
                    raise TypeError(f"expected an array, got {type(_child_statements_type_0).__name__}")
                child_statements_type_0 = []
                for _child_statements_type_0_index, child_statements_type_0_item_data in enumerate(
                    _child_statements_type_0
                ):
                    try:
                        child_statements_type_0_item = ChildStatement.from_dict(child_statements_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_child_statements_type_0_index,)
                        ) from _parse_failure
                    child_statements_type_0.append(child_statements_type_0_item)

                return child_statements_type_0

            child_statements = _parse_child_statements(d.pop("child_statements", UNSET))

            _field = "original_statement_id"

            def _parse_original_statement_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            original_statement_id = _parse_original_statement_id(d.pop("original_statement_id", UNSET))

            _field = "split_index"

            def _parse_split_index(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected an integer, got {type(data).__name__}")

            split_index = _parse_split_index(d.pop("split_index", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        split_info = cls(
            is_split_parent=is_split_parent,
            split_count=split_count,
            child_statements=child_statements,
            original_statement_id=original_statement_id,
            split_index=split_index,
        )

        split_info.additional_properties = d
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
