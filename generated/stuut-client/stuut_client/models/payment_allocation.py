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
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.allocation_strategy import AllocationStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_allocation_invoice import PaymentAllocationInvoice


T = TypeVar("T", bound="PaymentAllocation")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "PaymentAllocation"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "amount",
        "invoice_id",
        "object",
        "payment_id",
        "strategy",
        "id",
        "agent_confidence_reason",
        "agent_confidence_score",
        "agent_error_code",
        "agent_uncertainties",
        "approved",
        "approved_at",
        "approver_id",
        "created_at",
        "invoice",
        "modified_at",
        "remote_id",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.payment_allocation_invoice import PaymentAllocationInvoice  # noqa: PLC0415

    globals().update(
        PaymentAllocationInvoice=PaymentAllocationInvoice,
    )
    _references_unresolved = False


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        amount = self.amount

        invoice_id = self.invoice_id

        object_ = self.object_

        payment_id = self.payment_id

        strategy = self.strategy.value if isinstance(self.strategy, AllocationStrategy) else self.strategy

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
            approved_at = (
                self.approved_at.isoformat() if isinstance(self.approved_at, datetime.datetime) else self.approved_at
            )

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        invoice: dict[str, Any] | None | Unset
        if isinstance(self.invoice, Unset):
            invoice = UNSET
        elif isinstance(self.invoice, PaymentAllocationInvoice):
            invoice = self.invoice.to_dict() if isinstance(self.invoice, PaymentAllocationInvoice) else self.invoice

        else:
            invoice = self.invoice

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
            _field = "amount"
            amount = get("amount", UNSET)
            if not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
                amount = deviation(amount, "a number", src_dict, _field, _SCHEMA)

            _field = "invoice_id"
            invoice_id = get("invoice_id", UNSET)
            if not (isinstance(invoice_id, str)):
                invoice_id = deviation(invoice_id, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "payment_id"
            payment_id = get("payment_id", UNSET)
            if not (isinstance(payment_id, str)):
                payment_id = deviation(payment_id, "a string", src_dict, _field, _SCHEMA)

            _field = "strategy"
            _strategy = get("strategy", UNSET)
            strategy = (
                AllocationStrategy._by_value.get(_strategy) if _strategy.__class__ is str else None
            ) or enum_or_deviation(AllocationStrategy, _strategy, src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "agent_confidence_reason"
            agent_confidence_reason: None | str | Unset
            _agent_confidence_reason_data = get("agent_confidence_reason", UNSET)
            if isinstance(_agent_confidence_reason_data, str):
                agent_confidence_reason = _agent_confidence_reason_data
            elif _agent_confidence_reason_data is None or _agent_confidence_reason_data is UNSET:
                agent_confidence_reason = _agent_confidence_reason_data
            else:
                agent_confidence_reason = deviation(
                    _agent_confidence_reason_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "agent_confidence_score"
            agent_confidence_score: float | None | Unset
            _agent_confidence_score_data = get("agent_confidence_score", UNSET)
            if isinstance(_agent_confidence_score_data, (int, float)) and not isinstance(
                _agent_confidence_score_data, bool
            ):
                agent_confidence_score = _agent_confidence_score_data
            elif _agent_confidence_score_data is None or _agent_confidence_score_data is UNSET:
                agent_confidence_score = _agent_confidence_score_data
            else:
                agent_confidence_score = deviation(_agent_confidence_score_data, "a number", src_dict, _field, _SCHEMA)

            _field = "agent_error_code"
            agent_error_code: None | str | Unset
            _agent_error_code_data = get("agent_error_code", UNSET)
            if isinstance(_agent_error_code_data, str):
                agent_error_code = _agent_error_code_data
            elif _agent_error_code_data is None or _agent_error_code_data is UNSET:
                agent_error_code = _agent_error_code_data
            else:
                agent_error_code = deviation(_agent_error_code_data, "a string", src_dict, _field, _SCHEMA)

            _field = "agent_uncertainties"
            agent_uncertainties: list[str] | None | Unset
            _agent_uncertainties_data = get("agent_uncertainties", UNSET)
            if isinstance(_agent_uncertainties_data, list):
                _agent_uncertainties_type_0 = _agent_uncertainties_data
                agent_uncertainties_type_0: list[str]
                if not isinstance(_agent_uncertainties_type_0, list):
                    agent_uncertainties_type_0 = deviation(
                        _agent_uncertainties_type_0, "an array", src_dict, _field, _SCHEMA
                    )
                else:
                    agent_uncertainties_type_0 = _agent_uncertainties_type_0
                    for _agent_uncertainties_type_0_index, _agent_uncertainties_type_0_item in enumerate(
                        _agent_uncertainties_type_0
                    ):
                        if not (isinstance(_agent_uncertainties_type_0_item, str)):
                            try:
                                deviation(
                                    _agent_uncertainties_type_0_item,
                                    "a string",
                                    _agent_uncertainties_type_0,
                                    _agent_uncertainties_type_0_index,
                                    _SCHEMA,
                                    _field,
                                )
                            except (KeyError, TypeError, ValueError) as _parse_failure:
                                raise ResponseValidationError.from_exception(
                                    _parse_failure, (_agent_uncertainties_type_0_index,)
                                ) from _parse_failure

                agent_uncertainties = agent_uncertainties_type_0
            elif _agent_uncertainties_data is None or _agent_uncertainties_data is UNSET:
                agent_uncertainties = _agent_uncertainties_data
            else:
                agent_uncertainties = deviation(_agent_uncertainties_data, "an array", src_dict, _field, _SCHEMA)

            _field = "approved"
            approved: bool | None | Unset
            _approved_data = get("approved", UNSET)
            if isinstance(_approved_data, bool):
                approved = _approved_data
            elif _approved_data is None or _approved_data is UNSET:
                approved = _approved_data
            else:
                approved = deviation(_approved_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "approved_at"
            approved_at: datetime.datetime | None | Unset
            _approved_at_data = get("approved_at", UNSET)
            if isinstance(_approved_at_data, str):
                try:
                    approved_at_type_0 = datetime.datetime.fromisoformat(_approved_at_data)
                except (TypeError, ValueError):
                    approved_at_type_0 = datetime_or_deviation(_approved_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_approved_at_data):
                        approved_at_type_0 = datetime_or_deviation(_approved_at_data, src_dict, _field, _SCHEMA)

                approved_at = approved_at_type_0
            elif _approved_at_data is None or _approved_at_data is UNSET:
                approved_at = _approved_at_data
            else:
                approved_at = deviation(_approved_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "approver_id"
            approver_id: None | str | Unset
            _approver_id_data = get("approver_id", UNSET)
            if isinstance(_approver_id_data, str):
                approver_id = _approver_id_data
            elif _approver_id_data is None or _approver_id_data is UNSET:
                approver_id = _approver_id_data
            else:
                approver_id = deviation(_approver_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "invoice"
            invoice = (
                defer(_parse_invoice, get("invoice", UNSET), src_dict)
                if lazy
                else _parse_invoice(get("invoice", UNSET), False, src_dict)
            )

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

            _field = "remote_id"
            remote_id: None | str | Unset
            _remote_id_data = get("remote_id", UNSET)
            if isinstance(_remote_id_data, str):
                remote_id = _remote_id_data
            elif _remote_id_data is None or _remote_id_data is UNSET:
                remote_id = _remote_id_data
            else:
                remote_id = deviation(_remote_id_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        payment_allocation = cls(
            amount,
            invoice_id,
            object_,
            payment_id,
            strategy,
            id,
            agent_confidence_reason,
            agent_confidence_score,
            agent_error_code,
            agent_uncertainties,
            approved,
            approved_at,
            approver_id,
            created_at,
            invoice,
            modified_at,
            remote_id,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(payment_allocation, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            payment_allocation.additional_properties = undeclared
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


def _parse_invoice(_json: Any, lazy: bool, src_dict: Any) -> None | PaymentAllocationInvoice | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "invoice"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    invoice: None | PaymentAllocationInvoice | Unset
    _invoice_data = _json
    if isinstance(_invoice_data, dict):
        _invoice_type_0 = _invoice_data
        invoice_type_0 = (
            PaymentAllocationInvoice.from_dict(_invoice_type_0, lazy=lazy)
            if isinstance(_invoice_type_0, dict)
            else deviation(_invoice_type_0, "an object (PaymentAllocationInvoice)", src_dict, _field, _SCHEMA)
        )

        invoice = invoice_type_0
    elif _invoice_data is None or _invoice_data is UNSET:
        invoice = _invoice_data
    else:
        invoice = deviation(_invoice_data, "an object (PaymentAllocationInvoice)", src_dict, _field, _SCHEMA)

    return invoice


install_lazy_fields(PaymentAllocation, ("invoice",))


install_undeclared_on_demand(PaymentAllocation)
