from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.presigned_url_fields_type_0 import PresignedUrlFieldsType0


T = TypeVar("T", bound="PresignedUrl")


@_attrs_define
class PresignedUrl:
    """Where to upload a file: POST a multipart form to `url` with every entry of `fields` first and the file last (an
    S3-style presigned POST).

        Attributes:
            url (str):
            fields (None | PresignedUrlFieldsType0 | Unset):
    """

    url: str
    fields: None | PresignedUrlFieldsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.presigned_url_fields_type_0 import PresignedUrlFieldsType0  # noqa: PLC0415

        url = self.url

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, PresignedUrlFieldsType0):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.presigned_url_fields_type_0 import PresignedUrlFieldsType0  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "url"
            url = d.pop("url")
            if not (isinstance(url, str)):
                raise TypeError(f"expected a string, got {type(url).__name__}")

            _field = "fields"

            def _parse_fields(data: object) -> None | PresignedUrlFieldsType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected PresignedUrlFieldsType0, got {type(data).__name__}")
                fields_type_0 = PresignedUrlFieldsType0.from_dict(data)

                return fields_type_0

            fields = _parse_fields(d.pop("fields", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        presigned_url = cls(
            url=url,
            fields=fields,
        )

        presigned_url.additional_properties = d
        return presigned_url

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
