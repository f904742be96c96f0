from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.bank_transaction_payment_status import BankTransactionPaymentStatus
from ..models.bank_transaction_type import BankTransactionType
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_extractions_v2 import AgentExtractionsV2
    from ..models.agent_metrics_v2 import AgentMetricsV2
    from ..models.counterparty_info import CounterpartyInfo


T = TypeVar("T", bound="BankTransactionV2")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_extractions_v2 import AgentExtractionsV2  # noqa: PLC0415
        from ..models.agent_metrics_v2 import AgentMetricsV2  # noqa: PLC0415
        from ..models.counterparty_info import CounterpartyInfo  # noqa: PLC0415

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
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
            timestamp = self.timestamp.isoformat()
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
            currency = self.currency.value
        else:
            currency = self.currency

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, BankTransactionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        agent_extractions: dict[str, Any] | None | Unset
        if isinstance(self.agent_extractions, Unset):
            agent_extractions = UNSET
        elif isinstance(self.agent_extractions, AgentExtractionsV2):
            agent_extractions = self.agent_extractions.to_dict()
        else:
            agent_extractions = self.agent_extractions

        agent_metrics: dict[str, Any] | None | Unset
        if isinstance(self.agent_metrics, Unset):
            agent_metrics = UNSET
        elif isinstance(self.agent_metrics, AgentMetricsV2):
            agent_metrics = self.agent_metrics.to_dict()
        else:
            agent_metrics = self.agent_metrics

        payment_status: None | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        elif isinstance(self.payment_status, BankTransactionPaymentStatus):
            payment_status = self.payment_status.value
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
            counterparty_info = self.counterparty_info.to_dict()
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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_extractions_v2 import AgentExtractionsV2  # noqa: PLC0415
        from ..models.agent_metrics_v2 import AgentMetricsV2  # noqa: PLC0415
        from ..models.counterparty_info import CounterpartyInfo  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0

            created_at = _parse_created_at(d.pop("created_at", UNSET))

            _field = "modified_at"

            def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                modified_at_type_0 = parse_datetime(data)

                return modified_at_type_0

            modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

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

            _field = "currency"

            def _parse_currency(data: object) -> Currency | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected Currency, got {type(data).__name__}")
                currency_type_0 = Currency(data)

                return currency_type_0

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

            _field = "agent_extractions"

            def _parse_agent_extractions(data: object) -> AgentExtractionsV2 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected AgentExtractionsV2, got {type(data).__name__}")
                agent_extractions_type_0 = AgentExtractionsV2.from_dict(data)

                return agent_extractions_type_0

            agent_extractions = _parse_agent_extractions(d.pop("agent_extractions", UNSET))

            _field = "agent_metrics"

            def _parse_agent_metrics(data: object) -> AgentMetricsV2 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected AgentMetricsV2, got {type(data).__name__}")
                agent_metrics_type_0 = AgentMetricsV2.from_dict(data)

                return agent_metrics_type_0

            agent_metrics = _parse_agent_metrics(d.pop("agent_metrics", UNSET))

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
        bank_transaction_v2 = cls(
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
            currency=currency,
            type_=type_,
            agent_extractions=agent_extractions,
            agent_metrics=agent_metrics,
            payment_status=payment_status,
            is_payment=is_payment,
            non_payment_reason=non_payment_reason,
            total_allocated=total_allocated,
            counterparty_info=counterparty_info,
            has_remittance=has_remittance,
            object_=object_,
        )

        bank_transaction_v2.additional_properties = d
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
