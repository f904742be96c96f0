from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import Decoded
from .._deviations import (
    PENDING_MISSING,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_export_data_type_0 import PaymentExportDataType0


T = TypeVar("T", bound="PaymentExport")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "PaymentExport"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "data",
        "error",
        "message",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.payment_export_data_type_0 import PaymentExportDataType0  # noqa: PLC0415

    globals().update(
        PaymentExportDataType0=PaymentExportDataType0,
    )
    _references_unresolved = False


@_attrs_define
class PaymentExport:
    """Export Payments' JSON answer. Its field list was not recovered (the page shows only the example).

    Attributes:
        data (None | PaymentExportDataType0 | Unset):
        error (None | str | Unset):
        message (None | str | Unset):
    """

    data: None | PaymentExportDataType0 | Unset = UNSET
    error: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, PaymentExportDataType0):
            data = self.data.to_dict() if isinstance(self.data, PaymentExportDataType0) else self.data

        else:
            data = self.data

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:
        if _references_unresolved:
            _resolve_references()

        # stuut: refuse anything but an object, and name the field that does not fit.
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        get = src_dict.get
        _field = ""
        try:
            _field = "data"
            data = (
                defer(_parse_data, get("data", UNSET), src_dict)
                if lazy
                else _parse_data(get("data", UNSET), False, src_dict)
            )

            _field = "error"
            error: None | str | Unset
            _error_data = get("error", UNSET)
            if isinstance(_error_data, str):
                error = _error_data
            elif _error_data is None or _error_data is UNSET:
                error = _error_data
            else:
                error = deviation(_error_data, "a string", src_dict, _field, _SCHEMA)

            _field = "message"
            message: None | str | Unset
            _message_data = get("message", UNSET)
            if isinstance(_message_data, str):
                message = _message_data
            elif _message_data is None or _message_data is UNSET:
                message = _message_data
            else:
                message = deviation(_message_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        payment_export = cls(
            data,
            error,
            message,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            payment_export.additional_properties = undeclared
        return payment_export

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


def _parse_data(_json: Any, lazy: bool, src_dict: Any) -> None | PaymentExportDataType0 | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "data"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    data: None | PaymentExportDataType0 | Unset
    _data_data = _json
    if isinstance(_data_data, dict):
        _data_type_0 = _data_data
        data_type_0 = (
            PaymentExportDataType0.from_dict(_data_type_0, lazy=lazy)
            if isinstance(_data_type_0, dict)
            else deviation(_data_type_0, "an object (PaymentExportDataType0)", src_dict, _field, _SCHEMA)
        )

        data = data_type_0
    elif _data_data is None or _data_data is UNSET:
        data = _data_data
    else:
        data = deviation(_data_data, "an object (PaymentExportDataType0)", src_dict, _field, _SCHEMA)

    return data


install_lazy_fields(PaymentExport, ("data",))


install_undeclared_on_demand(PaymentExport)
