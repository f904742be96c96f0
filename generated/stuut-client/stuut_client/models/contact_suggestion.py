from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.contact_suggestion_status import ContactSuggestionStatus
from ..models.contact_suggestion_type import ContactSuggestionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_contact import ExternalContact


T = TypeVar("T", bound="ContactSuggestion")


@_attrs_define
class ContactSuggestion:
    """A suggested change to a partner's contacts.

    Attributes:
        email (str): Email for this contact suggestion
        object_ (str):
        partner_id (str):
        reason (str): Reason for the suggestion
        source (str): The source of this suggestion (e.g. 'apollo', 'email_signature')
        suggestion_type (ContactSuggestionType): Type of suggestion. Its description on the reference page was cut off
            after "add/upda". The reference page shows only the value `add`; the complete list was not recovered. Values the
            server sends that are not listed here parse as unknown members (see the client's tolerant enums).
        id (None | str | Unset):
        contact_id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        external_contact (ExternalContact | None | Unset):
        external_contact_id (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        status (ContactSuggestionStatus | None | Unset):
    """

    email: str
    object_: str
    partner_id: str
    reason: str
    source: str
    suggestion_type: ContactSuggestionType
    id: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    external_contact: ExternalContact | None | Unset = UNSET
    external_contact_id: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    status: ContactSuggestionStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.external_contact import ExternalContact  # noqa: PLC0415

        email = self.email

        object_ = self.object_

        partner_id = self.partner_id

        reason = self.reason

        source = self.source

        suggestion_type = self.suggestion_type.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        external_contact: dict[str, Any] | None | Unset
        if isinstance(self.external_contact, Unset):
            external_contact = UNSET
        elif isinstance(self.external_contact, ExternalContact):
            external_contact = self.external_contact.to_dict()
        else:
            external_contact = self.external_contact

        external_contact_id: None | str | Unset
        if isinstance(self.external_contact_id, Unset):
            external_contact_id = UNSET
        else:
            external_contact_id = self.external_contact_id

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ContactSuggestionStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "object": object_,
                "partner_id": partner_id,
                "reason": reason,
                "source": source,
                "suggestion_type": suggestion_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if external_contact is not UNSET:
            field_dict["external_contact"] = external_contact
        if external_contact_id is not UNSET:
            field_dict["external_contact_id"] = external_contact_id
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_contact import ExternalContact  # noqa: PLC0415

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

            _field = "reason"
            reason = d.pop("reason")
            if not (isinstance(reason, str)):
                raise TypeError(f"expected a string, got {type(reason).__name__}")

            _field = "source"
            source = d.pop("source")
            if not (isinstance(source, str)):
                raise TypeError(f"expected a string, got {type(source).__name__}")

            _field = "suggestion_type"
            suggestion_type = ContactSuggestionType(d.pop("suggestion_type"))

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

            _field = "contact_id"

            def _parse_contact_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

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

            _field = "external_contact"

            def _parse_external_contact(data: object) -> ExternalContact | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected ExternalContact, got {type(data).__name__}")
                external_contact_type_0 = ExternalContact.from_dict(data)

                return external_contact_type_0

            external_contact = _parse_external_contact(d.pop("external_contact", UNSET))

            _field = "external_contact_id"

            def _parse_external_contact_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            external_contact_id = _parse_external_contact_id(d.pop("external_contact_id", UNSET))

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

            _field = "status"

            def _parse_status(data: object) -> ContactSuggestionStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected ContactSuggestionStatus, got {type(data).__name__}")
                status_type_0 = ContactSuggestionStatus(data)

                return status_type_0

            status = _parse_status(d.pop("status", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        contact_suggestion = cls(
            email=email,
            object_=object_,
            partner_id=partner_id,
            reason=reason,
            source=source,
            suggestion_type=suggestion_type,
            id=id,
            contact_id=contact_id,
            created_at=created_at,
            external_contact=external_contact,
            external_contact_id=external_contact_id,
            modified_at=modified_at,
            status=status,
        )

        contact_suggestion.additional_properties = d
        return contact_suggestion

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
