from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    PENDING_MISSING,
    deviation,
    enum_or_deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.sort_order import SortOrder
from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardSettings")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "DashboardSettings"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "thread_emails_sort_order",
    }
)


@_attrs_define
class DashboardSettings:
    """
    Attributes:
        thread_emails_sort_order (None | SortOrder | Unset):
    """

    thread_emails_sort_order: None | SortOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        thread_emails_sort_order: None | str | Unset
        if isinstance(self.thread_emails_sort_order, Unset):
            thread_emails_sort_order = UNSET
        elif isinstance(self.thread_emails_sort_order, SortOrder):
            thread_emails_sort_order = (
                self.thread_emails_sort_order.value
                if isinstance(self.thread_emails_sort_order, SortOrder)
                else self.thread_emails_sort_order
            )

        else:
            thread_emails_sort_order = self.thread_emails_sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if thread_emails_sort_order is not UNSET:
            field_dict["thread_emails_sort_order"] = thread_emails_sort_order

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
            _field = "thread_emails_sort_order"
            thread_emails_sort_order: None | SortOrder | Unset
            _thread_emails_sort_order_data = get("thread_emails_sort_order", UNSET)
            if isinstance(_thread_emails_sort_order_data, str):
                _thread_emails_sort_order_type_0 = _thread_emails_sort_order_data
                thread_emails_sort_order_type_0 = (
                    SortOrder._by_value.get(_thread_emails_sort_order_type_0)
                    if _thread_emails_sort_order_type_0.__class__ is str
                    else None
                ) or enum_or_deviation(SortOrder, _thread_emails_sort_order_type_0, src_dict, _field, _SCHEMA)

                thread_emails_sort_order = thread_emails_sort_order_type_0
            elif _thread_emails_sort_order_data is None or _thread_emails_sort_order_data is UNSET:
                thread_emails_sort_order = _thread_emails_sort_order_data
            else:
                thread_emails_sort_order = deviation(
                    _thread_emails_sort_order_data, "SortOrder", src_dict, _field, _SCHEMA
                )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        dashboard_settings = cls(
            thread_emails_sort_order,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            dashboard_settings.additional_properties = undeclared
        return dashboard_settings

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


install_undeclared_on_demand(DashboardSettings)
