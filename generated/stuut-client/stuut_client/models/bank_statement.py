from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape, is_full_date
from .._decode import Decoded
from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    date_or_deviation,
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
from ..models.bank_statement_status import BankStatementStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.bank_transaction import BankTransaction


T = TypeVar("T", bound="BankStatement")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BankStatement"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "object",
        "id",
        "account_id",
        "agent_confidence_reason",
        "agent_confidence_score",
        "agent_error_code",
        "agent_uncertainties",
        "approver_id",
        "attachment",
        "created_at",
        "modified_at",
        "parsed_transaction_data",
        "period_end",
        "period_start",
        "status",
        "transactions",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.attachment import Attachment  # noqa: PLC0415
    from ..models.bank_transaction import BankTransaction  # noqa: PLC0415

    globals().update(
        Attachment=Attachment,
        BankTransaction=BankTransaction,
    )
    _references_unresolved = False


@_attrs_define
class BankStatement:
    """An uploaded bank statement (v1). The reference pages' examples of this object were cut off inside `transactions`;
    further fields exist but were not recovered.

        Attributes:
            object_ (str):
            id (None | str | Unset):
            account_id (None | str | Unset):
            agent_confidence_reason (None | str | Unset):
            agent_confidence_score (float | None | Unset):
            agent_error_code (None | str | Unset):
            agent_uncertainties (list[str] | None | Unset):
            approver_id (None | str | Unset):
            attachment (Attachment | None | Unset):
            created_at (datetime.datetime | None | Unset):
            modified_at (datetime.datetime | None | Unset):
            parsed_transaction_data (Any | Unset): Untyped on the reference page (`<unknown>`).
            period_end (datetime.date | None | Unset):
            period_start (datetime.date | None | Unset):
            status (BankStatementStatus | None | Unset):
            transactions (list[BankTransaction] | None | Unset):
    """

    object_: str
    id: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    agent_confidence_reason: None | str | Unset = UNSET
    agent_confidence_score: float | None | Unset = UNSET
    agent_error_code: None | str | Unset = UNSET
    agent_uncertainties: list[str] | None | Unset = UNSET
    approver_id: None | str | Unset = UNSET
    attachment: Attachment | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    parsed_transaction_data: Any | Unset = UNSET
    period_end: datetime.date | None | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    status: BankStatementStatus | None | Unset = UNSET
    transactions: list[BankTransaction] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        object_ = self.object_

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

        approver_id: None | str | Unset
        if isinstance(self.approver_id, Unset):
            approver_id = UNSET
        else:
            approver_id = self.approver_id

        attachment: dict[str, Any] | None | Unset
        if isinstance(self.attachment, Unset):
            attachment = UNSET
        elif isinstance(self.attachment, Attachment):
            attachment = self.attachment.to_dict() if isinstance(self.attachment, Attachment) else self.attachment

        else:
            attachment = self.attachment

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

        parsed_transaction_data = self.parsed_transaction_data

        period_end: None | str | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        elif isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat() if isinstance(self.period_end, datetime.date) else self.period_end

        else:
            period_end = self.period_end

        period_start: None | str | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        elif isinstance(self.period_start, datetime.date):
            period_start = (
                self.period_start.isoformat() if isinstance(self.period_start, datetime.date) else self.period_start
            )

        else:
            period_start = self.period_start

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BankStatementStatus):
            status = self.status.value if isinstance(self.status, BankStatementStatus) else self.status

        else:
            status = self.status

        transactions: list[dict[str, Any]] | None | Unset
        if isinstance(self.transactions, Unset):
            transactions = UNSET
        elif isinstance(self.transactions, list):
            if isinstance(self.transactions, list):
                transactions = []
                for transactions_type_0_item_data in self.transactions:
                    transactions_type_0_item = (
                        transactions_type_0_item_data.to_dict()
                        if isinstance(transactions_type_0_item_data, BankTransaction)
                        else transactions_type_0_item_data
                    )

                    transactions.append(transactions_type_0_item)
            else:
                transactions = self.transactions

        else:
            transactions = self.transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "object": object_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if agent_confidence_reason is not UNSET:
            field_dict["agent_confidence_reason"] = agent_confidence_reason
        if agent_confidence_score is not UNSET:
            field_dict["agent_confidence_score"] = agent_confidence_score
        if agent_error_code is not UNSET:
            field_dict["agent_error_code"] = agent_error_code
        if agent_uncertainties is not UNSET:
            field_dict["agent_uncertainties"] = agent_uncertainties
        if approver_id is not UNSET:
            field_dict["approver_id"] = approver_id
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if parsed_transaction_data is not UNSET:
            field_dict["parsed_transaction_data"] = parsed_transaction_data
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if status is not UNSET:
            field_dict["status"] = status
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
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
            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

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

            _field = "approver_id"
            approver_id: None | str | Unset
            _approver_id_data = get("approver_id", UNSET)
            if isinstance(_approver_id_data, str):
                approver_id = _approver_id_data
            elif _approver_id_data is None or _approver_id_data is UNSET:
                approver_id = _approver_id_data
            else:
                approver_id = deviation(_approver_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "attachment"
            attachment = (
                defer(_parse_attachment, get("attachment", UNSET), src_dict)
                if lazy
                else _parse_attachment(get("attachment", UNSET), False, src_dict)
            )

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

            _field = "parsed_transaction_data"
            parsed_transaction_data = get("parsed_transaction_data", UNSET)

            _field = "period_end"
            period_end: datetime.date | None | Unset
            _period_end_data = get("period_end", UNSET)
            if isinstance(_period_end_data, str):
                try:
                    period_end_type_0 = datetime.date.fromisoformat(_period_end_data)
                except (TypeError, ValueError):
                    period_end_type_0 = date_or_deviation(_period_end_data, src_dict, _field, _SCHEMA)
                else:
                    if not is_full_date(_period_end_data):
                        period_end_type_0 = date_or_deviation(_period_end_data, src_dict, _field, _SCHEMA)

                period_end = period_end_type_0
            elif _period_end_data is None or _period_end_data is UNSET:
                period_end = _period_end_data
            else:
                period_end = deviation(_period_end_data, "a date string", src_dict, _field, _SCHEMA)

            _field = "period_start"
            period_start: datetime.date | None | Unset
            _period_start_data = get("period_start", UNSET)
            if isinstance(_period_start_data, str):
                try:
                    period_start_type_0 = datetime.date.fromisoformat(_period_start_data)
                except (TypeError, ValueError):
                    period_start_type_0 = date_or_deviation(_period_start_data, src_dict, _field, _SCHEMA)
                else:
                    if not is_full_date(_period_start_data):
                        period_start_type_0 = date_or_deviation(_period_start_data, src_dict, _field, _SCHEMA)

                period_start = period_start_type_0
            elif _period_start_data is None or _period_start_data is UNSET:
                period_start = _period_start_data
            else:
                period_start = deviation(_period_start_data, "a date string", src_dict, _field, _SCHEMA)

            _field = "status"
            status: BankStatementStatus | None | Unset
            _status_data = get("status", UNSET)
            if isinstance(_status_data, str):
                _status_type_0 = _status_data
                status_type_0 = (
                    BankStatementStatus._by_value.get(_status_type_0) if _status_type_0.__class__ is str else None
                ) or enum_or_deviation(BankStatementStatus, _status_type_0, src_dict, _field, _SCHEMA)

                status = status_type_0
            elif _status_data is None or _status_data is UNSET:
                status = _status_data
            else:
                status = deviation(_status_data, "BankStatementStatus", src_dict, _field, _SCHEMA)

            _field = "transactions"
            transactions = (
                defer(_parse_transactions, get("transactions", UNSET), src_dict)
                if lazy
                else _parse_transactions(get("transactions", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        bank_statement = cls(
            object_,
            id,
            account_id,
            agent_confidence_reason,
            agent_confidence_score,
            agent_error_code,
            agent_uncertainties,
            approver_id,
            attachment,
            created_at,
            modified_at,
            parsed_transaction_data,
            period_end,
            period_start,
            status,
            transactions,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(bank_statement, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bank_statement.additional_properties = undeclared
        return bank_statement

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


def _parse_attachment(_json: Any, lazy: bool, src_dict: Any) -> Attachment | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "attachment"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    attachment: Attachment | None | Unset
    _attachment_data = _json
    if isinstance(_attachment_data, dict):
        _attachment_type_0 = _attachment_data
        attachment_type_0 = (
            Attachment.from_dict(_attachment_type_0, lazy=lazy)
            if isinstance(_attachment_type_0, dict)
            else deviation(_attachment_type_0, "an object (Attachment)", src_dict, _field, _SCHEMA)
        )

        attachment = attachment_type_0
    elif _attachment_data is None or _attachment_data is UNSET:
        attachment = _attachment_data
    else:
        attachment = deviation(_attachment_data, "an object (Attachment)", src_dict, _field, _SCHEMA)

    return attachment


def _parse_transactions(_json: Any, lazy: bool, src_dict: Any) -> list[BankTransaction] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "transactions"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    transactions: list[BankTransaction] | None | Unset
    _transactions_data = _json
    if isinstance(_transactions_data, list):
        _transactions_type_0 = _transactions_data
        transactions_type_0: list[BankTransaction]
        if not isinstance(_transactions_type_0, list):
            transactions_type_0 = deviation(_transactions_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            transactions_type_0 = []
            for _transactions_type_0_index, transactions_type_0_item_data in enumerate(_transactions_type_0):
                try:
                    _transactions_type_0_item = transactions_type_0_item_data
                    transactions_type_0_item = (
                        BankTransaction.from_dict(_transactions_type_0_item, lazy=lazy)
                        if isinstance(_transactions_type_0_item, dict)
                        else deviation(
                            _transactions_type_0_item,
                            "an object (BankTransaction)",
                            _transactions_type_0,
                            _transactions_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_transactions_type_0_index,)
                    ) from _parse_failure
                transactions_type_0.append(transactions_type_0_item)

        transactions = transactions_type_0
    elif _transactions_data is None or _transactions_data is UNSET:
        transactions = _transactions_data
    else:
        transactions = deviation(_transactions_data, "an array", src_dict, _field, _SCHEMA)

    return transactions


install_lazy_fields(
    BankStatement,
    (
        "attachment",
        "transactions",
    ),
)


install_undeclared_on_demand(BankStatement)
