from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET

T = TypeVar("T", bound="CentralizedInboxSettings")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "CentralizedInboxSettings"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "centralized_inbox_auto_assign",
        "centralized_inbox_auto_assign_threshold",
        "centralized_inbox_matching_guidelines",
    }
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        centralized_inbox_auto_assign = self.centralized_inbox_auto_assign

        centralized_inbox_auto_assign_threshold = self.centralized_inbox_auto_assign_threshold

        centralized_inbox_matching_guidelines: None | str
        centralized_inbox_matching_guidelines = self.centralized_inbox_matching_guidelines

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "centralized_inbox_auto_assign": centralized_inbox_auto_assign,
                "centralized_inbox_auto_assign_threshold": centralized_inbox_auto_assign_threshold,
                "centralized_inbox_matching_guidelines": centralized_inbox_matching_guidelines,
            }
        )
        if self._missing_fields:
            without_missing(self._missing_fields, field_dict)

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
            centralized_inbox_auto_assign = get("centralized_inbox_auto_assign", UNSET)
            if not (isinstance(centralized_inbox_auto_assign, bool)):
                centralized_inbox_auto_assign = deviation(
                    centralized_inbox_auto_assign, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "centralized_inbox_auto_assign_threshold"
            centralized_inbox_auto_assign_threshold = get("centralized_inbox_auto_assign_threshold", UNSET)
            if not (
                isinstance(centralized_inbox_auto_assign_threshold, int)
                and not isinstance(centralized_inbox_auto_assign_threshold, bool)
            ):
                centralized_inbox_auto_assign_threshold = deviation(
                    centralized_inbox_auto_assign_threshold, "an integer", src_dict, _field, _SCHEMA
                )

            _field = "centralized_inbox_matching_guidelines"
            centralized_inbox_matching_guidelines: None | str
            _centralized_inbox_matching_guidelines_data = get("centralized_inbox_matching_guidelines", UNSET)
            if isinstance(_centralized_inbox_matching_guidelines_data, str):
                centralized_inbox_matching_guidelines = _centralized_inbox_matching_guidelines_data
            elif _centralized_inbox_matching_guidelines_data is None:
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
        centralized_inbox_settings = cls(
            centralized_inbox_auto_assign,
            centralized_inbox_auto_assign_threshold,
            centralized_inbox_matching_guidelines,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(centralized_inbox_settings, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            centralized_inbox_settings.additional_properties = undeclared
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


install_undeclared_on_demand(CentralizedInboxSettings)
