from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.internal_role import InternalRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.internal_contact import InternalContact


T = TypeVar("T", bound="InternalContactAssignment")


@_attrs_define
class InternalContactAssignment:
    """An InternalContact assigned to a Partner with a specific role. `partner_id` is null for "floating" assignments:
    contacts whose role is declared at the organization level but who have not yet been attached to a specific partner.
    The field list on the reference pages was cut off after `internal_role`; the flags of the later fields were not
    recovered.

        Attributes:
            created_at (datetime.datetime):
            modified_at (datetime.datetime | None):
            id (str):
            internal_role (InternalRole): The role an internal contact holds for a partner (values from the v2 internal-
                contact pages).
            partner_id (None | str | Unset):
            remote_id (None | str | Unset): Third-party sync identifier for upsert deduplication.
            internal_contact (InternalContact | None | Unset):
            object_ (None | str | Unset): String representing the object's type. Objects of the same type share the same
                value.
    """

    created_at: datetime.datetime
    modified_at: datetime.datetime | None
    id: str
    internal_role: InternalRole
    partner_id: None | str | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    internal_contact: InternalContact | None | Unset = UNSET
    object_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.internal_contact import InternalContact  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        modified_at: None | str
        if isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        id = self.id

        internal_role = self.internal_role.value

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        internal_contact: dict[str, Any] | None | Unset
        if isinstance(self.internal_contact, Unset):
            internal_contact = UNSET
        elif isinstance(self.internal_contact, InternalContact):
            internal_contact = self.internal_contact.to_dict()
        else:
            internal_contact = self.internal_contact

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "modified_at": modified_at,
                "id": id,
                "internal_role": internal_role,
            }
        )
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if internal_contact is not UNSET:
            field_dict["internal_contact"] = internal_contact
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.internal_contact import InternalContact  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = parse_datetime(d.pop("created_at"))

            _field = "modified_at"

            def _parse_modified_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                modified_at_type_0 = parse_datetime(data)

                return modified_at_type_0

            modified_at = _parse_modified_at(d.pop("modified_at"))

            _field = "id"
            id = d.pop("id")
            if not (isinstance(id, str)):
                raise TypeError(f"expected a string, got {type(id).__name__}")

            _field = "internal_role"
            internal_role = InternalRole(d.pop("internal_role"))

            _field = "partner_id"

            def _parse_partner_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

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

            _field = "internal_contact"

            def _parse_internal_contact(data: object) -> InternalContact | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected InternalContact, got {type(data).__name__}")
                internal_contact_type_0 = InternalContact.from_dict(data)

                return internal_contact_type_0

            internal_contact = _parse_internal_contact(d.pop("internal_contact", UNSET))

            _field = "object"

            def _parse_object_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            object_ = _parse_object_(d.pop("object", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        internal_contact_assignment = cls(
            created_at=created_at,
            modified_at=modified_at,
            id=id,
            internal_role=internal_role,
            partner_id=partner_id,
            remote_id=remote_id,
            internal_contact=internal_contact,
            object_=object_,
        )

        internal_contact_assignment.additional_properties = d
        return internal_contact_assignment

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
