from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemittanceAllocationInput")


@_attrs_define
class RemittanceAllocationInput:
    """An allocation of a remittance to an invoice, as Update A Remittance takes it.

    Attributes:
        amount_paid (float | Unset):
        invoice (str | Unset): The Invoice identifier, (e.g. inv_abc123).
    """

    amount_paid: float | Unset = UNSET
    invoice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_paid = self.amount_paid

        invoice = self.invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if invoice is not UNSET:
            field_dict["invoice"] = invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_paid = d.pop("amount_paid", UNSET)

        invoice = d.pop("invoice", UNSET)

        remittance_allocation_input = cls(
            amount_paid=amount_paid,
            invoice=invoice,
        )

        remittance_allocation_input.additional_properties = d
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
