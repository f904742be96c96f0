from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.presigned_url import PresignedUrl


T = TypeVar("T", bound="FileUpload")


@_attrs_define
class FileUpload:
    """An attachment and the presigned URL to upload its file to.

    Attributes:
        attachment (Attachment):
        presigned_url (PresignedUrl): Where to upload a file: POST a multipart form to `url` with every entry of
            `fields` first and the file last (an S3-style presigned POST).
    """

    attachment: Attachment
    presigned_url: PresignedUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment = self.attachment.to_dict()

        presigned_url = self.presigned_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachment": attachment,
                "presigned_url": presigned_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.presigned_url import PresignedUrl  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "attachment"
            attachment = Attachment.from_dict(d.pop("attachment"))

            _field = "presigned_url"
            presigned_url = PresignedUrl.from_dict(d.pop("presigned_url"))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        file_upload = cls(
            attachment=attachment,
            presigned_url=presigned_url,
        )

        file_upload.additional_properties = d
        return file_upload

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
