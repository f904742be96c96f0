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
    from ..models.attachment import Attachment
    from ..models.bank_transaction import BankTransaction


T = TypeVar("T", bound="BankStatement")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment import Attachment  # noqa: PLC0415

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
            attachment = self.attachment.to_dict()
        else:
            attachment = self.attachment

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

        parsed_transaction_data = self.parsed_transaction_data

        period_end: None | str | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        elif isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat()
        else:
            period_end = self.period_end

        period_start: None | str | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        elif isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BankStatementStatus):
            status = self.status.value
        else:
            status = self.status

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.bank_transaction import BankTransaction  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

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

            _field = "attachment"

            def _parse_attachment(data: object) -> Attachment | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Attachment, got {type(data).__name__}")
                attachment_type_0 = Attachment.from_dict(data)

                return attachment_type_0

            attachment = _parse_attachment(d.pop("attachment", UNSET))

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

            _field = "parsed_transaction_data"
            parsed_transaction_data = d.pop("parsed_transaction_data", UNSET)

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

            _field = "transactions"

            def _parse_transactions(data: object) -> list[BankTransaction] | None | Unset:
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
                        transactions_type_0_item = BankTransaction.from_dict(transactions_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_transactions_type_0_index,)
                        ) from _parse_failure
                    transactions_type_0.append(transactions_type_0_item)

                return transactions_type_0

            transactions = _parse_transactions(d.pop("transactions", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        bank_statement = cls(
            object_=object_,
            id=id,
            account_id=account_id,
            agent_confidence_reason=agent_confidence_reason,
            agent_confidence_score=agent_confidence_score,
            agent_error_code=agent_error_code,
            agent_uncertainties=agent_uncertainties,
            approver_id=approver_id,
            attachment=attachment,
            created_at=created_at,
            modified_at=modified_at,
            parsed_transaction_data=parsed_transaction_data,
            period_end=period_end,
            period_start=period_start,
            status=status,
            transactions=transactions,
        )

        bank_statement.additional_properties = d
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
