from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
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

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "email_template"
            email_template = d.pop("email_template", UNSET)
            if not isinstance(email_template, Unset) and not (isinstance(email_template, str)):
                raise TypeError(f"expected a string, got {type(email_template).__name__}")

            _field = "options"
            _options = d.pop("options", UNSET)
            options: EmailOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = EmailOptions.from_dict(_options)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
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
