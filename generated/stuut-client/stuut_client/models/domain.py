from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Domain")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        object_ = self.object_

        organization_id = self.organization_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "domain"
            domain = d.pop("domain")
            if not (isinstance(domain, str)):
                raise TypeError(f"expected a string, got {type(domain).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "organization_id"
            organization_id = d.pop("organization_id")
            if not (isinstance(organization_id, str)):
                raise TypeError(f"expected a string, got {type(organization_id).__name__}")

            _field = "created_at"

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0

            created_at = _parse_created_at(d.pop("created_at", UNSET))

            _field = "modified_at"

            def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                modified_at_type_0 = parse_datetime(data)

                return modified_at_type_0

            modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        domain = cls(
            domain=domain,
            object_=object_,
            organization_id=organization_id,
            created_at=created_at,
            modified_at=modified_at,
        )

        domain.additional_properties = d
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
