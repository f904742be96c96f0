from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentAllocationInvoice")


@_attrs_define
class PaymentAllocationInvoice:
    """The invoice a payment allocation pays.

    Attributes:
        amount_due (float):
        currency (str):
        id (None | str | Unset):
        amount_paid (float | None | Unset):
        due_date (datetime.datetime | None | Unset):
        number (None | str | Unset):
    """

    amount_due: float
    currency: str
    id: None | str | Unset = UNSET
    amount_paid: float | None | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_due = self.amount_due

        currency = self.currency

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        amount_paid: float | None | Unset
        if isinstance(self.amount_paid, Unset):
            amount_paid = UNSET
        else:
            amount_paid = self.amount_paid

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_due": amount_due,
                "currency": currency,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_due"
            amount_due = d.pop("amount_due")
            if not (isinstance(amount_due, (int, float)) and not isinstance(amount_due, bool)):
                raise TypeError(f"expected a number, got {type(amount_due).__name__}")

            _field = "currency"
            currency = d.pop("currency")
            if not (isinstance(currency, str)):
                raise TypeError(f"expected a string, got {type(currency).__name__}")

            _field = "id"

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            id = _parse_id(d.pop("id", UNSET))

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

            _field = "due_date"

            def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                due_date_type_0 = parse_datetime(data)

                return due_date_type_0

            due_date = _parse_due_date(d.pop("due_date", UNSET))

            _field = "number"

            def _parse_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            number = _parse_number(d.pop("number", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        payment_allocation_invoice = cls(
            amount_due=amount_due,
            currency=currency,
            id=id,
            amount_paid=amount_paid,
            due_date=due_date,
            number=number,
        )

        payment_allocation_invoice.additional_properties = d
        return payment_allocation_invoice

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
