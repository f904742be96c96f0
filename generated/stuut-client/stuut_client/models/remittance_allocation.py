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
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remittance_allocation_invoice import RemittanceAllocationInvoice


T = TypeVar("T", bound="RemittanceAllocation")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "RemittanceAllocation"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "invoice_number",
        "object",
        "remittance_id",
        "amount_discount",
        "amount_paid",
        "amount_withheld",
        "created_at",
        "invoice",
        "invoice_id",
        "modified_at",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.remittance_allocation_invoice import RemittanceAllocationInvoice  # noqa: PLC0415

    globals().update(
        RemittanceAllocationInvoice=RemittanceAllocationInvoice,
    )
    _references_unresolved = False


@_attrs_define
class RemittanceAllocation:
    """The part of a remittance allocated to one invoice.

    Attributes:
        invoice_number (str):
        object_ (str):
        remittance_id (str):
        amount_discount (float | None | Unset):
        amount_paid (float | None | Unset):
        amount_withheld (float | None | Unset):
        created_at (datetime.datetime | None | Unset):
        invoice (None | RemittanceAllocationInvoice | Unset):
        invoice_id (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
    """

    invoice_number: str
    object_: str
    remittance_id: str
    amount_discount: float | None | Unset = UNSET
    amount_paid: float | None | Unset = UNSET
    amount_withheld: float | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    invoice: None | RemittanceAllocationInvoice | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        invoice_number = self.invoice_number

        object_ = self.object_

        remittance_id = self.remittance_id

        amount_discount: float | None | Unset
        if isinstance(self.amount_discount, Unset):
            amount_discount = UNSET
        else:
            amount_discount = self.amount_discount

        amount_paid: float | None | Unset
        if isinstance(self.amount_paid, Unset):
            amount_paid = UNSET
        else:
            amount_paid = self.amount_paid

        amount_withheld: float | None | Unset
        if isinstance(self.amount_withheld, Unset):
            amount_withheld = UNSET
        else:
            amount_withheld = self.amount_withheld

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
        elif isinstance(self.invoice, RemittanceAllocationInvoice):
            invoice = self.invoice.to_dict() if isinstance(self.invoice, RemittanceAllocationInvoice) else self.invoice

        else:
            invoice = self.invoice

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "invoice_number": invoice_number,
                "object": object_,
                "remittance_id": remittance_id,
            }
        )
        if amount_discount is not UNSET:
            field_dict["amount_discount"] = amount_discount
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if amount_withheld is not UNSET:
            field_dict["amount_withheld"] = amount_withheld
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
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
            _field = "invoice_number"
            invoice_number = get("invoice_number", UNSET)
            if not (isinstance(invoice_number, str)):
                invoice_number = deviation(invoice_number, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "remittance_id"
            remittance_id = get("remittance_id", UNSET)
            if not (isinstance(remittance_id, str)):
                remittance_id = deviation(remittance_id, "a string", src_dict, _field, _SCHEMA)

            _field = "amount_discount"
            amount_discount: float | None | Unset
            _amount_discount_data = get("amount_discount", UNSET)
            if isinstance(_amount_discount_data, (int, float)) and not isinstance(_amount_discount_data, bool):
                amount_discount = _amount_discount_data
            elif _amount_discount_data is None or _amount_discount_data is UNSET:
                amount_discount = _amount_discount_data
            else:
                amount_discount = deviation(_amount_discount_data, "a number", src_dict, _field, _SCHEMA)

            _field = "amount_paid"
            amount_paid: float | None | Unset
            _amount_paid_data = get("amount_paid", UNSET)
            if isinstance(_amount_paid_data, (int, float)) and not isinstance(_amount_paid_data, bool):
                amount_paid = _amount_paid_data
            elif _amount_paid_data is None or _amount_paid_data is UNSET:
                amount_paid = _amount_paid_data
            else:
                amount_paid = deviation(_amount_paid_data, "a number", src_dict, _field, _SCHEMA)

            _field = "amount_withheld"
            amount_withheld: float | None | Unset
            _amount_withheld_data = get("amount_withheld", UNSET)
            if isinstance(_amount_withheld_data, (int, float)) and not isinstance(_amount_withheld_data, bool):
                amount_withheld = _amount_withheld_data
            elif _amount_withheld_data is None or _amount_withheld_data is UNSET:
                amount_withheld = _amount_withheld_data
            else:
                amount_withheld = deviation(_amount_withheld_data, "a number", src_dict, _field, _SCHEMA)

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

            _field = "invoice_id"
            invoice_id: None | str | Unset
            _invoice_id_data = get("invoice_id", UNSET)
            if isinstance(_invoice_id_data, str):
                invoice_id = _invoice_id_data
            elif _invoice_id_data is None or _invoice_id_data is UNSET:
                invoice_id = _invoice_id_data
            else:
                invoice_id = deviation(_invoice_id_data, "a string", src_dict, _field, _SCHEMA)

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

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        remittance_allocation = cls(
            invoice_number,
            object_,
            remittance_id,
            amount_discount,
            amount_paid,
            amount_withheld,
            created_at,
            invoice,
            invoice_id,
            modified_at,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(remittance_allocation, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            remittance_allocation.additional_properties = undeclared
        return remittance_allocation

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


def _parse_invoice(_json: Any, lazy: bool, src_dict: Any) -> None | RemittanceAllocationInvoice | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "invoice"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    invoice: None | RemittanceAllocationInvoice | Unset
    _invoice_data = _json
    if isinstance(_invoice_data, dict):
        _invoice_type_0 = _invoice_data
        invoice_type_0 = (
            RemittanceAllocationInvoice.from_dict(_invoice_type_0, lazy=lazy)
            if isinstance(_invoice_type_0, dict)
            else deviation(_invoice_type_0, "an object (RemittanceAllocationInvoice)", src_dict, _field, _SCHEMA)
        )

        invoice = invoice_type_0
    elif _invoice_data is None or _invoice_data is UNSET:
        invoice = _invoice_data
    else:
        invoice = deviation(_invoice_data, "an object (RemittanceAllocationInvoice)", src_dict, _field, _SCHEMA)

    return invoice


install_lazy_fields(RemittanceAllocation, ("invoice",))


install_undeclared_on_demand(RemittanceAllocation)
