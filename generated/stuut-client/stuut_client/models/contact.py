from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_external_role import ContactExternalRole
from ..models.internal_role import InternalRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contact_address import ContactAddress


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """
    Attributes:
        email (str):
        object_ (str):
        partner_id (str):
        id (None | str | Unset):
        address (Address | None | Unset):
        address_id (int | None | Unset):
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415

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
            address = self.address.to_dict()
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
            addresses = []
            for addresses_type_0_item_data in self.addresses:
                addresses_type_0_item = addresses_type_0_item_data.to_dict()
                addresses.append(addresses_type_0_item)

        else:
            addresses = self.addresses

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        custom_fields = self.custom_fields

        external_role: None | str | Unset
        if isinstance(self.external_role, Unset):
            external_role = UNSET
        elif isinstance(self.external_role, ContactExternalRole):
            external_role = self.external_role.value
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
            internal_role = self.internal_role.value
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
            modified_at = self.modified_at.isoformat()
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
            remote_created_at = self.remote_created_at.isoformat()
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
            remote_modified_at = self.remote_modified_at.isoformat()
        else:
            remote_modified_at = self.remote_modified_at

        status_metadata = self.status_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact_address import ContactAddress  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        object_ = d.pop("object")

        partner_id = d.pop("partner_id")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = Address.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_address_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        address_id = _parse_address_id(d.pop("address_id", UNSET))

        def _parse_addresses(data: object) -> list[ContactAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                addresses_type_0 = []
                _addresses_type_0 = data
                for addresses_type_0_item_data in _addresses_type_0:
                    addresses_type_0_item = ContactAddress.from_dict(addresses_type_0_item_data)

                    addresses_type_0.append(addresses_type_0_item)

                return addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContactAddress] | None | Unset, data)

        addresses = _parse_addresses(d.pop("addresses", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        custom_fields = d.pop("custom_fields", UNSET)

        def _parse_external_role(data: object) -> ContactExternalRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                external_role_type_0 = ContactExternalRole(data)

                return external_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactExternalRole | None | Unset, data)

        external_role = _parse_external_role(d.pop("external_role", UNSET))

        def _parse_family_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        family_name = _parse_family_name(d.pop("family_name", UNSET))

        def _parse_given_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        given_name = _parse_given_name(d.pop("given_name", UNSET))

        def _parse_internal_role(data: object) -> InternalRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                internal_role_type_0 = InternalRole(data)

                return internal_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InternalRole | None | Unset, data)

        internal_role = _parse_internal_role(d.pop("internal_role", UNSET))

        def _parse_is_email_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_email_disabled = _parse_is_email_disabled(d.pop("is_email_disabled", UNSET))

        def _parse_is_phone_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_phone_disabled = _parse_is_phone_disabled(d.pop("is_phone_disabled", UNSET))

        def _parse_is_primary(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_primary = _parse_is_primary(d.pop("is_primary", UNSET))

        def _parse_is_primary_email(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_primary_email = _parse_is_primary_email(d.pop("is_primary_email", UNSET))

        def _parse_is_primary_phone(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_primary_phone = _parse_is_primary_phone(d.pop("is_primary_phone", UNSET))

        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("job_title", UNSET))

        def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_at_type_0 = datetime.datetime.fromisoformat(data)

                return modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_remote_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remote_created_at_type_0 = datetime.datetime.fromisoformat(data)

                return remote_created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        remote_created_at = _parse_remote_created_at(d.pop("remote_created_at", UNSET))

        def _parse_remote_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

        remote_metadata = d.pop("remote_metadata", UNSET)

        def _parse_remote_modified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remote_modified_at_type_0 = datetime.datetime.fromisoformat(data)

                return remote_modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        remote_modified_at = _parse_remote_modified_at(d.pop("remote_modified_at", UNSET))

        status_metadata = d.pop("status_metadata", UNSET)

        contact = cls(
            email=email,
            object_=object_,
            partner_id=partner_id,
            id=id,
            address=address,
            address_id=address_id,
            addresses=addresses,
            created_at=created_at,
            custom_fields=custom_fields,
            external_role=external_role,
            family_name=family_name,
            given_name=given_name,
            internal_role=internal_role,
            is_email_disabled=is_email_disabled,
            is_phone_disabled=is_phone_disabled,
            is_primary=is_primary,
            is_primary_email=is_primary_email,
            is_primary_phone=is_primary_phone,
            job_title=job_title,
            modified_at=modified_at,
            name=name,
            phone=phone,
            remote_created_at=remote_created_at,
            remote_id=remote_id,
            remote_metadata=remote_metadata,
            remote_modified_at=remote_modified_at,
            status_metadata=status_metadata,
        )

        contact.additional_properties = d
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
