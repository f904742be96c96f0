from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError

if TYPE_CHECKING:
    from ..models.bank_transaction_v2 import BankTransactionV2


T = TypeVar("T", bound="BankTransactionV2Page")


@_attrs_define
class BankTransactionV2Page:
    """One page of BankTransactionV2 objects (v2). Pages are numbered from 0. The envelope's `current_page` and
    `total_records` are documented with a default of 0 and `next_page` as nullable; a pydantic server always sends all
    four, and the client requires them so that a truncated envelope fails loudly instead of ending a list walk early.

        Attributes:
            data (list[BankTransactionV2]):
            current_page (int): The current page. Default: 0.
            total_records (int): Total number of records. Default: 0.
            next_page (int | None): The next page, if one exists.
    """

    data: list[BankTransactionV2]
    next_page: int | None
    current_page: int = 0
    total_records: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        current_page = self.current_page

        total_records = self.total_records

        next_page: int | None
        next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "current_page": current_page,
                "total_records": total_records,
                "next_page": next_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_transaction_v2 import BankTransactionV2  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "data"
            _data = d.pop("data")
            if not isinstance(_data, list):
                raise TypeError(f"expected an array, got {type(_data).__name__}")
            data = []
            for _data_index, data_item_data in enumerate(_data):
                try:
                    data_item = BankTransactionV2.from_dict(data_item_data)

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(_parse_failure, (_data_index,)) from _parse_failure
                data.append(data_item)

            _field = "current_page"
            current_page = d.pop("current_page")
            if not (isinstance(current_page, int) and not isinstance(current_page, bool)):
                raise TypeError(f"expected an integer, got {type(current_page).__name__}")

            _field = "total_records"
            total_records = d.pop("total_records")
            if not (isinstance(total_records, int) and not isinstance(total_records, bool)):
                raise TypeError(f"expected an integer, got {type(total_records).__name__}")

            _field = "next_page"

            def _parse_next_page(data: object) -> int | None:
                if data is None:
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected an integer, got {type(data).__name__}")

            next_page = _parse_next_page(d.pop("next_page"))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        bank_transaction_v2_page = cls(
            data=data,
            current_page=current_page,
            total_records=total_records,
            next_page=next_page,
        )

        bank_transaction_v2_page.additional_properties = d
        return bank_transaction_v2_page

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
