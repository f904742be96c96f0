from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_extractions_detail_v2 import AgentExtractionsDetailV2
    from ..models.agent_metrics_detail_v2 import AgentMetricsDetailV2
    from ..models.counterparty_info import CounterpartyInfo
    from ..models.payout import Payout


T = TypeVar("T", bound="BankTransactionDetailV2")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_extractions_detail_v2 import AgentExtractionsDetailV2  # noqa: PLC0415
        from ..models.agent_metrics_detail_v2 import AgentMetricsDetailV2  # noqa: PLC0415
        from ..models.counterparty_info import CounterpartyInfo  # noqa: PLC0415
        from ..models.payout import Payout  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        modified_at: None | str
        if isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        id = self.id

        timestamp = self.timestamp.isoformat()

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
            agent_extractions = self.agent_extractions.to_dict()
        else:
            agent_extractions = self.agent_extractions

        agent_metrics: dict[str, Any] | None | Unset
        if isinstance(self.agent_metrics, Unset):
            agent_metrics = UNSET
        elif isinstance(self.agent_metrics, AgentMetricsDetailV2):
            agent_metrics = self.agent_metrics.to_dict()
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
            counterparty_info = self.counterparty_info.to_dict()
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
            payout = self.payout.to_dict()
        else:
            payout = self.payout

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_extractions_detail_v2 import AgentExtractionsDetailV2  # noqa: PLC0415
        from ..models.agent_metrics_detail_v2 import AgentMetricsDetailV2  # noqa: PLC0415
        from ..models.counterparty_info import CounterpartyInfo  # noqa: PLC0415
        from ..models.payout import Payout  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = parse_datetime(d.pop("created_at"))

            _field = "modified_at"

            def _parse_modified_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                modified_at_type_0 = parse_datetime(data)

                return modified_at_type_0

            modified_at = _parse_modified_at(d.pop("modified_at"))

            _field = "id"
            id = d.pop("id")
            if not (isinstance(id, str)):
                raise TypeError(f"expected a string, got {type(id).__name__}")

            _field = "timestamp"
            timestamp = parse_datetime(d.pop("timestamp"))

            _field = "account_mask"

            def _parse_account_mask(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            account_mask = _parse_account_mask(d.pop("account_mask", UNSET))

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

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            description = _parse_description(d.pop("description", UNSET))

            _field = "posted"

            def _parse_posted(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            posted = _parse_posted(d.pop("posted", UNSET))

            _field = "amount"

            def _parse_amount(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            amount = _parse_amount(d.pop("amount", UNSET))

            _field = "agent_extractions"

            def _parse_agent_extractions(data: object) -> AgentExtractionsDetailV2 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected AgentExtractionsDetailV2, got {type(data).__name__}")
                agent_extractions_type_0 = AgentExtractionsDetailV2.from_dict(data)

                return agent_extractions_type_0

            agent_extractions = _parse_agent_extractions(d.pop("agent_extractions", UNSET))

            _field = "agent_metrics"

            def _parse_agent_metrics(data: object) -> AgentMetricsDetailV2 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected AgentMetricsDetailV2, got {type(data).__name__}")
                agent_metrics_type_0 = AgentMetricsDetailV2.from_dict(data)

                return agent_metrics_type_0

            agent_metrics = _parse_agent_metrics(d.pop("agent_metrics", UNSET))

            _field = "is_agent_processing"

            def _parse_is_agent_processing(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_agent_processing = _parse_is_agent_processing(d.pop("is_agent_processing", UNSET))

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

            _field = "total_allocated"

            def _parse_total_allocated(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            total_allocated = _parse_total_allocated(d.pop("total_allocated", UNSET))

            _field = "amount_handled_outside"

            def _parse_amount_handled_outside(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            amount_handled_outside = _parse_amount_handled_outside(d.pop("amount_handled_outside", UNSET))

            _field = "handled_outside_reason"

            def _parse_handled_outside_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            handled_outside_reason = _parse_handled_outside_reason(d.pop("handled_outside_reason", UNSET))

            _field = "counterparty_info"

            def _parse_counterparty_info(data: object) -> CounterpartyInfo | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected CounterpartyInfo, got {type(data).__name__}")
                counterparty_info_type_0 = CounterpartyInfo.from_dict(data)

                return counterparty_info_type_0

            counterparty_info = _parse_counterparty_info(d.pop("counterparty_info", UNSET))

            _field = "has_remittance"

            def _parse_has_remittance(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            has_remittance = _parse_has_remittance(d.pop("has_remittance", UNSET))

            _field = "has_on_account"

            def _parse_has_on_account(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            has_on_account = _parse_has_on_account(d.pop("has_on_account", UNSET))

            _field = "has_fx_payments"

            def _parse_has_fx_payments(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            has_fx_payments = _parse_has_fx_payments(d.pop("has_fx_payments", UNSET))

            _field = "has_posting_errors"

            def _parse_has_posting_errors(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            has_posting_errors = _parse_has_posting_errors(d.pop("has_posting_errors", UNSET))

            _field = "payout"

            def _parse_payout(data: object) -> None | Payout | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Payout, got {type(data).__name__}")
                payout_type_0 = Payout.from_dict(data)

                return payout_type_0

            payout = _parse_payout(d.pop("payout", UNSET))

            _field = "object"

            def _parse_object_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            object_ = _parse_object_(d.pop("object", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        bank_transaction_detail_v2 = cls(
            created_at=created_at,
            modified_at=modified_at,
            id=id,
            timestamp=timestamp,
            account_mask=account_mask,
            account_id=account_id,
            reference_number=reference_number,
            description=description,
            posted=posted,
            amount=amount,
            agent_extractions=agent_extractions,
            agent_metrics=agent_metrics,
            is_agent_processing=is_agent_processing,
            is_payment=is_payment,
            non_payment_reason=non_payment_reason,
            total_allocated=total_allocated,
            amount_handled_outside=amount_handled_outside,
            handled_outside_reason=handled_outside_reason,
            counterparty_info=counterparty_info,
            has_remittance=has_remittance,
            has_on_account=has_on_account,
            has_fx_payments=has_fx_payments,
            has_posting_errors=has_posting_errors,
            payout=payout,
            object_=object_,
        )

        bank_transaction_detail_v2.additional_properties = d
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
