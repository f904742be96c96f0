from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import Decoded
from .._deviations import (
    PENDING_MISSING,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_v2 import CallV2


T = TypeVar("T", bound="CallV2Page")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "CallV2Page"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "data",
        "current_page",
        "total_records",
        "next_page",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.call_v2 import CallV2  # noqa: PLC0415

    globals().update(
        CallV2=CallV2,
    )
    _references_unresolved = False


@_attrs_define
class CallV2Page:
    """One page of CallV2 objects (v2). Pages are numbered from 0. As on the List Invoices and List Users pages, no
    envelope field is required; `current_page` and `total_records` default to 0 and `next_page` is nullable. A FastAPI
    server with `response_model_exclude_none` or `response_model_exclude_defaults` leaves them out; a missing
    `next_page` means there is no next page, a missing `current_page` or `total_records` reads as 0. The pages show no
    range for them, so none is declared.

        Attributes:
            data (list[CallV2] | Unset):
            current_page (int | Unset): The current page. Default: 0.
            total_records (int | Unset): Total number of records. Default: 0.
            next_page (int | None | Unset): The next page, if one exists.
    """

    data: list[CallV2] | Unset = UNSET
    current_page: int | Unset = 0
    total_records: int | Unset = 0
    next_page: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            if isinstance(self.data, list):
                data = []
                for data_item_data in self.data:
                    data_item = data_item_data.to_dict() if isinstance(data_item_data, CallV2) else data_item_data

                    data.append(data_item)
            else:
                data = self.data

        current_page = self.current_page

        total_records = self.total_records

        next_page: int | None | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if total_records is not UNSET:
            field_dict["total_records"] = total_records
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

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
            _field = "data"
            data = (
                defer(_parse_data, get("data", UNSET), src_dict)
                if lazy
                else _parse_data(get("data", UNSET), False, src_dict)
            )

            _field = "current_page"
            current_page = get("current_page", UNSET)
            if not isinstance(current_page, Unset) and not (
                isinstance(current_page, int) and not isinstance(current_page, bool)
            ):
                current_page = deviation(current_page, "an integer", src_dict, _field, _SCHEMA)

            _field = "total_records"
            total_records = get("total_records", UNSET)
            if not isinstance(total_records, Unset) and not (
                isinstance(total_records, int) and not isinstance(total_records, bool)
            ):
                total_records = deviation(total_records, "an integer", src_dict, _field, _SCHEMA)

            _field = "next_page"
            next_page: int | None | Unset
            _next_page_data = get("next_page", UNSET)
            if isinstance(_next_page_data, int) and not isinstance(_next_page_data, bool):
                next_page = _next_page_data
            elif _next_page_data is None or _next_page_data is UNSET:
                next_page = _next_page_data
            else:
                next_page = deviation(_next_page_data, "an integer", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        call_v2_page = cls(
            data,
            current_page,
            total_records,
            next_page,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            call_v2_page.additional_properties = undeclared
        return call_v2_page

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


def _parse_data(_json: Any, lazy: bool, src_dict: Any) -> list[CallV2] | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "data"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    _data = _json
    data: list[CallV2] | Unset
    if _data is UNSET:
        data = UNSET
    elif not isinstance(_data, list):
        if _data is UNSET:
            raise KeyError("data")
        raise TypeError(f"expected an array, got {type(_data).__name__}")
    else:
        data = []
        for _data_index, data_item_data in enumerate(_data):
            try:
                _data_item = data_item_data
                data_item = (
                    CallV2.from_dict(_data_item, lazy=lazy)
                    if isinstance(_data_item, dict)
                    else deviation(_data_item, "an object (CallV2)", _data, _data_index, _SCHEMA, _field)
                )

            except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                raise ResponseValidationError.from_exception(_parse_failure, (_data_index,)) from _parse_failure
            data.append(data_item)

    return data


install_lazy_fields(CallV2Page, ("data",))


install_undeclared_on_demand(CallV2Page)
