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
from ..models.bank_transaction_payment_status import BankTransactionPaymentStatus
from ..models.bank_transaction_type import BankTransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatementTransactionV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "StatementTransactionV2"

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

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
            timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp

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
            type_ = self.type_.value if isinstance(self.type_, BankTransactionType) else self.type_

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
            payment_status = (
                self.payment_status.value
                if isinstance(self.payment_status, BankTransactionPaymentStatus)
                else self.payment_status
            )

        else:
            payment_status = self.payment_status

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "account_id"
            account_id: None | str | Unset
            _account_id_data = get("account_id", UNSET)
            if isinstance(_account_id_data, str):
                account_id = _account_id_data
            elif _account_id_data is None or _account_id_data is UNSET:
                account_id = _account_id_data
            else:
                account_id = deviation(_account_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "amount"
            amount: float | None | Unset
            _amount_data = get("amount", UNSET)
            if isinstance(_amount_data, (int, float)) and not isinstance(_amount_data, bool):
                amount = _amount_data
            elif _amount_data is None or _amount_data is UNSET:
                amount = _amount_data
            else:
                amount = deviation(_amount_data, "a number", src_dict, _field, _SCHEMA)

            _field = "currency"
            currency: None | str | Unset
            _currency_data = get("currency", UNSET)
            if isinstance(_currency_data, str):
                currency = _currency_data
            elif _currency_data is None or _currency_data is UNSET:
                currency = _currency_data
            else:
                currency = deviation(_currency_data, "a string", src_dict, _field, _SCHEMA)

            _field = "type"
            type_: BankTransactionType | None | Unset
            _type__data = get("type", UNSET)
            if isinstance(_type__data, str):
                _type_type_0 = _type__data
                type_type_0 = (
                    BankTransactionType._by_value.get(_type_type_0) if _type_type_0.__class__ is str else None
                ) or enum_or_deviation(BankTransactionType, _type_type_0, src_dict, _field, _SCHEMA)

                type_ = type_type_0
            elif _type__data is None or _type__data is UNSET:
                type_ = _type__data
            else:
                type_ = deviation(_type__data, "BankTransactionType", src_dict, _field, _SCHEMA)

            _field = "description"
            description: None | str | Unset
            _description_data = get("description", UNSET)
            if isinstance(_description_data, str):
                description = _description_data
            elif _description_data is None or _description_data is UNSET:
                description = _description_data
            else:
                description = deviation(_description_data, "a string", src_dict, _field, _SCHEMA)

            _field = "reference_number"
            reference_number: None | str | Unset
            _reference_number_data = get("reference_number", UNSET)
            if isinstance(_reference_number_data, str):
                reference_number = _reference_number_data
            elif _reference_number_data is None or _reference_number_data is UNSET:
                reference_number = _reference_number_data
            else:
                reference_number = deviation(_reference_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "payment_status"
            payment_status: BankTransactionPaymentStatus | None | Unset
            _payment_status_data = get("payment_status", UNSET)
            if isinstance(_payment_status_data, str):
                _payment_status_type_0 = _payment_status_data
                payment_status_type_0 = (
                    BankTransactionPaymentStatus._by_value.get(_payment_status_type_0)
                    if _payment_status_type_0.__class__ is str
                    else None
                ) or enum_or_deviation(BankTransactionPaymentStatus, _payment_status_type_0, src_dict, _field, _SCHEMA)

                payment_status = payment_status_type_0
            elif _payment_status_data is None or _payment_status_data is UNSET:
                payment_status = _payment_status_data
            else:
                payment_status = deviation(
                    _payment_status_data, "BankTransactionPaymentStatus", src_dict, _field, _SCHEMA
                )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
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


install_undeclared_on_demand(StatementTransactionV2)
