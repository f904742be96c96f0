from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_v2 import PartnerV2


T = TypeVar("T", bound="InvoiceV2")


@_attrs_define
class InvoiceV2:
    """An invoice as v2 objects embed it. Its money amounts are decimal strings. The reference pages' examples of this
    object were cut off inside `partner`; further fields exist but were not recovered.

        Attributes:
            created_at (datetime.datetime | None | Unset):
            modified_at (datetime.datetime | None | Unset):
            id (None | str | Unset):
            number (None | str | Unset):
            amount_due (None | str | Unset):
            amount_paid (None | str | Unset):
            amount_remaining (None | str | Unset):
            pending_amount_remaining (None | str | Unset):
            total_amount (None | str | Unset):
            due_date (datetime.datetime | None | Unset):
            issued_at (datetime.datetime | None | Unset):
            paid_at (datetime.datetime | None | Unset):
            purchase_order_number (None | str | Unset):
            order_number (None | str | Unset):
            partner (None | PartnerV2 | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    id: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    amount_due: None | str | Unset = UNSET
    amount_paid: None | str | Unset = UNSET
    amount_remaining: None | str | Unset = UNSET
    pending_amount_remaining: None | str | Unset = UNSET
    total_amount: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    issued_at: datetime.datetime | None | Unset = UNSET
    paid_at: datetime.datetime | None | Unset = UNSET
    purchase_order_number: None | str | Unset = UNSET
    order_number: None | str | Unset = UNSET
    partner: None | PartnerV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partner_v2 import PartnerV2  # noqa: PLC0415

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

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        amount_due: None | str | Unset
        if isinstance(self.amount_due, Unset):
            amount_due = UNSET
        else:
            amount_due = self.amount_due

        amount_paid: None | str | Unset
        if isinstance(self.amount_paid, Unset):
            amount_paid = UNSET
        else:
            amount_paid = self.amount_paid

        amount_remaining: None | str | Unset
        if isinstance(self.amount_remaining, Unset):
            amount_remaining = UNSET
        else:
            amount_remaining = self.amount_remaining

        pending_amount_remaining: None | str | Unset
        if isinstance(self.pending_amount_remaining, Unset):
            pending_amount_remaining = UNSET
        else:
            pending_amount_remaining = self.pending_amount_remaining

        total_amount: None | str | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        issued_at: None | str | Unset
        if isinstance(self.issued_at, Unset):
            issued_at = UNSET
        elif isinstance(self.issued_at, datetime.datetime):
            issued_at = self.issued_at.isoformat()
        else:
            issued_at = self.issued_at

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        elif isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        purchase_order_number: None | str | Unset
        if isinstance(self.purchase_order_number, Unset):
            purchase_order_number = UNSET
        else:
            purchase_order_number = self.purchase_order_number

        order_number: None | str | Unset
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, PartnerV2):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if amount_due is not UNSET:
            field_dict["amount_due"] = amount_due
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if amount_remaining is not UNSET:
            field_dict["amount_remaining"] = amount_remaining
        if pending_amount_remaining is not UNSET:
            field_dict["pending_amount_remaining"] = pending_amount_remaining
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if purchase_order_number is not UNSET:
            field_dict["purchase_order_number"] = purchase_order_number
        if order_number is not UNSET:
            field_dict["order_number"] = order_number
        if partner is not UNSET:
            field_dict["partner"] = partner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_v2 import PartnerV2  # noqa: PLC0415

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

            _field = "number"

            def _parse_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            number = _parse_number(d.pop("number", UNSET))

            _field = "amount_due"

            def _parse_amount_due(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            amount_due = _parse_amount_due(d.pop("amount_due", UNSET))

            _field = "amount_paid"

            def _parse_amount_paid(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            amount_paid = _parse_amount_paid(d.pop("amount_paid", UNSET))

            _field = "amount_remaining"

            def _parse_amount_remaining(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            amount_remaining = _parse_amount_remaining(d.pop("amount_remaining", UNSET))

            _field = "pending_amount_remaining"

            def _parse_pending_amount_remaining(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            pending_amount_remaining = _parse_pending_amount_remaining(d.pop("pending_amount_remaining", UNSET))

            _field = "total_amount"

            def _parse_total_amount(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            total_amount = _parse_total_amount(d.pop("total_amount", UNSET))

            _field = "due_date"

            def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                due_date_type_0 = parse_datetime(data)

                return due_date_type_0

            due_date = _parse_due_date(d.pop("due_date", UNSET))

            _field = "issued_at"

            def _parse_issued_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                issued_at_type_0 = parse_datetime(data)

                return issued_at_type_0

            issued_at = _parse_issued_at(d.pop("issued_at", UNSET))

            _field = "paid_at"

            def _parse_paid_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                paid_at_type_0 = parse_datetime(data)

                return paid_at_type_0

            paid_at = _parse_paid_at(d.pop("paid_at", UNSET))

            _field = "purchase_order_number"

            def _parse_purchase_order_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            purchase_order_number = _parse_purchase_order_number(d.pop("purchase_order_number", UNSET))

            _field = "order_number"

            def _parse_order_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            order_number = _parse_order_number(d.pop("order_number", UNSET))

            _field = "partner"

            def _parse_partner(data: object) -> None | PartnerV2 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected PartnerV2, got {type(data).__name__}")
                partner_type_0 = PartnerV2.from_dict(data)

                return partner_type_0

            partner = _parse_partner(d.pop("partner", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        invoice_v2 = cls(
            created_at=created_at,
            modified_at=modified_at,
            id=id,
            number=number,
            amount_due=amount_due,
            amount_paid=amount_paid,
            amount_remaining=amount_remaining,
            pending_amount_remaining=pending_amount_remaining,
            total_amount=total_amount,
            due_date=due_date,
            issued_at=issued_at,
            paid_at=paid_at,
            purchase_order_number=purchase_order_number,
            order_number=order_number,
            partner=partner,
        )

        invoice_v2.additional_properties = d
        return invoice_v2

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
