from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._decode import Decoded
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
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.contact_external_role import ContactExternalRole
from ..models.internal_role import InternalRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contact_address import ContactAddress


T = TypeVar("T", bound="Contact")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Contact"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "object",
        "partner_id",
        "id",
        "address",
        "address_id",
        "addresses",
        "created_at",
        "custom_fields",
        "external_role",
        "family_name",
        "given_name",
        "internal_role",
        "is_email_disabled",
        "is_phone_disabled",
        "is_primary",
        "is_primary_email",
        "is_primary_phone",
        "job_title",
        "modified_at",
        "name",
        "phone",
        "remote_created_at",
        "remote_id",
        "remote_metadata",
        "remote_modified_at",
        "status_metadata",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.address import Address  # noqa: PLC0415
    from ..models.contact_address import ContactAddress  # noqa: PLC0415

    globals().update(
        Address=Address,
        ContactAddress=ContactAddress,
    )
    _references_unresolved = False


@_attrs_define
class Contact:
    """
    Attributes:
        email (str):
        object_ (str):
        partner_id (str):
        id (None | str | Unset):
        address (Address | None | Unset):
        address_id (int | None | Unset): An integer: an assumption, because the page shows only `123`, which the docs
            renderer prints for integers and numbers alike; the name says it is the numeric id of an address (the only id
            the pages show as a number).
        addresses (list[ContactAddress] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        custom_fields (Any | Unset): Untyped on the reference page (`<unknown>`).
        external_role (ContactExternalRole | None | Unset):
        family_name (None | str | Unset):
        given_name (None | str | Unset):
        internal_role (InternalRole | None | Unset):
        is_email_disabled (bool | None | Unset):
        is_phone_disabled (bool | None | Unset):
        is_primary (bool | None | Unset):
        is_primary_email (bool | None | Unset):
        is_primary_phone (bool | None | Unset):
        job_title (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset):
        phone (None | str | Unset):
        remote_created_at (datetime.datetime | None | Unset):
        remote_id (None | str | Unset):
        remote_metadata (Any | Unset): Untyped on the reference page (`<unknown>`).
        remote_modified_at (datetime.datetime | None | Unset):
        status_metadata (Any | Unset): Untyped on the reference page (`<unknown>`).
    """

    email: str
    object_: str
    partner_id: str
    id: None | str | Unset = UNSET
    address: Address | None | Unset = UNSET
    address_id: int | None | Unset = UNSET
    addresses: list[ContactAddress] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_fields: Any | Unset = UNSET
    external_role: ContactExternalRole | None | Unset = UNSET
    family_name: None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    internal_role: InternalRole | None | Unset = UNSET
    is_email_disabled: bool | None | Unset = UNSET
    is_phone_disabled: bool | None | Unset = UNSET
    is_primary: bool | None | Unset = UNSET
    is_primary_email: bool | None | Unset = UNSET
    is_primary_phone: bool | None | Unset = UNSET
    job_title: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    remote_created_at: datetime.datetime | None | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    remote_metadata: Any | Unset = UNSET
    remote_modified_at: datetime.datetime | None | Unset = UNSET
    status_metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        email = self.email

        object_ = self.object_

        partner_id = self.partner_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict() if isinstance(self.address, Address) else self.address

        else:
            address = self.address

        address_id: int | None | Unset
        if isinstance(self.address_id, Unset):
            address_id = UNSET
        else:
            address_id = self.address_id

        addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            if isinstance(self.addresses, list):
                addresses = []
                for addresses_type_0_item_data in self.addresses:
                    addresses_type_0_item = (
                        addresses_type_0_item_data.to_dict()
                        if isinstance(addresses_type_0_item_data, ContactAddress)
                        else addresses_type_0_item_data
                    )

                    addresses.append(addresses_type_0_item)
            else:
                addresses = self.addresses

        else:
            addresses = self.addresses

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        custom_fields = self.custom_fields

        external_role: None | str | Unset
        if isinstance(self.external_role, Unset):
            external_role = UNSET
        elif isinstance(self.external_role, ContactExternalRole):
            external_role = (
                self.external_role.value if isinstance(self.external_role, ContactExternalRole) else self.external_role
            )

        else:
            external_role = self.external_role

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

        internal_role: None | str | Unset
        if isinstance(self.internal_role, Unset):
            internal_role = UNSET
        elif isinstance(self.internal_role, InternalRole):
            internal_role = (
                self.internal_role.value if isinstance(self.internal_role, InternalRole) else self.internal_role
            )

        else:
            internal_role = self.internal_role

        is_email_disabled: bool | None | Unset
        if isinstance(self.is_email_disabled, Unset):
            is_email_disabled = UNSET
        else:
            is_email_disabled = self.is_email_disabled

        is_phone_disabled: bool | None | Unset
        if isinstance(self.is_phone_disabled, Unset):
            is_phone_disabled = UNSET
        else:
            is_phone_disabled = self.is_phone_disabled

        is_primary: bool | None | Unset
        if isinstance(self.is_primary, Unset):
            is_primary = UNSET
        else:
            is_primary = self.is_primary

        is_primary_email: bool | None | Unset
        if isinstance(self.is_primary_email, Unset):
            is_primary_email = UNSET
        else:
            is_primary_email = self.is_primary_email

        is_primary_phone: bool | None | Unset
        if isinstance(self.is_primary_phone, Unset):
            is_primary_phone = UNSET
        else:
            is_primary_phone = self.is_primary_phone

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

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

        remote_created_at: None | str | Unset
        if isinstance(self.remote_created_at, Unset):
            remote_created_at = UNSET
        elif isinstance(self.remote_created_at, datetime.datetime):
            remote_created_at = (
                self.remote_created_at.isoformat()
                if isinstance(self.remote_created_at, datetime.datetime)
                else self.remote_created_at
            )

        else:
            remote_created_at = self.remote_created_at

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        remote_metadata = self.remote_metadata

        remote_modified_at: None | str | Unset
        if isinstance(self.remote_modified_at, Unset):
            remote_modified_at = UNSET
        elif isinstance(self.remote_modified_at, datetime.datetime):
            remote_modified_at = (
                self.remote_modified_at.isoformat()
                if isinstance(self.remote_modified_at, datetime.datetime)
                else self.remote_modified_at
            )

        else:
            remote_modified_at = self.remote_modified_at

        status_metadata = self.status_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "email": email,
                "object": object_,
                "partner_id": partner_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if address is not UNSET:
            field_dict["address"] = address
        if address_id is not UNSET:
            field_dict["address_id"] = address_id
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if external_role is not UNSET:
            field_dict["external_role"] = external_role
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if internal_role is not UNSET:
            field_dict["internal_role"] = internal_role
        if is_email_disabled is not UNSET:
            field_dict["is_email_disabled"] = is_email_disabled
        if is_phone_disabled is not UNSET:
            field_dict["is_phone_disabled"] = is_phone_disabled
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if is_primary_email is not UNSET:
            field_dict["is_primary_email"] = is_primary_email
        if is_primary_phone is not UNSET:
            field_dict["is_primary_phone"] = is_primary_phone
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if remote_metadata is not UNSET:
            field_dict["remote_metadata"] = remote_metadata
        if remote_modified_at is not UNSET:
            field_dict["remote_modified_at"] = remote_modified_at
        if status_metadata is not UNSET:
            field_dict["status_metadata"] = status_metadata
        if self._missing_fields:
            without_missing(self._missing_fields, field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:
        if _references_unresolved:
            _resolve_references()

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

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "partner_id"
            partner_id = get("partner_id", UNSET)
            if not (isinstance(partner_id, str)):
                partner_id = deviation(partner_id, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "address"
            address = (
                defer(_parse_address, get("address", UNSET), src_dict)
                if lazy
                else _parse_address(get("address", UNSET), False, src_dict)
            )

            _field = "address_id"
            address_id: int | None | Unset
            _address_id_data = get("address_id", UNSET)
            if isinstance(_address_id_data, int) and not isinstance(_address_id_data, bool):
                address_id = _address_id_data
            elif _address_id_data is None or _address_id_data is UNSET:
                address_id = _address_id_data
            else:
                address_id = deviation(_address_id_data, "an integer", src_dict, _field, _SCHEMA)

            _field = "addresses"
            addresses = (
                defer(_parse_addresses, get("addresses", UNSET), src_dict)
                if lazy
                else _parse_addresses(get("addresses", UNSET), False, src_dict)
            )

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

            _field = "custom_fields"
            custom_fields = get("custom_fields", UNSET)

            _field = "external_role"
            external_role: ContactExternalRole | None | Unset
            _external_role_data = get("external_role", UNSET)
            if isinstance(_external_role_data, str):
                _external_role_type_0 = _external_role_data
                external_role_type_0 = (
                    ContactExternalRole._by_value.get(_external_role_type_0)
                    if _external_role_type_0.__class__ is str
                    else None
                ) or enum_or_deviation(ContactExternalRole, _external_role_type_0, src_dict, _field, _SCHEMA)

                external_role = external_role_type_0
            elif _external_role_data is None or _external_role_data is UNSET:
                external_role = _external_role_data
            else:
                external_role = deviation(_external_role_data, "ContactExternalRole", src_dict, _field, _SCHEMA)

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

            _field = "internal_role"
            internal_role: InternalRole | None | Unset
            _internal_role_data = get("internal_role", UNSET)
            if isinstance(_internal_role_data, str):
                _internal_role_type_0 = _internal_role_data
                internal_role_type_0 = (
                    InternalRole._by_value.get(_internal_role_type_0)
                    if _internal_role_type_0.__class__ is str
                    else None
                ) or enum_or_deviation(InternalRole, _internal_role_type_0, src_dict, _field, _SCHEMA)

                internal_role = internal_role_type_0
            elif _internal_role_data is None or _internal_role_data is UNSET:
                internal_role = _internal_role_data
            else:
                internal_role = deviation(_internal_role_data, "InternalRole", src_dict, _field, _SCHEMA)

            _field = "is_email_disabled"
            is_email_disabled: bool | None | Unset
            _is_email_disabled_data = get("is_email_disabled", UNSET)
            if isinstance(_is_email_disabled_data, bool):
                is_email_disabled = _is_email_disabled_data
            elif _is_email_disabled_data is None or _is_email_disabled_data is UNSET:
                is_email_disabled = _is_email_disabled_data
            else:
                is_email_disabled = deviation(_is_email_disabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_phone_disabled"
            is_phone_disabled: bool | None | Unset
            _is_phone_disabled_data = get("is_phone_disabled", UNSET)
            if isinstance(_is_phone_disabled_data, bool):
                is_phone_disabled = _is_phone_disabled_data
            elif _is_phone_disabled_data is None or _is_phone_disabled_data is UNSET:
                is_phone_disabled = _is_phone_disabled_data
            else:
                is_phone_disabled = deviation(_is_phone_disabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_primary"
            is_primary: bool | None | Unset
            _is_primary_data = get("is_primary", UNSET)
            if isinstance(_is_primary_data, bool):
                is_primary = _is_primary_data
            elif _is_primary_data is None or _is_primary_data is UNSET:
                is_primary = _is_primary_data
            else:
                is_primary = deviation(_is_primary_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_primary_email"
            is_primary_email: bool | None | Unset
            _is_primary_email_data = get("is_primary_email", UNSET)
            if isinstance(_is_primary_email_data, bool):
                is_primary_email = _is_primary_email_data
            elif _is_primary_email_data is None or _is_primary_email_data is UNSET:
                is_primary_email = _is_primary_email_data
            else:
                is_primary_email = deviation(_is_primary_email_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_primary_phone"
            is_primary_phone: bool | None | Unset
            _is_primary_phone_data = get("is_primary_phone", UNSET)
            if isinstance(_is_primary_phone_data, bool):
                is_primary_phone = _is_primary_phone_data
            elif _is_primary_phone_data is None or _is_primary_phone_data is UNSET:
                is_primary_phone = _is_primary_phone_data
            else:
                is_primary_phone = deviation(_is_primary_phone_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "job_title"
            job_title: None | str | Unset
            _job_title_data = get("job_title", UNSET)
            if isinstance(_job_title_data, str):
                job_title = _job_title_data
            elif _job_title_data is None or _job_title_data is UNSET:
                job_title = _job_title_data
            else:
                job_title = deviation(_job_title_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "remote_created_at"
            remote_created_at: datetime.datetime | None | Unset
            _remote_created_at_data = get("remote_created_at", UNSET)
            if isinstance(_remote_created_at_data, str):
                try:
                    remote_created_at_type_0 = datetime.datetime.fromisoformat(_remote_created_at_data)
                except (TypeError, ValueError):
                    remote_created_at_type_0 = datetime_or_deviation(_remote_created_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_remote_created_at_data):
                        remote_created_at_type_0 = datetime_or_deviation(
                            _remote_created_at_data, src_dict, _field, _SCHEMA
                        )

                remote_created_at = remote_created_at_type_0
            elif _remote_created_at_data is None or _remote_created_at_data is UNSET:
                remote_created_at = _remote_created_at_data
            else:
                remote_created_at = deviation(_remote_created_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "remote_id"
            remote_id: None | str | Unset
            _remote_id_data = get("remote_id", UNSET)
            if isinstance(_remote_id_data, str):
                remote_id = _remote_id_data
            elif _remote_id_data is None or _remote_id_data is UNSET:
                remote_id = _remote_id_data
            else:
                remote_id = deviation(_remote_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_metadata"
            remote_metadata = get("remote_metadata", UNSET)

            _field = "remote_modified_at"
            remote_modified_at: datetime.datetime | None | Unset
            _remote_modified_at_data = get("remote_modified_at", UNSET)
            if isinstance(_remote_modified_at_data, str):
                try:
                    remote_modified_at_type_0 = datetime.datetime.fromisoformat(_remote_modified_at_data)
                except (TypeError, ValueError):
                    remote_modified_at_type_0 = datetime_or_deviation(
                        _remote_modified_at_data, src_dict, _field, _SCHEMA
                    )
                else:
                    if not has_rfc3339_shape(_remote_modified_at_data):
                        remote_modified_at_type_0 = datetime_or_deviation(
                            _remote_modified_at_data, src_dict, _field, _SCHEMA
                        )

                remote_modified_at = remote_modified_at_type_0
            elif _remote_modified_at_data is None or _remote_modified_at_data is UNSET:
                remote_modified_at = _remote_modified_at_data
            else:
                remote_modified_at = deviation(
                    _remote_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA
                )

            _field = "status_metadata"
            status_metadata = get("status_metadata", UNSET)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        contact = cls(
            email,
            object_,
            partner_id,
            id,
            address,
            address_id,
            addresses,
            created_at,
            custom_fields,
            external_role,
            family_name,
            given_name,
            internal_role,
            is_email_disabled,
            is_phone_disabled,
            is_primary,
            is_primary_email,
            is_primary_phone,
            job_title,
            modified_at,
            name,
            phone,
            remote_created_at,
            remote_id,
            remote_metadata,
            remote_modified_at,
            status_metadata,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(contact, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            contact.additional_properties = undeclared
        return contact

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


def _parse_address(_json: Any, lazy: bool, src_dict: Any) -> Address | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "address"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    address: Address | None | Unset
    _address_data = _json
    if isinstance(_address_data, dict):
        _address_type_0 = _address_data
        address_type_0 = (
            Address.from_dict(_address_type_0, lazy=lazy)
            if isinstance(_address_type_0, dict)
            else deviation(_address_type_0, "an object (Address)", src_dict, _field, _SCHEMA)
        )

        address = address_type_0
    elif _address_data is None or _address_data is UNSET:
        address = _address_data
    else:
        address = deviation(_address_data, "an object (Address)", src_dict, _field, _SCHEMA)

    return address


def _parse_addresses(_json: Any, lazy: bool, src_dict: Any) -> list[ContactAddress] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "addresses"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    addresses: list[ContactAddress] | None | Unset
    _addresses_data = _json
    if isinstance(_addresses_data, list):
        _addresses_type_0 = _addresses_data
        addresses_type_0: list[ContactAddress]
        if not isinstance(_addresses_type_0, list):
            addresses_type_0 = deviation(_addresses_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            addresses_type_0 = []
            for _addresses_type_0_index, addresses_type_0_item_data in enumerate(_addresses_type_0):
                try:
                    _addresses_type_0_item = addresses_type_0_item_data
                    addresses_type_0_item = (
                        ContactAddress.from_dict(_addresses_type_0_item, lazy=lazy)
                        if isinstance(_addresses_type_0_item, dict)
                        else deviation(
                            _addresses_type_0_item,
                            "an object (ContactAddress)",
                            _addresses_type_0,
                            _addresses_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_addresses_type_0_index,)
                    ) from _parse_failure
                addresses_type_0.append(addresses_type_0_item)

        addresses = addresses_type_0
    elif _addresses_data is None or _addresses_data is UNSET:
        addresses = _addresses_data
    else:
        addresses = deviation(_addresses_data, "an array", src_dict, _field, _SCHEMA)

    return addresses


install_lazy_fields(
    Contact,
    (
        "address",
        "addresses",
    ),
)


install_undeclared_on_demand(Contact)
