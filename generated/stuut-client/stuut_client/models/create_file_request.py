from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    deviation,
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.file_purpose import FilePurpose
from ..types import UNSET

T = TypeVar("T", bound="CreateFileRequest")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "CreateFileRequest"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "mime_type",
        "size",
        "purpose",
    }
)


@_attrs_define
class CreateFileRequest:
    """Request body of Create A File: the file to upload.

    Attributes:
        name (str):
        mime_type (str):
        size (int): File size in bytes. Max: 52428800 (50 MiB; the page's text after `Max:` was not recovered, its range
            is `0 <= x <= 52428800`).
        purpose (FilePurpose): What an uploaded file is for.
    """

    name: str
    mime_type: str
    size: int
    purpose: FilePurpose
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        name = self.name

        mime_type = self.mime_type

        size = self.size

        purpose = self.purpose.value if isinstance(self.purpose, FilePurpose) else self.purpose

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "name": name,
                "mime_type": mime_type,
                "size": size,
                "purpose": purpose,
            }
        )
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
            _field = "name"
            name = get("name", UNSET)
            if not (isinstance(name, str)):
                name = deviation(name, "a string", src_dict, _field, _SCHEMA)

            _field = "mime_type"
            mime_type = get("mime_type", UNSET)
            if not (isinstance(mime_type, str)):
                mime_type = deviation(mime_type, "a string", src_dict, _field, _SCHEMA)

            _field = "size"
            size = get("size", UNSET)
            if not (isinstance(size, int) and not isinstance(size, bool)):
                size = deviation(size, "an integer", src_dict, _field, _SCHEMA)

            _field = "purpose"
            _purpose = get("purpose", UNSET)
            purpose = (FilePurpose._by_value.get(_purpose) if _purpose.__class__ is str else None) or enum_or_deviation(
                FilePurpose, _purpose, src_dict, _field, _SCHEMA
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        create_file_request = cls(
            name,
            mime_type,
            size,
            purpose,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(create_file_request, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            create_file_request.additional_properties = undeclared
        return create_file_request

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


install_undeclared_on_demand(CreateFileRequest)
