from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..models.sort_order import SortOrder
from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardSettings")


@_attrs_define
class DashboardSettings:
    """
    Attributes:
        thread_emails_sort_order (None | SortOrder | Unset):
    """

    thread_emails_sort_order: None | SortOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_emails_sort_order: None | str | Unset
        if isinstance(self.thread_emails_sort_order, Unset):
            thread_emails_sort_order = UNSET
        elif isinstance(self.thread_emails_sort_order, SortOrder):
            thread_emails_sort_order = self.thread_emails_sort_order.value
        else:
            thread_emails_sort_order = self.thread_emails_sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if thread_emails_sort_order is not UNSET:
            field_dict["thread_emails_sort_order"] = thread_emails_sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "thread_emails_sort_order"

            def _parse_thread_emails_sort_order(data: object) -> None | SortOrder | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected SortOrder, got {type(data).__name__}")
                thread_emails_sort_order_type_0 = SortOrder(data)

                return thread_emails_sort_order_type_0

            thread_emails_sort_order = _parse_thread_emails_sort_order(d.pop("thread_emails_sort_order", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        dashboard_settings = cls(
            thread_emails_sort_order=thread_emails_sort_order,
        )

        dashboard_settings.additional_properties = d
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
