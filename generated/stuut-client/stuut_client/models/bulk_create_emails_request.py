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

T = TypeVar("T", bound="BulkCreateEmailsRequest")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BulkCreateEmailsRequest"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "email_sender",
        "email_template",
        "partners",
        "auto_send",
    }
)


@_attrs_define
class BulkCreateEmailsRequest:
    """Request body of Bulk Create Emails (only the curl sample was recovered).

    Attributes:
        email_sender (str | Unset): The EmailSender identifier, (e.g. sndr_abc123).
        email_template (str | Unset): The EmailTemplate identifier, (e.g. eml_tmpl_abc123).
        partners (list[str] | Unset): Partner identifiers, (e.g. ptn_abc123).
        auto_send (bool | Unset):
    """

    email_sender: str | Unset = UNSET
    email_template: str | Unset = UNSET
    partners: list[str] | Unset = UNSET
    auto_send: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        email_sender = self.email_sender

        email_template = self.email_template

        partners: list[str] | Unset = UNSET
        if not isinstance(self.partners, Unset):
            partners = self.partners

        auto_send = self.auto_send

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if email_sender is not UNSET:
            field_dict["email_sender"] = email_sender
        if email_template is not UNSET:
            field_dict["email_template"] = email_template
        if partners is not UNSET:
            field_dict["partners"] = partners
        if auto_send is not UNSET:
            field_dict["auto_send"] = auto_send

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
            _field = "email_sender"
            email_sender = get("email_sender", UNSET)
            if not isinstance(email_sender, Unset) and not (isinstance(email_sender, str)):
                email_sender = deviation(email_sender, "a string", src_dict, _field, _SCHEMA)

            _field = "email_template"
            email_template = get("email_template", UNSET)
            if not isinstance(email_template, Unset) and not (isinstance(email_template, str)):
                email_template = deviation(email_template, "a string", src_dict, _field, _SCHEMA)

            _field = "partners"
            _partners = get("partners", UNSET)
            partners: list[str] | Unset
            if _partners is UNSET:
                partners = UNSET
            elif not isinstance(_partners, list):
                partners = deviation(_partners, "an array", src_dict, _field, _SCHEMA)
            else:
                partners = _partners
                for _partners_index, _partners_item in enumerate(_partners):
                    if not (isinstance(_partners_item, str)):
                        try:
                            deviation(_partners_item, "a string", _partners, _partners_index, _SCHEMA, _field)
                        except (KeyError, TypeError, ValueError) as _parse_failure:
                            raise ResponseValidationError.from_exception(
                                _parse_failure, (_partners_index,)
                            ) from _parse_failure

            _field = "auto_send"
            auto_send = get("auto_send", UNSET)
            if not isinstance(auto_send, Unset) and not (isinstance(auto_send, bool)):
                auto_send = deviation(auto_send, "a boolean", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        bulk_create_emails_request = cls(
            email_sender,
            email_template,
            partners,
            auto_send,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bulk_create_emails_request.additional_properties = undeclared
        return bulk_create_emails_request

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


install_undeclared_on_demand(BulkCreateEmailsRequest)
