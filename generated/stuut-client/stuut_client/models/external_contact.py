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
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.external_contact_status import ExternalContactStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalContact")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "ExternalContact"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "domain",
        "email",
        "object",
        "source",
        "id",
        "created_at",
        "family_name",
        "given_name",
        "modified_at",
        "phone",
        "role",
        "source_provider_id",
        "status",
    }
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

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
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

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
            status = self.status.value if isinstance(self.status, ExternalContactStatus) else self.status

        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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

            _field = "email"
            email = get("email", UNSET)
            if not (isinstance(email, str)):
                email = deviation(email, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "source"
            source = get("source", UNSET)
            if not (isinstance(source, str)):
                source = deviation(source, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "family_name"
            family_name: None | str | Unset
            _family_name_data = get("family_name", UNSET)
            if isinstance(_family_name_data, str):
                family_name = _family_name_data
            elif _family_name_data is None or _family_name_data is UNSET:
                family_name = _family_name_data
            else:
                family_name = deviation(_family_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "given_name"
            given_name: None | str | Unset
            _given_name_data = get("given_name", UNSET)
            if isinstance(_given_name_data, str):
                given_name = _given_name_data
            elif _given_name_data is None or _given_name_data is UNSET:
                given_name = _given_name_data
            else:
                given_name = deviation(_given_name_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "phone"
            phone: None | str | Unset
            _phone_data = get("phone", UNSET)
            if isinstance(_phone_data, str):
                phone = _phone_data
            elif _phone_data is None or _phone_data is UNSET:
                phone = _phone_data
            else:
                phone = deviation(_phone_data, "a string", src_dict, _field, _SCHEMA)

            _field = "role"
            role: None | str | Unset
            _role_data = get("role", UNSET)
            if isinstance(_role_data, str):
                role = _role_data
            elif _role_data is None or _role_data is UNSET:
                role = _role_data
            else:
                role = deviation(_role_data, "a string", src_dict, _field, _SCHEMA)

            _field = "source_provider_id"
            source_provider_id: None | str | Unset
            _source_provider_id_data = get("source_provider_id", UNSET)
            if isinstance(_source_provider_id_data, str):
                source_provider_id = _source_provider_id_data
            elif _source_provider_id_data is None or _source_provider_id_data is UNSET:
                source_provider_id = _source_provider_id_data
            else:
                source_provider_id = deviation(_source_provider_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "status"
            status: ExternalContactStatus | None | Unset
            _status_data = get("status", UNSET)
            if isinstance(_status_data, str):
                _status_type_0 = _status_data
                status_type_0 = (
                    ExternalContactStatus._by_value.get(_status_type_0) if _status_type_0.__class__ is str else None
                ) or enum_or_deviation(ExternalContactStatus, _status_type_0, src_dict, _field, _SCHEMA)

                status = status_type_0
            elif _status_data is None or _status_data is UNSET:
                status = _status_data
            else:
                status = deviation(_status_data, "ExternalContactStatus", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        external_contact = cls(
            domain,
            email,
            object_,
            source,
            id,
            created_at,
            family_name,
            given_name,
            modified_at,
            phone,
            role,
            source_provider_id,
            status,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(external_contact, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            external_contact.additional_properties = undeclared
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


install_undeclared_on_demand(ExternalContact)
