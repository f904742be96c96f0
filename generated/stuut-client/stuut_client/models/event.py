from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Event"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "object",
        "id",
        "actor_id",
        "created_at",
        "data",
        "entity",
        "entity_id",
        "message",
        "modified_at",
        "timestamp",
    }
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

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
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp

        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
            _field = "name"
            name = get("name", UNSET)
            if not (isinstance(name, str)):
                name = deviation(name, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "actor_id"
            actor_id: None | str | Unset
            _actor_id_data = get("actor_id", UNSET)
            if isinstance(_actor_id_data, str):
                actor_id = _actor_id_data
            elif _actor_id_data is None or _actor_id_data is UNSET:
                actor_id = _actor_id_data
            else:
                actor_id = deviation(_actor_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "created_at"
            created_at: datetime.datetime | None | Unset
            _created_at_data = get("created_at", UNSET)
            if isinstance(_created_at_data, str):
                try:
                    created_at_type_0 = datetime.datetime.fromisoformat(_created_at_data)
                except (TypeError, ValueError):
                    created_at_type_0 = datetime_or_deviation(_created_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_created_at_data):
                        created_at_type_0 = datetime_or_deviation(_created_at_data, src_dict, _field, _SCHEMA)

                created_at = created_at_type_0
            elif _created_at_data is None or _created_at_data is UNSET:
                created_at = _created_at_data
            else:
                created_at = deviation(_created_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "data"
            data = get("data", UNSET)

            _field = "entity"
            entity = get("entity", UNSET)

            _field = "entity_id"
            entity_id: None | str | Unset
            _entity_id_data = get("entity_id", UNSET)
            if isinstance(_entity_id_data, str):
                entity_id = _entity_id_data
            elif _entity_id_data is None or _entity_id_data is UNSET:
                entity_id = _entity_id_data
            else:
                entity_id = deviation(_entity_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "message"
            message: None | str | Unset
            _message_data = get("message", UNSET)
            if isinstance(_message_data, str):
                message = _message_data
            elif _message_data is None or _message_data is UNSET:
                message = _message_data
            else:
                message = deviation(_message_data, "a string", src_dict, _field, _SCHEMA)

            _field = "modified_at"
            modified_at: datetime.datetime | None | Unset
            _modified_at_data = get("modified_at", UNSET)
            if isinstance(_modified_at_data, str):
                try:
                    modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at_data)
                except (TypeError, ValueError):
                    modified_at_type_0 = datetime_or_deviation(_modified_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_modified_at_data):
                        modified_at_type_0 = datetime_or_deviation(_modified_at_data, src_dict, _field, _SCHEMA)

                modified_at = modified_at_type_0
            elif _modified_at_data is None or _modified_at_data is UNSET:
                modified_at = _modified_at_data
            else:
                modified_at = deviation(_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA)

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
        event = cls(
            name,
            object_,
            id,
            actor_id,
            created_at,
            data,
            entity,
            entity_id,
            message,
            modified_at,
            timestamp,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(event, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            event.additional_properties = undeclared
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


install_undeclared_on_demand(Event)
