from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._deviations import (
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportPaymentsRequest")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "ExportPaymentsRequest"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "approved_only",
        "since",
    }
)


@_attrs_define
class ExportPaymentsRequest:
    """Request body of Export Payments.

    Attributes:
        approved_only (bool | Unset): Whether to only export approved payment allocations. Default: False.
        since (datetime.datetime | Unset): Export payment allocations since this date. If not provided, and
            approved_only is True, will default to the time of the last export where approved_only was True.
    """

    approved_only: bool | Unset = False
    since: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        approved_only = self.approved_only

        since: str | Unset = UNSET
        if not isinstance(self.since, Unset):
            since = self.since.isoformat() if isinstance(self.since, datetime.datetime) else self.since

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if approved_only is not UNSET:
            field_dict["approved_only"] = approved_only
        if since is not UNSET:
            field_dict["since"] = since

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
            _field = "approved_only"
            approved_only = get("approved_only", UNSET)
            if not isinstance(approved_only, Unset) and not (isinstance(approved_only, bool)):
                approved_only = deviation(approved_only, "a boolean", src_dict, _field, _SCHEMA)

            _field = "since"
            _since = get("since", UNSET)
            since: datetime.datetime | Unset
            if isinstance(_since, Unset):
                since = UNSET
            else:
                try:
                    since = datetime.datetime.fromisoformat(_since)
                except (TypeError, ValueError):
                    since = datetime_or_deviation(_since, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_since):
                        since = datetime_or_deviation(_since, src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        export_payments_request = cls(
            approved_only,
            since,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            export_payments_request.additional_properties = undeclared
        return export_payments_request

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


install_undeclared_on_demand(ExportPaymentsRequest)
