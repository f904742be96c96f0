from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        name (str):
        object_ (str):
        id (None | str | Unset):
        actor_id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        data (Any | Unset): Untyped on the reference page (`<unknown>`).
        entity (Any | Unset): Untyped on the reference page (`<unknown>`).
        entity_id (None | str | Unset):
        message (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        timestamp (datetime.datetime | None | Unset):
    """

    name: str
    object_: str
    id: None | str | Unset = UNSET
    actor_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    data: Any | Unset = UNSET
    entity: Any | Unset = UNSET
    entity_id: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        object_ = self.object_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        actor_id: None | str | Unset
        if isinstance(self.actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = self.actor_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        data = self.data

        entity = self.entity

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "object": object_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if actor_id is not UNSET:
            field_dict["actor_id"] = actor_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if entity is not UNSET:
            field_dict["entity"] = entity
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if message is not UNSET:
            field_dict["message"] = message
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
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
            _field = "name"
            name = d.pop("name")
            if not (isinstance(name, str)):
                raise TypeError(f"expected a string, got {type(name).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "id"

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            id = _parse_id(d.pop("id", UNSET))

            _field = "actor_id"

            def _parse_actor_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            actor_id = _parse_actor_id(d.pop("actor_id", UNSET))

            _field = "created_at"

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0

            created_at = _parse_created_at(d.pop("created_at", UNSET))

            _field = "data"
            data = d.pop("data", UNSET)

            _field = "entity"
            entity = d.pop("entity", UNSET)

            _field = "entity_id"

            def _parse_entity_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            entity_id = _parse_entity_id(d.pop("entity_id", UNSET))

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

            _field = "modified_at"

            def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                modified_at_type_0 = parse_datetime(data)

                return modified_at_type_0

            modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

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
        event = cls(
            name=name,
            object_=object_,
            id=id,
            actor_id=actor_id,
            created_at=created_at,
            data=data,
            entity=entity,
            entity_id=entity_id,
            message=message,
            modified_at=modified_at,
            timestamp=timestamp,
        )

        event.additional_properties = d
        return event

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
