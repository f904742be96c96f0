from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.integration_sync_status import IntegrationSyncStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_sync_pagination_state import IntegrationSyncPaginationState


T = TypeVar("T", bound="IntegrationSync")


@_attrs_define
class IntegrationSync:
    """A sync of one integration model. The field list on the reference page was cut off after `timerange_start`; the flag
    of `object` was not recovered.

        Attributes:
            created_at (datetime.datetime):
            modified_at (datetime.datetime | None):
            id (str):
            status (IntegrationSyncStatus): The state of an integration sync.
            attempt (int): Number of attempts made to run this sync. 0 means no attempts have been made.
            batch_id (None | UUID):
            completed_at (datetime.datetime | None):
            entity_id (None | str):
            error (None | str): Error message if the sync failed.
            file_id (None | str):
            is_initial_sync (bool):
            is_one_off (bool): Whether or not this is a one off sync
            model_id (str):
            pagination_state (IntegrationSyncPaginationState):
            started_at (datetime.datetime | None):
            timerange_end (datetime.datetime | None): End of the time range for which data is being synced.
            timerange_start (datetime.datetime | None): Start of th… (the description was cut off on the reference page).
            object_ (None | str | Unset):
    """

    created_at: datetime.datetime
    modified_at: datetime.datetime | None
    id: str
    status: IntegrationSyncStatus
    attempt: int
    batch_id: None | UUID
    completed_at: datetime.datetime | None
    entity_id: None | str
    error: None | str
    file_id: None | str
    is_initial_sync: bool
    is_one_off: bool
    model_id: str
    pagination_state: IntegrationSyncPaginationState
    started_at: datetime.datetime | None
    timerange_end: datetime.datetime | None
    timerange_start: datetime.datetime | None
    object_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        modified_at: None | str
        if isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        id = self.id

        status = self.status.value

        attempt = self.attempt

        batch_id: None | str
        if isinstance(self.batch_id, UUID):
            batch_id = str(self.batch_id)
        else:
            batch_id = self.batch_id

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        entity_id: None | str
        entity_id = self.entity_id

        error: None | str
        error = self.error

        file_id: None | str
        file_id = self.file_id

        is_initial_sync = self.is_initial_sync

        is_one_off = self.is_one_off

        model_id = self.model_id

        pagination_state = self.pagination_state.to_dict()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        timerange_end: None | str
        if isinstance(self.timerange_end, datetime.datetime):
            timerange_end = self.timerange_end.isoformat()
        else:
            timerange_end = self.timerange_end

        timerange_start: None | str
        if isinstance(self.timerange_start, datetime.datetime):
            timerange_start = self.timerange_start.isoformat()
        else:
            timerange_start = self.timerange_start

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "modified_at": modified_at,
                "id": id,
                "status": status,
                "attempt": attempt,
                "batch_id": batch_id,
                "completed_at": completed_at,
                "entity_id": entity_id,
                "error": error,
                "file_id": file_id,
                "is_initial_sync": is_initial_sync,
                "is_one_off": is_one_off,
                "model_id": model_id,
                "pagination_state": pagination_state,
                "started_at": started_at,
                "timerange_end": timerange_end,
                "timerange_start": timerange_start,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_sync_pagination_state import IntegrationSyncPaginationState  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = parse_datetime(d.pop("created_at"))

            _field = "modified_at"

            def _parse_modified_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                modified_at_type_0 = parse_datetime(data)

                return modified_at_type_0

            modified_at = _parse_modified_at(d.pop("modified_at"))

            _field = "id"
            id = d.pop("id")
            if not (isinstance(id, str)):
                raise TypeError(f"expected a string, got {type(id).__name__}")

            _field = "status"
            status = IntegrationSyncStatus(d.pop("status"))

            _field = "attempt"
            attempt = d.pop("attempt")
            if not (isinstance(attempt, int) and not isinstance(attempt, bool)):
                raise TypeError(f"expected an integer, got {type(attempt).__name__}")

            _field = "batch_id"

            def _parse_batch_id(data: object) -> None | UUID:
                if data is None:
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected UUID, got {type(data).__name__}")
                batch_id_type_0 = UUID(data)

                return batch_id_type_0

            batch_id = _parse_batch_id(d.pop("batch_id"))

            _field = "completed_at"

            def _parse_completed_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                completed_at_type_0 = parse_datetime(data)

                return completed_at_type_0

            completed_at = _parse_completed_at(d.pop("completed_at"))

            _field = "entity_id"

            def _parse_entity_id(data: object) -> None | str:
                if data is None:
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            entity_id = _parse_entity_id(d.pop("entity_id"))

            _field = "error"

            def _parse_error(data: object) -> None | str:
                if data is None:
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            error = _parse_error(d.pop("error"))

            _field = "file_id"

            def _parse_file_id(data: object) -> None | str:
                if data is None:
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            file_id = _parse_file_id(d.pop("file_id"))

            _field = "is_initial_sync"
            is_initial_sync = d.pop("is_initial_sync")
            if not (isinstance(is_initial_sync, bool)):
                raise TypeError(f"expected a boolean, got {type(is_initial_sync).__name__}")

            _field = "is_one_off"
            is_one_off = d.pop("is_one_off")
            if not (isinstance(is_one_off, bool)):
                raise TypeError(f"expected a boolean, got {type(is_one_off).__name__}")

            _field = "model_id"
            model_id = d.pop("model_id")
            if not (isinstance(model_id, str)):
                raise TypeError(f"expected a string, got {type(model_id).__name__}")

            _field = "pagination_state"
            pagination_state = IntegrationSyncPaginationState.from_dict(d.pop("pagination_state"))

            _field = "started_at"

            def _parse_started_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                started_at_type_0 = parse_datetime(data)

                return started_at_type_0

            started_at = _parse_started_at(d.pop("started_at"))

            _field = "timerange_end"

            def _parse_timerange_end(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                timerange_end_type_0 = parse_datetime(data)

                return timerange_end_type_0

            timerange_end = _parse_timerange_end(d.pop("timerange_end"))

            _field = "timerange_start"

            def _parse_timerange_start(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                timerange_start_type_0 = parse_datetime(data)

                return timerange_start_type_0

            timerange_start = _parse_timerange_start(d.pop("timerange_start"))

            _field = "object"

            def _parse_object_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            object_ = _parse_object_(d.pop("object", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        integration_sync = cls(
            created_at=created_at,
            modified_at=modified_at,
            id=id,
            status=status,
            attempt=attempt,
            batch_id=batch_id,
            completed_at=completed_at,
            entity_id=entity_id,
            error=error,
            file_id=file_id,
            is_initial_sync=is_initial_sync,
            is_one_off=is_one_off,
            model_id=model_id,
            pagination_state=pagination_state,
            started_at=started_at,
            timerange_end=timerange_end,
            timerange_start=timerange_start,
            object_=object_,
        )

        integration_sync.additional_properties = d
        return integration_sync

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
