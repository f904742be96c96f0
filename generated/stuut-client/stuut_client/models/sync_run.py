from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.sync_run_status import SyncRunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncRun")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
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
            modified_at = self.modified_at.isoformat()
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
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SyncRunStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
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

            _field = "completed_at"

            def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                completed_at_type_0 = parse_datetime(data)

                return completed_at_type_0

            completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

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

            _field = "event_id"

            def _parse_event_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            event_id = _parse_event_id(d.pop("event_id", UNSET))

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

            _field = "output"
            output = d.pop("output", UNSET)

            _field = "remote_id"

            def _parse_remote_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

            _field = "stacktrace"

            def _parse_stacktrace(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            stacktrace = _parse_stacktrace(d.pop("stacktrace", UNSET))

            _field = "started_at"

            def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                started_at_type_0 = parse_datetime(data)

                return started_at_type_0

            started_at = _parse_started_at(d.pop("started_at", UNSET))

            _field = "status"

            def _parse_status(data: object) -> None | SyncRunStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected SyncRunStatus, got {type(data).__name__}")
                status_type_0 = SyncRunStatus(data)

                return status_type_0

            status = _parse_status(d.pop("status", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        sync_run = cls(
            object_=object_,
            id=id,
            completed_at=completed_at,
            created_at=created_at,
            data=data,
            event_id=event_id,
            modified_at=modified_at,
            output=output,
            remote_id=remote_id,
            stacktrace=stacktrace,
            started_at=started_at,
            status=status,
        )

        sync_run.additional_properties = d
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
