from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
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
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSender")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "EmailSender"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "object",
        "reply_to",
        "user_id",
        "id",
        "created_at",
        "expired_at",
        "is_nylas_connection",
        "is_nylas_grant_expired",
        "is_shared",
        "modified_at",
        "name",
        "provider",
        "reply_to_name",
        "signature_html",
    }
)


@_attrs_define
class EmailSender:
    """
    Attributes:
        email (str): The account's email.
        object_ (str):
        reply_to (str): This account's default reply-to
        user_id (str):
        id (str | Unset):
        created_at (datetime.datetime | Unset):
        expired_at (datetime.datetime | None | Unset): The time the email sender grant expired.
        is_nylas_connection (bool | Unset):
        is_nylas_grant_expired (bool | Unset): Whether the Nylas grant for this email sender has expired
        is_shared (bool | Unset): Whether this email sender should be shared with the entire organization
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset): Email owner's name.
        provider (None | str | Unset):
        reply_to_name (None | str | Unset): This account's default reply-to
        signature_html (None | str | Unset): Email signature html.
    """

    email: str
    object_: str
    reply_to: str
    user_id: str
    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    expired_at: datetime.datetime | None | Unset = UNSET
    is_nylas_connection: bool | Unset = UNSET
    is_nylas_grant_expired: bool | Unset = UNSET
    is_shared: bool | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    reply_to_name: None | str | Unset = UNSET
    signature_html: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        email = self.email

        object_ = self.object_

        reply_to = self.reply_to

        user_id = self.user_id

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = (
                self.expired_at.isoformat() if isinstance(self.expired_at, datetime.datetime) else self.expired_at
            )

        else:
            expired_at = self.expired_at

        is_nylas_connection = self.is_nylas_connection

        is_nylas_grant_expired = self.is_nylas_grant_expired

        is_shared = self.is_shared

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

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        reply_to_name: None | str | Unset
        if isinstance(self.reply_to_name, Unset):
            reply_to_name = UNSET
        else:
            reply_to_name = self.reply_to_name

        signature_html: None | str | Unset
        if isinstance(self.signature_html, Unset):
            signature_html = UNSET
        else:
            signature_html = self.signature_html

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "email": email,
                "object": object_,
                "reply_to": reply_to,
                "user_id": user_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if is_nylas_connection is not UNSET:
            field_dict["is_nylas_connection"] = is_nylas_connection
        if is_nylas_grant_expired is not UNSET:
            field_dict["is_nylas_grant_expired"] = is_nylas_grant_expired
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if reply_to_name is not UNSET:
            field_dict["reply_to_name"] = reply_to_name
        if signature_html is not UNSET:
            field_dict["signature_html"] = signature_html
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

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "reply_to"
            reply_to = get("reply_to", UNSET)
            if not (isinstance(reply_to, str)):
                reply_to = deviation(reply_to, "a string", src_dict, _field, _SCHEMA)

            _field = "user_id"
            user_id = get("user_id", UNSET)
            if not (isinstance(user_id, str)):
                user_id = deviation(user_id, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id = get("id", UNSET)
            if not isinstance(id, Unset) and not (isinstance(id, str)):
                id = deviation(id, "a string", src_dict, _field, _SCHEMA)

            _field = "created_at"
            _created_at = get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                try:
                    created_at = datetime.datetime.fromisoformat(_created_at)
                except (TypeError, ValueError):
                    created_at = datetime_or_deviation(_created_at, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_created_at):
                        created_at = datetime_or_deviation(_created_at, src_dict, _field, _SCHEMA)

            _field = "expired_at"
            expired_at: datetime.datetime | None | Unset
            _expired_at_data = get("expired_at", UNSET)
            if isinstance(_expired_at_data, str):
                try:
                    expired_at_type_0 = datetime.datetime.fromisoformat(_expired_at_data)
                except (TypeError, ValueError):
                    expired_at_type_0 = datetime_or_deviation(_expired_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_expired_at_data):
                        expired_at_type_0 = datetime_or_deviation(_expired_at_data, src_dict, _field, _SCHEMA)

                expired_at = expired_at_type_0
            elif _expired_at_data is None or _expired_at_data is UNSET:
                expired_at = _expired_at_data
            else:
                expired_at = deviation(_expired_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "is_nylas_connection"
            is_nylas_connection = get("is_nylas_connection", UNSET)
            if not isinstance(is_nylas_connection, Unset) and not (isinstance(is_nylas_connection, bool)):
                is_nylas_connection = deviation(is_nylas_connection, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_nylas_grant_expired"
            is_nylas_grant_expired = get("is_nylas_grant_expired", UNSET)
            if not isinstance(is_nylas_grant_expired, Unset) and not (isinstance(is_nylas_grant_expired, bool)):
                is_nylas_grant_expired = deviation(is_nylas_grant_expired, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_shared"
            is_shared = get("is_shared", UNSET)
            if not isinstance(is_shared, Unset) and not (isinstance(is_shared, bool)):
                is_shared = deviation(is_shared, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "provider"
            provider: None | str | Unset
            _provider_data = get("provider", UNSET)
            if isinstance(_provider_data, str):
                provider = _provider_data
            elif _provider_data is None or _provider_data is UNSET:
                provider = _provider_data
            else:
                provider = deviation(_provider_data, "a string", src_dict, _field, _SCHEMA)

            _field = "reply_to_name"
            reply_to_name: None | str | Unset
            _reply_to_name_data = get("reply_to_name", UNSET)
            if isinstance(_reply_to_name_data, str):
                reply_to_name = _reply_to_name_data
            elif _reply_to_name_data is None or _reply_to_name_data is UNSET:
                reply_to_name = _reply_to_name_data
            else:
                reply_to_name = deviation(_reply_to_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "signature_html"
            signature_html: None | str | Unset
            _signature_html_data = get("signature_html", UNSET)
            if isinstance(_signature_html_data, str):
                signature_html = _signature_html_data
            elif _signature_html_data is None or _signature_html_data is UNSET:
                signature_html = _signature_html_data
            else:
                signature_html = deviation(_signature_html_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        email_sender = cls(
            email,
            object_,
            reply_to,
            user_id,
            id,
            created_at,
            expired_at,
            is_nylas_connection,
            is_nylas_grant_expired,
            is_shared,
            modified_at,
            name,
            provider,
            reply_to_name,
            signature_html,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(email_sender, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            email_sender.additional_properties = undeclared
        return email_sender

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


install_undeclared_on_demand(EmailSender)
