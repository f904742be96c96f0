from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.integration_health_status import IntegrationHealthStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationHealth")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "IntegrationHealth"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "details",
        "message",
        "reason",
    }
)


@_attrs_define
class IntegrationHealth:
    """
    Attributes:
        status (IntegrationHealthStatus): The reference page shows only the value `incomplete`; the complete list was
            not recovered. Values the server sends that are not listed here parse as unknown members (see the client's
            tolerant enums).
        details (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        message (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        reason (Any | Unset): The reference page shows only `null` here, so the type is not documented.
    """

    status: IntegrationHealthStatus
    details: Any | Unset = UNSET
    message: Any | Unset = UNSET
    reason: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        status = self.status.value if isinstance(self.status, IntegrationHealthStatus) else self.status

        details = self.details

        message = self.message

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "status": status,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if message is not UNSET:
            field_dict["message"] = message
        if reason is not UNSET:
            field_dict["reason"] = reason
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
            _field = "status"
            _status = get("status", UNSET)
            status = (
                IntegrationHealthStatus._by_value.get(_status) if _status.__class__ is str else None
            ) or enum_or_deviation(IntegrationHealthStatus, _status, src_dict, _field, _SCHEMA)

            _field = "details"
            details = get("details", UNSET)

            _field = "message"
            message = get("message", UNSET)

            _field = "reason"
            reason = get("reason", UNSET)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        integration_health = cls(
            status,
            details,
            message,
            reason,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(integration_health, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            integration_health.additional_properties = undeclared
        return integration_health

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


install_undeclared_on_demand(IntegrationHealth)
