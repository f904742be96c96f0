from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.currency import Currency
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_transaction import BankTransaction
    from ..models.payment_allocation import PaymentAllocation


T = TypeVar("T", bound="PaymentDetail")


@_attrs_define
class PaymentDetail:
    """A payment as the payment operations return it, with its allocations and bank transaction embedded. Invoices embed
    the smaller `Payment` shape. The reference pages' examples of this object were cut off inside `bank_transaction`;
    further fields exist but were not recovered.

        Attributes:
            amount (float):
            currency (Currency): ISO 4217 currency code. The reference page shows only the first value, `ADP` (a withdrawn
                code, so the server's list includes historical codes); this list holds the current ISO 4217 codes plus `ADP`.
                Unlisted codes parse as unknown members.
            object_ (str):
            partner_id (str):
            status (PaymentStatus): The reference page shows only the value `pending_match`; the complete list was not
                recovered. Values the server sends that are not listed here parse as unknown members (see the client's tolerant
                enums).
            timestamp (datetime.datetime):
            id (None | str | Unset):
            agent_confidence_reason (None | str | Unset):
            agent_confidence_score (float | None | Unset):
            agent_error_code (None | str | Unset):
            agent_uncertainties (list[str] | None | Unset):
            allocations (list[PaymentAllocation] | None | Unset):
            amount_refunded (float | None | Unset):
            bank_transaction (BankTransaction | None | Unset):
    """

    amount: float
    currency: Currency
    object_: str
    partner_id: str
    status: PaymentStatus
    timestamp: datetime.datetime
    id: None | str | Unset = UNSET
    agent_confidence_reason: None | str | Unset = UNSET
    agent_confidence_score: float | None | Unset = UNSET
    agent_error_code: None | str | Unset = UNSET
    agent_uncertainties: list[str] | None | Unset = UNSET
    allocations: list[PaymentAllocation] | None | Unset = UNSET
    amount_refunded: float | None | Unset = UNSET
    bank_transaction: BankTransaction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bank_transaction import BankTransaction  # noqa: PLC0415

        amount = self.amount

        currency = self.currency.value

        object_ = self.object_

        partner_id = self.partner_id

        status = self.status.value

        timestamp = self.timestamp.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        agent_confidence_reason: None | str | Unset
        if isinstance(self.agent_confidence_reason, Unset):
            agent_confidence_reason = UNSET
        else:
            agent_confidence_reason = self.agent_confidence_reason

        agent_confidence_score: float | None | Unset
        if isinstance(self.agent_confidence_score, Unset):
            agent_confidence_score = UNSET
        else:
            agent_confidence_score = self.agent_confidence_score

        agent_error_code: None | str | Unset
        if isinstance(self.agent_error_code, Unset):
            agent_error_code = UNSET
        else:
            agent_error_code = self.agent_error_code

        agent_uncertainties: list[str] | None | Unset
        if isinstance(self.agent_uncertainties, Unset):
            agent_uncertainties = UNSET
        elif isinstance(self.agent_uncertainties, list):
            agent_uncertainties = self.agent_uncertainties

        else:
            agent_uncertainties = self.agent_uncertainties

        allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.allocations, Unset):
            allocations = UNSET
        elif isinstance(self.allocations, list):
            allocations = []
            for allocations_type_0_item_data in self.allocations:
                allocations_type_0_item = allocations_type_0_item_data.to_dict()
                allocations.append(allocations_type_0_item)

        else:
            allocations = self.allocations

        amount_refunded: float | None | Unset
        if isinstance(self.amount_refunded, Unset):
            amount_refunded = UNSET
        else:
            amount_refunded = self.amount_refunded

        bank_transaction: dict[str, Any] | None | Unset
        if isinstance(self.bank_transaction, Unset):
            bank_transaction = UNSET
        elif isinstance(self.bank_transaction, BankTransaction):
            bank_transaction = self.bank_transaction.to_dict()
        else:
            bank_transaction = self.bank_transaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "object": object_,
                "partner_id": partner_id,
                "status": status,
                "timestamp": timestamp,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if agent_confidence_reason is not UNSET:
            field_dict["agent_confidence_reason"] = agent_confidence_reason
        if agent_confidence_score is not UNSET:
            field_dict["agent_confidence_score"] = agent_confidence_score
        if agent_error_code is not UNSET:
            field_dict["agent_error_code"] = agent_error_code
        if agent_uncertainties is not UNSET:
            field_dict["agent_uncertainties"] = agent_uncertainties
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if amount_refunded is not UNSET:
            field_dict["amount_refunded"] = amount_refunded
        if bank_transaction is not UNSET:
            field_dict["bank_transaction"] = bank_transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_transaction import BankTransaction  # noqa: PLC0415
        from ..models.payment_allocation import PaymentAllocation  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount"
            amount = d.pop("amount")
            if not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
                raise TypeError(f"expected a number, got {type(amount).__name__}")

            _field = "currency"
            currency = Currency(d.pop("currency"))

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "partner_id"
            partner_id = d.pop("partner_id")
            if not (isinstance(partner_id, str)):
                raise TypeError(f"expected a string, got {type(partner_id).__name__}")

            _field = "status"
            status = PaymentStatus(d.pop("status"))

            _field = "timestamp"
            timestamp = parse_datetime(d.pop("timestamp"))

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

            _field = "agent_confidence_reason"

            def _parse_agent_confidence_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            agent_confidence_reason = _parse_agent_confidence_reason(d.pop("agent_confidence_reason", UNSET))

            _field = "agent_confidence_score"

            def _parse_agent_confidence_score(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            agent_confidence_score = _parse_agent_confidence_score(d.pop("agent_confidence_score", UNSET))

            _field = "agent_error_code"

            def _parse_agent_error_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            agent_error_code = _parse_agent_error_code(d.pop("agent_error_code", UNSET))

            _field = "agent_uncertainties"

            def _parse_agent_uncertainties(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _agent_uncertainties_type_0 = data
                if not isinstance(_agent_uncertainties_type_0, list):
                    raise TypeError(f"expected an array, got {type(_agent_uncertainties_type_0).__name__}")
                agent_uncertainties_type_0 = _agent_uncertainties_type_0

                return agent_uncertainties_type_0

            agent_uncertainties = _parse_agent_uncertainties(d.pop("agent_uncertainties", UNSET))

            _field = "allocations"

            def _parse_allocations(data: object) -> list[PaymentAllocation] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _allocations_type_0 = data
                if not isinstance(_allocations_type_0, list):
                    raise TypeError(f"expected an array, got {type(_allocations_type_0).__name__}")
                allocations_type_0 = []
                for _allocations_type_0_index, allocations_type_0_item_data in enumerate(_allocations_type_0):
                    try:
                        allocations_type_0_item = PaymentAllocation.from_dict(allocations_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_allocations_type_0_index,)
                        ) from _parse_failure
                    allocations_type_0.append(allocations_type_0_item)

                return allocations_type_0

            allocations = _parse_allocations(d.pop("allocations", UNSET))

            _field = "amount_refunded"

            def _parse_amount_refunded(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            amount_refunded = _parse_amount_refunded(d.pop("amount_refunded", UNSET))

            _field = "bank_transaction"

            def _parse_bank_transaction(data: object) -> BankTransaction | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected BankTransaction, got {type(data).__name__}")
                bank_transaction_type_0 = BankTransaction.from_dict(data)

                return bank_transaction_type_0

            bank_transaction = _parse_bank_transaction(d.pop("bank_transaction", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        payment_detail = cls(
            amount=amount,
            currency=currency,
            object_=object_,
            partner_id=partner_id,
            status=status,
            timestamp=timestamp,
            id=id,
            agent_confidence_reason=agent_confidence_reason,
            agent_confidence_score=agent_confidence_score,
            agent_error_code=agent_error_code,
            agent_uncertainties=agent_uncertainties,
            allocations=allocations,
            amount_refunded=amount_refunded,
            bank_transaction=bank_transaction,
        )

        payment_detail.additional_properties = d
        return payment_detail

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
