from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

T = TypeVar("T", bound="Domain")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Domain"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "domain",
        "object",
        "organization_id",
        "created_at",
        "modified_at",
    }
)


@_attrs_define
class Domain:
    """
    Attributes:
        domain (str):
        object_ (str):
        organization_id (str):
        created_at (datetime.datetime | None | Unset):
        modified_at (datetime.datetime | None | Unset):
    """

    domain: str
    object_: str
    organization_id: str
    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        domain = self.domain

        object_ = self.object_

        organization_id = self.organization_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "domain": domain,
                "object": object_,
                "organization_id": organization_id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
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
            _field = "domain"
            domain = get("domain", UNSET)
            if not (isinstance(domain, str)):
                domain = deviation(domain, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "organization_id"
            organization_id = get("organization_id", UNSET)
            if not (isinstance(organization_id, str)):
                organization_id = deviation(organization_id, "a string", src_dict, _field, _SCHEMA)

            _field = "created_at"
            created_at: datetime.datetime | None | Unset
            _created_at_data = get("created_at", UNSET)
            if isinstance(_created_at_data, str):
                try:
                    created_at_type_0 = datetime.datetime.fromisoformat(_created_at_data)
                except (TypeError, ValueError):
                    created_at_type_0 = datetime_or_deviation(_created_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_created_at_data):
                        created_at_type_0 = datetime_or_deviation(_created_at_data, src_dict, _field, _SCHEMA)

                created_at = created_at_type_0
            elif _created_at_data is None or _created_at_data is UNSET:
                created_at = _created_at_data
            else:
                created_at = deviation(_created_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "modified_at"
            modified_at: datetime.datetime | None | Unset
            _modified_at_data = get("modified_at", UNSET)
            if isinstance(_modified_at_data, str):
                try:
                    modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at_data)
                except (TypeError, ValueError):
                    modified_at_type_0 = datetime_or_deviation(_modified_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_modified_at_data):
                        modified_at_type_0 = datetime_or_deviation(_modified_at_data, src_dict, _field, _SCHEMA)

                modified_at = modified_at_type_0
            elif _modified_at_data is None or _modified_at_data is UNSET:
                modified_at = _modified_at_data
            else:
                modified_at = deviation(_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        domain = cls(
            domain,
            object_,
            organization_id,
            created_at,
            modified_at,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(domain, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            domain.additional_properties = undeclared
        return domain

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


install_undeclared_on_demand(Domain)
