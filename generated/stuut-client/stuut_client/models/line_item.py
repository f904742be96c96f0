from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItem")


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
        line_number (int | None | Unset):
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        object_ = self.object_

        remote_id = self.remote_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, Currency):
            currency = self.currency.value
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
            modified_at = self.modified_at.isoformat()
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
            period_end_date = self.period_end_date.isoformat()
        else:
            period_end_date = self.period_end_date

        period_start_date: None | str | Unset
        if isinstance(self.period_start_date, Unset):
            period_start_date = UNSET
        elif isinstance(self.period_start_date, datetime.datetime):
            period_start_date = self.period_start_date.isoformat()
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
            remote_created_at = self.remote_created_at.isoformat()
        else:
            remote_created_at = self.remote_created_at

        remote_metadata = self.remote_metadata

        remote_modified_at: None | str | Unset
        if isinstance(self.remote_modified_at, Unset):
            remote_modified_at = UNSET
        elif isinstance(self.remote_modified_at, datetime.datetime):
            remote_modified_at = self.remote_modified_at.isoformat()
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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "invoice_id"
            invoice_id = d.pop("invoice_id")
            if not (isinstance(invoice_id, str)):
                raise TypeError(f"expected a string, got {type(invoice_id).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "remote_id"
            remote_id = d.pop("remote_id")
            if not (isinstance(remote_id, str)):
                raise TypeError(f"expected a string, got {type(remote_id).__name__}")

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

            _field = "currency"

            def _parse_currency(data: object) -> Currency | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected Currency, got {type(data).__name__}")
                currency_type_0 = Currency(data)

                return currency_type_0

            currency = _parse_currency(d.pop("currency", UNSET))

            _field = "custom_fields"
            custom_fields = d.pop("custom_fields", UNSET)

            _field = "description"

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            description = _parse_description(d.pop("description", UNSET))

            _field = "line_number"

            def _parse_line_number(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected an integer, got {type(data).__name__}")

            line_number = _parse_line_number(d.pop("line_number", UNSET))

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

            _field = "name"

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            name = _parse_name(d.pop("name", UNSET))

            _field = "period_end_date"

            def _parse_period_end_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                period_end_date_type_0 = parse_datetime(data)

                return period_end_date_type_0

            period_end_date = _parse_period_end_date(d.pop("period_end_date", UNSET))

            _field = "period_start_date"

            def _parse_period_start_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                period_start_date_type_0 = parse_datetime(data)

                return period_start_date_type_0

            period_start_date = _parse_period_start_date(d.pop("period_start_date", UNSET))

            _field = "product_type"

            def _parse_product_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            product_type = _parse_product_type(d.pop("product_type", UNSET))

            _field = "quantity"

            def _parse_quantity(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            quantity = _parse_quantity(d.pop("quantity", UNSET))

            _field = "remote_created_at"

            def _parse_remote_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                remote_created_at_type_0 = parse_datetime(data)

                return remote_created_at_type_0

            remote_created_at = _parse_remote_created_at(d.pop("remote_created_at", UNSET))

            _field = "remote_metadata"
            remote_metadata = d.pop("remote_metadata", UNSET)

            _field = "remote_modified_at"

            def _parse_remote_modified_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                remote_modified_at_type_0 = parse_datetime(data)

                return remote_modified_at_type_0

            remote_modified_at = _parse_remote_modified_at(d.pop("remote_modified_at", UNSET))

            _field = "total_amount"

            def _parse_total_amount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            total_amount = _parse_total_amount(d.pop("total_amount", UNSET))

            _field = "total_discount"

            def _parse_total_discount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            total_discount = _parse_total_discount(d.pop("total_discount", UNSET))

            _field = "total_tax"

            def _parse_total_tax(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            total_tax = _parse_total_tax(d.pop("total_tax", UNSET))

            _field = "unit_amount"

            def _parse_unit_amount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            unit_amount = _parse_unit_amount(d.pop("unit_amount", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        line_item = cls(
            invoice_id=invoice_id,
            object_=object_,
            remote_id=remote_id,
            created_at=created_at,
            currency=currency,
            custom_fields=custom_fields,
            description=description,
            line_number=line_number,
            modified_at=modified_at,
            name=name,
            period_end_date=period_end_date,
            period_start_date=period_start_date,
            product_type=product_type,
            quantity=quantity,
            remote_created_at=remote_created_at,
            remote_metadata=remote_metadata,
            remote_modified_at=remote_modified_at,
            total_amount=total_amount,
            total_discount=total_discount,
            total_tax=total_tax,
            unit_amount=unit_amount,
        )

        line_item.additional_properties = d
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
