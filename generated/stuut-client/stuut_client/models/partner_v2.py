from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._deviations import (
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "PartnerV2"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "modified_at",
        "id",
        "account_number",
        "assignee_id",
        "business_unit_id",
        "email",
        "name",
        "legal_name",
        "phone",
    }
)


@_attrs_define
class PartnerV2:
    """A partner as v2 objects embed it. The reference pages' examples of this object were cut off after `phone` (inside
    the next field, `parent_id`, which is therefore not declared); further fields exist but were not recovered.

        Attributes:
            created_at (datetime.datetime | None | Unset):
            modified_at (datetime.datetime | None | Unset):
            id (None | str | Unset):
            account_number (None | str | Unset):
            assignee_id (None | str | Unset):
            business_unit_id (None | str | Unset):
            email (None | str | Unset):
            name (None | str | Unset):
            legal_name (None | str | Unset):
            phone (None | str | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    id: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    assignee_id: None | str | Unset = UNSET
    business_unit_id: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    legal_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        assignee_id: None | str | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        business_unit_id: None | str | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if id is not UNSET:
            field_dict["id"] = id
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if business_unit_id is not UNSET:
            field_dict["business_unit_id"] = business_unit_id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if phone is not UNSET:
            field_dict["phone"] = phone

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

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "account_number"
            account_number: None | str | Unset
            _account_number_data = get("account_number", UNSET)
            if isinstance(_account_number_data, str):
                account_number = _account_number_data
            elif _account_number_data is None or _account_number_data is UNSET:
                account_number = _account_number_data
            else:
                account_number = deviation(_account_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "assignee_id"
            assignee_id: None | str | Unset
            _assignee_id_data = get("assignee_id", UNSET)
            if isinstance(_assignee_id_data, str):
                assignee_id = _assignee_id_data
            elif _assignee_id_data is None or _assignee_id_data is UNSET:
                assignee_id = _assignee_id_data
            else:
                assignee_id = deviation(_assignee_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "business_unit_id"
            business_unit_id: None | str | Unset
            _business_unit_id_data = get("business_unit_id", UNSET)
            if isinstance(_business_unit_id_data, str):
                business_unit_id = _business_unit_id_data
            elif _business_unit_id_data is None or _business_unit_id_data is UNSET:
                business_unit_id = _business_unit_id_data
            else:
                business_unit_id = deviation(_business_unit_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "email"
            email: None | str | Unset
            _email_data = get("email", UNSET)
            if isinstance(_email_data, str):
                email = _email_data
            elif _email_data is None or _email_data is UNSET:
                email = _email_data
            else:
                email = deviation(_email_data, "a string", src_dict, _field, _SCHEMA)

            _field = "name"
            name: None | str | Unset
            _name_data = get("name", UNSET)
            if isinstance(_name_data, str):
                name = _name_data
            elif _name_data is None or _name_data is UNSET:
                name = _name_data
            else:
                name = deviation(_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "legal_name"
            legal_name: None | str | Unset
            _legal_name_data = get("legal_name", UNSET)
            if isinstance(_legal_name_data, str):
                legal_name = _legal_name_data
            elif _legal_name_data is None or _legal_name_data is UNSET:
                legal_name = _legal_name_data
            else:
                legal_name = deviation(_legal_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "phone"
            phone: None | str | Unset
            _phone_data = get("phone", UNSET)
            if isinstance(_phone_data, str):
                phone = _phone_data
            elif _phone_data is None or _phone_data is UNSET:
                phone = _phone_data
            else:
                phone = deviation(_phone_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        partner_v2 = cls(
            created_at,
            modified_at,
            id,
            account_number,
            assignee_id,
            business_unit_id,
            email,
            name,
            legal_name,
            phone,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            partner_v2.additional_properties = undeclared
        return partner_v2

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


install_undeclared_on_demand(PartnerV2)
