from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError

T = TypeVar("T", bound="CentralizedInboxSettings")


@_attrs_define
class CentralizedInboxSettings:
    """Current centralized inbox settings for the organization.

    Attributes:
        centralized_inbox_auto_assign (bool):
        centralized_inbox_auto_assign_threshold (int):
        centralized_inbox_matching_guidelines (None | str):
    """

    centralized_inbox_auto_assign: bool
    centralized_inbox_auto_assign_threshold: int
    centralized_inbox_matching_guidelines: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        centralized_inbox_auto_assign = self.centralized_inbox_auto_assign

        centralized_inbox_auto_assign_threshold = self.centralized_inbox_auto_assign_threshold

        centralized_inbox_matching_guidelines: None | str
        centralized_inbox_matching_guidelines = self.centralized_inbox_matching_guidelines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "centralized_inbox_auto_assign": centralized_inbox_auto_assign,
                "centralized_inbox_auto_assign_threshold": centralized_inbox_auto_assign_threshold,
                "centralized_inbox_matching_guidelines": centralized_inbox_matching_guidelines,
            }
        )

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
            centralized_inbox_auto_assign = d.pop("centralized_inbox_auto_assign")
            if not (isinstance(centralized_inbox_auto_assign, bool)):
                raise TypeError(f"expected a boolean, got {type(centralized_inbox_auto_assign).__name__}")

            _field = "centralized_inbox_auto_assign_threshold"
            centralized_inbox_auto_assign_threshold = d.pop("centralized_inbox_auto_assign_threshold")
            if not (
                isinstance(centralized_inbox_auto_assign_threshold, int)
                and not isinstance(centralized_inbox_auto_assign_threshold, bool)
            ):
                raise TypeError(f"expected an integer, got {type(centralized_inbox_auto_assign_threshold).__name__}")

            _field = "centralized_inbox_matching_guidelines"

            def _parse_centralized_inbox_matching_guidelines(data: object) -> None | str:
                if data is None:
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            centralized_inbox_matching_guidelines = _parse_centralized_inbox_matching_guidelines(
                d.pop("centralized_inbox_matching_guidelines")
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        centralized_inbox_settings = cls(
            centralized_inbox_auto_assign=centralized_inbox_auto_assign,
            centralized_inbox_auto_assign_threshold=centralized_inbox_auto_assign_threshold,
            centralized_inbox_matching_guidelines=centralized_inbox_matching_guidelines,
        )

        centralized_inbox_settings.additional_properties = d
        return centralized_inbox_settings

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
