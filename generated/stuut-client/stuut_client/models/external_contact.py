from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.external_contact_status import ExternalContactStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalContact")


@_attrs_define
class ExternalContact:
    """A contact found outside Stuut (for example by enrichment).

    Attributes:
        domain (str):
        email (str):
        object_ (str):
        source (str):
        id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        family_name (None | str | Unset):
        given_name (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        phone (None | str | Unset):
        role (None | str | Unset):
        source_provider_id (None | str | Unset):
        status (ExternalContactStatus | None | Unset):
    """

    domain: str
    email: str
    object_: str
    source: str
    id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    family_name: None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    source_provider_id: None | str | Unset = UNSET
    status: ExternalContactStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        email = self.email

        object_ = self.object_

        source = self.source

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        source_provider_id: None | str | Unset
        if isinstance(self.source_provider_id, Unset):
            source_provider_id = UNSET
        else:
            source_provider_id = self.source_provider_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ExternalContactStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "email": email,
                "object": object_,
                "source": source,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if phone is not UNSET:
            field_dict["phone"] = phone
        if role is not UNSET:
            field_dict["role"] = role
        if source_provider_id is not UNSET:
            field_dict["source_provider_id"] = source_provider_id
        if status is not UNSET:
            field_dict["status"] = status

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

            _field = "email"
            email = d.pop("email")
            if not (isinstance(email, str)):
                raise TypeError(f"expected a string, got {type(email).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "source"
            source = d.pop("source")
            if not (isinstance(source, str)):
                raise TypeError(f"expected a string, got {type(source).__name__}")

            _field = "id"

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            id = _parse_id(d.pop("id", UNSET))

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

            _field = "family_name"

            def _parse_family_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            family_name = _parse_family_name(d.pop("family_name", UNSET))

            _field = "given_name"

            def _parse_given_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            given_name = _parse_given_name(d.pop("given_name", UNSET))

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

            _field = "phone"

            def _parse_phone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            phone = _parse_phone(d.pop("phone", UNSET))

            _field = "role"

            def _parse_role(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            role = _parse_role(d.pop("role", UNSET))

            _field = "source_provider_id"

            def _parse_source_provider_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            source_provider_id = _parse_source_provider_id(d.pop("source_provider_id", UNSET))

            _field = "status"

            def _parse_status(data: object) -> ExternalContactStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected ExternalContactStatus, got {type(data).__name__}")
                status_type_0 = ExternalContactStatus(data)

                return status_type_0

            status = _parse_status(d.pop("status", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        external_contact = cls(
            domain=domain,
            email=email,
            object_=object_,
            source=source,
            id=id,
            created_at=created_at,
            family_name=family_name,
            given_name=given_name,
            modified_at=modified_at,
            phone=phone,
            role=role,
            source_provider_id=source_provider_id,
            status=status,
        )

        external_contact.additional_properties = d
        return external_contact

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
