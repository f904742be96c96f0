from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    PENDING_MISSING,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCentralizedInboxSettingsRequest")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "UpdateCentralizedInboxSettingsRequest"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "centralized_inbox_auto_assign",
        "centralized_inbox_auto_assign_threshold",
        "centralized_inbox_matching_guidelines",
    }
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

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
        field_dict.update(undeclared(self))
        field_dict.update({})
        if centralized_inbox_auto_assign is not UNSET:
            field_dict["centralized_inbox_auto_assign"] = centralized_inbox_auto_assign
        if centralized_inbox_auto_assign_threshold is not UNSET:
            field_dict["centralized_inbox_auto_assign_threshold"] = centralized_inbox_auto_assign_threshold
        if centralized_inbox_matching_guidelines is not UNSET:
            field_dict["centralized_inbox_matching_guidelines"] = centralized_inbox_matching_guidelines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:

        # stuut: refuse anything but an object, and name the field that does not fit.
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        get = src_dict.get
        _field = ""
        try:
            _field = "centralized_inbox_auto_assign"
            centralized_inbox_auto_assign: bool | None | Unset
            _centralized_inbox_auto_assign_data = get("centralized_inbox_auto_assign", UNSET)
            if isinstance(_centralized_inbox_auto_assign_data, bool):
                centralized_inbox_auto_assign = _centralized_inbox_auto_assign_data
            elif _centralized_inbox_auto_assign_data is None or _centralized_inbox_auto_assign_data is UNSET:
                centralized_inbox_auto_assign = _centralized_inbox_auto_assign_data
            else:
                centralized_inbox_auto_assign = deviation(
                    _centralized_inbox_auto_assign_data, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "centralized_inbox_auto_assign_threshold"
            centralized_inbox_auto_assign_threshold: int | None | Unset
            _centralized_inbox_auto_assign_threshold_data = get("centralized_inbox_auto_assign_threshold", UNSET)
            if isinstance(_centralized_inbox_auto_assign_threshold_data, int) and not isinstance(
                _centralized_inbox_auto_assign_threshold_data, bool
            ):
                centralized_inbox_auto_assign_threshold = _centralized_inbox_auto_assign_threshold_data
            elif (
                _centralized_inbox_auto_assign_threshold_data is None
                or _centralized_inbox_auto_assign_threshold_data is UNSET
            ):
                centralized_inbox_auto_assign_threshold = _centralized_inbox_auto_assign_threshold_data
            else:
                centralized_inbox_auto_assign_threshold = deviation(
                    _centralized_inbox_auto_assign_threshold_data, "an integer", src_dict, _field, _SCHEMA
                )

            _field = "centralized_inbox_matching_guidelines"
            centralized_inbox_matching_guidelines: None | str | Unset
            _centralized_inbox_matching_guidelines_data = get("centralized_inbox_matching_guidelines", UNSET)
            if isinstance(_centralized_inbox_matching_guidelines_data, str):
                centralized_inbox_matching_guidelines = _centralized_inbox_matching_guidelines_data
            elif (
                _centralized_inbox_matching_guidelines_data is None
                or _centralized_inbox_matching_guidelines_data is UNSET
            ):
                centralized_inbox_matching_guidelines = _centralized_inbox_matching_guidelines_data
            else:
                centralized_inbox_matching_guidelines = deviation(
                    _centralized_inbox_matching_guidelines_data, "a string", src_dict, _field, _SCHEMA
                )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        update_centralized_inbox_settings_request = cls(
            centralized_inbox_auto_assign,
            centralized_inbox_auto_assign_threshold,
            centralized_inbox_matching_guidelines,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            update_centralized_inbox_settings_request.additional_properties = undeclared
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


install_undeclared_on_demand(UpdateCentralizedInboxSettingsRequest)
