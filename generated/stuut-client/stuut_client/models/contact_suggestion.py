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
from ..models.contact_suggestion_status import ContactSuggestionStatus
from ..models.contact_suggestion_type import ContactSuggestionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_contact import ExternalContact


T = TypeVar("T", bound="ContactSuggestion")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "ContactSuggestion"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "object",
        "partner_id",
        "reason",
        "source",
        "suggestion_type",
        "id",
        "contact_id",
        "created_at",
        "external_contact",
        "external_contact_id",
        "modified_at",
        "status",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.external_contact import ExternalContact  # noqa: PLC0415

    globals().update(
        ExternalContact=ExternalContact,
    )
    _references_unresolved = False


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

        reason = self.reason

        source = self.source

        suggestion_type = (
            self.suggestion_type.value
            if isinstance(self.suggestion_type, ContactSuggestionType)
            else self.suggestion_type
        )

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        external_contact: dict[str, Any] | None | Unset
        if isinstance(self.external_contact, Unset):
            external_contact = UNSET
        elif isinstance(self.external_contact, ExternalContact):
            external_contact = (
                self.external_contact.to_dict()
                if isinstance(self.external_contact, ExternalContact)
                else self.external_contact
            )

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
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ContactSuggestionStatus):
            status = self.status.value if isinstance(self.status, ContactSuggestionStatus) else self.status

        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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

            _field = "reason"
            reason = get("reason", UNSET)
            if not (isinstance(reason, str)):
                reason = deviation(reason, "a string", src_dict, _field, _SCHEMA)

            _field = "source"
            source = get("source", UNSET)
            if not (isinstance(source, str)):
                source = deviation(source, "a string", src_dict, _field, _SCHEMA)

            _field = "suggestion_type"
            _suggestion_type = get("suggestion_type", UNSET)
            suggestion_type = (
                ContactSuggestionType._by_value.get(_suggestion_type) if _suggestion_type.__class__ is str else None
            ) or enum_or_deviation(ContactSuggestionType, _suggestion_type, src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "contact_id"
            contact_id: None | str | Unset
            _contact_id_data = get("contact_id", UNSET)
            if isinstance(_contact_id_data, str):
                contact_id = _contact_id_data
            elif _contact_id_data is None or _contact_id_data is UNSET:
                contact_id = _contact_id_data
            else:
                contact_id = deviation(_contact_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "external_contact"
            external_contact = (
                defer(_parse_external_contact, get("external_contact", UNSET), src_dict)
                if lazy
                else _parse_external_contact(get("external_contact", UNSET), False, src_dict)
            )

            _field = "external_contact_id"
            external_contact_id: None | str | Unset
            _external_contact_id_data = get("external_contact_id", UNSET)
            if isinstance(_external_contact_id_data, str):
                external_contact_id = _external_contact_id_data
            elif _external_contact_id_data is None or _external_contact_id_data is UNSET:
                external_contact_id = _external_contact_id_data
            else:
                external_contact_id = deviation(_external_contact_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "status"
            status: ContactSuggestionStatus | None | Unset
            _status_data = get("status", UNSET)
            if isinstance(_status_data, str):
                _status_type_0 = _status_data
                status_type_0 = (
                    ContactSuggestionStatus._by_value.get(_status_type_0) if _status_type_0.__class__ is str else None
                ) or enum_or_deviation(ContactSuggestionStatus, _status_type_0, src_dict, _field, _SCHEMA)

                status = status_type_0
            elif _status_data is None or _status_data is UNSET:
                status = _status_data
            else:
                status = deviation(_status_data, "ContactSuggestionStatus", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        contact_suggestion = cls(
            email,
            object_,
            partner_id,
            reason,
            source,
            suggestion_type,
            id,
            contact_id,
            created_at,
            external_contact,
            external_contact_id,
            modified_at,
            status,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(contact_suggestion, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            contact_suggestion.additional_properties = undeclared
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


def _parse_external_contact(_json: Any, lazy: bool, src_dict: Any) -> ExternalContact | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "external_contact"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    external_contact: ExternalContact | None | Unset
    _external_contact_data = _json
    if isinstance(_external_contact_data, dict):
        _external_contact_type_0 = _external_contact_data
        external_contact_type_0 = (
            ExternalContact.from_dict(_external_contact_type_0, lazy=lazy)
            if isinstance(_external_contact_type_0, dict)
            else deviation(_external_contact_type_0, "an object (ExternalContact)", src_dict, _field, _SCHEMA)
        )

        external_contact = external_contact_type_0
    elif _external_contact_data is None or _external_contact_data is UNSET:
        external_contact = _external_contact_data
    else:
        external_contact = deviation(_external_contact_data, "an object (ExternalContact)", src_dict, _field, _SCHEMA)

    return external_contact


install_lazy_fields(ContactSuggestion, ("external_contact",))


install_undeclared_on_demand(ContactSuggestion)
