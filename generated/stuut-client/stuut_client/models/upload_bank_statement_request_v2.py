from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..models.mime_type import MimeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadBankStatementRequestV2")


@_attrs_define
class UploadBankStatementRequestV2:
    """Request schema for uploading a bank statement. The field list on the reference page was cut off inside the
    description of `account_id`; further fields may exist.

        Attributes:
            filename (str): Name of the file being uploaded
            mime_type (MimeType): MIME types the v2 bank statement upload accepts. `AttachmentV2.mime_type` shows only
                `application/json`, the first of these values.
            account_id (None | str | Unset): Bank account ID to ass… (the description was cut off on the reference page).
    """

    filename: str
    mime_type: MimeType
    account_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        mime_type = self.mime_type.value

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "mime_type": mime_type,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "filename"
            filename = d.pop("filename")
            if not (isinstance(filename, str)):
                raise TypeError(f"expected a string, got {type(filename).__name__}")

            _field = "mime_type"
            mime_type = MimeType(d.pop("mime_type"))

            _field = "account_id"

            def _parse_account_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            account_id = _parse_account_id(d.pop("account_id", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        upload_bank_statement_request_v2 = cls(
            filename=filename,
            mime_type=mime_type,
            account_id=account_id,
        )

        upload_bank_statement_request_v2.additional_properties = d
        return upload_bank_statement_request_v2

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
