from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSender")


@_attrs_define
class EmailSender:
    """
    Attributes:
        email (str): The account's email.
        object_ (str):
        reply_to (str): This account's default reply-to
        user_id (str):
        id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        expired_at (datetime.datetime | None | Unset): The time the email sender grant expired.
        is_nylas_connection (bool | None | Unset):
        is_nylas_grant_expired (bool | None | Unset): Whether the Nylas grant for this email sender has expired
        is_shared (bool | None | Unset): Whether this email sender should be shared with the entire organization
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
    id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    expired_at: datetime.datetime | None | Unset = UNSET
    is_nylas_connection: bool | None | Unset = UNSET
    is_nylas_grant_expired: bool | None | Unset = UNSET
    is_shared: bool | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    reply_to_name: None | str | Unset = UNSET
    signature_html: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        object_ = self.object_

        reply_to = self.reply_to

        user_id = self.user_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = self.expired_at.isoformat()
        else:
            expired_at = self.expired_at

        is_nylas_connection: bool | None | Unset
        if isinstance(self.is_nylas_connection, Unset):
            is_nylas_connection = UNSET
        else:
            is_nylas_connection = self.is_nylas_connection

        is_nylas_grant_expired: bool | None | Unset
        if isinstance(self.is_nylas_grant_expired, Unset):
            is_nylas_grant_expired = UNSET
        else:
            is_nylas_grant_expired = self.is_nylas_grant_expired

        is_shared: bool | None | Unset
        if isinstance(self.is_shared, Unset):
            is_shared = UNSET
        else:
            is_shared = self.is_shared

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

            _field = "reply_to"
            reply_to = d.pop("reply_to")
            if not (isinstance(reply_to, str)):
                raise TypeError(f"expected a string, got {type(reply_to).__name__}")

            _field = "user_id"
            user_id = d.pop("user_id")
            if not (isinstance(user_id, str)):
                raise TypeError(f"expected a string, got {type(user_id).__name__}")

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

            _field = "expired_at"

            def _parse_expired_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                expired_at_type_0 = parse_datetime(data)

                return expired_at_type_0

            expired_at = _parse_expired_at(d.pop("expired_at", UNSET))

            _field = "is_nylas_connection"

            def _parse_is_nylas_connection(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_nylas_connection = _parse_is_nylas_connection(d.pop("is_nylas_connection", UNSET))

            _field = "is_nylas_grant_expired"

            def _parse_is_nylas_grant_expired(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_nylas_grant_expired = _parse_is_nylas_grant_expired(d.pop("is_nylas_grant_expired", UNSET))

            _field = "is_shared"

            def _parse_is_shared(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_shared = _parse_is_shared(d.pop("is_shared", UNSET))

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

            _field = "provider"

            def _parse_provider(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            provider = _parse_provider(d.pop("provider", UNSET))

            _field = "reply_to_name"

            def _parse_reply_to_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            reply_to_name = _parse_reply_to_name(d.pop("reply_to_name", UNSET))

            _field = "signature_html"

            def _parse_signature_html(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            signature_html = _parse_signature_html(d.pop("signature_html", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        email_sender = cls(
            email=email,
            object_=object_,
            reply_to=reply_to,
            user_id=user_id,
            id=id,
            created_at=created_at,
            expired_at=expired_at,
            is_nylas_connection=is_nylas_connection,
            is_nylas_grant_expired=is_nylas_grant_expired,
            is_shared=is_shared,
            modified_at=modified_at,
            name=name,
            provider=provider,
            reply_to_name=reply_to_name,
            signature_html=signature_html,
        )

        email_sender.additional_properties = d
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
