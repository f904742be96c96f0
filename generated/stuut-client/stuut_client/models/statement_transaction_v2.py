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

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "account_id",
        "timestamp",
        "amount",
        "currency",
        "type",
        "description",
        "reference_number",
        "payment_status",
    }
)


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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:

        # stuut: refuse anything but an object, and name the field that does not fit.
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        get = src_dict.get
        _field = ""
        try:
            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                raise TypeError(f"expected a string, got {type(_id_data).__name__}")

            _field = "account_id"
            account_id: None | str | Unset
            _account_id_data = get("account_id", UNSET)
            if isinstance(_account_id_data, str):
                account_id = _account_id_data
            elif _account_id_data is None or _account_id_data is UNSET:
                account_id = _account_id_data
            else:
                raise TypeError(f"expected a string, got {type(_account_id_data).__name__}")

            _field = "timestamp"
            timestamp: datetime.datetime | None | Unset
            _timestamp_data = get("timestamp", UNSET)
            if isinstance(_timestamp_data, str):
                try:
                    timestamp_type_0 = datetime.datetime.fromisoformat(_timestamp_data)
                except (TypeError, ValueError):
                    timestamp_type_0 = parse_datetime(_timestamp_data)

                timestamp = timestamp_type_0
            elif _timestamp_data is None or _timestamp_data is UNSET:
                timestamp = _timestamp_data
            else:
                raise TypeError(f"expected a date-time string, got {type(_timestamp_data).__name__}")

            _field = "amount"
            amount: float | None | Unset
            _amount_data = get("amount", UNSET)
            if isinstance(_amount_data, (int, float)) and not isinstance(_amount_data, bool):
                amount = _amount_data
            elif _amount_data is None or _amount_data is UNSET:
                amount = _amount_data
            else:
                raise TypeError(f"expected a number, got {type(_amount_data).__name__}")

            _field = "currency"
            currency: None | str | Unset
            _currency_data = get("currency", UNSET)
            if isinstance(_currency_data, str):
                currency = _currency_data
            elif _currency_data is None or _currency_data is UNSET:
                currency = _currency_data
            else:
                raise TypeError(f"expected a string, got {type(_currency_data).__name__}")

            _field = "type"
            type_: BankTransactionType | None | Unset
            _type__data = get("type", UNSET)
            if isinstance(_type__data, str):
                _type_type_0 = _type__data
                type_type_0 = (
                    BankTransactionType._by_value.get(_type_type_0) if _type_type_0.__class__ is str else None
                ) or BankTransactionType(_type_type_0)

                type_ = type_type_0
            elif _type__data is None or _type__data is UNSET:
                type_ = _type__data
            else:
                raise TypeError(f"expected BankTransactionType, got {type(_type__data).__name__}")

            _field = "description"
            description: None | str | Unset
            _description_data = get("description", UNSET)
            if isinstance(_description_data, str):
                description = _description_data
            elif _description_data is None or _description_data is UNSET:
                description = _description_data
            else:
                raise TypeError(f"expected a string, got {type(_description_data).__name__}")

            _field = "reference_number"
            reference_number: None | str | Unset
            _reference_number_data = get("reference_number", UNSET)
            if isinstance(_reference_number_data, str):
                reference_number = _reference_number_data
            elif _reference_number_data is None or _reference_number_data is UNSET:
                reference_number = _reference_number_data
            else:
                raise TypeError(f"expected a string, got {type(_reference_number_data).__name__}")

            _field = "payment_status"
            payment_status: BankTransactionPaymentStatus | None | Unset
            _payment_status_data = get("payment_status", UNSET)
            if isinstance(_payment_status_data, str):
                _payment_status_type_0 = _payment_status_data
                payment_status_type_0 = (
                    BankTransactionPaymentStatus._by_value.get(_payment_status_type_0)
                    if _payment_status_type_0.__class__ is str
                    else None
                ) or BankTransactionPaymentStatus(_payment_status_type_0)

                payment_status = payment_status_type_0
            elif _payment_status_data is None or _payment_status_data is UNSET:
                payment_status = _payment_status_data
            else:
                raise TypeError(f"expected BankTransactionPaymentStatus, got {type(_payment_status_data).__name__}")

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        statement_transaction_v2 = cls(
            id,
            account_id,
            timestamp,
            amount,
            currency,
            type_,
            description,
            reference_number,
            payment_status,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            statement_transaction_v2.additional_properties = undeclared
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
