from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._decode import Decoded
from .._deviations import (
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_v2 import PartnerV2


T = TypeVar("T", bound="InvoiceV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "InvoiceV2"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "modified_at",
        "id",
        "number",
        "amount_due",
        "amount_paid",
        "amount_remaining",
        "pending_amount_remaining",
        "total_amount",
        "due_date",
        "issued_at",
        "paid_at",
        "purchase_order_number",
        "order_number",
        "partner",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.partner_v2 import PartnerV2  # noqa: PLC0415

    globals().update(
        PartnerV2=PartnerV2,
    )
    _references_unresolved = False


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
            due_date = self.due_date.isoformat() if isinstance(self.due_date, datetime.datetime) else self.due_date

        else:
            due_date = self.due_date

        issued_at: None | str | Unset
        if isinstance(self.issued_at, Unset):
            issued_at = UNSET
        elif isinstance(self.issued_at, datetime.datetime):
            issued_at = self.issued_at.isoformat() if isinstance(self.issued_at, datetime.datetime) else self.issued_at

        else:
            issued_at = self.issued_at

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        elif isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat() if isinstance(self.paid_at, datetime.datetime) else self.paid_at

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
            partner = self.partner.to_dict() if isinstance(self.partner, PartnerV2) else self.partner

        else:
            partner = self.partner

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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

            _field = "number"
            number: None | str | Unset
            _number_data = get("number", UNSET)
            if isinstance(_number_data, str):
                number = _number_data
            elif _number_data is None or _number_data is UNSET:
                number = _number_data
            else:
                number = deviation(_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "amount_due"
            amount_due: None | str | Unset
            _amount_due_data = get("amount_due", UNSET)
            if isinstance(_amount_due_data, str):
                amount_due = _amount_due_data
            elif _amount_due_data is None or _amount_due_data is UNSET:
                amount_due = _amount_due_data
            else:
                amount_due = deviation(_amount_due_data, "a string", src_dict, _field, _SCHEMA)

            _field = "amount_paid"
            amount_paid: None | str | Unset
            _amount_paid_data = get("amount_paid", UNSET)
            if isinstance(_amount_paid_data, str):
                amount_paid = _amount_paid_data
            elif _amount_paid_data is None or _amount_paid_data is UNSET:
                amount_paid = _amount_paid_data
            else:
                amount_paid = deviation(_amount_paid_data, "a string", src_dict, _field, _SCHEMA)

            _field = "amount_remaining"
            amount_remaining: None | str | Unset
            _amount_remaining_data = get("amount_remaining", UNSET)
            if isinstance(_amount_remaining_data, str):
                amount_remaining = _amount_remaining_data
            elif _amount_remaining_data is None or _amount_remaining_data is UNSET:
                amount_remaining = _amount_remaining_data
            else:
                amount_remaining = deviation(_amount_remaining_data, "a string", src_dict, _field, _SCHEMA)

            _field = "pending_amount_remaining"
            pending_amount_remaining: None | str | Unset
            _pending_amount_remaining_data = get("pending_amount_remaining", UNSET)
            if isinstance(_pending_amount_remaining_data, str):
                pending_amount_remaining = _pending_amount_remaining_data
            elif _pending_amount_remaining_data is None or _pending_amount_remaining_data is UNSET:
                pending_amount_remaining = _pending_amount_remaining_data
            else:
                pending_amount_remaining = deviation(
                    _pending_amount_remaining_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "total_amount"
            total_amount: None | str | Unset
            _total_amount_data = get("total_amount", UNSET)
            if isinstance(_total_amount_data, str):
                total_amount = _total_amount_data
            elif _total_amount_data is None or _total_amount_data is UNSET:
                total_amount = _total_amount_data
            else:
                total_amount = deviation(_total_amount_data, "a string", src_dict, _field, _SCHEMA)

            _field = "due_date"
            due_date: datetime.datetime | None | Unset
            _due_date_data = get("due_date", UNSET)
            if isinstance(_due_date_data, str):
                try:
                    due_date_type_0 = datetime.datetime.fromisoformat(_due_date_data)
                except (TypeError, ValueError):
                    due_date_type_0 = datetime_or_deviation(_due_date_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_due_date_data):
                        due_date_type_0 = datetime_or_deviation(_due_date_data, src_dict, _field, _SCHEMA)

                due_date = due_date_type_0
            elif _due_date_data is None or _due_date_data is UNSET:
                due_date = _due_date_data
            else:
                due_date = deviation(_due_date_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "issued_at"
            issued_at: datetime.datetime | None | Unset
            _issued_at_data = get("issued_at", UNSET)
            if isinstance(_issued_at_data, str):
                try:
                    issued_at_type_0 = datetime.datetime.fromisoformat(_issued_at_data)
                except (TypeError, ValueError):
                    issued_at_type_0 = datetime_or_deviation(_issued_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_issued_at_data):
                        issued_at_type_0 = datetime_or_deviation(_issued_at_data, src_dict, _field, _SCHEMA)

                issued_at = issued_at_type_0
            elif _issued_at_data is None or _issued_at_data is UNSET:
                issued_at = _issued_at_data
            else:
                issued_at = deviation(_issued_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "paid_at"
            paid_at: datetime.datetime | None | Unset
            _paid_at_data = get("paid_at", UNSET)
            if isinstance(_paid_at_data, str):
                try:
                    paid_at_type_0 = datetime.datetime.fromisoformat(_paid_at_data)
                except (TypeError, ValueError):
                    paid_at_type_0 = datetime_or_deviation(_paid_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_paid_at_data):
                        paid_at_type_0 = datetime_or_deviation(_paid_at_data, src_dict, _field, _SCHEMA)

                paid_at = paid_at_type_0
            elif _paid_at_data is None or _paid_at_data is UNSET:
                paid_at = _paid_at_data
            else:
                paid_at = deviation(_paid_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "purchase_order_number"
            purchase_order_number: None | str | Unset
            _purchase_order_number_data = get("purchase_order_number", UNSET)
            if isinstance(_purchase_order_number_data, str):
                purchase_order_number = _purchase_order_number_data
            elif _purchase_order_number_data is None or _purchase_order_number_data is UNSET:
                purchase_order_number = _purchase_order_number_data
            else:
                purchase_order_number = deviation(_purchase_order_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "order_number"
            order_number: None | str | Unset
            _order_number_data = get("order_number", UNSET)
            if isinstance(_order_number_data, str):
                order_number = _order_number_data
            elif _order_number_data is None or _order_number_data is UNSET:
                order_number = _order_number_data
            else:
                order_number = deviation(_order_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "partner"
            partner = (
                defer(_parse_partner, get("partner", UNSET), src_dict)
                if lazy
                else _parse_partner(get("partner", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        invoice_v2 = cls(
            created_at,
            modified_at,
            id,
            number,
            amount_due,
            amount_paid,
            amount_remaining,
            pending_amount_remaining,
            total_amount,
            due_date,
            issued_at,
            paid_at,
            purchase_order_number,
            order_number,
            partner,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            invoice_v2.additional_properties = undeclared
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


def _parse_partner(_json: Any, lazy: bool, src_dict: Any) -> None | PartnerV2 | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "partner"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    partner: None | PartnerV2 | Unset
    _partner_data = _json
    if isinstance(_partner_data, dict):
        _partner_type_0 = _partner_data
        partner_type_0 = (
            PartnerV2.from_dict(_partner_type_0, lazy=lazy)
            if isinstance(_partner_type_0, dict)
            else deviation(_partner_type_0, "an object (PartnerV2)", src_dict, _field, _SCHEMA)
        )

        partner = partner_type_0
    elif _partner_data is None or _partner_data is UNSET:
        partner = _partner_data
    else:
        partner = deviation(_partner_data, "an object (PartnerV2)", src_dict, _field, _SCHEMA)

    return partner


install_lazy_fields(InvoiceV2, ("partner",))


install_undeclared_on_demand(InvoiceV2)
