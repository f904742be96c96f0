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
    from ..models.attachment_v2 import AttachmentV2
    from ..models.processing_error import ProcessingError
    from ..models.split_info import SplitInfo
    from ..models.statement_transaction_v2 import StatementTransactionV2


T = TypeVar("T", bound="BankStatementDetailV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BankStatementDetailV2"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "modified_at",
        "id",
        "status",
        "period_start",
        "period_end",
        "account_id",
        "account_number",
        "attachment",
        "processing_error",
        "split_info",
        "transactions",
        "object",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.attachment_v2 import AttachmentV2  # noqa: PLC0415
    from ..models.processing_error import ProcessingError  # noqa: PLC0415
    from ..models.split_info import SplitInfo  # noqa: PLC0415
    from ..models.statement_transaction_v2 import StatementTransactionV2  # noqa: PLC0415

    globals().update(
        AttachmentV2=AttachmentV2,
        ProcessingError=ProcessingError,
        SplitInfo=SplitInfo,
        StatementTransactionV2=StatementTransactionV2,
    )
    _references_unresolved = False


@_attrs_define
class BankStatementDetailV2:
    """Full response schema for a bank statement (includes transactions). The field list on the reference page was cut off
    after `period_end`; the flags of the later fields were not recovered.

        Attributes:
            created_at (datetime.datetime):
            modified_at (datetime.datetime | None):
            id (str):
            status (BankStatementStatus): The status of a bank statement upload (the values listed on the v2 pages,
                including `split` for parent statements; the v1 pages show only `submitted`).
            period_start (datetime.date | None): The statement period's start date.
            period_end (datetime.date | None):
            account_id (None | str | Unset):
            account_number (None | str | Unset):
            attachment (AttachmentV2 | None | Unset):
            processing_error (None | ProcessingError | Unset):
            split_info (None | SplitInfo | Unset):
            transactions (list[StatementTransactionV2] | None | Unset):
            object_ (None | str | Unset):
    """

    created_at: datetime.datetime
    modified_at: datetime.datetime | None
    id: str
    status: BankStatementStatus
    period_start: datetime.date | None
    period_end: datetime.date | None
    account_id: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    attachment: AttachmentV2 | None | Unset = UNSET
    processing_error: None | ProcessingError | Unset = UNSET
    split_info: None | SplitInfo | Unset = UNSET
    transactions: list[StatementTransactionV2] | None | Unset = UNSET
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

        status = self.status.value if isinstance(self.status, BankStatementStatus) else self.status

        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = (
                self.period_start.isoformat() if isinstance(self.period_start, datetime.date) else self.period_start
            )

        else:
            period_start = self.period_start

        period_end: None | str
        if isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat() if isinstance(self.period_end, datetime.date) else self.period_end

        else:
            period_end = self.period_end

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        attachment: dict[str, Any] | None | Unset
        if isinstance(self.attachment, Unset):
            attachment = UNSET
        elif isinstance(self.attachment, AttachmentV2):
            attachment = self.attachment.to_dict() if isinstance(self.attachment, AttachmentV2) else self.attachment

        else:
            attachment = self.attachment

        processing_error: dict[str, Any] | None | Unset
        if isinstance(self.processing_error, Unset):
            processing_error = UNSET
        elif isinstance(self.processing_error, ProcessingError):
            processing_error = (
                self.processing_error.to_dict()
                if isinstance(self.processing_error, ProcessingError)
                else self.processing_error
            )

        else:
            processing_error = self.processing_error

        split_info: dict[str, Any] | None | Unset
        if isinstance(self.split_info, Unset):
            split_info = UNSET
        elif isinstance(self.split_info, SplitInfo):
            split_info = self.split_info.to_dict() if isinstance(self.split_info, SplitInfo) else self.split_info

        else:
            split_info = self.split_info

        transactions: list[dict[str, Any]] | None | Unset
        if isinstance(self.transactions, Unset):
            transactions = UNSET
        elif isinstance(self.transactions, list):
            if isinstance(self.transactions, list):
                transactions = []
                for transactions_type_0_item_data in self.transactions:
                    transactions_type_0_item = (
                        transactions_type_0_item_data.to_dict()
                        if isinstance(transactions_type_0_item_data, StatementTransactionV2)
                        else transactions_type_0_item_data
                    )

                    transactions.append(transactions_type_0_item)
            else:
                transactions = self.transactions

        else:
            transactions = self.transactions

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
                "status": status,
                "period_start": period_start,
                "period_end": period_end,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if processing_error is not UNSET:
            field_dict["processing_error"] = processing_error
        if split_info is not UNSET:
            field_dict["split_info"] = split_info
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
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

            _field = "status"
            _status = get("status", UNSET)
            status = (
                BankStatementStatus._by_value.get(_status) if _status.__class__ is str else None
            ) or enum_or_deviation(BankStatementStatus, _status, src_dict, _field, _SCHEMA)

            _field = "period_start"
            period_start: datetime.date | None
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
            elif _period_start_data is None:
                period_start = _period_start_data
            else:
                period_start = deviation(_period_start_data, "a date string", src_dict, _field, _SCHEMA)

            _field = "period_end"
            period_end: datetime.date | None
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
            elif _period_end_data is None:
                period_end = _period_end_data
            else:
                period_end = deviation(_period_end_data, "a date string", src_dict, _field, _SCHEMA)

            _field = "account_id"
            account_id: None | str | Unset
            _account_id_data = get("account_id", UNSET)
            if isinstance(_account_id_data, str):
                account_id = _account_id_data
            elif _account_id_data is None or _account_id_data is UNSET:
                account_id = _account_id_data
            else:
                account_id = deviation(_account_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "account_number"
            account_number: None | str | Unset
            _account_number_data = get("account_number", UNSET)
            if isinstance(_account_number_data, str):
                account_number = _account_number_data
            elif _account_number_data is None or _account_number_data is UNSET:
                account_number = _account_number_data
            else:
                account_number = deviation(_account_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "attachment"
            attachment = (
                defer(_parse_attachment, get("attachment", UNSET), src_dict)
                if lazy
                else _parse_attachment(get("attachment", UNSET), False, src_dict)
            )

            _field = "processing_error"
            processing_error = (
                defer(_parse_processing_error, get("processing_error", UNSET), src_dict)
                if lazy
                else _parse_processing_error(get("processing_error", UNSET), False, src_dict)
            )

            _field = "split_info"
            split_info = (
                defer(_parse_split_info, get("split_info", UNSET), src_dict)
                if lazy
                else _parse_split_info(get("split_info", UNSET), False, src_dict)
            )

            _field = "transactions"
            transactions = (
                defer(_parse_transactions, get("transactions", UNSET), src_dict)
                if lazy
                else _parse_transactions(get("transactions", UNSET), False, src_dict)
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
        bank_statement_detail_v2 = cls(
            created_at,
            modified_at,
            id,
            status,
            period_start,
            period_end,
            account_id,
            account_number,
            attachment,
            processing_error,
            split_info,
            transactions,
            object_,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(bank_statement_detail_v2, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bank_statement_detail_v2.additional_properties = undeclared
        return bank_statement_detail_v2

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


def _parse_attachment(_json: Any, lazy: bool, src_dict: Any) -> AttachmentV2 | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "attachment"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    attachment: AttachmentV2 | None | Unset
    _attachment_data = _json
    if isinstance(_attachment_data, dict):
        _attachment_type_0 = _attachment_data
        attachment_type_0 = (
            AttachmentV2.from_dict(_attachment_type_0, lazy=lazy)
            if isinstance(_attachment_type_0, dict)
            else deviation(_attachment_type_0, "an object (AttachmentV2)", src_dict, _field, _SCHEMA)
        )

        attachment = attachment_type_0
    elif _attachment_data is None or _attachment_data is UNSET:
        attachment = _attachment_data
    else:
        attachment = deviation(_attachment_data, "an object (AttachmentV2)", src_dict, _field, _SCHEMA)

    return attachment


def _parse_processing_error(_json: Any, lazy: bool, src_dict: Any) -> None | ProcessingError | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "processing_error"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    processing_error: None | ProcessingError | Unset
    _processing_error_data = _json
    if isinstance(_processing_error_data, dict):
        _processing_error_type_0 = _processing_error_data
        processing_error_type_0 = (
            ProcessingError.from_dict(_processing_error_type_0, lazy=lazy)
            if isinstance(_processing_error_type_0, dict)
            else deviation(_processing_error_type_0, "an object (ProcessingError)", src_dict, _field, _SCHEMA)
        )

        processing_error = processing_error_type_0
    elif _processing_error_data is None or _processing_error_data is UNSET:
        processing_error = _processing_error_data
    else:
        processing_error = deviation(_processing_error_data, "an object (ProcessingError)", src_dict, _field, _SCHEMA)

    return processing_error


def _parse_split_info(_json: Any, lazy: bool, src_dict: Any) -> None | SplitInfo | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "split_info"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    split_info: None | SplitInfo | Unset
    _split_info_data = _json
    if isinstance(_split_info_data, dict):
        _split_info_type_0 = _split_info_data
        split_info_type_0 = (
            SplitInfo.from_dict(_split_info_type_0, lazy=lazy)
            if isinstance(_split_info_type_0, dict)
            else deviation(_split_info_type_0, "an object (SplitInfo)", src_dict, _field, _SCHEMA)
        )

        split_info = split_info_type_0
    elif _split_info_data is None or _split_info_data is UNSET:
        split_info = _split_info_data
    else:
        split_info = deviation(_split_info_data, "an object (SplitInfo)", src_dict, _field, _SCHEMA)

    return split_info


def _parse_transactions(_json: Any, lazy: bool, src_dict: Any) -> list[StatementTransactionV2] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "transactions"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    transactions: list[StatementTransactionV2] | None | Unset
    _transactions_data = _json
    if isinstance(_transactions_data, list):
        _transactions_type_0 = _transactions_data
        transactions_type_0: list[StatementTransactionV2]
        if not isinstance(_transactions_type_0, list):
            transactions_type_0 = deviation(_transactions_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            transactions_type_0 = []
            for _transactions_type_0_index, transactions_type_0_item_data in enumerate(_transactions_type_0):
                try:
                    _transactions_type_0_item = transactions_type_0_item_data
                    transactions_type_0_item = (
                        StatementTransactionV2.from_dict(_transactions_type_0_item, lazy=lazy)
                        if isinstance(_transactions_type_0_item, dict)
                        else deviation(
                            _transactions_type_0_item,
                            "an object (StatementTransactionV2)",
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
    BankStatementDetailV2,
    (
        "attachment",
        "processing_error",
        "split_info",
        "transactions",
    ),
)


install_undeclared_on_demand(BankStatementDetailV2)
