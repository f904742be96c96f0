from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailOptions")


@_attrs_define
class EmailOptions:
    """Options for writing an email's body. Only the curl samples were recovered; they show every option as `false`.

    Attributes:
        include_checkout_url (bool | Unset):
        reply_all (bool | Unset):
        use_llm (bool | Unset):
    """

    include_checkout_url: bool | Unset = UNSET
    reply_all: bool | Unset = UNSET
    use_llm: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_checkout_url = self.include_checkout_url

        reply_all = self.reply_all

        use_llm = self.use_llm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_checkout_url is not UNSET:
            field_dict["include_checkout_url"] = include_checkout_url
        if reply_all is not UNSET:
            field_dict["reply_all"] = reply_all
        if use_llm is not UNSET:
            field_dict["use_llm"] = use_llm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_checkout_url = d.pop("include_checkout_url", UNSET)

        reply_all = d.pop("reply_all", UNSET)

        use_llm = d.pop("use_llm", UNSET)

        email_options = cls(
            include_checkout_url=include_checkout_url,
            reply_all=reply_all,
            use_llm=use_llm,
        )

        email_options.additional_properties = d
        return email_options

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
