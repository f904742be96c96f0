from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCentralizedInboxSettingsRequest")


@_attrs_define
class UpdateCentralizedInboxSettingsRequest:
    """Request to update centralized inbox auto-assign settings.

    Attributes:
        centralized_inbox_auto_assign (bool | None | Unset):
        centralized_inbox_auto_assign_threshold (int | None | Unset): Threshold must be between 0 and 100.
        centralized_inbox_matching_guidelines (None | str | Unset): Free-text matching guidelines for the AI agent.
    """

    centralized_inbox_auto_assign: bool | None | Unset = UNSET
    centralized_inbox_auto_assign_threshold: int | None | Unset = UNSET
    centralized_inbox_matching_guidelines: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        centralized_inbox_auto_assign: bool | None | Unset
        if isinstance(self.centralized_inbox_auto_assign, Unset):
            centralized_inbox_auto_assign = UNSET
        else:
            centralized_inbox_auto_assign = self.centralized_inbox_auto_assign

        centralized_inbox_auto_assign_threshold: int | None | Unset
        if isinstance(self.centralized_inbox_auto_assign_threshold, Unset):
            centralized_inbox_auto_assign_threshold = UNSET
        else:
            centralized_inbox_auto_assign_threshold = self.centralized_inbox_auto_assign_threshold

        centralized_inbox_matching_guidelines: None | str | Unset
        if isinstance(self.centralized_inbox_matching_guidelines, Unset):
            centralized_inbox_matching_guidelines = UNSET
        else:
            centralized_inbox_matching_guidelines = self.centralized_inbox_matching_guidelines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if centralized_inbox_auto_assign is not UNSET:
            field_dict["centralized_inbox_auto_assign"] = centralized_inbox_auto_assign
        if centralized_inbox_auto_assign_threshold is not UNSET:
            field_dict["centralized_inbox_auto_assign_threshold"] = centralized_inbox_auto_assign_threshold
        if centralized_inbox_matching_guidelines is not UNSET:
            field_dict["centralized_inbox_matching_guidelines"] = centralized_inbox_matching_guidelines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "centralized_inbox_auto_assign"

            def _parse_centralized_inbox_auto_assign(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            centralized_inbox_auto_assign = _parse_centralized_inbox_auto_assign(
                d.pop("centralized_inbox_auto_assign", UNSET)
            )

            _field = "centralized_inbox_auto_assign_threshold"

            def _parse_centralized_inbox_auto_assign_threshold(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected an integer, got {type(data).__name__}")

            centralized_inbox_auto_assign_threshold = _parse_centralized_inbox_auto_assign_threshold(
                d.pop("centralized_inbox_auto_assign_threshold", UNSET)
            )

            _field = "centralized_inbox_matching_guidelines"

            def _parse_centralized_inbox_matching_guidelines(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            centralized_inbox_matching_guidelines = _parse_centralized_inbox_matching_guidelines(
                d.pop("centralized_inbox_matching_guidelines", UNSET)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        update_centralized_inbox_settings_request = cls(
            centralized_inbox_auto_assign=centralized_inbox_auto_assign,
            centralized_inbox_auto_assign_threshold=centralized_inbox_auto_assign_threshold,
            centralized_inbox_matching_guidelines=centralized_inbox_matching_guidelines,
        )

        update_centralized_inbox_settings_request.additional_properties = d
        return update_centralized_inbox_settings_request

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
