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

T = TypeVar("T", bound="CreateEmailTemplateRequest")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "CreateEmailTemplateRequest"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "body",
        "cc",
        "is_default",
        "name",
        "subject",
        "auto_correct",
        "folder",
    }
)


@_attrs_define
class CreateEmailTemplateRequest:
    """Request body of Create An Email Templates. No field is marked required on the page.

    Attributes:
        body (str | Unset):
        cc (list[str] | Unset):
        is_default (bool | Unset):  Default: False.
        name (str | Unset):
        subject (str | Unset):
        auto_correct (bool | Unset):  Default: False.
        folder (str | Unset): The EmailTemplateFolder identifier, (e.g. etf_abc123).
    """

    body: str | Unset = UNSET
    cc: list[str] | Unset = UNSET
    is_default: bool | Unset = False
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    auto_correct: bool | Unset = False
    folder: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        body = self.body

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        is_default = self.is_default

        name = self.name

        subject = self.subject

        auto_correct = self.auto_correct

        folder = self.folder

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if cc is not UNSET:
            field_dict["cc"] = cc
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if auto_correct is not UNSET:
            field_dict["auto_correct"] = auto_correct
        if folder is not UNSET:
            field_dict["folder"] = folder

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
            _field = "body"
            body = get("body", UNSET)
            if not isinstance(body, Unset) and not (isinstance(body, str)):
                body = deviation(body, "a string", src_dict, _field, _SCHEMA)

            _field = "cc"
            _cc = get("cc", UNSET)
            cc: list[str] | Unset
            if _cc is UNSET:
                cc = UNSET
            elif not isinstance(_cc, list):
                cc = deviation(_cc, "an array", src_dict, _field, _SCHEMA)
            else:
                cc = _cc
                for _cc_index, _cc_item in enumerate(_cc):
                    if not (isinstance(_cc_item, str)):
                        try:
                            deviation(_cc_item, "a string", _cc, _cc_index, _SCHEMA, _field)
                        except (KeyError, TypeError, ValueError) as _parse_failure:
                            raise ResponseValidationError.from_exception(
                                _parse_failure, (_cc_index,)
                            ) from _parse_failure

            _field = "is_default"
            is_default = get("is_default", UNSET)
            if not isinstance(is_default, Unset) and not (isinstance(is_default, bool)):
                is_default = deviation(is_default, "a boolean", src_dict, _field, _SCHEMA)

            _field = "name"
            name = get("name", UNSET)
            if not isinstance(name, Unset) and not (isinstance(name, str)):
                name = deviation(name, "a string", src_dict, _field, _SCHEMA)

            _field = "subject"
            subject = get("subject", UNSET)
            if not isinstance(subject, Unset) and not (isinstance(subject, str)):
                subject = deviation(subject, "a string", src_dict, _field, _SCHEMA)

            _field = "auto_correct"
            auto_correct = get("auto_correct", UNSET)
            if not isinstance(auto_correct, Unset) and not (isinstance(auto_correct, bool)):
                auto_correct = deviation(auto_correct, "a boolean", src_dict, _field, _SCHEMA)

            _field = "folder"
            folder = get("folder", UNSET)
            if not isinstance(folder, Unset) and not (isinstance(folder, str)):
                folder = deviation(folder, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        create_email_template_request = cls(
            body,
            cc,
            is_default,
            name,
            subject,
            auto_correct,
            folder,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            create_email_template_request.additional_properties = undeclared
        return create_email_template_request

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


install_undeclared_on_demand(CreateEmailTemplateRequest)
