from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItem")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "LineItem"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "invoice_id",
        "object",
        "remote_id",
        "created_at",
        "currency",
        "custom_fields",
        "description",
        "line_number",
        "modified_at",
        "name",
        "period_end_date",
        "period_start_date",
        "product_type",
        "quantity",
        "remote_created_at",
        "remote_metadata",
        "remote_modified_at",
        "total_amount",
        "total_discount",
        "total_tax",
        "unit_amount",
    }
)


@_attrs_define
class LineItem:
    """
    Attributes:
        invoice_id (str):
        object_ (str):
        remote_id (str):
        created_at (datetime.datetime | None | Unset):
        currency (Currency | None | Unset):
        custom_fields (Any | Unset): Untyped on the reference page (`<unknown>`).
        description (None | str | Unset):
        line_number (int | None | Unset): An integer: an assumption, because the page shows only `123`, which the docs
            renderer prints for integers and numbers alike; the name says it numbers a line.
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset):
        period_end_date (datetime.datetime | None | Unset):
        period_start_date (datetime.datetime | None | Unset):
        product_type (None | str | Unset):
        quantity (float | None | Unset):
        remote_created_at (datetime.datetime | None | Unset):
        remote_metadata (Any | Unset): Untyped on the reference page (`<unknown>`).
        remote_modified_at (datetime.datetime | None | Unset):
        total_amount (float | None | Unset):
        total_discount (float | None | Unset):
        total_tax (float | None | Unset):
        unit_amount (float | None | Unset):
    """

    invoice_id: str
    object_: str
    remote_id: str
    created_at: datetime.datetime | None | Unset = UNSET
    currency: Currency | None | Unset = UNSET
    custom_fields: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    line_number: int | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    period_end_date: datetime.datetime | None | Unset = UNSET
    period_start_date: datetime.datetime | None | Unset = UNSET
    product_type: None | str | Unset = UNSET
    quantity: float | None | Unset = UNSET
    remote_created_at: datetime.datetime | None | Unset = UNSET
    remote_metadata: Any | Unset = UNSET
    remote_modified_at: datetime.datetime | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    total_discount: float | None | Unset = UNSET
    total_tax: float | None | Unset = UNSET
    unit_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        invoice_id = self.invoice_id

        object_ = self.object_

        remote_id = self.remote_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, Currency):
            currency = self.currency.value if isinstance(self.currency, Currency) else self.currency

        else:
            currency = self.currency

        custom_fields = self.custom_fields

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        line_number: int | None | Unset
        if isinstance(self.line_number, Unset):
            line_number = UNSET
        else:
            line_number = self.line_number

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        period_end_date: None | str | Unset
        if isinstance(self.period_end_date, Unset):
            period_end_date = UNSET
        elif isinstance(self.period_end_date, datetime.datetime):
            period_end_date = (
                self.period_end_date.isoformat()
                if isinstance(self.period_end_date, datetime.datetime)
                else self.period_end_date
            )

        else:
            period_end_date = self.period_end_date

        period_start_date: None | str | Unset
        if isinstance(self.period_start_date, Unset):
            period_start_date = UNSET
        elif isinstance(self.period_start_date, datetime.datetime):
            period_start_date = (
                self.period_start_date.isoformat()
                if isinstance(self.period_start_date, datetime.datetime)
                else self.period_start_date
            )

        else:
            period_start_date = self.period_start_date

        product_type: None | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        else:
            product_type = self.product_type

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        remote_created_at: None | str | Unset
        if isinstance(self.remote_created_at, Unset):
            remote_created_at = UNSET
        elif isinstance(self.remote_created_at, datetime.datetime):
            remote_created_at = (
                self.remote_created_at.isoformat()
                if isinstance(self.remote_created_at, datetime.datetime)
                else self.remote_created_at
            )

        else:
            remote_created_at = self.remote_created_at

        remote_metadata = self.remote_metadata

        remote_modified_at: None | str | Unset
        if isinstance(self.remote_modified_at, Unset):
            remote_modified_at = UNSET
        elif isinstance(self.remote_modified_at, datetime.datetime):
            remote_modified_at = (
                self.remote_modified_at.isoformat()
                if isinstance(self.remote_modified_at, datetime.datetime)
                else self.remote_modified_at
            )

        else:
            remote_modified_at = self.remote_modified_at

        total_amount: float | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        total_discount: float | None | Unset
        if isinstance(self.total_discount, Unset):
            total_discount = UNSET
        else:
            total_discount = self.total_discount

        total_tax: float | None | Unset
        if isinstance(self.total_tax, Unset):
            total_tax = UNSET
        else:
            total_tax = self.total_tax

        unit_amount: float | None | Unset
        if isinstance(self.unit_amount, Unset):
            unit_amount = UNSET
        else:
            unit_amount = self.unit_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "invoice_id": invoice_id,
                "object": object_,
                "remote_id": remote_id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if description is not UNSET:
            field_dict["description"] = description
        if line_number is not UNSET:
            field_dict["line_number"] = line_number
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if period_end_date is not UNSET:
            field_dict["period_end_date"] = period_end_date
        if period_start_date is not UNSET:
            field_dict["period_start_date"] = period_start_date
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_metadata is not UNSET:
            field_dict["remote_metadata"] = remote_metadata
        if remote_modified_at is not UNSET:
            field_dict["remote_modified_at"] = remote_modified_at
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if total_discount is not UNSET:
            field_dict["total_discount"] = total_discount
        if total_tax is not UNSET:
            field_dict["total_tax"] = total_tax
        if unit_amount is not UNSET:
            field_dict["unit_amount"] = unit_amount
        if self._missing_fields:
            without_missing(self._missing_fields, field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:

        # stuut: refuse anything but an object, and name the field that does not fit.
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        get = src_dict.get
        _field = ""
        try:
            _field = "invoice_id"
            invoice_id = get("invoice_id", UNSET)
            if not (isinstance(invoice_id, str)):
                invoice_id = deviation(invoice_id, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_id"
            remote_id = get("remote_id", UNSET)
            if not (isinstance(remote_id, str)):
                remote_id = deviation(remote_id, "a string", src_dict, _field, _SCHEMA)

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

            _field = "currency"
            currency: Currency | None | Unset
            _currency_data = get("currency", UNSET)
            if isinstance(_currency_data, str):
                _currency_type_0 = _currency_data
                currency_type_0 = (
                    Currency._by_value.get(_currency_type_0) if _currency_type_0.__class__ is str else None
                ) or enum_or_deviation(Currency, _currency_type_0, src_dict, _field, _SCHEMA)

                currency = currency_type_0
            elif _currency_data is None or _currency_data is UNSET:
                currency = _currency_data
            else:
                currency = deviation(_currency_data, "Currency", src_dict, _field, _SCHEMA)

            _field = "custom_fields"
            custom_fields = get("custom_fields", UNSET)

            _field = "description"
            description: None | str | Unset
            _description_data = get("description", UNSET)
            if isinstance(_description_data, str):
                description = _description_data
            elif _description_data is None or _description_data is UNSET:
                description = _description_data
            else:
                description = deviation(_description_data, "a string", src_dict, _field, _SCHEMA)

            _field = "line_number"
            line_number: int | None | Unset
            _line_number_data = get("line_number", UNSET)
            if isinstance(_line_number_data, int) and not isinstance(_line_number_data, bool):
                line_number = _line_number_data
            elif _line_number_data is None or _line_number_data is UNSET:
                line_number = _line_number_data
            else:
                line_number = deviation(_line_number_data, "an integer", src_dict, _field, _SCHEMA)

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

            _field = "name"
            name: None | str | Unset
            _name_data = get("name", UNSET)
            if isinstance(_name_data, str):
                name = _name_data
            elif _name_data is None or _name_data is UNSET:
                name = _name_data
            else:
                name = deviation(_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "period_end_date"
            period_end_date: datetime.datetime | None | Unset
            _period_end_date_data = get("period_end_date", UNSET)
            if isinstance(_period_end_date_data, str):
                try:
                    period_end_date_type_0 = datetime.datetime.fromisoformat(_period_end_date_data)
                except (TypeError, ValueError):
                    period_end_date_type_0 = datetime_or_deviation(_period_end_date_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_period_end_date_data):
                        period_end_date_type_0 = datetime_or_deviation(_period_end_date_data, src_dict, _field, _SCHEMA)

                period_end_date = period_end_date_type_0
            elif _period_end_date_data is None or _period_end_date_data is UNSET:
                period_end_date = _period_end_date_data
            else:
                period_end_date = deviation(_period_end_date_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "period_start_date"
            period_start_date: datetime.datetime | None | Unset
            _period_start_date_data = get("period_start_date", UNSET)
            if isinstance(_period_start_date_data, str):
                try:
                    period_start_date_type_0 = datetime.datetime.fromisoformat(_period_start_date_data)
                except (TypeError, ValueError):
                    period_start_date_type_0 = datetime_or_deviation(_period_start_date_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_period_start_date_data):
                        period_start_date_type_0 = datetime_or_deviation(
                            _period_start_date_data, src_dict, _field, _SCHEMA
                        )

                period_start_date = period_start_date_type_0
            elif _period_start_date_data is None or _period_start_date_data is UNSET:
                period_start_date = _period_start_date_data
            else:
                period_start_date = deviation(_period_start_date_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "product_type"
            product_type: None | str | Unset
            _product_type_data = get("product_type", UNSET)
            if isinstance(_product_type_data, str):
                product_type = _product_type_data
            elif _product_type_data is None or _product_type_data is UNSET:
                product_type = _product_type_data
            else:
                product_type = deviation(_product_type_data, "a string", src_dict, _field, _SCHEMA)

            _field = "quantity"
            quantity: float | None | Unset
            _quantity_data = get("quantity", UNSET)
            if isinstance(_quantity_data, (int, float)) and not isinstance(_quantity_data, bool):
                quantity = _quantity_data
            elif _quantity_data is None or _quantity_data is UNSET:
                quantity = _quantity_data
            else:
                quantity = deviation(_quantity_data, "a number", src_dict, _field, _SCHEMA)

            _field = "remote_created_at"
            remote_created_at: datetime.datetime | None | Unset
            _remote_created_at_data = get("remote_created_at", UNSET)
            if isinstance(_remote_created_at_data, str):
                try:
                    remote_created_at_type_0 = datetime.datetime.fromisoformat(_remote_created_at_data)
                except (TypeError, ValueError):
                    remote_created_at_type_0 = datetime_or_deviation(_remote_created_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_remote_created_at_data):
                        remote_created_at_type_0 = datetime_or_deviation(
                            _remote_created_at_data, src_dict, _field, _SCHEMA
                        )

                remote_created_at = remote_created_at_type_0
            elif _remote_created_at_data is None or _remote_created_at_data is UNSET:
                remote_created_at = _remote_created_at_data
            else:
                remote_created_at = deviation(_remote_created_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "remote_metadata"
            remote_metadata = get("remote_metadata", UNSET)

            _field = "remote_modified_at"
            remote_modified_at: datetime.datetime | None | Unset
            _remote_modified_at_data = get("remote_modified_at", UNSET)
            if isinstance(_remote_modified_at_data, str):
                try:
                    remote_modified_at_type_0 = datetime.datetime.fromisoformat(_remote_modified_at_data)
                except (TypeError, ValueError):
                    remote_modified_at_type_0 = datetime_or_deviation(
                        _remote_modified_at_data, src_dict, _field, _SCHEMA
                    )
                else:
                    if not has_rfc3339_shape(_remote_modified_at_data):
                        remote_modified_at_type_0 = datetime_or_deviation(
                            _remote_modified_at_data, src_dict, _field, _SCHEMA
                        )

                remote_modified_at = remote_modified_at_type_0
            elif _remote_modified_at_data is None or _remote_modified_at_data is UNSET:
                remote_modified_at = _remote_modified_at_data
            else:
                remote_modified_at = deviation(
                    _remote_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA
                )

            _field = "total_amount"
            total_amount: float | None | Unset
            _total_amount_data = get("total_amount", UNSET)
            if isinstance(_total_amount_data, (int, float)) and not isinstance(_total_amount_data, bool):
                total_amount = _total_amount_data
            elif _total_amount_data is None or _total_amount_data is UNSET:
                total_amount = _total_amount_data
            else:
                total_amount = deviation(_total_amount_data, "a number", src_dict, _field, _SCHEMA)

            _field = "total_discount"
            total_discount: float | None | Unset
            _total_discount_data = get("total_discount", UNSET)
            if isinstance(_total_discount_data, (int, float)) and not isinstance(_total_discount_data, bool):
                total_discount = _total_discount_data
            elif _total_discount_data is None or _total_discount_data is UNSET:
                total_discount = _total_discount_data
            else:
                total_discount = deviation(_total_discount_data, "a number", src_dict, _field, _SCHEMA)

            _field = "total_tax"
            total_tax: float | None | Unset
            _total_tax_data = get("total_tax", UNSET)
            if isinstance(_total_tax_data, (int, float)) and not isinstance(_total_tax_data, bool):
                total_tax = _total_tax_data
            elif _total_tax_data is None or _total_tax_data is UNSET:
                total_tax = _total_tax_data
            else:
                total_tax = deviation(_total_tax_data, "a number", src_dict, _field, _SCHEMA)

            _field = "unit_amount"
            unit_amount: float | None | Unset
            _unit_amount_data = get("unit_amount", UNSET)
            if isinstance(_unit_amount_data, (int, float)) and not isinstance(_unit_amount_data, bool):
                unit_amount = _unit_amount_data
            elif _unit_amount_data is None or _unit_amount_data is UNSET:
                unit_amount = _unit_amount_data
            else:
                unit_amount = deviation(_unit_amount_data, "a number", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        line_item = cls(
            invoice_id,
            object_,
            remote_id,
            created_at,
            currency,
            custom_fields,
            description,
            line_number,
            modified_at,
            name,
            period_end_date,
            period_start_date,
            product_type,
            quantity,
            remote_created_at,
            remote_metadata,
            remote_modified_at,
            total_amount,
            total_discount,
            total_tax,
            unit_amount,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(line_item, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            line_item.additional_properties = undeclared
        return line_item

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


install_undeclared_on_demand(LineItem)
