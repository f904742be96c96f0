from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner import Partner


T = TypeVar("T", bound="BulkEmailRequest")


@_attrs_define
class BulkEmailRequest:
    """A request to create emails for many partners at once. The reference pages' examples of this object were cut off
    inside `partner`; further fields exist but were not recovered.

        Attributes:
            object_ (str):
            id (None | str | Unset):
            auto_send (bool | None | Unset):
            created_at (datetime.datetime | None | Unset):
            email_sender_id (None | str | Unset):
            modified_at (datetime.datetime | None | Unset):
            partner (None | Partner | Unset):
    """

    object_: str
    id: None | str | Unset = UNSET
    auto_send: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    email_sender_id: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    partner: None | Partner | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partner import Partner  # noqa: PLC0415

        object_ = self.object_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        auto_send: bool | None | Unset
        if isinstance(self.auto_send, Unset):
            auto_send = UNSET
        else:
            auto_send = self.auto_send

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        email_sender_id: None | str | Unset
        if isinstance(self.email_sender_id, Unset):
            email_sender_id = UNSET
        else:
            email_sender_id = self.email_sender_id

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if auto_send is not UNSET:
            field_dict["auto_send"] = auto_send
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if email_sender_id is not UNSET:
            field_dict["email_sender_id"] = email_sender_id
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if partner is not UNSET:
            field_dict["partner"] = partner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner import Partner  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

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

            _field = "auto_send"

            def _parse_auto_send(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            auto_send = _parse_auto_send(d.pop("auto_send", UNSET))

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

            _field = "email_sender_id"

            def _parse_email_sender_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            email_sender_id = _parse_email_sender_id(d.pop("email_sender_id", UNSET))

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

            _field = "partner"

            def _parse_partner(data: object) -> None | Partner | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Partner, got {type(data).__name__}")
                partner_type_0 = Partner.from_dict(data)

                return partner_type_0

            partner = _parse_partner(d.pop("partner", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        bulk_email_request = cls(
            object_=object_,
            id=id,
            auto_send=auto_send,
            created_at=created_at,
            email_sender_id=email_sender_id,
            modified_at=modified_at,
            partner=partner,
        )

        bulk_email_request.additional_properties = d
        return bulk_email_request

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
