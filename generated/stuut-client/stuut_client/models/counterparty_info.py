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

T = TypeVar("T", bound="CounterpartyInfo")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "CounterpartyInfo"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "display",
        "id",
        "partner_count",
    }
)


@_attrs_define
class CounterpartyInfo:
    """
    Attributes:
        display (None | str | Unset):
        id (None | str | Unset):
        partner_count (int | None | Unset): An integer: an assumption, because the page shows only `123`, which the docs
            renderer prints for integers and numbers alike; the name says it counts partners.
    """

    display: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    partner_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        display: None | str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        else:
            display = self.display

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        partner_count: int | None | Unset
        if isinstance(self.partner_count, Unset):
            partner_count = UNSET
        else:
            partner_count = self.partner_count

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if display is not UNSET:
            field_dict["display"] = display
        if id is not UNSET:
            field_dict["id"] = id
        if partner_count is not UNSET:
            field_dict["partner_count"] = partner_count

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
            _field = "display"
            display: None | str | Unset
            _display_data = get("display", UNSET)
            if isinstance(_display_data, str):
                display = _display_data
            elif _display_data is None or _display_data is UNSET:
                display = _display_data
            else:
                display = deviation(_display_data, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "partner_count"
            partner_count: int | None | Unset
            _partner_count_data = get("partner_count", UNSET)
            if isinstance(_partner_count_data, int) and not isinstance(_partner_count_data, bool):
                partner_count = _partner_count_data
            elif _partner_count_data is None or _partner_count_data is UNSET:
                partner_count = _partner_count_data
            else:
                partner_count = deviation(_partner_count_data, "an integer", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        counterparty_info = cls(
            display,
            id,
            partner_count,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            counterparty_info.additional_properties = undeclared
        return counterparty_info

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


install_undeclared_on_demand(CounterpartyInfo)
