from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._decode import Decoded
from .._deviations import (
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    enum_or_deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.bank_transaction_payment_status import BankTransactionPaymentStatus
from ..models.bank_transaction_type import BankTransactionType
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_extractions_v2 import AgentExtractionsV2
    from ..models.agent_metrics_v2 import AgentMetricsV2
    from ..models.counterparty_info import CounterpartyInfo


T = TypeVar("T", bound="BankTransactionV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BankTransactionV2"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "modified_at",
        "id",
        "timestamp",
        "account_mask",
        "account_id",
        "reference_number",
        "description",
        "posted",
        "amount",
        "currency",
        "type",
        "agent_extractions",
        "agent_metrics",
        "payment_status",
        "is_payment",
        "non_payment_reason",
        "total_allocated",
        "counterparty_info",
        "has_remittance",
        "object",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.agent_extractions_v2 import AgentExtractionsV2  # noqa: PLC0415
    from ..models.agent_metrics_v2 import AgentMetricsV2  # noqa: PLC0415
    from ..models.counterparty_info import CounterpartyInfo  # noqa: PLC0415

    globals().update(
        AgentExtractionsV2=AgentExtractionsV2,
        AgentMetricsV2=AgentMetricsV2,
        CounterpartyInfo=CounterpartyInfo,
    )
    _references_unresolved = False


@_attrs_define
class BankTransactionV2:
    """A bank transaction as the v2 list and update operations return it. Its money amounts are decimal strings (v1
    `BankTransaction` amounts are numbers). The reference pages do not show this shape's field list, so its required
    flags were not recovered.

        Attributes:
            created_at (datetime.datetime | None | Unset):
            modified_at (datetime.datetime | None | Unset):
            id (None | str | Unset):
            timestamp (datetime.datetime | None | Unset):
            account_mask (None | str | Unset):
            account_id (None | str | Unset):
            reference_number (None | str | Unset):
            description (None | str | Unset):
            posted (bool | None | Unset):
            amount (None | str | Unset):
            currency (Currency | None | Unset):
            type_ (BankTransactionType | None | Unset):
            agent_extractions (AgentExtractionsV2 | None | Unset):
            agent_metrics (AgentMetricsV2 | None | Unset):
            payment_status (BankTransactionPaymentStatus | None | Unset):
            is_payment (bool | None | Unset):
            non_payment_reason (None | str | Unset):
            total_allocated (None | str | Unset):
            counterparty_info (CounterpartyInfo | None | Unset):
            has_remittance (bool | None | Unset):
            object_ (None | str | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    id: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    account_mask: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    posted: bool | None | Unset = UNSET
    amount: None | str | Unset = UNSET
    currency: Currency | None | Unset = UNSET
    type_: BankTransactionType | None | Unset = UNSET
    agent_extractions: AgentExtractionsV2 | None | Unset = UNSET
    agent_metrics: AgentMetricsV2 | None | Unset = UNSET
    payment_status: BankTransactionPaymentStatus | None | Unset = UNSET
    is_payment: bool | None | Unset = UNSET
    non_payment_reason: None | str | Unset = UNSET
    total_allocated: None | str | Unset = UNSET
    counterparty_info: CounterpartyInfo | None | Unset = UNSET
    has_remittance: bool | None | Unset = UNSET
    object_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp

        else:
            timestamp = self.timestamp

        account_mask: None | str | Unset
        if isinstance(self.account_mask, Unset):
            account_mask = UNSET
        else:
            account_mask = self.account_mask

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        posted: bool | None | Unset
        if isinstance(self.posted, Unset):
            posted = UNSET
        else:
            posted = self.posted

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, Currency):
            currency = self.currency.value if isinstance(self.currency, Currency) else self.currency

        else:
            currency = self.currency

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, BankTransactionType):
            type_ = self.type_.value if isinstance(self.type_, BankTransactionType) else self.type_

        else:
            type_ = self.type_

        agent_extractions: dict[str, Any] | None | Unset
        if isinstance(self.agent_extractions, Unset):
            agent_extractions = UNSET
        elif isinstance(self.agent_extractions, AgentExtractionsV2):
            agent_extractions = (
                self.agent_extractions.to_dict()
                if isinstance(self.agent_extractions, AgentExtractionsV2)
                else self.agent_extractions
            )

        else:
            agent_extractions = self.agent_extractions

        agent_metrics: dict[str, Any] | None | Unset
        if isinstance(self.agent_metrics, Unset):
            agent_metrics = UNSET
        elif isinstance(self.agent_metrics, AgentMetricsV2):
            agent_metrics = (
                self.agent_metrics.to_dict() if isinstance(self.agent_metrics, AgentMetricsV2) else self.agent_metrics
            )

        else:
            agent_metrics = self.agent_metrics

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

        total_allocated: None | str | Unset
        if isinstance(self.total_allocated, Unset):
            total_allocated = UNSET
        else:
            total_allocated = self.total_allocated

        counterparty_info: dict[str, Any] | None | Unset
        if isinstance(self.counterparty_info, Unset):
            counterparty_info = UNSET
        elif isinstance(self.counterparty_info, CounterpartyInfo):
            counterparty_info = (
                self.counterparty_info.to_dict()
                if isinstance(self.counterparty_info, CounterpartyInfo)
                else self.counterparty_info
            )

        else:
            counterparty_info = self.counterparty_info

        has_remittance: bool | None | Unset
        if isinstance(self.has_remittance, Unset):
            has_remittance = UNSET
        else:
            has_remittance = self.has_remittance

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if account_mask is not UNSET:
            field_dict["account_mask"] = account_mask
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if description is not UNSET:
            field_dict["description"] = description
        if posted is not UNSET:
            field_dict["posted"] = posted
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if type_ is not UNSET:
            field_dict["type"] = type_
        if agent_extractions is not UNSET:
            field_dict["agent_extractions"] = agent_extractions
        if agent_metrics is not UNSET:
            field_dict["agent_metrics"] = agent_metrics
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if is_payment is not UNSET:
            field_dict["is_payment"] = is_payment
        if non_payment_reason is not UNSET:
            field_dict["non_payment_reason"] = non_payment_reason
        if total_allocated is not UNSET:
            field_dict["total_allocated"] = total_allocated
        if counterparty_info is not UNSET:
            field_dict["counterparty_info"] = counterparty_info
        if has_remittance is not UNSET:
            field_dict["has_remittance"] = has_remittance
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:
        if _references_unresolved:
            _resolve_references()

        # stuut: refuse anything but an object, and name the field that does not fit.
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        get = src_dict.get
        _field = ""
        try:
            _field = "created_at"
            created_at: datetime.datetime | None | Unset
            _created_at_data = get("created_at", UNSET)
            if isinstance(_created_at_data, str):
                try:
                    created_at_type_0 = datetime.datetime.fromisoformat(_created_at_data)
                except (TypeError, ValueError):
                    created_at_type_0 = datetime_or_deviation(_created_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_created_at_data):
                        created_at_type_0 = datetime_or_deviation(_created_at_data, src_dict, _field, _SCHEMA)

                created_at = created_at_type_0
            elif _created_at_data is None or _created_at_data is UNSET:
                created_at = _created_at_data
            else:
                created_at = deviation(_created_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "modified_at"
            modified_at: datetime.datetime | None | Unset
            _modified_at_data = get("modified_at", UNSET)
            if isinstance(_modified_at_data, str):
                try:
                    modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at_data)
                except (TypeError, ValueError):
                    modified_at_type_0 = datetime_or_deviation(_modified_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_modified_at_data):
                        modified_at_type_0 = datetime_or_deviation(_modified_at_data, src_dict, _field, _SCHEMA)

                modified_at = modified_at_type_0
            elif _modified_at_data is None or _modified_at_data is UNSET:
                modified_at = _modified_at_data
            else:
                modified_at = deviation(_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "account_mask"
            account_mask: None | str | Unset
            _account_mask_data = get("account_mask", UNSET)
            if isinstance(_account_mask_data, str):
                account_mask = _account_mask_data
            elif _account_mask_data is None or _account_mask_data is UNSET:
                account_mask = _account_mask_data
            else:
                account_mask = deviation(_account_mask_data, "a string", src_dict, _field, _SCHEMA)

            _field = "account_id"
            account_id: None | str | Unset
            _account_id_data = get("account_id", UNSET)
            if isinstance(_account_id_data, str):
                account_id = _account_id_data
            elif _account_id_data is None or _account_id_data is UNSET:
                account_id = _account_id_data
            else:
                account_id = deviation(_account_id_data, "a string", src_dict, _field, _SCHEMA)

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
            description: None | str | Unset
            _description_data = get("description", UNSET)
            if isinstance(_description_data, str):
                description = _description_data
            elif _description_data is None or _description_data is UNSET:
                description = _description_data
            else:
                description = deviation(_description_data, "a string", src_dict, _field, _SCHEMA)

            _field = "posted"
            posted: bool | None | Unset
            _posted_data = get("posted", UNSET)
            if isinstance(_posted_data, bool):
                posted = _posted_data
            elif _posted_data is None or _posted_data is UNSET:
                posted = _posted_data
            else:
                posted = deviation(_posted_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "amount"
            amount: None | str | Unset
            _amount_data = get("amount", UNSET)
            if isinstance(_amount_data, str):
                amount = _amount_data
            elif _amount_data is None or _amount_data is UNSET:
                amount = _amount_data
            else:
                amount = deviation(_amount_data, "a string", src_dict, _field, _SCHEMA)

            _field = "currency"
            currency: Currency | None | Unset
            _currency_data = get("currency", UNSET)
            if isinstance(_currency_data, str):
                _currency_type_0 = _currency_data
                currency_type_0 = (
                    Currency._by_value.get(_currency_type_0) if _currency_type_0.__class__ is str else None
                ) or enum_or_deviation(Currency, _currency_type_0, src_dict, _field, _SCHEMA)

                currency = currency_type_0
            elif _currency_data is None or _currency_data is UNSET:
                currency = _currency_data
            else:
                currency = deviation(_currency_data, "Currency", src_dict, _field, _SCHEMA)

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

            _field = "agent_extractions"
            agent_extractions = (
                defer(_parse_agent_extractions, get("agent_extractions", UNSET), src_dict)
                if lazy
                else _parse_agent_extractions(get("agent_extractions", UNSET), False, src_dict)
            )

            _field = "agent_metrics"
            agent_metrics = (
                defer(_parse_agent_metrics, get("agent_metrics", UNSET), src_dict)
                if lazy
                else _parse_agent_metrics(get("agent_metrics", UNSET), False, src_dict)
            )

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

            _field = "total_allocated"
            total_allocated: None | str | Unset
            _total_allocated_data = get("total_allocated", UNSET)
            if isinstance(_total_allocated_data, str):
                total_allocated = _total_allocated_data
            elif _total_allocated_data is None or _total_allocated_data is UNSET:
                total_allocated = _total_allocated_data
            else:
                total_allocated = deviation(_total_allocated_data, "a string", src_dict, _field, _SCHEMA)

            _field = "counterparty_info"
            counterparty_info = (
                defer(_parse_counterparty_info, get("counterparty_info", UNSET), src_dict)
                if lazy
                else _parse_counterparty_info(get("counterparty_info", UNSET), False, src_dict)
            )

            _field = "has_remittance"
            has_remittance: bool | None | Unset
            _has_remittance_data = get("has_remittance", UNSET)
            if isinstance(_has_remittance_data, bool):
                has_remittance = _has_remittance_data
            elif _has_remittance_data is None or _has_remittance_data is UNSET:
                has_remittance = _has_remittance_data
            else:
                has_remittance = deviation(_has_remittance_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "object"
            object_: None | str | Unset
            _object__data = get("object", UNSET)
            if isinstance(_object__data, str):
                object_ = _object__data
            elif _object__data is None or _object__data is UNSET:
                object_ = _object__data
            else:
                object_ = deviation(_object__data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        bank_transaction_v2 = cls(
            created_at,
            modified_at,
            id,
            timestamp,
            account_mask,
            account_id,
            reference_number,
            description,
            posted,
            amount,
            currency,
            type_,
            agent_extractions,
            agent_metrics,
            payment_status,
            is_payment,
            non_payment_reason,
            total_allocated,
            counterparty_info,
            has_remittance,
            object_,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bank_transaction_v2.additional_properties = undeclared
        return bank_transaction_v2

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


def _parse_agent_extractions(_json: Any, lazy: bool, src_dict: Any) -> AgentExtractionsV2 | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "agent_extractions"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    agent_extractions: AgentExtractionsV2 | None | Unset
    _agent_extractions_data = _json
    if isinstance(_agent_extractions_data, dict):
        _agent_extractions_type_0 = _agent_extractions_data
        agent_extractions_type_0 = (
            AgentExtractionsV2.from_dict(_agent_extractions_type_0, lazy=lazy)
            if isinstance(_agent_extractions_type_0, dict)
            else deviation(_agent_extractions_type_0, "an object (AgentExtractionsV2)", src_dict, _field, _SCHEMA)
        )

        agent_extractions = agent_extractions_type_0
    elif _agent_extractions_data is None or _agent_extractions_data is UNSET:
        agent_extractions = _agent_extractions_data
    else:
        agent_extractions = deviation(
            _agent_extractions_data, "an object (AgentExtractionsV2)", src_dict, _field, _SCHEMA
        )

    return agent_extractions


def _parse_agent_metrics(_json: Any, lazy: bool, src_dict: Any) -> AgentMetricsV2 | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "agent_metrics"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    agent_metrics: AgentMetricsV2 | None | Unset
    _agent_metrics_data = _json
    if isinstance(_agent_metrics_data, dict):
        _agent_metrics_type_0 = _agent_metrics_data
        agent_metrics_type_0 = (
            AgentMetricsV2.from_dict(_agent_metrics_type_0, lazy=lazy)
            if isinstance(_agent_metrics_type_0, dict)
            else deviation(_agent_metrics_type_0, "an object (AgentMetricsV2)", src_dict, _field, _SCHEMA)
        )

        agent_metrics = agent_metrics_type_0
    elif _agent_metrics_data is None or _agent_metrics_data is UNSET:
        agent_metrics = _agent_metrics_data
    else:
        agent_metrics = deviation(_agent_metrics_data, "an object (AgentMetricsV2)", src_dict, _field, _SCHEMA)

    return agent_metrics


def _parse_counterparty_info(_json: Any, lazy: bool, src_dict: Any) -> CounterpartyInfo | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "counterparty_info"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    counterparty_info: CounterpartyInfo | None | Unset
    _counterparty_info_data = _json
    if isinstance(_counterparty_info_data, dict):
        _counterparty_info_type_0 = _counterparty_info_data
        counterparty_info_type_0 = (
            CounterpartyInfo.from_dict(_counterparty_info_type_0, lazy=lazy)
            if isinstance(_counterparty_info_type_0, dict)
            else deviation(_counterparty_info_type_0, "an object (CounterpartyInfo)", src_dict, _field, _SCHEMA)
        )

        counterparty_info = counterparty_info_type_0
    elif _counterparty_info_data is None or _counterparty_info_data is UNSET:
        counterparty_info = _counterparty_info_data
    else:
        counterparty_info = deviation(
            _counterparty_info_data, "an object (CounterpartyInfo)", src_dict, _field, _SCHEMA
        )

    return counterparty_info


install_lazy_fields(
    BankTransactionV2,
    (
        "agent_extractions",
        "agent_metrics",
        "counterparty_info",
    ),
)


install_undeclared_on_demand(BankTransactionV2)
