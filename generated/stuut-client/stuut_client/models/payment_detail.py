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
from ..models.currency import Currency
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_transaction import BankTransaction
    from ..models.payment_allocation import PaymentAllocation


T = TypeVar("T", bound="PaymentDetail")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "PaymentDetail"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "amount",
        "currency",
        "object",
        "partner_id",
        "status",
        "timestamp",
        "id",
        "agent_confidence_reason",
        "agent_confidence_score",
        "agent_error_code",
        "agent_uncertainties",
        "allocations",
        "amount_refunded",
        "bank_transaction",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.bank_transaction import BankTransaction  # noqa: PLC0415
    from ..models.payment_allocation import PaymentAllocation  # noqa: PLC0415

    globals().update(
        BankTransaction=BankTransaction,
        PaymentAllocation=PaymentAllocation,
    )
    _references_unresolved = False


@_attrs_define
class PaymentDetail:
    """A payment as the payment operations return it, with its allocations and bank transaction embedded. Invoices embed
    `Payment`, a different shape, not a smaller one - its example on the List Invoices page is complete (38 fields),
    while this one's examples were cut off inside `bank_transaction` after 12 of those fields and the 2 it adds
    (`allocations`, `bank_transaction`); further fields exist but were not recovered.

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        amount = self.amount

        currency = self.currency.value if isinstance(self.currency, Currency) else self.currency

        object_ = self.object_

        partner_id = self.partner_id

        status = self.status.value if isinstance(self.status, PaymentStatus) else self.status

        timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp

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
            if isinstance(self.allocations, list):
                allocations = []
                for allocations_type_0_item_data in self.allocations:
                    allocations_type_0_item = (
                        allocations_type_0_item_data.to_dict()
                        if isinstance(allocations_type_0_item_data, PaymentAllocation)
                        else allocations_type_0_item_data
                    )

                    allocations.append(allocations_type_0_item)
            else:
                allocations = self.allocations

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
            bank_transaction = (
                self.bank_transaction.to_dict()
                if isinstance(self.bank_transaction, BankTransaction)
                else self.bank_transaction
            )

        else:
            bank_transaction = self.bank_transaction

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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

            _field = "currency"
            _currency = get("currency", UNSET)
            currency = (Currency._by_value.get(_currency) if _currency.__class__ is str else None) or enum_or_deviation(
                Currency, _currency, src_dict, _field, _SCHEMA
            )

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "partner_id"
            partner_id = get("partner_id", UNSET)
            if not (isinstance(partner_id, str)):
                partner_id = deviation(partner_id, "a string", src_dict, _field, _SCHEMA)

            _field = "status"
            _status = get("status", UNSET)
            status = (PaymentStatus._by_value.get(_status) if _status.__class__ is str else None) or enum_or_deviation(
                PaymentStatus, _status, src_dict, _field, _SCHEMA
            )

            _field = "timestamp"
            try:
                timestamp = datetime.datetime.fromisoformat(get("timestamp", UNSET))
            except (TypeError, ValueError):
                timestamp = datetime_or_deviation(get("timestamp", UNSET), src_dict, _field, _SCHEMA)
            else:
                if not has_rfc3339_shape(get("timestamp", UNSET)):
                    timestamp = datetime_or_deviation(get("timestamp", UNSET), src_dict, _field, _SCHEMA)

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

            _field = "allocations"
            allocations = (
                defer(_parse_allocations, get("allocations", UNSET), src_dict)
                if lazy
                else _parse_allocations(get("allocations", UNSET), False, src_dict)
            )

            _field = "amount_refunded"
            amount_refunded: float | None | Unset
            _amount_refunded_data = get("amount_refunded", UNSET)
            if isinstance(_amount_refunded_data, (int, float)) and not isinstance(_amount_refunded_data, bool):
                amount_refunded = _amount_refunded_data
            elif _amount_refunded_data is None or _amount_refunded_data is UNSET:
                amount_refunded = _amount_refunded_data
            else:
                amount_refunded = deviation(_amount_refunded_data, "a number", src_dict, _field, _SCHEMA)

            _field = "bank_transaction"
            bank_transaction = (
                defer(_parse_bank_transaction, get("bank_transaction", UNSET), src_dict)
                if lazy
                else _parse_bank_transaction(get("bank_transaction", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        payment_detail = cls(
            amount,
            currency,
            object_,
            partner_id,
            status,
            timestamp,
            id,
            agent_confidence_reason,
            agent_confidence_score,
            agent_error_code,
            agent_uncertainties,
            allocations,
            amount_refunded,
            bank_transaction,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(payment_detail, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            payment_detail.additional_properties = undeclared
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


def _parse_allocations(_json: Any, lazy: bool, src_dict: Any) -> list[PaymentAllocation] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "allocations"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    allocations: list[PaymentAllocation] | None | Unset
    _allocations_data = _json
    if isinstance(_allocations_data, list):
        _allocations_type_0 = _allocations_data
        allocations_type_0: list[PaymentAllocation]
        if not isinstance(_allocations_type_0, list):
            allocations_type_0 = deviation(_allocations_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            allocations_type_0 = []
            for _allocations_type_0_index, allocations_type_0_item_data in enumerate(_allocations_type_0):
                try:
                    _allocations_type_0_item = allocations_type_0_item_data
                    allocations_type_0_item = (
                        PaymentAllocation.from_dict(_allocations_type_0_item, lazy=lazy)
                        if isinstance(_allocations_type_0_item, dict)
                        else deviation(
                            _allocations_type_0_item,
                            "an object (PaymentAllocation)",
                            _allocations_type_0,
                            _allocations_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_allocations_type_0_index,)
                    ) from _parse_failure
                allocations_type_0.append(allocations_type_0_item)

        allocations = allocations_type_0
    elif _allocations_data is None or _allocations_data is UNSET:
        allocations = _allocations_data
    else:
        allocations = deviation(_allocations_data, "an array", src_dict, _field, _SCHEMA)

    return allocations


def _parse_bank_transaction(_json: Any, lazy: bool, src_dict: Any) -> BankTransaction | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "bank_transaction"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    bank_transaction: BankTransaction | None | Unset
    _bank_transaction_data = _json
    if isinstance(_bank_transaction_data, dict):
        _bank_transaction_type_0 = _bank_transaction_data
        bank_transaction_type_0 = (
            BankTransaction.from_dict(_bank_transaction_type_0, lazy=lazy)
            if isinstance(_bank_transaction_type_0, dict)
            else deviation(_bank_transaction_type_0, "an object (BankTransaction)", src_dict, _field, _SCHEMA)
        )

        bank_transaction = bank_transaction_type_0
    elif _bank_transaction_data is None or _bank_transaction_data is UNSET:
        bank_transaction = _bank_transaction_data
    else:
        bank_transaction = deviation(_bank_transaction_data, "an object (BankTransaction)", src_dict, _field, _SCHEMA)

    return bank_transaction


install_lazy_fields(
    PaymentDetail,
    (
        "allocations",
        "bank_transaction",
    ),
)


install_undeclared_on_demand(PaymentDetail)
