from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadBankStatementRequest")


@_attrs_define
class UploadBankStatementRequest:
    """Request body of Upload A Bank Statement (v1; only the curl sample was recovered).

    Attributes:
        account (str | Unset): The bank account the statement belongs to.
        filename (str | Unset):
        mime_type (str | Unset):
    """

    account: str | Unset = UNSET
    filename: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        filename = self.filename

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if filename is not UNSET:
            field_dict["filename"] = filename
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        filename = d.pop("filename", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        upload_bank_statement_request = cls(
            account=account,
            filename=filename,
            mime_type=mime_type,
        )

        upload_bank_statement_request.additional_properties = d
        return upload_bank_statement_request

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
