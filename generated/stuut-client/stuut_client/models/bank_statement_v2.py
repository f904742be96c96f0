from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.bank_statement_status import BankStatementStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_v2 import AttachmentV2
    from ..models.processing_error import ProcessingError


T = TypeVar("T", bound="BankStatementV2")


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
            transaction_count (int | None | Unset):
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_v2 import AttachmentV2  # noqa: PLC0415
        from ..models.processing_error import ProcessingError  # noqa: PLC0415

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BankStatementStatus):
            status = self.status.value
        else:
            status = self.status

        period_start: None | str | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        elif isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        period_end: None | str | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        elif isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat()
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
            attachment = self.attachment.to_dict()
        else:
            attachment = self.attachment

        processing_error: dict[str, Any] | None | Unset
        if isinstance(self.processing_error, Unset):
            processing_error = UNSET
        elif isinstance(self.processing_error, ProcessingError):
            processing_error = self.processing_error.to_dict()
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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_v2 import AttachmentV2  # noqa: PLC0415
        from ..models.processing_error import ProcessingError  # noqa: PLC0415

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

            _field = "status"

            def _parse_status(data: object) -> BankStatementStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected BankStatementStatus, got {type(data).__name__}")
                status_type_0 = BankStatementStatus(data)

                return status_type_0

            status = _parse_status(d.pop("status", UNSET))

            _field = "period_start"

            def _parse_period_start(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.date, got {type(data).__name__}")
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0

            period_start = _parse_period_start(d.pop("period_start", UNSET))

            _field = "period_end"

            def _parse_period_end(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.date, got {type(data).__name__}")
                period_end_type_0 = datetime.date.fromisoformat(data)

                return period_end_type_0

            period_end = _parse_period_end(d.pop("period_end", UNSET))

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

            _field = "account_number"

            def _parse_account_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            account_number = _parse_account_number(d.pop("account_number", UNSET))

            _field = "attachment"

            def _parse_attachment(data: object) -> AttachmentV2 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected AttachmentV2, got {type(data).__name__}")
                attachment_type_0 = AttachmentV2.from_dict(data)

                return attachment_type_0

            attachment = _parse_attachment(d.pop("attachment", UNSET))

            _field = "processing_error"

            def _parse_processing_error(data: object) -> None | ProcessingError | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected ProcessingError, got {type(data).__name__}")
                processing_error_type_0 = ProcessingError.from_dict(data)

                return processing_error_type_0

            processing_error = _parse_processing_error(d.pop("processing_error", UNSET))

            _field = "transaction_count"

            def _parse_transaction_count(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected an integer, got {type(data).__name__}")

            transaction_count = _parse_transaction_count(d.pop("transaction_count", UNSET))

            _field = "total_deposits"

            def _parse_total_deposits(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            total_deposits = _parse_total_deposits(d.pop("total_deposits", UNSET))

            _field = "total_withdrawals"

            def _parse_total_withdrawals(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            total_withdrawals = _parse_total_withdrawals(d.pop("total_withdrawals", UNSET))

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

            _field = "currency"

            def _parse_currency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            currency = _parse_currency(d.pop("currency", UNSET))

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
        bank_statement_v2 = cls(
            created_at=created_at,
            modified_at=modified_at,
            id=id,
            status=status,
            period_start=period_start,
            period_end=period_end,
            account_id=account_id,
            account_number=account_number,
            attachment=attachment,
            processing_error=processing_error,
            transaction_count=transaction_count,
            total_deposits=total_deposits,
            total_withdrawals=total_withdrawals,
            account_mask=account_mask,
            currency=currency,
            object_=object_,
        )

        bank_statement_v2.additional_properties = d
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
