from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape, is_full_date
from .._decode import Decoded
from .._deviations import (
    PENDING_MISSING,
    date_or_deviation,
    datetime_or_deviation,
    deviation,
    enum_or_deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.bank_statement_status import BankStatementStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_v2 import AttachmentV2
    from ..models.processing_error import ProcessingError


T = TypeVar("T", bound="BankStatementV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BankStatementV2"

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
        "transaction_count",
        "total_deposits",
        "total_withdrawals",
        "account_mask",
        "currency",
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

    globals().update(
        AttachmentV2=AttachmentV2,
        ProcessingError=ProcessingError,
    )
    _references_unresolved = False


@_attrs_define
class BankStatementV2:
    """A bank statement as List Bank Statements (v2) and Upload a Bank Statement (v2) return it (without its transactions).
    Its field list was not recovered, so its required flags are unknown.

        Attributes:
            created_at (datetime.datetime | None | Unset):
            modified_at (datetime.datetime | None | Unset):
            id (None | str | Unset):
            status (BankStatementStatus | None | Unset):
            period_start (datetime.date | None | Unset):
            period_end (datetime.date | None | Unset):
            account_id (None | str | Unset):
            account_number (None | str | Unset):
            attachment (AttachmentV2 | None | Unset):
            processing_error (None | ProcessingError | Unset):
            transaction_count (int | None | Unset): An integer: an assumption, because the page shows only `123`, which the
                docs renderer prints for integers and numbers alike; the name says it counts transactions.
            total_deposits (float | None | Unset):
            total_withdrawals (float | None | Unset):
            account_mask (None | str | Unset):
            currency (None | str | Unset):
            object_ (None | str | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    id: None | str | Unset = UNSET
    status: BankStatementStatus | None | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    period_end: datetime.date | None | Unset = UNSET
    account_id: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    attachment: AttachmentV2 | None | Unset = UNSET
    processing_error: None | ProcessingError | Unset = UNSET
    transaction_count: int | None | Unset = UNSET
    total_deposits: float | None | Unset = UNSET
    total_withdrawals: float | None | Unset = UNSET
    account_mask: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BankStatementStatus):
            status = self.status.value if isinstance(self.status, BankStatementStatus) else self.status

        else:
            status = self.status

        period_start: None | str | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        elif isinstance(self.period_start, datetime.date):
            period_start = (
                self.period_start.isoformat() if isinstance(self.period_start, datetime.date) else self.period_start
            )

        else:
            period_start = self.period_start

        period_end: None | str | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        elif isinstance(self.period_end, datetime.date):
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

        transaction_count: int | None | Unset
        if isinstance(self.transaction_count, Unset):
            transaction_count = UNSET
        else:
            transaction_count = self.transaction_count

        total_deposits: float | None | Unset
        if isinstance(self.total_deposits, Unset):
            total_deposits = UNSET
        else:
            total_deposits = self.total_deposits

        total_withdrawals: float | None | Unset
        if isinstance(self.total_withdrawals, Unset):
            total_withdrawals = UNSET
        else:
            total_withdrawals = self.total_withdrawals

        account_mask: None | str | Unset
        if isinstance(self.account_mask, Unset):
            account_mask = UNSET
        else:
            account_mask = self.account_mask

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

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
        if status is not UNSET:
            field_dict["status"] = status
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if processing_error is not UNSET:
            field_dict["processing_error"] = processing_error
        if transaction_count is not UNSET:
            field_dict["transaction_count"] = transaction_count
        if total_deposits is not UNSET:
            field_dict["total_deposits"] = total_deposits
        if total_withdrawals is not UNSET:
            field_dict["total_withdrawals"] = total_withdrawals
        if account_mask is not UNSET:
            field_dict["account_mask"] = account_mask
        if currency is not UNSET:
            field_dict["currency"] = currency
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

            _field = "transaction_count"
            transaction_count: int | None | Unset
            _transaction_count_data = get("transaction_count", UNSET)
            if isinstance(_transaction_count_data, int) and not isinstance(_transaction_count_data, bool):
                transaction_count = _transaction_count_data
            elif _transaction_count_data is None or _transaction_count_data is UNSET:
                transaction_count = _transaction_count_data
            else:
                transaction_count = deviation(_transaction_count_data, "an integer", src_dict, _field, _SCHEMA)

            _field = "total_deposits"
            total_deposits: float | None | Unset
            _total_deposits_data = get("total_deposits", UNSET)
            if isinstance(_total_deposits_data, (int, float)) and not isinstance(_total_deposits_data, bool):
                total_deposits = _total_deposits_data
            elif _total_deposits_data is None or _total_deposits_data is UNSET:
                total_deposits = _total_deposits_data
            else:
                total_deposits = deviation(_total_deposits_data, "a number", src_dict, _field, _SCHEMA)

            _field = "total_withdrawals"
            total_withdrawals: float | None | Unset
            _total_withdrawals_data = get("total_withdrawals", UNSET)
            if isinstance(_total_withdrawals_data, (int, float)) and not isinstance(_total_withdrawals_data, bool):
                total_withdrawals = _total_withdrawals_data
            elif _total_withdrawals_data is None or _total_withdrawals_data is UNSET:
                total_withdrawals = _total_withdrawals_data
            else:
                total_withdrawals = deviation(_total_withdrawals_data, "a number", src_dict, _field, _SCHEMA)

            _field = "account_mask"
            account_mask: None | str | Unset
            _account_mask_data = get("account_mask", UNSET)
            if isinstance(_account_mask_data, str):
                account_mask = _account_mask_data
            elif _account_mask_data is None or _account_mask_data is UNSET:
                account_mask = _account_mask_data
            else:
                account_mask = deviation(_account_mask_data, "a string", src_dict, _field, _SCHEMA)

            _field = "currency"
            currency: None | str | Unset
            _currency_data = get("currency", UNSET)
            if isinstance(_currency_data, str):
                currency = _currency_data
            elif _currency_data is None or _currency_data is UNSET:
                currency = _currency_data
            else:
                currency = deviation(_currency_data, "a string", src_dict, _field, _SCHEMA)

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
        bank_statement_v2 = cls(
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
            transaction_count,
            total_deposits,
            total_withdrawals,
            account_mask,
            currency,
            object_,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bank_statement_v2.additional_properties = undeclared
        return bank_statement_v2

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


install_lazy_fields(
    BankStatementV2,
    (
        "attachment",
        "processing_error",
    ),
)


install_undeclared_on_demand(BankStatementV2)
