from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError

if TYPE_CHECKING:
    from ..models.contact_suggestion import ContactSuggestion


T = TypeVar("T", bound="ContactSuggestionList")


@_attrs_define
class ContactSuggestionList:
    """A list of ContactSuggestion objects. List Contact Suggestions documents only `data` (no page envelope fields).

    Attributes:
        data (list[ContactSuggestion]):
    """

    data: list[ContactSuggestion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_suggestion import ContactSuggestion  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "data"
            _data = d.pop("data")
            if not isinstance(_data, list):
                raise TypeError(f"expected an array, got {type(_data).__name__}")
            data = []
            for _data_index, data_item_data in enumerate(_data):
                try:
                    data_item = ContactSuggestion.from_dict(data_item_data)

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(_parse_failure, (_data_index,)) from _parse_failure
                data.append(data_item)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        contact_suggestion_list = cls(
            data=data,
        )

        contact_suggestion_list.additional_properties = d
        return contact_suggestion_list

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
