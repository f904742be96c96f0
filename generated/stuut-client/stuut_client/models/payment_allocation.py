from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.allocation_strategy import AllocationStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_allocation_invoice import PaymentAllocationInvoice


T = TypeVar("T", bound="PaymentAllocation")


@_attrs_define
class PaymentAllocation:
    """The part of a payment allocated to one invoice.

    Attributes:
        amount (float):
        invoice_id (str):
        object_ (str):
        payment_id (str):
        strategy (AllocationStrategy): The reference page shows only the value `automatic`; the complete list was not
            recovered. Values the server sends that are not listed here parse as unknown members (see the client's tolerant
            enums).
        id (None | str | Unset):
        agent_confidence_reason (None | str | Unset):
        agent_confidence_score (float | None | Unset):
        agent_error_code (None | str | Unset):
        agent_uncertainties (list[str] | None | Unset):
        approved (bool | None | Unset):
        approved_at (datetime.datetime | None | Unset):
        approver_id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        invoice (None | PaymentAllocationInvoice | Unset):
        modified_at (datetime.datetime | None | Unset):
        remote_id (None | str | Unset):
    """

    amount: float
    invoice_id: str
    object_: str
    payment_id: str
    strategy: AllocationStrategy
    id: None | str | Unset = UNSET
    agent_confidence_reason: None | str | Unset = UNSET
    agent_confidence_score: float | None | Unset = UNSET
    agent_error_code: None | str | Unset = UNSET
    agent_uncertainties: list[str] | None | Unset = UNSET
    approved: bool | None | Unset = UNSET
    approved_at: datetime.datetime | None | Unset = UNSET
    approver_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    invoice: None | PaymentAllocationInvoice | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_allocation_invoice import PaymentAllocationInvoice  # noqa: PLC0415

        amount = self.amount

        invoice_id = self.invoice_id

        object_ = self.object_

        payment_id = self.payment_id

        strategy = self.strategy.value

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

        approved: bool | None | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        else:
            approved = self.approved

        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        approver_id: None | str | Unset
        if isinstance(self.approver_id, Unset):
            approver_id = UNSET
        else:
            approver_id = self.approver_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        invoice: dict[str, Any] | None | Unset
        if isinstance(self.invoice, Unset):
            invoice = UNSET
        elif isinstance(self.invoice, PaymentAllocationInvoice):
            invoice = self.invoice.to_dict()
        else:
            invoice = self.invoice

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "invoice_id": invoice_id,
                "object": object_,
                "payment_id": payment_id,
                "strategy": strategy,
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
        if approved is not UNSET:
            field_dict["approved"] = approved
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at
        if approver_id is not UNSET:
            field_dict["approver_id"] = approver_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_allocation_invoice import PaymentAllocationInvoice  # noqa: PLC0415

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

            _field = "invoice_id"
            invoice_id = d.pop("invoice_id")
            if not (isinstance(invoice_id, str)):
                raise TypeError(f"expected a string, got {type(invoice_id).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "payment_id"
            payment_id = d.pop("payment_id")
            if not (isinstance(payment_id, str)):
                raise TypeError(f"expected a string, got {type(payment_id).__name__}")

            _field = "strategy"
            strategy = AllocationStrategy(d.pop("strategy"))

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

            _field = "approved"

            def _parse_approved(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            approved = _parse_approved(d.pop("approved", UNSET))

            _field = "approved_at"

            def _parse_approved_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                approved_at_type_0 = parse_datetime(data)

                return approved_at_type_0

            approved_at = _parse_approved_at(d.pop("approved_at", UNSET))

            _field = "approver_id"

            def _parse_approver_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            approver_id = _parse_approver_id(d.pop("approver_id", UNSET))

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

            _field = "invoice"

            def _parse_invoice(data: object) -> None | PaymentAllocationInvoice | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected PaymentAllocationInvoice, got {type(data).__name__}")
                invoice_type_0 = PaymentAllocationInvoice.from_dict(data)

                return invoice_type_0

            invoice = _parse_invoice(d.pop("invoice", UNSET))

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

            _field = "remote_id"

            def _parse_remote_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        payment_allocation = cls(
            amount=amount,
            invoice_id=invoice_id,
            object_=object_,
            payment_id=payment_id,
            strategy=strategy,
            id=id,
            agent_confidence_reason=agent_confidence_reason,
            agent_confidence_score=agent_confidence_score,
            agent_error_code=agent_error_code,
            agent_uncertainties=agent_uncertainties,
            approved=approved,
            approved_at=approved_at,
            approver_id=approver_id,
            created_at=created_at,
            invoice=invoice,
            modified_at=modified_at,
            remote_id=remote_id,
        )

        payment_allocation.additional_properties = d
        return payment_allocation

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
