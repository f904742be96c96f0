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
    enum_or_deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.connection_health_status_code import ConnectionHealthStatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionHealth")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "ConnectionHealth"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "authentication_required",
        "message",
        "healthy",
        "status_code",
        "suggested_resolution",
        "timestamp",
    }
)


@_attrs_define
class ConnectionHealth:
    """The health of a connection.

    Attributes:
        authentication_required (bool | None | Unset):
        message (None | str | Unset):
        healthy (bool | None | Unset):
        status_code (ConnectionHealthStatusCode | None | Unset):
        suggested_resolution (None | str | Unset):
        timestamp (datetime.datetime | None | Unset):
    """

    authentication_required: bool | None | Unset = UNSET
    message: None | str | Unset = UNSET
    healthy: bool | None | Unset = UNSET
    status_code: ConnectionHealthStatusCode | None | Unset = UNSET
    suggested_resolution: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        authentication_required: bool | None | Unset
        if isinstance(self.authentication_required, Unset):
            authentication_required = UNSET
        else:
            authentication_required = self.authentication_required

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        healthy: bool | None | Unset
        if isinstance(self.healthy, Unset):
            healthy = UNSET
        else:
            healthy = self.healthy

        status_code: None | str | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        elif isinstance(self.status_code, ConnectionHealthStatusCode):
            status_code = (
                self.status_code.value if isinstance(self.status_code, ConnectionHealthStatusCode) else self.status_code
            )

        else:
            status_code = self.status_code

        suggested_resolution: None | str | Unset
        if isinstance(self.suggested_resolution, Unset):
            suggested_resolution = UNSET
        else:
            suggested_resolution = self.suggested_resolution

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp

        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if authentication_required is not UNSET:
            field_dict["authentication_required"] = authentication_required
        if message is not UNSET:
            field_dict["message"] = message
        if healthy is not UNSET:
            field_dict["healthy"] = healthy
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if suggested_resolution is not UNSET:
            field_dict["suggested_resolution"] = suggested_resolution
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

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
            _field = "authentication_required"
            authentication_required: bool | None | Unset
            _authentication_required_data = get("authentication_required", UNSET)
            if isinstance(_authentication_required_data, bool):
                authentication_required = _authentication_required_data
            elif _authentication_required_data is None or _authentication_required_data is UNSET:
                authentication_required = _authentication_required_data
            else:
                authentication_required = deviation(
                    _authentication_required_data, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "message"
            message: None | str | Unset
            _message_data = get("message", UNSET)
            if isinstance(_message_data, str):
                message = _message_data
            elif _message_data is None or _message_data is UNSET:
                message = _message_data
            else:
                message = deviation(_message_data, "a string", src_dict, _field, _SCHEMA)

            _field = "healthy"
            healthy: bool | None | Unset
            _healthy_data = get("healthy", UNSET)
            if isinstance(_healthy_data, bool):
                healthy = _healthy_data
            elif _healthy_data is None or _healthy_data is UNSET:
                healthy = _healthy_data
            else:
                healthy = deviation(_healthy_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "status_code"
            status_code: ConnectionHealthStatusCode | None | Unset
            _status_code_data = get("status_code", UNSET)
            if isinstance(_status_code_data, str):
                _status_code_type_0 = _status_code_data
                status_code_type_0 = (
                    ConnectionHealthStatusCode._by_value.get(_status_code_type_0)
                    if _status_code_type_0.__class__ is str
                    else None
                ) or enum_or_deviation(ConnectionHealthStatusCode, _status_code_type_0, src_dict, _field, _SCHEMA)

                status_code = status_code_type_0
            elif _status_code_data is None or _status_code_data is UNSET:
                status_code = _status_code_data
            else:
                status_code = deviation(_status_code_data, "ConnectionHealthStatusCode", src_dict, _field, _SCHEMA)

            _field = "suggested_resolution"
            suggested_resolution: None | str | Unset
            _suggested_resolution_data = get("suggested_resolution", UNSET)
            if isinstance(_suggested_resolution_data, str):
                suggested_resolution = _suggested_resolution_data
            elif _suggested_resolution_data is None or _suggested_resolution_data is UNSET:
                suggested_resolution = _suggested_resolution_data
            else:
                suggested_resolution = deviation(_suggested_resolution_data, "a string", src_dict, _field, _SCHEMA)

            _field = "timestamp"
            timestamp: datetime.datetime | None | Unset
            _timestamp_data = get("timestamp", UNSET)
            if isinstance(_timestamp_data, str):
                try:
                    timestamp_type_0 = datetime.datetime.fromisoformat(_timestamp_data)
                except (TypeError, ValueError):
                    timestamp_type_0 = datetime_or_deviation(_timestamp_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_timestamp_data):
                        timestamp_type_0 = datetime_or_deviation(_timestamp_data, src_dict, _field, _SCHEMA)

                timestamp = timestamp_type_0
            elif _timestamp_data is None or _timestamp_data is UNSET:
                timestamp = _timestamp_data
            else:
                timestamp = deviation(_timestamp_data, "a date-time string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        connection_health = cls(
            authentication_required,
            message,
            healthy,
            status_code,
            suggested_resolution,
            timestamp,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            connection_health.additional_properties = undeclared
        return connection_health

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


install_undeclared_on_demand(ConnectionHealth)
