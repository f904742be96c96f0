from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    PENDING_MISSING,
    deviation,
    enum_or_deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessingError")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "ProcessingError"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "error_code",
        "error_message",
    }
)


@_attrs_define
class ProcessingError:
    """
    Attributes:
        error_code (ErrorCode | None | Unset):
        error_message (None | str | Unset):
    """

    error_code: ErrorCode | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        elif isinstance(self.error_code, ErrorCode):
            error_code = self.error_code.value if isinstance(self.error_code, ErrorCode) else self.error_code

        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

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
            _field = "error_code"
            error_code: ErrorCode | None | Unset
            _error_code_data = get("error_code", UNSET)
            if isinstance(_error_code_data, str):
                _error_code_type_0 = _error_code_data
                error_code_type_0 = (
                    ErrorCode._by_value.get(_error_code_type_0) if _error_code_type_0.__class__ is str else None
                ) or enum_or_deviation(ErrorCode, _error_code_type_0, src_dict, _field, _SCHEMA)

                error_code = error_code_type_0
            elif _error_code_data is None or _error_code_data is UNSET:
                error_code = _error_code_data
            else:
                error_code = deviation(_error_code_data, "ErrorCode", src_dict, _field, _SCHEMA)

            _field = "error_message"
            error_message: None | str | Unset
            _error_message_data = get("error_message", UNSET)
            if isinstance(_error_message_data, str):
                error_message = _error_message_data
            elif _error_message_data is None or _error_message_data is UNSET:
                error_message = _error_message_data
            else:
                error_message = deviation(_error_message_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        processing_error = cls(
            error_code,
            error_message,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            processing_error.additional_properties = undeclared
        return processing_error

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


install_undeclared_on_demand(ProcessingError)
