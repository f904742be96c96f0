from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.connection_health_status_code import ConnectionHealthStatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionHealth")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
            status_code = self.status_code.value
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
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "authentication_required"

            def _parse_authentication_required(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            authentication_required = _parse_authentication_required(d.pop("authentication_required", UNSET))

            _field = "message"

            def _parse_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            message = _parse_message(d.pop("message", UNSET))

            _field = "healthy"

            def _parse_healthy(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            healthy = _parse_healthy(d.pop("healthy", UNSET))

            _field = "status_code"

            def _parse_status_code(data: object) -> ConnectionHealthStatusCode | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected ConnectionHealthStatusCode, got {type(data).__name__}")
                status_code_type_0 = ConnectionHealthStatusCode(data)

                return status_code_type_0

            status_code = _parse_status_code(d.pop("status_code", UNSET))

            _field = "suggested_resolution"

            def _parse_suggested_resolution(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            suggested_resolution = _parse_suggested_resolution(d.pop("suggested_resolution", UNSET))

            _field = "timestamp"

            def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                timestamp_type_0 = parse_datetime(data)

                return timestamp_type_0

            timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        connection_health = cls(
            authentication_required=authentication_required,
            message=message,
            healthy=healthy,
            status_code=status_code,
            suggested_resolution=suggested_resolution,
            timestamp=timestamp,
        )

        connection_health.additional_properties = d
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
