from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
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

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "email"
            email = d.pop("email")
            if not (isinstance(email, str)):
                raise TypeError(f"expected a string, got {type(email).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "partner_id"
            partner_id = d.pop("partner_id")
            if not (isinstance(partner_id, str)):
                raise TypeError(f"expected a string, got {type(partner_id).__name__}")

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

            _field = "address"

            def _parse_address(data: object) -> Address | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Address, got {type(data).__name__}")
                address_type_0 = Address.from_dict(data)

                return address_type_0

            address = _parse_address(d.pop("address", UNSET))

            _field = "address_id"

            def _parse_address_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected an integer, got {type(data).__name__}")

            address_id = _parse_address_id(d.pop("address_id", UNSET))

            _field = "addresses"

            def _parse_addresses(data: object) -> list[ContactAddress] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _addresses_type_0 = data
                if not isinstance(_addresses_type_0, list):
                    raise TypeError(f"expected an array, got {type(_addresses_type_0).__name__}")
                addresses_type_0 = []
                for _addresses_type_0_index, addresses_type_0_item_data in enumerate(_addresses_type_0):
                    try:
                        addresses_type_0_item = ContactAddress.from_dict(addresses_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_addresses_type_0_index,)
                        ) from _parse_failure
                    addresses_type_0.append(addresses_type_0_item)

                return addresses_type_0

            addresses = _parse_addresses(d.pop("addresses", UNSET))

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

            _field = "custom_fields"
            custom_fields = d.pop("custom_fields", UNSET)

            _field = "external_role"

            def _parse_external_role(data: object) -> ContactExternalRole | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected ContactExternalRole, got {type(data).__name__}")
                external_role_type_0 = ContactExternalRole(data)

                return external_role_type_0

            external_role = _parse_external_role(d.pop("external_role", UNSET))

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

            _field = "internal_role"

            def _parse_internal_role(data: object) -> InternalRole | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected InternalRole, got {type(data).__name__}")
                internal_role_type_0 = InternalRole(data)

                return internal_role_type_0

            internal_role = _parse_internal_role(d.pop("internal_role", UNSET))

            _field = "is_email_disabled"

            def _parse_is_email_disabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_email_disabled = _parse_is_email_disabled(d.pop("is_email_disabled", UNSET))

            _field = "is_phone_disabled"

            def _parse_is_phone_disabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_phone_disabled = _parse_is_phone_disabled(d.pop("is_phone_disabled", UNSET))

            _field = "is_primary"

            def _parse_is_primary(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_primary = _parse_is_primary(d.pop("is_primary", UNSET))

            _field = "is_primary_email"

            def _parse_is_primary_email(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_primary_email = _parse_is_primary_email(d.pop("is_primary_email", UNSET))

            _field = "is_primary_phone"

            def _parse_is_primary_phone(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_primary_phone = _parse_is_primary_phone(d.pop("is_primary_phone", UNSET))

            _field = "job_title"

            def _parse_job_title(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            job_title = _parse_job_title(d.pop("job_title", UNSET))

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

            _field = "name"

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            name = _parse_name(d.pop("name", UNSET))

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

            _field = "remote_created_at"

            def _parse_remote_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                remote_created_at_type_0 = parse_datetime(data)

                return remote_created_at_type_0

            remote_created_at = _parse_remote_created_at(d.pop("remote_created_at", UNSET))

            _field = "remote_id"

            def _parse_remote_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

            _field = "remote_metadata"
            remote_metadata = d.pop("remote_metadata", UNSET)

            _field = "remote_modified_at"

            def _parse_remote_modified_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                remote_modified_at_type_0 = parse_datetime(data)

                return remote_modified_at_type_0

            remote_modified_at = _parse_remote_modified_at(d.pop("remote_modified_at", UNSET))

            _field = "status_metadata"
            status_metadata = d.pop("status_metadata", UNSET)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
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
