from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import Decoded
from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.presigned_url import PresignedUrl


T = TypeVar("T", bound="FileUpload")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "FileUpload"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "attachment",
        "presigned_url",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.attachment import Attachment  # noqa: PLC0415
    from ..models.presigned_url import PresignedUrl  # noqa: PLC0415

    globals().update(
        Attachment=Attachment,
        PresignedUrl=PresignedUrl,
    )
    _references_unresolved = False


@_attrs_define
class FileUpload:
    """An attachment and the presigned URL to upload its file to.

    Attributes:
        attachment (Attachment):
        presigned_url (PresignedUrl): Where to upload a file. No page says how: the pages show only `{"url": "<string>",
            "fields": {}}`. Assumed: an S3-style presigned POST (a multipart form to `url`, every entry of `fields` first,
            the file last) when `fields` has entries, as for S3's `generate_presigned_post`; a presigned PUT of the raw file
            when there are none and `url` carries its signature in the query. A server that sends a `method` entry decides.
    """

    attachment: Attachment
    presigned_url: PresignedUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        attachment = self.attachment.to_dict() if isinstance(self.attachment, Attachment) else self.attachment

        presigned_url = (
            self.presigned_url.to_dict() if isinstance(self.presigned_url, PresignedUrl) else self.presigned_url
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "attachment": attachment,
                "presigned_url": presigned_url,
            }
        )
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
            _field = "attachment"
            attachment = (
                defer(_parse_attachment, get("attachment", UNSET), src_dict)
                if lazy
                else _parse_attachment(get("attachment", UNSET), False, src_dict)
            )

            _field = "presigned_url"
            presigned_url = (
                defer(_parse_presigned_url, get("presigned_url", UNSET), src_dict)
                if lazy
                else _parse_presigned_url(get("presigned_url", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        file_upload = cls(
            attachment,
            presigned_url,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(file_upload, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            file_upload.additional_properties = undeclared
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


def _parse_attachment(_json: Any, lazy: bool, src_dict: Any) -> Attachment:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "attachment"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    _attachment = _json
    attachment = (
        Attachment.from_dict(_attachment, lazy=lazy)
        if isinstance(_attachment, dict)
        else deviation(_attachment, "an object (Attachment)", src_dict, _field, _SCHEMA)
    )

    return attachment


def _parse_presigned_url(_json: Any, lazy: bool, src_dict: Any) -> PresignedUrl:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "presigned_url"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    _presigned_url = _json
    presigned_url = (
        PresignedUrl.from_dict(_presigned_url, lazy=lazy)
        if isinstance(_presigned_url, dict)
        else deviation(_presigned_url, "an object (PresignedUrl)", src_dict, _field, _SCHEMA)
    )

    return presigned_url


install_lazy_fields(
    FileUpload,
    (
        "attachment",
        "presigned_url",
    ),
)


install_undeclared_on_demand(FileUpload)
