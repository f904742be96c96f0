from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remittance_allocation_invoice import RemittanceAllocationInvoice


T = TypeVar("T", bound="RemittanceAllocation")


@_attrs_define
class RemittanceAllocation:
    """The part of a remittance allocated to one invoice.

    Attributes:
        invoice_number (str):
        object_ (str):
        remittance_id (str):
        amount_discount (float | None | Unset):
        amount_paid (float | None | Unset):
        amount_withheld (float | None | Unset):
        created_at (datetime.datetime | None | Unset):
        invoice (None | RemittanceAllocationInvoice | Unset):
        invoice_id (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
    """

    invoice_number: str
    object_: str
    remittance_id: str
    amount_discount: float | None | Unset = UNSET
    amount_paid: float | None | Unset = UNSET
    amount_withheld: float | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    invoice: None | RemittanceAllocationInvoice | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.remittance_allocation_invoice import RemittanceAllocationInvoice  # noqa: PLC0415

        invoice_number = self.invoice_number

        object_ = self.object_

        remittance_id = self.remittance_id

        amount_discount: float | None | Unset
        if isinstance(self.amount_discount, Unset):
            amount_discount = UNSET
        else:
            amount_discount = self.amount_discount

        amount_paid: float | None | Unset
        if isinstance(self.amount_paid, Unset):
            amount_paid = UNSET
        else:
            amount_paid = self.amount_paid

        amount_withheld: float | None | Unset
        if isinstance(self.amount_withheld, Unset):
            amount_withheld = UNSET
        else:
            amount_withheld = self.amount_withheld

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        invoice: dict[str, Any] | None | Unset
        if isinstance(self.invoice, Unset):
            invoice = UNSET
        elif isinstance(self.invoice, RemittanceAllocationInvoice):
            invoice = self.invoice.to_dict()
        else:
            invoice = self.invoice

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_number": invoice_number,
                "object": object_,
                "remittance_id": remittance_id,
            }
        )
        if amount_discount is not UNSET:
            field_dict["amount_discount"] = amount_discount
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if amount_withheld is not UNSET:
            field_dict["amount_withheld"] = amount_withheld
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remittance_allocation_invoice import RemittanceAllocationInvoice  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "invoice_number"
            invoice_number = d.pop("invoice_number")
            if not (isinstance(invoice_number, str)):
                raise TypeError(f"expected a string, got {type(invoice_number).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "remittance_id"
            remittance_id = d.pop("remittance_id")
            if not (isinstance(remittance_id, str)):
                raise TypeError(f"expected a string, got {type(remittance_id).__name__}")

            _field = "amount_discount"

            def _parse_amount_discount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            amount_discount = _parse_amount_discount(d.pop("amount_discount", UNSET))

            _field = "amount_paid"

            def _parse_amount_paid(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            amount_paid = _parse_amount_paid(d.pop("amount_paid", UNSET))

            _field = "amount_withheld"

            def _parse_amount_withheld(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            amount_withheld = _parse_amount_withheld(d.pop("amount_withheld", UNSET))

            _field = "created_at"

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0

            created_at = _parse_created_at(d.pop("created_at", UNSET))

            _field = "invoice"

            def _parse_invoice(data: object) -> None | RemittanceAllocationInvoice | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected RemittanceAllocationInvoice, got {type(data).__name__}")
                invoice_type_0 = RemittanceAllocationInvoice.from_dict(data)

                return invoice_type_0

            invoice = _parse_invoice(d.pop("invoice", UNSET))

            _field = "invoice_id"

            def _parse_invoice_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

            _field = "modified_at"

            def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                modified_at_type_0 = parse_datetime(data)

                return modified_at_type_0

            modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        remittance_allocation = cls(
            invoice_number=invoice_number,
            object_=object_,
            remittance_id=remittance_id,
            amount_discount=amount_discount,
            amount_paid=amount_paid,
            amount_withheld=amount_withheld,
            created_at=created_at,
            invoice=invoice,
            invoice_id=invoice_id,
            modified_at=modified_at,
        )

        remittance_allocation.additional_properties = d
        return remittance_allocation

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
