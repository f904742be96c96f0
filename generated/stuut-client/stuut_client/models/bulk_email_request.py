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
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner import Partner


T = TypeVar("T", bound="BulkEmailRequest")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BulkEmailRequest"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "object",
        "id",
        "auto_send",
        "created_at",
        "email_sender_id",
        "modified_at",
        "partner",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.partner import Partner  # noqa: PLC0415

    globals().update(
        Partner=Partner,
    )
    _references_unresolved = False


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

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
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict() if isinstance(self.partner, Partner) else self.partner

        else:
            partner = self.partner

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "auto_send"
            auto_send: bool | None | Unset
            _auto_send_data = get("auto_send", UNSET)
            if isinstance(_auto_send_data, bool):
                auto_send = _auto_send_data
            elif _auto_send_data is None or _auto_send_data is UNSET:
                auto_send = _auto_send_data
            else:
                auto_send = deviation(_auto_send_data, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "email_sender_id"
            email_sender_id: None | str | Unset
            _email_sender_id_data = get("email_sender_id", UNSET)
            if isinstance(_email_sender_id_data, str):
                email_sender_id = _email_sender_id_data
            elif _email_sender_id_data is None or _email_sender_id_data is UNSET:
                email_sender_id = _email_sender_id_data
            else:
                email_sender_id = deviation(_email_sender_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "partner"
            partner = (
                defer(_parse_partner, get("partner", UNSET), src_dict)
                if lazy
                else _parse_partner(get("partner", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        bulk_email_request = cls(
            object_,
            id,
            auto_send,
            created_at,
            email_sender_id,
            modified_at,
            partner,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(bulk_email_request, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bulk_email_request.additional_properties = undeclared
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


def _parse_partner(_json: Any, lazy: bool, src_dict: Any) -> None | Partner | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "partner"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    partner: None | Partner | Unset
    _partner_data = _json
    if isinstance(_partner_data, dict):
        _partner_type_0 = _partner_data
        partner_type_0 = (
            Partner.from_dict(_partner_type_0, lazy=lazy)
            if isinstance(_partner_type_0, dict)
            else deviation(_partner_type_0, "an object (Partner)", src_dict, _field, _SCHEMA)
        )

        partner = partner_type_0
    elif _partner_data is None or _partner_data is UNSET:
        partner = _partner_data
    else:
        partner = deviation(_partner_data, "an object (Partner)", src_dict, _field, _SCHEMA)

    return partner


install_lazy_fields(BulkEmailRequest, ("partner",))


install_undeclared_on_demand(BulkEmailRequest)
