from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentAllocationInvoice")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "PaymentAllocationInvoice"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "amount_due",
        "currency",
        "id",
        "amount_paid",
        "due_date",
        "number",
    }
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

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
            due_date = self.due_date.isoformat() if isinstance(self.due_date, datetime.datetime) else self.due_date

        else:
            due_date = self.due_date

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
        if self._missing_fields:
            without_missing(self._missing_fields, field_dict)

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
            _field = "amount_due"
            amount_due = get("amount_due", UNSET)
            if not (isinstance(amount_due, (int, float)) and not isinstance(amount_due, bool)):
                amount_due = deviation(amount_due, "a number", src_dict, _field, _SCHEMA)

            _field = "currency"
            currency = get("currency", UNSET)
            if not (isinstance(currency, str)):
                currency = deviation(currency, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "amount_paid"
            amount_paid: float | None | Unset
            _amount_paid_data = get("amount_paid", UNSET)
            if isinstance(_amount_paid_data, (int, float)) and not isinstance(_amount_paid_data, bool):
                amount_paid = _amount_paid_data
            elif _amount_paid_data is None or _amount_paid_data is UNSET:
                amount_paid = _amount_paid_data
            else:
                amount_paid = deviation(_amount_paid_data, "a number", src_dict, _field, _SCHEMA)

            _field = "due_date"
            due_date: datetime.datetime | None | Unset
            _due_date_data = get("due_date", UNSET)
            if isinstance(_due_date_data, str):
                try:
                    due_date_type_0 = datetime.datetime.fromisoformat(_due_date_data)
                except (TypeError, ValueError):
                    due_date_type_0 = datetime_or_deviation(_due_date_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_due_date_data):
                        due_date_type_0 = datetime_or_deviation(_due_date_data, src_dict, _field, _SCHEMA)

                due_date = due_date_type_0
            elif _due_date_data is None or _due_date_data is UNSET:
                due_date = _due_date_data
            else:
                due_date = deviation(_due_date_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "number"
            number: None | str | Unset
            _number_data = get("number", UNSET)
            if isinstance(_number_data, str):
                number = _number_data
            elif _number_data is None or _number_data is UNSET:
                number = _number_data
            else:
                number = deviation(_number_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        payment_allocation_invoice = cls(
            amount_due,
            currency,
            id,
            amount_paid,
            due_date,
            number,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(payment_allocation_invoice, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            payment_allocation_invoice.additional_properties = undeclared
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


install_undeclared_on_demand(PaymentAllocationInvoice)
