from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.bank_transaction_payment_status import BankTransactionPaymentStatus
from ..models.bank_transaction_type import BankTransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatementTransactionV2")


@_attrs_define
class StatementTransactionV2:
    """A transaction of a bank statement, as the v2 statement detail lists it.

    Attributes:
        id (None | str | Unset):
        account_id (None | str | Unset):
        timestamp (datetime.datetime | None | Unset):
        amount (float | None | Unset):
        currency (None | str | Unset):
        type_ (BankTransactionType | None | Unset):
        description (None | str | Unset):
        reference_number (None | str | Unset):
        payment_status (BankTransactionPaymentStatus | None | Unset):
    """

    id: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    amount: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    type_: BankTransactionType | None | Unset = UNSET
    description: None | str | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    payment_status: BankTransactionPaymentStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, BankTransactionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        payment_status: None | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        elif isinstance(self.payment_status, BankTransactionPaymentStatus):
            payment_status = self.payment_status.value
        else:
            payment_status = self.payment_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
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

            _field = "account_id"

            def _parse_account_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            account_id = _parse_account_id(d.pop("account_id", UNSET))

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

            _field = "amount"

            def _parse_amount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            amount = _parse_amount(d.pop("amount", UNSET))

            _field = "currency"

            def _parse_currency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            currency = _parse_currency(d.pop("currency", UNSET))

            _field = "type"

            def _parse_type_(data: object) -> BankTransactionType | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected BankTransactionType, got {type(data).__name__}")
                type_type_0 = BankTransactionType(data)

                return type_type_0

            type_ = _parse_type_(d.pop("type", UNSET))

            _field = "description"

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            description = _parse_description(d.pop("description", UNSET))

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

            _field = "payment_status"

            def _parse_payment_status(data: object) -> BankTransactionPaymentStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected BankTransactionPaymentStatus, got {type(data).__name__}")
                payment_status_type_0 = BankTransactionPaymentStatus(data)

                return payment_status_type_0

            payment_status = _parse_payment_status(d.pop("payment_status", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        statement_transaction_v2 = cls(
            id=id,
            account_id=account_id,
            timestamp=timestamp,
            amount=amount,
            currency=currency,
            type_=type_,
            description=description,
            reference_number=reference_number,
            payment_status=payment_status,
        )

        statement_transaction_v2.additional_properties = d
        return statement_transaction_v2

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
