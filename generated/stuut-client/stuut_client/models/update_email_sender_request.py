from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    PENDING_MISSING,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEmailSenderRequest")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "UpdateEmailSenderRequest"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "is_shared",
        "signature_html",
    }
)


@_attrs_define
class UpdateEmailSenderRequest:
    """Request body of Update An Email Sender.

    Attributes:
        is_shared (bool | Unset):
        signature_html (None | str | Unset):
    """

    is_shared: bool | Unset = UNSET
    signature_html: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        is_shared = self.is_shared

        signature_html: None | str | Unset
        if isinstance(self.signature_html, Unset):
            signature_html = UNSET
        else:
            signature_html = self.signature_html

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if signature_html is not UNSET:
            field_dict["signature_html"] = signature_html

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
            _field = "is_shared"
            is_shared = get("is_shared", UNSET)
            if not isinstance(is_shared, Unset) and not (isinstance(is_shared, bool)):
                is_shared = deviation(is_shared, "a boolean", src_dict, _field, _SCHEMA)

            _field = "signature_html"
            signature_html: None | str | Unset
            _signature_html_data = get("signature_html", UNSET)
            if isinstance(_signature_html_data, str):
                signature_html = _signature_html_data
            elif _signature_html_data is None or _signature_html_data is UNSET:
                signature_html = _signature_html_data
            else:
                signature_html = deviation(_signature_html_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        update_email_sender_request = cls(
            is_shared,
            signature_html,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            update_email_sender_request.additional_properties = undeclared
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


install_undeclared_on_demand(UpdateEmailSenderRequest)
