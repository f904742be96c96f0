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
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.file_type import FileType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Attachment"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "file_type",
        "mime_type",
        "name",
        "object",
        "organization_id",
        "id",
        "content_id",
        "created_at",
        "disposition",
        "is_verified",
        "modified_at",
        "presigned_url",
        "presigned_url_expires_at",
        "purpose",
        "remote_id",
        "size",
        "src",
        "user_id",
    }
)


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
        purpose (None | str | Unset): The use case for this attachment
        remote_id (None | str | Unset): The address' third party API ID. (The Create A File page's wording: it names an
            address, so the server's models likely share the field with `Address.remote_id`.)
        size (int | None | Unset): An integer: an assumption, because the page shows only `123`, which the docs renderer
            prints for integers and numbers alike; the name says it is a size in bytes (Create A File's `size`, the same
            quantity, is documented as an integer).
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        file_type = self.file_type.value if isinstance(self.file_type, FileType) else self.file_type

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

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
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

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
            presigned_url_expires_at = (
                self.presigned_url_expires_at.isoformat()
                if isinstance(self.presigned_url_expires_at, datetime.datetime)
                else self.presigned_url_expires_at
            )

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
        field_dict.update(undeclared(self))
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
            _field = "file_type"
            _file_type = get("file_type", UNSET)
            file_type = (
                FileType._by_value.get(_file_type) if _file_type.__class__ is str else None
            ) or enum_or_deviation(FileType, _file_type, src_dict, _field, _SCHEMA)

            _field = "mime_type"
            mime_type = get("mime_type", UNSET)
            if not (isinstance(mime_type, str)):
                mime_type = deviation(mime_type, "a string", src_dict, _field, _SCHEMA)

            _field = "name"
            name = get("name", UNSET)
            if not (isinstance(name, str)):
                name = deviation(name, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "organization_id"
            organization_id = get("organization_id", UNSET)
            if not (isinstance(organization_id, str)):
                organization_id = deviation(organization_id, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "content_id"
            content_id: None | str | Unset
            _content_id_data = get("content_id", UNSET)
            if isinstance(_content_id_data, str):
                content_id = _content_id_data
            elif _content_id_data is None or _content_id_data is UNSET:
                content_id = _content_id_data
            else:
                content_id = deviation(_content_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "disposition"
            disposition: None | str | Unset
            _disposition_data = get("disposition", UNSET)
            if isinstance(_disposition_data, str):
                disposition = _disposition_data
            elif _disposition_data is None or _disposition_data is UNSET:
                disposition = _disposition_data
            else:
                disposition = deviation(_disposition_data, "a string", src_dict, _field, _SCHEMA)

            _field = "is_verified"
            is_verified: bool | None | Unset
            _is_verified_data = get("is_verified", UNSET)
            if isinstance(_is_verified_data, bool):
                is_verified = _is_verified_data
            elif _is_verified_data is None or _is_verified_data is UNSET:
                is_verified = _is_verified_data
            else:
                is_verified = deviation(_is_verified_data, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "presigned_url"
            presigned_url: None | str | Unset
            _presigned_url_data = get("presigned_url", UNSET)
            if isinstance(_presigned_url_data, str):
                presigned_url = _presigned_url_data
            elif _presigned_url_data is None or _presigned_url_data is UNSET:
                presigned_url = _presigned_url_data
            else:
                presigned_url = deviation(_presigned_url_data, "a string", src_dict, _field, _SCHEMA)

            _field = "presigned_url_expires_at"
            presigned_url_expires_at: datetime.datetime | None | Unset
            _presigned_url_expires_at_data = get("presigned_url_expires_at", UNSET)
            if isinstance(_presigned_url_expires_at_data, str):
                try:
                    presigned_url_expires_at_type_0 = datetime.datetime.fromisoformat(_presigned_url_expires_at_data)
                except (TypeError, ValueError):
                    presigned_url_expires_at_type_0 = datetime_or_deviation(
                        _presigned_url_expires_at_data, src_dict, _field, _SCHEMA
                    )
                else:
                    if not has_rfc3339_shape(_presigned_url_expires_at_data):
                        presigned_url_expires_at_type_0 = datetime_or_deviation(
                            _presigned_url_expires_at_data, src_dict, _field, _SCHEMA
                        )

                presigned_url_expires_at = presigned_url_expires_at_type_0
            elif _presigned_url_expires_at_data is None or _presigned_url_expires_at_data is UNSET:
                presigned_url_expires_at = _presigned_url_expires_at_data
            else:
                presigned_url_expires_at = deviation(
                    _presigned_url_expires_at_data, "a date-time string", src_dict, _field, _SCHEMA
                )

            _field = "purpose"
            purpose: None | str | Unset
            _purpose_data = get("purpose", UNSET)
            if isinstance(_purpose_data, str):
                purpose = _purpose_data
            elif _purpose_data is None or _purpose_data is UNSET:
                purpose = _purpose_data
            else:
                purpose = deviation(_purpose_data, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_id"
            remote_id: None | str | Unset
            _remote_id_data = get("remote_id", UNSET)
            if isinstance(_remote_id_data, str):
                remote_id = _remote_id_data
            elif _remote_id_data is None or _remote_id_data is UNSET:
                remote_id = _remote_id_data
            else:
                remote_id = deviation(_remote_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "size"
            size: int | None | Unset
            _size_data = get("size", UNSET)
            if isinstance(_size_data, int) and not isinstance(_size_data, bool):
                size = _size_data
            elif _size_data is None or _size_data is UNSET:
                size = _size_data
            else:
                size = deviation(_size_data, "an integer", src_dict, _field, _SCHEMA)

            _field = "src"
            src = get("src", UNSET)

            _field = "user_id"
            user_id: None | str | Unset
            _user_id_data = get("user_id", UNSET)
            if isinstance(_user_id_data, str):
                user_id = _user_id_data
            elif _user_id_data is None or _user_id_data is UNSET:
                user_id = _user_id_data
            else:
                user_id = deviation(_user_id_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        attachment = cls(
            file_type,
            mime_type,
            name,
            object_,
            organization_id,
            id,
            content_id,
            created_at,
            disposition,
            is_verified,
            modified_at,
            presigned_url,
            presigned_url_expires_at,
            purpose,
            remote_id,
            size,
            src,
            user_id,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(attachment, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            attachment.additional_properties = undeclared
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


install_undeclared_on_demand(Attachment)
