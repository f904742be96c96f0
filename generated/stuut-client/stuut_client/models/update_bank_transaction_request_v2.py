from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.bank_transaction_type import BankTransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBankTransactionRequestV2")


@_attrs_define
class UpdateBankTransactionRequestV2:
    """Schema for updating a bank transaction. The field list on the reference page was cut off after `reference_number`;
    `description`, `type` and `amount` are typed from the curl sample.

        Attributes:
            is_payment (bool | None | Unset): Whether this is a payment. True=payment, False=non-payment, None=undetermined
            non_payment_reason (None | str | Unset): Reason for marking this transaction as a non-payment
            timestamp (datetime.datetime | None | Unset): Transaction timestamp (draft transactions only)
            reference_number (None | str | Unset): Transaction reference n… (the description was cut off on the reference
                page).
            description (str | Unset):
            type_ (BankTransactionType | Unset): The kind of bank transaction. The reference page shows only the value
                `deposit`; the complete list was not recovered. Values the server sends that are not listed here parse as
                unknown members (see the client's tolerant enums).
            amount (float | Unset):
    """

    is_payment: bool | None | Unset = UNSET
    non_payment_reason: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    description: str | Unset = UNSET
    type_: BankTransactionType | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_payment: bool | None | Unset
        if isinstance(self.is_payment, Unset):
            is_payment = UNSET
        else:
            is_payment = self.is_payment

        non_payment_reason: None | str | Unset
        if isinstance(self.non_payment_reason, Unset):
            non_payment_reason = UNSET
        else:
            non_payment_reason = self.non_payment_reason

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_payment is not UNSET:
            field_dict["is_payment"] = is_payment
        if non_payment_reason is not UNSET:
            field_dict["non_payment_reason"] = non_payment_reason
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "is_payment"

            def _parse_is_payment(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_payment = _parse_is_payment(d.pop("is_payment", UNSET))

            _field = "non_payment_reason"

            def _parse_non_payment_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            non_payment_reason = _parse_non_payment_reason(d.pop("non_payment_reason", UNSET))

            _field = "timestamp"

            def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                timestamp_type_0 = parse_datetime(data)

                return timestamp_type_0

            timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

            _field = "reference_number"

            def _parse_reference_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            reference_number = _parse_reference_number(d.pop("reference_number", UNSET))

            _field = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, Unset) and not (isinstance(description, str)):
                raise TypeError(f"expected a string, got {type(description).__name__}")

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: BankTransactionType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = BankTransactionType(_type_)

            _field = "amount"
            amount = d.pop("amount", UNSET)
            if not isinstance(amount, Unset) and not (
                isinstance(amount, (int, float)) and not isinstance(amount, bool)
            ):
                raise TypeError(f"expected a number, got {type(amount).__name__}")

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        update_bank_transaction_request_v2 = cls(
            is_payment=is_payment,
            non_payment_reason=non_payment_reason,
            timestamp=timestamp,
            reference_number=reference_number,
            description=description,
            type_=type_,
            amount=amount,
        )

        update_bank_transaction_request_v2.additional_properties = d
        return update_bank_transaction_request_v2

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
