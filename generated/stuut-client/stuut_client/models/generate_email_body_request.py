from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_options import EmailOptions


T = TypeVar("T", bound="GenerateEmailBodyRequest")


@_attrs_define
class GenerateEmailBodyRequest:
    """Request body of Generate An Email Body (only the curl sample was recovered).

    Attributes:
        email_template (str | Unset): The EmailTemplate identifier, (e.g. eml_tmpl_abc123).
        options (EmailOptions | Unset): Options for writing an email's body. Only the curl samples were recovered; they
            show every option as `false`.
    """

    email_template: str | Unset = UNSET
    options: EmailOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_template = self.email_template

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_template is not UNSET:
            field_dict["email_template"] = email_template
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_options import EmailOptions  # noqa: PLC0415

        d = dict(src_dict)
        email_template = d.pop("email_template", UNSET)

        _options = d.pop("options", UNSET)
        options: EmailOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = EmailOptions.from_dict(_options)

        generate_email_body_request = cls(
            email_template=email_template,
            options=options,
        )

        generate_email_body_request.additional_properties = d
        return generate_email_body_request

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
