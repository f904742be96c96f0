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

T = TypeVar("T", bound="EmailOptions")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "EmailOptions"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "include_checkout_url",
        "reply_all",
        "use_llm",
    }
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        include_checkout_url = self.include_checkout_url

        reply_all = self.reply_all

        use_llm = self.use_llm

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if include_checkout_url is not UNSET:
            field_dict["include_checkout_url"] = include_checkout_url
        if reply_all is not UNSET:
            field_dict["reply_all"] = reply_all
        if use_llm is not UNSET:
            field_dict["use_llm"] = use_llm

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
            _field = "include_checkout_url"
            include_checkout_url = get("include_checkout_url", UNSET)
            if not isinstance(include_checkout_url, Unset) and not (isinstance(include_checkout_url, bool)):
                include_checkout_url = deviation(include_checkout_url, "a boolean", src_dict, _field, _SCHEMA)

            _field = "reply_all"
            reply_all = get("reply_all", UNSET)
            if not isinstance(reply_all, Unset) and not (isinstance(reply_all, bool)):
                reply_all = deviation(reply_all, "a boolean", src_dict, _field, _SCHEMA)

            _field = "use_llm"
            use_llm = get("use_llm", UNSET)
            if not isinstance(use_llm, Unset) and not (isinstance(use_llm, bool)):
                use_llm = deviation(use_llm, "a boolean", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        email_options = cls(
            include_checkout_url,
            reply_all,
            use_llm,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            email_options.additional_properties = undeclared
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


install_undeclared_on_demand(EmailOptions)
