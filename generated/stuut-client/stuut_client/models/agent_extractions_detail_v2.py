from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    PENDING_MISSING,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentExtractionsDetailV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "AgentExtractionsDetailV2"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "counterparty_name",
        "counterparty_raw",
        "invoice_numbers",
    }
)


@_attrs_define
class AgentExtractionsDetailV2:
    """
    Attributes:
        counterparty_name (None | str | Unset):
        counterparty_raw (None | str | Unset):
        invoice_numbers (list[str] | None | Unset):
    """

    counterparty_name: None | str | Unset = UNSET
    counterparty_raw: None | str | Unset = UNSET
    invoice_numbers: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        counterparty_name: None | str | Unset
        if isinstance(self.counterparty_name, Unset):
            counterparty_name = UNSET
        else:
            counterparty_name = self.counterparty_name

        counterparty_raw: None | str | Unset
        if isinstance(self.counterparty_raw, Unset):
            counterparty_raw = UNSET
        else:
            counterparty_raw = self.counterparty_raw

        invoice_numbers: list[str] | None | Unset
        if isinstance(self.invoice_numbers, Unset):
            invoice_numbers = UNSET
        elif isinstance(self.invoice_numbers, list):
            invoice_numbers = self.invoice_numbers

        else:
            invoice_numbers = self.invoice_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if counterparty_name is not UNSET:
            field_dict["counterparty_name"] = counterparty_name
        if counterparty_raw is not UNSET:
            field_dict["counterparty_raw"] = counterparty_raw
        if invoice_numbers is not UNSET:
            field_dict["invoice_numbers"] = invoice_numbers

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
            _field = "counterparty_name"
            counterparty_name: None | str | Unset
            _counterparty_name_data = get("counterparty_name", UNSET)
            if isinstance(_counterparty_name_data, str):
                counterparty_name = _counterparty_name_data
            elif _counterparty_name_data is None or _counterparty_name_data is UNSET:
                counterparty_name = _counterparty_name_data
            else:
                counterparty_name = deviation(_counterparty_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "counterparty_raw"
            counterparty_raw: None | str | Unset
            _counterparty_raw_data = get("counterparty_raw", UNSET)
            if isinstance(_counterparty_raw_data, str):
                counterparty_raw = _counterparty_raw_data
            elif _counterparty_raw_data is None or _counterparty_raw_data is UNSET:
                counterparty_raw = _counterparty_raw_data
            else:
                counterparty_raw = deviation(_counterparty_raw_data, "a string", src_dict, _field, _SCHEMA)

            _field = "invoice_numbers"
            invoice_numbers: list[str] | None | Unset
            _invoice_numbers_data = get("invoice_numbers", UNSET)
            if isinstance(_invoice_numbers_data, list):
                _invoice_numbers_type_0 = _invoice_numbers_data
                invoice_numbers_type_0: list[str]
                if not isinstance(_invoice_numbers_type_0, list):
                    invoice_numbers_type_0 = deviation(_invoice_numbers_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    invoice_numbers_type_0 = _invoice_numbers_type_0
                    for _invoice_numbers_type_0_index, _invoice_numbers_type_0_item in enumerate(
                        _invoice_numbers_type_0
                    ):
                        if not (isinstance(_invoice_numbers_type_0_item, str)):
                            try:
                                deviation(
                                    _invoice_numbers_type_0_item,
                                    "a string",
                                    _invoice_numbers_type_0,
                                    _invoice_numbers_type_0_index,
                                    _SCHEMA,
                                    _field,
                                )
                            except (KeyError, TypeError, ValueError) as _parse_failure:
                                raise ResponseValidationError.from_exception(
                                    _parse_failure, (_invoice_numbers_type_0_index,)
                                ) from _parse_failure

                invoice_numbers = invoice_numbers_type_0
            elif _invoice_numbers_data is None or _invoice_numbers_data is UNSET:
                invoice_numbers = _invoice_numbers_data
            else:
                invoice_numbers = deviation(_invoice_numbers_data, "an array", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        agent_extractions_detail_v2 = cls(
            counterparty_name,
            counterparty_raw,
            invoice_numbers,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            agent_extractions_detail_v2.additional_properties = undeclared
        return agent_extractions_detail_v2

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


install_undeclared_on_demand(AgentExtractionsDetailV2)
