from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)

        def _parse_is_payment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_payment = _parse_is_payment(d.pop("is_payment", UNSET))

        def _parse_non_payment_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        non_payment_reason = _parse_non_payment_reason(d.pop("non_payment_reason", UNSET))

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_reference_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_number = _parse_reference_number(d.pop("reference_number", UNSET))

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: BankTransactionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BankTransactionType(_type_)

        amount = d.pop("amount", UNSET)

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
