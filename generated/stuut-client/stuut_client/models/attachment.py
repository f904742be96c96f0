from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        file_type = FileType(d.pop("file_type"))

        mime_type = d.pop("mime_type")

        name = d.pop("name")

        object_ = d.pop("object")

        organization_id = d.pop("organization_id")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_content_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_id = _parse_content_id(d.pop("content_id", UNSET))

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

        def _parse_disposition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disposition = _parse_disposition(d.pop("disposition", UNSET))

        def _parse_is_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_verified = _parse_is_verified(d.pop("is_verified", UNSET))

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

        def _parse_presigned_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        presigned_url = _parse_presigned_url(d.pop("presigned_url", UNSET))

        def _parse_presigned_url_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                presigned_url_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return presigned_url_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        presigned_url_expires_at = _parse_presigned_url_expires_at(d.pop("presigned_url_expires_at", UNSET))

        def _parse_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        def _parse_remote_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        src = d.pop("src", UNSET)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

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
