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
    from ..models.split_info import SplitInfo
    from ..models.statement_transaction_v2 import StatementTransactionV2


T = TypeVar("T", bound="BankStatementDetailV2")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_v2 import AttachmentV2  # noqa: PLC0415
        from ..models.processing_error import ProcessingError  # noqa: PLC0415
        from ..models.split_info import SplitInfo  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        modified_at: None | str
        if isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        id = self.id

        status = self.status.value

        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        period_end: None | str
        if isinstance(self.period_end, datetime.date):
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

        split_info: dict[str, Any] | None | Unset
        if isinstance(self.split_info, Unset):
            split_info = UNSET
        elif isinstance(self.split_info, SplitInfo):
            split_info = self.split_info.to_dict()
        else:
            split_info = self.split_info

        transactions: list[dict[str, Any]] | None | Unset
        if isinstance(self.transactions, Unset):
            transactions = UNSET
        elif isinstance(self.transactions, list):
            transactions = []
            for transactions_type_0_item_data in self.transactions:
                transactions_type_0_item = transactions_type_0_item_data.to_dict()
                transactions.append(transactions_type_0_item)

        else:
            transactions = self.transactions

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_v2 import AttachmentV2  # noqa: PLC0415
        from ..models.processing_error import ProcessingError  # noqa: PLC0415
        from ..models.split_info import SplitInfo  # noqa: PLC0415
        from ..models.statement_transaction_v2 import StatementTransactionV2  # noqa: PLC0415

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

            _field = "status"
            status = BankStatementStatus(d.pop("status"))

            _field = "period_start"

            def _parse_period_start(data: object) -> datetime.date | None:
                if data is None:
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.date, got {type(data).__name__}")
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0

            period_start = _parse_period_start(d.pop("period_start"))

            _field = "period_end"

            def _parse_period_end(data: object) -> datetime.date | None:
                if data is None:
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.date, got {type(data).__name__}")
                period_end_type_0 = datetime.date.fromisoformat(data)

                return period_end_type_0

            period_end = _parse_period_end(d.pop("period_end"))

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

            _field = "split_info"

            def _parse_split_info(data: object) -> None | SplitInfo | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected SplitInfo, got {type(data).__name__}")
                split_info_type_0 = SplitInfo.from_dict(data)

                return split_info_type_0

            split_info = _parse_split_info(d.pop("split_info", UNSET))

            _field = "transactions"

            def _parse_transactions(data: object) -> list[StatementTransactionV2] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _transactions_type_0 = data
                if not isinstance(_transactions_type_0, list):
                    raise TypeError(f"expected an array, got {type(_transactions_type_0).__name__}")
                transactions_type_0 = []
                for _transactions_type_0_index, transactions_type_0_item_data in enumerate(_transactions_type_0):
                    try:
                        transactions_type_0_item = StatementTransactionV2.from_dict(transactions_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_transactions_type_0_index,)
                        ) from _parse_failure
                    transactions_type_0.append(transactions_type_0_item)

                return transactions_type_0

            transactions = _parse_transactions(d.pop("transactions", UNSET))

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
        bank_statement_detail_v2 = cls(
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
            split_info=split_info,
            transactions=transactions,
            object_=object_,
        )

        bank_statement_detail_v2.additional_properties = d
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
