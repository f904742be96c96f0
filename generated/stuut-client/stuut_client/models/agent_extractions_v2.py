from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentExtractionsV2")


@_attrs_define
class AgentExtractionsV2:
    """
    Attributes:
        counterparty_name (None | str | Unset):
        invoice_numbers (list[str] | None | Unset):
    """

    counterparty_name: None | str | Unset = UNSET
    invoice_numbers: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counterparty_name: None | str | Unset
        if isinstance(self.counterparty_name, Unset):
            counterparty_name = UNSET
        else:
            counterparty_name = self.counterparty_name

        invoice_numbers: list[str] | None | Unset
        if isinstance(self.invoice_numbers, Unset):
            invoice_numbers = UNSET
        elif isinstance(self.invoice_numbers, list):
            invoice_numbers = self.invoice_numbers

        else:
            invoice_numbers = self.invoice_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if counterparty_name is not UNSET:
            field_dict["counterparty_name"] = counterparty_name
        if invoice_numbers is not UNSET:
            field_dict["invoice_numbers"] = invoice_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "counterparty_name"

            def _parse_counterparty_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            counterparty_name = _parse_counterparty_name(d.pop("counterparty_name", UNSET))

            _field = "invoice_numbers"

            def _parse_invoice_numbers(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _invoice_numbers_type_0 = data
                if not isinstance(_invoice_numbers_type_0, list):
                    raise TypeError(f"expected an array, got {type(_invoice_numbers_type_0).__name__}")
                invoice_numbers_type_0 = _invoice_numbers_type_0

                return invoice_numbers_type_0

            invoice_numbers = _parse_invoice_numbers(d.pop("invoice_numbers", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        agent_extractions_v2 = cls(
            counterparty_name=counterparty_name,
            invoice_numbers=invoice_numbers,
        )

        agent_extractions_v2.additional_properties = d
        return agent_extractions_v2

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
