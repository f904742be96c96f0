from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    deviation,
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.internal_role import InternalRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="InternalContactInput")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "InternalContactInput"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "internal_role",
        "given_name",
        "family_name",
        "name",
        "phone",
        "job_title",
    }
)


@_attrs_define
class InternalContactInput:
    """Request body of Create an Internal Contact (creates an internal contact and records their role) and of Add Internal
    Contact (finds or creates the InternalContact by organization and email, then assigns it to the partner with the
    given role). Both pages document the same fields.

        Attributes:
            email (str): The internal contact's email address. Email uniquely identifies the internal contact within the
                organization. (Create an Internal Contact shows the first sentence, Add Internal Contact the second.)
            internal_role (InternalRole): The role an internal contact holds for a partner (values from the v2 internal-
                contact pages).
            given_name (None | str | Unset): The internal contact's given name.
            family_name (None | str | Unset): The internal contact's family name.
            name (None | str | Unset): The internal contact's full name, if no given/family name.
            phone (None | str | Unset): The internal contact's phone number.
            job_title (None | str | Unset): The internal contact's job title.
    """

    email: str
    internal_role: InternalRole
    given_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        email = self.email

        internal_role = self.internal_role.value if isinstance(self.internal_role, InternalRole) else self.internal_role

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "email": email,
                "internal_role": internal_role,
            }
        )
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
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
            _field = "email"
            email = get("email", UNSET)
            if not (isinstance(email, str)):
                email = deviation(email, "a string", src_dict, _field, _SCHEMA)

            _field = "internal_role"
            _internal_role = get("internal_role", UNSET)
            internal_role = (
                InternalRole._by_value.get(_internal_role) if _internal_role.__class__ is str else None
            ) or enum_or_deviation(InternalRole, _internal_role, src_dict, _field, _SCHEMA)

            _field = "given_name"
            given_name: None | str | Unset
            _given_name_data = get("given_name", UNSET)
            if isinstance(_given_name_data, str):
                given_name = _given_name_data
            elif _given_name_data is None or _given_name_data is UNSET:
                given_name = _given_name_data
            else:
                given_name = deviation(_given_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "family_name"
            family_name: None | str | Unset
            _family_name_data = get("family_name", UNSET)
            if isinstance(_family_name_data, str):
                family_name = _family_name_data
            elif _family_name_data is None or _family_name_data is UNSET:
                family_name = _family_name_data
            else:
                family_name = deviation(_family_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "name"
            name: None | str | Unset
            _name_data = get("name", UNSET)
            if isinstance(_name_data, str):
                name = _name_data
            elif _name_data is None or _name_data is UNSET:
                name = _name_data
            else:
                name = deviation(_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "phone"
            phone: None | str | Unset
            _phone_data = get("phone", UNSET)
            if isinstance(_phone_data, str):
                phone = _phone_data
            elif _phone_data is None or _phone_data is UNSET:
                phone = _phone_data
            else:
                phone = deviation(_phone_data, "a string", src_dict, _field, _SCHEMA)

            _field = "job_title"
            job_title: None | str | Unset
            _job_title_data = get("job_title", UNSET)
            if isinstance(_job_title_data, str):
                job_title = _job_title_data
            elif _job_title_data is None or _job_title_data is UNSET:
                job_title = _job_title_data
            else:
                job_title = deviation(_job_title_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        internal_contact_input = cls(
            email,
            internal_role,
            given_name,
            family_name,
            name,
            phone,
            job_title,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(internal_contact_input, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            internal_contact_input.additional_properties = undeclared
        return internal_contact_input

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


install_undeclared_on_demand(InternalContactInput)
