from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEmailSenderRequest")


@_attrs_define
class UpdateEmailSenderRequest:
    """Request body of Update An Email Sender.

    Attributes:
        is_shared (bool | Unset):
        signature_html (None | str | Unset):
    """

    is_shared: bool | Unset = UNSET
    signature_html: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_shared = self.is_shared

        signature_html: None | str | Unset
        if isinstance(self.signature_html, Unset):
            signature_html = UNSET
        else:
            signature_html = self.signature_html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if signature_html is not UNSET:
            field_dict["signature_html"] = signature_html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "is_shared"
            is_shared = d.pop("is_shared", UNSET)
            if not isinstance(is_shared, Unset) and not (isinstance(is_shared, bool)):
                raise TypeError(f"expected a boolean, got {type(is_shared).__name__}")

            _field = "signature_html"

            def _parse_signature_html(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            signature_html = _parse_signature_html(d.pop("signature_html", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        update_email_sender_request = cls(
            is_shared=is_shared,
            signature_html=signature_html,
        )

        update_email_sender_request.additional_properties = d
        return update_email_sender_request

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
