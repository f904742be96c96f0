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
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.sync_run_status import SyncRunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncRun")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "SyncRun"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "object",
        "id",
        "completed_at",
        "created_at",
        "data",
        "event_id",
        "modified_at",
        "output",
        "remote_id",
        "stacktrace",
        "started_at",
        "status",
    }
)


@_attrs_define
class SyncRun:
    """
    Attributes:
        object_ (str):
        id (None | str | Unset):
        completed_at (datetime.datetime | None | Unset):
        created_at (datetime.datetime | None | Unset):
        data (Any | Unset): Untyped on the reference page (`<unknown>`).
        event_id (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        output (Any | Unset): Untyped on the reference page (`<unknown>`).
        remote_id (None | str | Unset):
        stacktrace (None | str | Unset):
        started_at (datetime.datetime | None | Unset):
        status (None | SyncRunStatus | Unset):
    """

    object_: str
    id: None | str | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    data: Any | Unset = UNSET
    event_id: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    output: Any | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    stacktrace: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    status: None | SyncRunStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        object_ = self.object_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = (
                self.completed_at.isoformat() if isinstance(self.completed_at, datetime.datetime) else self.completed_at
            )

        else:
            completed_at = self.completed_at

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

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        output = self.output

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        stacktrace: None | str | Unset
        if isinstance(self.stacktrace, Unset):
            stacktrace = UNSET
        else:
            stacktrace = self.stacktrace

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = (
                self.started_at.isoformat() if isinstance(self.started_at, datetime.datetime) else self.started_at
            )

        else:
            started_at = self.started_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SyncRunStatus):
            status = self.status.value if isinstance(self.status, SyncRunStatus) else self.status

        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "object": object_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if output is not UNSET:
            field_dict["output"] = output
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if stacktrace is not UNSET:
            field_dict["stacktrace"] = stacktrace
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
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

            _field = "completed_at"
            completed_at: datetime.datetime | None | Unset
            _completed_at_data = get("completed_at", UNSET)
            if isinstance(_completed_at_data, str):
                try:
                    completed_at_type_0 = datetime.datetime.fromisoformat(_completed_at_data)
                except (TypeError, ValueError):
                    completed_at_type_0 = datetime_or_deviation(_completed_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_completed_at_data):
                        completed_at_type_0 = datetime_or_deviation(_completed_at_data, src_dict, _field, _SCHEMA)

                completed_at = completed_at_type_0
            elif _completed_at_data is None or _completed_at_data is UNSET:
                completed_at = _completed_at_data
            else:
                completed_at = deviation(_completed_at_data, "a date-time string", src_dict, _field, _SCHEMA)

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

            _field = "event_id"
            event_id: None | str | Unset
            _event_id_data = get("event_id", UNSET)
            if isinstance(_event_id_data, str):
                event_id = _event_id_data
            elif _event_id_data is None or _event_id_data is UNSET:
                event_id = _event_id_data
            else:
                event_id = deviation(_event_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "output"
            output = get("output", UNSET)

            _field = "remote_id"
            remote_id: None | str | Unset
            _remote_id_data = get("remote_id", UNSET)
            if isinstance(_remote_id_data, str):
                remote_id = _remote_id_data
            elif _remote_id_data is None or _remote_id_data is UNSET:
                remote_id = _remote_id_data
            else:
                remote_id = deviation(_remote_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "stacktrace"
            stacktrace: None | str | Unset
            _stacktrace_data = get("stacktrace", UNSET)
            if isinstance(_stacktrace_data, str):
                stacktrace = _stacktrace_data
            elif _stacktrace_data is None or _stacktrace_data is UNSET:
                stacktrace = _stacktrace_data
            else:
                stacktrace = deviation(_stacktrace_data, "a string", src_dict, _field, _SCHEMA)

            _field = "started_at"
            started_at: datetime.datetime | None | Unset
            _started_at_data = get("started_at", UNSET)
            if isinstance(_started_at_data, str):
                try:
                    started_at_type_0 = datetime.datetime.fromisoformat(_started_at_data)
                except (TypeError, ValueError):
                    started_at_type_0 = datetime_or_deviation(_started_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_started_at_data):
                        started_at_type_0 = datetime_or_deviation(_started_at_data, src_dict, _field, _SCHEMA)

                started_at = started_at_type_0
            elif _started_at_data is None or _started_at_data is UNSET:
                started_at = _started_at_data
            else:
                started_at = deviation(_started_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "status"
            status: None | SyncRunStatus | Unset
            _status_data = get("status", UNSET)
            if isinstance(_status_data, str):
                _status_type_0 = _status_data
                status_type_0 = (
                    SyncRunStatus._by_value.get(_status_type_0) if _status_type_0.__class__ is str else None
                ) or enum_or_deviation(SyncRunStatus, _status_type_0, src_dict, _field, _SCHEMA)

                status = status_type_0
            elif _status_data is None or _status_data is UNSET:
                status = _status_data
            else:
                status = deviation(_status_data, "SyncRunStatus", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        sync_run = cls(
            object_,
            id,
            completed_at,
            created_at,
            data,
            event_id,
            modified_at,
            output,
            remote_id,
            stacktrace,
            started_at,
            status,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(sync_run, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            sync_run.additional_properties = undeclared
        return sync_run

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


install_undeclared_on_demand(SyncRun)
