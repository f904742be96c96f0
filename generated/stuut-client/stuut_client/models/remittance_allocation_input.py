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

T = TypeVar("T", bound="RemittanceAllocationInput")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "RemittanceAllocationInput"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "amount_paid",
        "invoice",
    }
)


@_attrs_define
class RemittanceAllocationInput:
    """An allocation of a remittance to an invoice, as Update A Remittance takes it.

    Attributes:
        amount_paid (float | Unset):
        invoice (str | Unset): The Invoice identifier, (e.g. inv_abc123).
    """

    amount_paid: float | Unset = UNSET
    invoice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        amount_paid = self.amount_paid

        invoice = self.invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if invoice is not UNSET:
            field_dict["invoice"] = invoice

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
            _field = "amount_paid"
            amount_paid = get("amount_paid", UNSET)
            if not isinstance(amount_paid, Unset) and not (
                isinstance(amount_paid, (int, float)) and not isinstance(amount_paid, bool)
            ):
                amount_paid = deviation(amount_paid, "a number", src_dict, _field, _SCHEMA)

            _field = "invoice"
            invoice = get("invoice", UNSET)
            if not isinstance(invoice, Unset) and not (isinstance(invoice, str)):
                invoice = deviation(invoice, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        remittance_allocation_input = cls(
            amount_paid,
            invoice,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            remittance_allocation_input.additional_properties = undeclared
        return remittance_allocation_input

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


install_undeclared_on_demand(RemittanceAllocationInput)
