from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import is_full_date
from .._decode import Decoded
from .._deviations import (
    PENDING_MISSING,
    date_or_deviation,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remittance_allocation_input import RemittanceAllocationInput


T = TypeVar("T", bound="UpdateRemittanceRequest")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "UpdateRemittanceRequest"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "allocations",
        "currency",
        "partner",
        "transaction_amount",
        "transaction_date",
        "transaction_number",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.remittance_allocation_input import RemittanceAllocationInput  # noqa: PLC0415

    globals().update(
        RemittanceAllocationInput=RemittanceAllocationInput,
    )
    _references_unresolved = False


@_attrs_define
class UpdateRemittanceRequest:
    """Request body of Update A Remittance (only the curl sample was recovered).

    Attributes:
        allocations (list[RemittanceAllocationInput] | Unset):
        currency (str | Unset):
        partner (str | Unset): The Partner identifier, (e.g. ptn_abc123).
        transaction_amount (float | Unset):
        transaction_date (datetime.date | Unset):
        transaction_number (str | Unset):
    """

    allocations: list[RemittanceAllocationInput] | Unset = UNSET
    currency: str | Unset = UNSET
    partner: str | Unset = UNSET
    transaction_amount: float | Unset = UNSET
    transaction_date: datetime.date | Unset = UNSET
    transaction_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            if isinstance(self.allocations, list):
                allocations = []
                for allocations_item_data in self.allocations:
                    allocations_item = (
                        allocations_item_data.to_dict()
                        if isinstance(allocations_item_data, RemittanceAllocationInput)
                        else allocations_item_data
                    )

                    allocations.append(allocations_item)
            else:
                allocations = self.allocations

        currency = self.currency

        partner = self.partner

        transaction_amount = self.transaction_amount

        transaction_date: str | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = (
                self.transaction_date.isoformat()
                if isinstance(self.transaction_date, datetime.date)
                else self.transaction_date
            )

        transaction_number = self.transaction_number

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if currency is not UNSET:
            field_dict["currency"] = currency
        if partner is not UNSET:
            field_dict["partner"] = partner
        if transaction_amount is not UNSET:
            field_dict["transaction_amount"] = transaction_amount
        if transaction_date is not UNSET:
            field_dict["transaction_date"] = transaction_date
        if transaction_number is not UNSET:
            field_dict["transaction_number"] = transaction_number

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
            _field = "allocations"
            allocations = (
                defer(_parse_allocations, get("allocations", UNSET), src_dict)
                if lazy
                else _parse_allocations(get("allocations", UNSET), False, src_dict)
            )

            _field = "currency"
            currency = get("currency", UNSET)
            if not isinstance(currency, Unset) and not (isinstance(currency, str)):
                currency = deviation(currency, "a string", src_dict, _field, _SCHEMA)

            _field = "partner"
            partner = get("partner", UNSET)
            if not isinstance(partner, Unset) and not (isinstance(partner, str)):
                partner = deviation(partner, "a string", src_dict, _field, _SCHEMA)

            _field = "transaction_amount"
            transaction_amount = get("transaction_amount", UNSET)
            if not isinstance(transaction_amount, Unset) and not (
                isinstance(transaction_amount, (int, float)) and not isinstance(transaction_amount, bool)
            ):
                transaction_amount = deviation(transaction_amount, "a number", src_dict, _field, _SCHEMA)

            _field = "transaction_date"
            _transaction_date = get("transaction_date", UNSET)
            transaction_date: datetime.date | Unset
            if isinstance(_transaction_date, Unset):
                transaction_date = UNSET
            else:
                try:
                    transaction_date = datetime.date.fromisoformat(_transaction_date)
                except (TypeError, ValueError):
                    transaction_date = date_or_deviation(_transaction_date, src_dict, _field, _SCHEMA)
                else:
                    if not is_full_date(_transaction_date):
                        transaction_date = date_or_deviation(_transaction_date, src_dict, _field, _SCHEMA)

            _field = "transaction_number"
            transaction_number = get("transaction_number", UNSET)
            if not isinstance(transaction_number, Unset) and not (isinstance(transaction_number, str)):
                transaction_number = deviation(transaction_number, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        update_remittance_request = cls(
            allocations,
            currency,
            partner,
            transaction_amount,
            transaction_date,
            transaction_number,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            update_remittance_request.additional_properties = undeclared
        return update_remittance_request

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


def _parse_allocations(_json: Any, lazy: bool, src_dict: Any) -> list[RemittanceAllocationInput] | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "allocations"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    _allocations = _json
    allocations: list[RemittanceAllocationInput] | Unset
    if _allocations is UNSET:
        allocations = UNSET
    elif not isinstance(_allocations, list):
        allocations = deviation(_allocations, "an array", src_dict, _field, _SCHEMA)
    else:
        allocations = []
        for _allocations_index, allocations_item_data in enumerate(_allocations):
            try:
                _allocations_item = allocations_item_data
                allocations_item = (
                    RemittanceAllocationInput.from_dict(_allocations_item, lazy=lazy)
                    if isinstance(_allocations_item, dict)
                    else deviation(
                        _allocations_item,
                        "an object (RemittanceAllocationInput)",
                        _allocations,
                        _allocations_index,
                        _SCHEMA,
                        _field,
                    )
                )

            except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                raise ResponseValidationError.from_exception(_parse_failure, (_allocations_index,)) from _parse_failure
            allocations.append(allocations_item)

    return allocations


install_lazy_fields(UpdateRemittanceRequest, ("allocations",))


install_undeclared_on_demand(UpdateRemittanceRequest)
