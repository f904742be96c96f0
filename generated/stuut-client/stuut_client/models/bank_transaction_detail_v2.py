from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._decode import Decoded
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
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_extractions_detail_v2 import AgentExtractionsDetailV2
    from ..models.agent_metrics_detail_v2 import AgentMetricsDetailV2
    from ..models.counterparty_info import CounterpartyInfo
    from ..models.payout import Payout


T = TypeVar("T", bound="BankTransactionDetailV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BankTransactionDetailV2"

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
        "agent_extractions",
        "agent_metrics",
        "is_agent_processing",
        "is_payment",
        "non_payment_reason",
        "total_allocated",
        "amount_handled_outside",
        "handled_outside_reason",
        "counterparty_info",
        "has_remittance",
        "has_on_account",
        "has_fx_payments",
        "has_posting_errors",
        "payout",
        "object",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.agent_extractions_detail_v2 import AgentExtractionsDetailV2  # noqa: PLC0415
    from ..models.agent_metrics_detail_v2 import AgentMetricsDetailV2  # noqa: PLC0415
    from ..models.counterparty_info import CounterpartyInfo  # noqa: PLC0415
    from ..models.payout import Payout  # noqa: PLC0415

    globals().update(
        AgentExtractionsDetailV2=AgentExtractionsDetailV2,
        AgentMetricsDetailV2=AgentMetricsDetailV2,
        CounterpartyInfo=CounterpartyInfo,
        Payout=Payout,
    )
    _references_unresolved = False


@_attrs_define
class BankTransactionDetailV2:
    """Main Bank Transaction detail schema (Get Bank Transaction). Its money amounts are decimal strings. The field list on
    the reference page was cut off after `timestamp`; the flags of the later fields were not recovered.

        Attributes:
            created_at (datetime.datetime):
            modified_at (datetime.datetime | None):
            id (str):
            timestamp (datetime.datetime): If posted, the time the transaction posted. Otherwise the time the tran… (the
                description was cut off on the reference page).
            account_mask (None | str | Unset):
            account_id (None | str | Unset):
            reference_number (None | str | Unset):
            description (None | str | Unset):
            posted (bool | None | Unset):
            amount (None | str | Unset):
            agent_extractions (AgentExtractionsDetailV2 | None | Unset):
            agent_metrics (AgentMetricsDetailV2 | None | Unset):
            is_agent_processing (bool | None | Unset):
            is_payment (bool | None | Unset):
            non_payment_reason (None | str | Unset):
            total_allocated (None | str | Unset):
            amount_handled_outside (None | str | Unset):
            handled_outside_reason (None | str | Unset):
            counterparty_info (CounterpartyInfo | None | Unset):
            has_remittance (bool | None | Unset):
            has_on_account (bool | None | Unset):
            has_fx_payments (bool | None | Unset):
            has_posting_errors (bool | None | Unset):
            payout (None | Payout | Unset):
            object_ (None | str | Unset):
    """

    created_at: datetime.datetime
    modified_at: datetime.datetime | None
    id: str
    timestamp: datetime.datetime
    account_mask: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    posted: bool | None | Unset = UNSET
    amount: None | str | Unset = UNSET
    agent_extractions: AgentExtractionsDetailV2 | None | Unset = UNSET
    agent_metrics: AgentMetricsDetailV2 | None | Unset = UNSET
    is_agent_processing: bool | None | Unset = UNSET
    is_payment: bool | None | Unset = UNSET
    non_payment_reason: None | str | Unset = UNSET
    total_allocated: None | str | Unset = UNSET
    amount_handled_outside: None | str | Unset = UNSET
    handled_outside_reason: None | str | Unset = UNSET
    counterparty_info: CounterpartyInfo | None | Unset = UNSET
    has_remittance: bool | None | Unset = UNSET
    has_on_account: bool | None | Unset = UNSET
    has_fx_payments: bool | None | Unset = UNSET
    has_posting_errors: bool | None | Unset = UNSET
    payout: None | Payout | Unset = UNSET
    object_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        created_at = self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at

        modified_at: None | str
        if isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        id = self.id

        timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp

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

        agent_extractions: dict[str, Any] | None | Unset
        if isinstance(self.agent_extractions, Unset):
            agent_extractions = UNSET
        elif isinstance(self.agent_extractions, AgentExtractionsDetailV2):
            agent_extractions = (
                self.agent_extractions.to_dict()
                if isinstance(self.agent_extractions, AgentExtractionsDetailV2)
                else self.agent_extractions
            )

        else:
            agent_extractions = self.agent_extractions

        agent_metrics: dict[str, Any] | None | Unset
        if isinstance(self.agent_metrics, Unset):
            agent_metrics = UNSET
        elif isinstance(self.agent_metrics, AgentMetricsDetailV2):
            agent_metrics = (
                self.agent_metrics.to_dict()
                if isinstance(self.agent_metrics, AgentMetricsDetailV2)
                else self.agent_metrics
            )

        else:
            agent_metrics = self.agent_metrics

        is_agent_processing: bool | None | Unset
        if isinstance(self.is_agent_processing, Unset):
            is_agent_processing = UNSET
        else:
            is_agent_processing = self.is_agent_processing

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

        amount_handled_outside: None | str | Unset
        if isinstance(self.amount_handled_outside, Unset):
            amount_handled_outside = UNSET
        else:
            amount_handled_outside = self.amount_handled_outside

        handled_outside_reason: None | str | Unset
        if isinstance(self.handled_outside_reason, Unset):
            handled_outside_reason = UNSET
        else:
            handled_outside_reason = self.handled_outside_reason

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

        has_on_account: bool | None | Unset
        if isinstance(self.has_on_account, Unset):
            has_on_account = UNSET
        else:
            has_on_account = self.has_on_account

        has_fx_payments: bool | None | Unset
        if isinstance(self.has_fx_payments, Unset):
            has_fx_payments = UNSET
        else:
            has_fx_payments = self.has_fx_payments

        has_posting_errors: bool | None | Unset
        if isinstance(self.has_posting_errors, Unset):
            has_posting_errors = UNSET
        else:
            has_posting_errors = self.has_posting_errors

        payout: dict[str, Any] | None | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        elif isinstance(self.payout, Payout):
            payout = self.payout.to_dict() if isinstance(self.payout, Payout) else self.payout

        else:
            payout = self.payout

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "created_at": created_at,
                "modified_at": modified_at,
                "id": id,
                "timestamp": timestamp,
            }
        )
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
        if agent_extractions is not UNSET:
            field_dict["agent_extractions"] = agent_extractions
        if agent_metrics is not UNSET:
            field_dict["agent_metrics"] = agent_metrics
        if is_agent_processing is not UNSET:
            field_dict["is_agent_processing"] = is_agent_processing
        if is_payment is not UNSET:
            field_dict["is_payment"] = is_payment
        if non_payment_reason is not UNSET:
            field_dict["non_payment_reason"] = non_payment_reason
        if total_allocated is not UNSET:
            field_dict["total_allocated"] = total_allocated
        if amount_handled_outside is not UNSET:
            field_dict["amount_handled_outside"] = amount_handled_outside
        if handled_outside_reason is not UNSET:
            field_dict["handled_outside_reason"] = handled_outside_reason
        if counterparty_info is not UNSET:
            field_dict["counterparty_info"] = counterparty_info
        if has_remittance is not UNSET:
            field_dict["has_remittance"] = has_remittance
        if has_on_account is not UNSET:
            field_dict["has_on_account"] = has_on_account
        if has_fx_payments is not UNSET:
            field_dict["has_fx_payments"] = has_fx_payments
        if has_posting_errors is not UNSET:
            field_dict["has_posting_errors"] = has_posting_errors
        if payout is not UNSET:
            field_dict["payout"] = payout
        if object_ is not UNSET:
            field_dict["object"] = object_
        if self._missing_fields:
            without_missing(self._missing_fields, field_dict)

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
            try:
                created_at = datetime.datetime.fromisoformat(get("created_at", UNSET))
            except (TypeError, ValueError):
                created_at = datetime_or_deviation(get("created_at", UNSET), src_dict, _field, _SCHEMA)
            else:
                if not has_rfc3339_shape(get("created_at", UNSET)):
                    created_at = datetime_or_deviation(get("created_at", UNSET), src_dict, _field, _SCHEMA)

            _field = "modified_at"
            modified_at: datetime.datetime | None
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
            elif _modified_at_data is None:
                modified_at = _modified_at_data
            else:
                modified_at = deviation(_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "id"
            id = get("id", UNSET)
            if not (isinstance(id, str)):
                id = deviation(id, "a string", src_dict, _field, _SCHEMA)

            _field = "timestamp"
            try:
                timestamp = datetime.datetime.fromisoformat(get("timestamp", UNSET))
            except (TypeError, ValueError):
                timestamp = datetime_or_deviation(get("timestamp", UNSET), src_dict, _field, _SCHEMA)
            else:
                if not has_rfc3339_shape(get("timestamp", UNSET)):
                    timestamp = datetime_or_deviation(get("timestamp", UNSET), src_dict, _field, _SCHEMA)

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

            _field = "is_agent_processing"
            is_agent_processing: bool | None | Unset
            _is_agent_processing_data = get("is_agent_processing", UNSET)
            if isinstance(_is_agent_processing_data, bool):
                is_agent_processing = _is_agent_processing_data
            elif _is_agent_processing_data is None or _is_agent_processing_data is UNSET:
                is_agent_processing = _is_agent_processing_data
            else:
                is_agent_processing = deviation(_is_agent_processing_data, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "amount_handled_outside"
            amount_handled_outside: None | str | Unset
            _amount_handled_outside_data = get("amount_handled_outside", UNSET)
            if isinstance(_amount_handled_outside_data, str):
                amount_handled_outside = _amount_handled_outside_data
            elif _amount_handled_outside_data is None or _amount_handled_outside_data is UNSET:
                amount_handled_outside = _amount_handled_outside_data
            else:
                amount_handled_outside = deviation(_amount_handled_outside_data, "a string", src_dict, _field, _SCHEMA)

            _field = "handled_outside_reason"
            handled_outside_reason: None | str | Unset
            _handled_outside_reason_data = get("handled_outside_reason", UNSET)
            if isinstance(_handled_outside_reason_data, str):
                handled_outside_reason = _handled_outside_reason_data
            elif _handled_outside_reason_data is None or _handled_outside_reason_data is UNSET:
                handled_outside_reason = _handled_outside_reason_data
            else:
                handled_outside_reason = deviation(_handled_outside_reason_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "has_on_account"
            has_on_account: bool | None | Unset
            _has_on_account_data = get("has_on_account", UNSET)
            if isinstance(_has_on_account_data, bool):
                has_on_account = _has_on_account_data
            elif _has_on_account_data is None or _has_on_account_data is UNSET:
                has_on_account = _has_on_account_data
            else:
                has_on_account = deviation(_has_on_account_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "has_fx_payments"
            has_fx_payments: bool | None | Unset
            _has_fx_payments_data = get("has_fx_payments", UNSET)
            if isinstance(_has_fx_payments_data, bool):
                has_fx_payments = _has_fx_payments_data
            elif _has_fx_payments_data is None or _has_fx_payments_data is UNSET:
                has_fx_payments = _has_fx_payments_data
            else:
                has_fx_payments = deviation(_has_fx_payments_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "has_posting_errors"
            has_posting_errors: bool | None | Unset
            _has_posting_errors_data = get("has_posting_errors", UNSET)
            if isinstance(_has_posting_errors_data, bool):
                has_posting_errors = _has_posting_errors_data
            elif _has_posting_errors_data is None or _has_posting_errors_data is UNSET:
                has_posting_errors = _has_posting_errors_data
            else:
                has_posting_errors = deviation(_has_posting_errors_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "payout"
            payout = (
                defer(_parse_payout, get("payout", UNSET), src_dict)
                if lazy
                else _parse_payout(get("payout", UNSET), False, src_dict)
            )

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
        bank_transaction_detail_v2 = cls(
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
            agent_extractions,
            agent_metrics,
            is_agent_processing,
            is_payment,
            non_payment_reason,
            total_allocated,
            amount_handled_outside,
            handled_outside_reason,
            counterparty_info,
            has_remittance,
            has_on_account,
            has_fx_payments,
            has_posting_errors,
            payout,
            object_,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(bank_transaction_detail_v2, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bank_transaction_detail_v2.additional_properties = undeclared
        return bank_transaction_detail_v2

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


def _parse_agent_extractions(_json: Any, lazy: bool, src_dict: Any) -> AgentExtractionsDetailV2 | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "agent_extractions"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    agent_extractions: AgentExtractionsDetailV2 | None | Unset
    _agent_extractions_data = _json
    if isinstance(_agent_extractions_data, dict):
        _agent_extractions_type_0 = _agent_extractions_data
        agent_extractions_type_0 = (
            AgentExtractionsDetailV2.from_dict(_agent_extractions_type_0, lazy=lazy)
            if isinstance(_agent_extractions_type_0, dict)
            else deviation(_agent_extractions_type_0, "an object (AgentExtractionsDetailV2)", src_dict, _field, _SCHEMA)
        )

        agent_extractions = agent_extractions_type_0
    elif _agent_extractions_data is None or _agent_extractions_data is UNSET:
        agent_extractions = _agent_extractions_data
    else:
        agent_extractions = deviation(
            _agent_extractions_data, "an object (AgentExtractionsDetailV2)", src_dict, _field, _SCHEMA
        )

    return agent_extractions


def _parse_agent_metrics(_json: Any, lazy: bool, src_dict: Any) -> AgentMetricsDetailV2 | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "agent_metrics"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    agent_metrics: AgentMetricsDetailV2 | None | Unset
    _agent_metrics_data = _json
    if isinstance(_agent_metrics_data, dict):
        _agent_metrics_type_0 = _agent_metrics_data
        agent_metrics_type_0 = (
            AgentMetricsDetailV2.from_dict(_agent_metrics_type_0, lazy=lazy)
            if isinstance(_agent_metrics_type_0, dict)
            else deviation(_agent_metrics_type_0, "an object (AgentMetricsDetailV2)", src_dict, _field, _SCHEMA)
        )

        agent_metrics = agent_metrics_type_0
    elif _agent_metrics_data is None or _agent_metrics_data is UNSET:
        agent_metrics = _agent_metrics_data
    else:
        agent_metrics = deviation(_agent_metrics_data, "an object (AgentMetricsDetailV2)", src_dict, _field, _SCHEMA)

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


def _parse_payout(_json: Any, lazy: bool, src_dict: Any) -> None | Payout | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "payout"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    payout: None | Payout | Unset
    _payout_data = _json
    if isinstance(_payout_data, dict):
        _payout_type_0 = _payout_data
        payout_type_0 = (
            Payout.from_dict(_payout_type_0, lazy=lazy)
            if isinstance(_payout_type_0, dict)
            else deviation(_payout_type_0, "an object (Payout)", src_dict, _field, _SCHEMA)
        )

        payout = payout_type_0
    elif _payout_data is None or _payout_data is UNSET:
        payout = _payout_data
    else:
        payout = deviation(_payout_data, "an object (Payout)", src_dict, _field, _SCHEMA)

    return payout


install_lazy_fields(
    BankTransactionDetailV2,
    (
        "agent_extractions",
        "agent_metrics",
        "counterparty_info",
        "payout",
    ),
)


install_undeclared_on_demand(BankTransactionDetailV2)
