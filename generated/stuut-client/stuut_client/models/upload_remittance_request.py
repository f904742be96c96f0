from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadRemittanceRequest")


@_attrs_define
class UploadRemittanceRequest:
    """Request body of Upload A Remittance (only the curl sample was recovered).

    Attributes:
        filename (str | Unset):
        mime_type (str | Unset):
        partner (str | Unset): The Partner identifier, (e.g. ptn_abc123).
    """

    filename: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    partner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        mime_type = self.mime_type

        partner = self.partner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filename is not UNSET:
            field_dict["filename"] = filename
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if partner is not UNSET:
            field_dict["partner"] = partner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        partner = d.pop("partner", UNSET)

        upload_remittance_request = cls(
            filename=filename,
            mime_type=mime_type,
            partner=partner,
        )

        upload_remittance_request.additional_properties = d
        return upload_remittance_request

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
