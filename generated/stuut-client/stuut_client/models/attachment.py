from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.file_type import FileType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """
    Attributes:
        file_type (FileType): The kind of file an attachment holds.
        mime_type (str):
        name (str):
        object_ (str):
        organization_id (str):
        id (None | str | Unset):
        content_id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        disposition (None | str | Unset):
        is_verified (bool | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        presigned_url (None | str | Unset):
        presigned_url_expires_at (datetime.datetime | None | Unset):
        purpose (None | str | Unset):
        remote_id (None | str | Unset):
        size (int | None | Unset):
        src (Any | Unset): Untyped on the reference page (`<unknown>`).
        user_id (None | str | Unset):
    """

    file_type: FileType
    mime_type: str
    name: str
    object_: str
    organization_id: str
    id: None | str | Unset = UNSET
    content_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    disposition: None | str | Unset = UNSET
    is_verified: bool | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    presigned_url: None | str | Unset = UNSET
    presigned_url_expires_at: datetime.datetime | None | Unset = UNSET
    purpose: None | str | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    src: Any | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_type = self.file_type.value

        mime_type = self.mime_type

        name = self.name

        object_ = self.object_

        organization_id = self.organization_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        content_id: None | str | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        disposition: None | str | Unset
        if isinstance(self.disposition, Unset):
            disposition = UNSET
        else:
            disposition = self.disposition

        is_verified: bool | None | Unset
        if isinstance(self.is_verified, Unset):
            is_verified = UNSET
        else:
            is_verified = self.is_verified

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        presigned_url: None | str | Unset
        if isinstance(self.presigned_url, Unset):
            presigned_url = UNSET
        else:
            presigned_url = self.presigned_url

        presigned_url_expires_at: None | str | Unset
        if isinstance(self.presigned_url_expires_at, Unset):
            presigned_url_expires_at = UNSET
        elif isinstance(self.presigned_url_expires_at, datetime.datetime):
            presigned_url_expires_at = self.presigned_url_expires_at.isoformat()
        else:
            presigned_url_expires_at = self.presigned_url_expires_at

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        src = self.src

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_type": file_type,
                "mime_type": mime_type,
                "name": name,
                "object": object_,
                "organization_id": organization_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if disposition is not UNSET:
            field_dict["disposition"] = disposition
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if presigned_url is not UNSET:
            field_dict["presigned_url"] = presigned_url
        if presigned_url_expires_at is not UNSET:
            field_dict["presigned_url_expires_at"] = presigned_url_expires_at
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if size is not UNSET:
            field_dict["size"] = size
        if src is not UNSET:
            field_dict["src"] = src
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "file_type"
            file_type = FileType(d.pop("file_type"))

            _field = "mime_type"
            mime_type = d.pop("mime_type")
            if not (isinstance(mime_type, str)):
                raise TypeError(f"expected a string, got {type(mime_type).__name__}")

            _field = "name"
            name = d.pop("name")
            if not (isinstance(name, str)):
                raise TypeError(f"expected a string, got {type(name).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "organization_id"
            organization_id = d.pop("organization_id")
            if not (isinstance(organization_id, str)):
                raise TypeError(f"expected a string, got {type(organization_id).__name__}")

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

            _field = "content_id"

            def _parse_content_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            content_id = _parse_content_id(d.pop("content_id", UNSET))

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

            _field = "disposition"

            def _parse_disposition(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            disposition = _parse_disposition(d.pop("disposition", UNSET))

            _field = "is_verified"

            def _parse_is_verified(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_verified = _parse_is_verified(d.pop("is_verified", UNSET))

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

            _field = "presigned_url"

            def _parse_presigned_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            presigned_url = _parse_presigned_url(d.pop("presigned_url", UNSET))

            _field = "presigned_url_expires_at"

            def _parse_presigned_url_expires_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                presigned_url_expires_at_type_0 = parse_datetime(data)

                return presigned_url_expires_at_type_0

            presigned_url_expires_at = _parse_presigned_url_expires_at(d.pop("presigned_url_expires_at", UNSET))

            _field = "purpose"

            def _parse_purpose(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            purpose = _parse_purpose(d.pop("purpose", UNSET))

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

            _field = "size"

            def _parse_size(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected an integer, got {type(data).__name__}")

            size = _parse_size(d.pop("size", UNSET))

            _field = "src"
            src = d.pop("src", UNSET)

            _field = "user_id"

            def _parse_user_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            user_id = _parse_user_id(d.pop("user_id", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        attachment = cls(
            file_type=file_type,
            mime_type=mime_type,
            name=name,
            object_=object_,
            organization_id=organization_id,
            id=id,
            content_id=content_id,
            created_at=created_at,
            disposition=disposition,
            is_verified=is_verified,
            modified_at=modified_at,
            presigned_url=presigned_url,
            presigned_url_expires_at=presigned_url_expires_at,
            purpose=purpose,
            remote_id=remote_id,
            size=size,
            src=src,
            user_id=user_id,
        )

        attachment.additional_properties = d
        return attachment

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
