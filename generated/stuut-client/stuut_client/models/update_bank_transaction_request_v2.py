from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._deviations import (
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    enum_or_deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.bank_transaction_type import BankTransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBankTransactionRequestV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "UpdateBankTransactionRequestV2"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "is_payment",
        "non_payment_reason",
        "timestamp",
        "reference_number",
        "description",
        "type",
        "amount",
    }
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

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
            timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp

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
            type_ = self.type_.value if isinstance(self.type_, BankTransactionType) else self.type_

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:

        # stuut: refuse anything but an object, and name the field that does not fit.
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        get = src_dict.get
        _field = ""
        try:
            _field = "is_payment"
            is_payment: bool | None | Unset
            _is_payment_data = get("is_payment", UNSET)
            if isinstance(_is_payment_data, bool):
                is_payment = _is_payment_data
            elif _is_payment_data is None or _is_payment_data is UNSET:
                is_payment = _is_payment_data
            else:
                is_payment = deviation(_is_payment_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "non_payment_reason"
            non_payment_reason: None | str | Unset
            _non_payment_reason_data = get("non_payment_reason", UNSET)
            if isinstance(_non_payment_reason_data, str):
                non_payment_reason = _non_payment_reason_data
            elif _non_payment_reason_data is None or _non_payment_reason_data is UNSET:
                non_payment_reason = _non_payment_reason_data
            else:
                non_payment_reason = deviation(_non_payment_reason_data, "a string", src_dict, _field, _SCHEMA)

            _field = "timestamp"
            timestamp: datetime.datetime | None | Unset
            _timestamp_data = get("timestamp", UNSET)
            if isinstance(_timestamp_data, str):
                try:
                    timestamp_type_0 = datetime.datetime.fromisoformat(_timestamp_data)
                except (TypeError, ValueError):
                    timestamp_type_0 = datetime_or_deviation(_timestamp_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_timestamp_data):
                        timestamp_type_0 = datetime_or_deviation(_timestamp_data, src_dict, _field, _SCHEMA)

                timestamp = timestamp_type_0
            elif _timestamp_data is None or _timestamp_data is UNSET:
                timestamp = _timestamp_data
            else:
                timestamp = deviation(_timestamp_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "reference_number"
            reference_number: None | str | Unset
            _reference_number_data = get("reference_number", UNSET)
            if isinstance(_reference_number_data, str):
                reference_number = _reference_number_data
            elif _reference_number_data is None or _reference_number_data is UNSET:
                reference_number = _reference_number_data
            else:
                reference_number = deviation(_reference_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "description"
            description = get("description", UNSET)
            if not isinstance(description, Unset) and not (isinstance(description, str)):
                description = deviation(description, "a string", src_dict, _field, _SCHEMA)

            _field = "type"
            _type_ = get("type", UNSET)
            type_: BankTransactionType | Unset
            if _type_ is UNSET:
                type_ = _type_
            else:
                type_ = (
                    BankTransactionType._by_value.get(_type_) if _type_.__class__ is str else None
                ) or enum_or_deviation(BankTransactionType, _type_, src_dict, _field, _SCHEMA)

            _field = "amount"
            amount = get("amount", UNSET)
            if not isinstance(amount, Unset) and not (
                isinstance(amount, (int, float)) and not isinstance(amount, bool)
            ):
                amount = deviation(amount, "a number", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        update_bank_transaction_request_v2 = cls(
            is_payment,
            non_payment_reason,
            timestamp,
            reference_number,
            description,
            type_,
            amount,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            update_bank_transaction_request_v2.additional_properties = undeclared
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


install_undeclared_on_demand(UpdateBankTransactionRequestV2)
