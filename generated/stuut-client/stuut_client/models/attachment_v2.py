from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..models.mime_type import MimeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentV2")


@_attrs_define
class AttachmentV2:
    """The summary of an attachment that v2 bank statements embed.

    Attributes:
        id (None | str | Unset):
        name (None | str | Unset):
        src (None | str | Unset):
        mime_type (MimeType | None | Unset):
        file_type (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    src: None | str | Unset = UNSET
    mime_type: MimeType | None | Unset = UNSET
    file_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        src: None | str | Unset
        if isinstance(self.src, Unset):
            src = UNSET
        else:
            src = self.src

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        elif isinstance(self.mime_type, MimeType):
            mime_type = self.mime_type.value
        else:
            mime_type = self.mime_type

        file_type: None | str | Unset
        if isinstance(self.file_type, Unset):
            file_type = UNSET
        else:
            file_type = self.file_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if src is not UNSET:
            field_dict["src"] = src
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if file_type is not UNSET:
            field_dict["file_type"] = file_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
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

            _field = "src"

            def _parse_src(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            src = _parse_src(d.pop("src", UNSET))

            _field = "mime_type"

            def _parse_mime_type(data: object) -> MimeType | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected MimeType, got {type(data).__name__}")
                mime_type_type_0 = MimeType(data)

                return mime_type_type_0

            mime_type = _parse_mime_type(d.pop("mime_type", UNSET))

            _field = "file_type"

            def _parse_file_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            file_type = _parse_file_type(d.pop("file_type", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        attachment_v2 = cls(
            id=id,
            name=name,
            src=src,
            mime_type=mime_type,
            file_type=file_type,
        )

        attachment_v2.additional_properties = d
        return attachment_v2

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
