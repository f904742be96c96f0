from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from ..models.integration_sync_status import IntegrationSyncStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_sync_pagination_state import IntegrationSyncPaginationState


T = TypeVar("T", bound="IntegrationSync")

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "modified_at",
        "id",
        "status",
        "attempt",
        "batch_id",
        "completed_at",
        "entity_id",
        "error",
        "file_id",
        "is_initial_sync",
        "is_one_off",
        "model_id",
        "pagination_state",
        "started_at",
        "timerange_end",
        "timerange_start",
        "object",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.integration_sync_pagination_state import IntegrationSyncPaginationState  # noqa: PLC0415

    globals().update(
        IntegrationSyncPaginationState=IntegrationSyncPaginationState,
    )
    _references_unresolved = False


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
        if _references_unresolved:
            _resolve_references()

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
            _field = "created_at"
            try:
                created_at = datetime.datetime.fromisoformat(src_dict["created_at"])
            except (TypeError, ValueError):
                created_at = parse_datetime(src_dict["created_at"])

            _field = "modified_at"
            modified_at: datetime.datetime | None
            _modified_at_data = src_dict["modified_at"]
            if isinstance(_modified_at_data, str):
                try:
                    modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at_data)
                except (TypeError, ValueError):
                    modified_at_type_0 = parse_datetime(_modified_at_data)

                modified_at = modified_at_type_0
            elif _modified_at_data is None:
                modified_at = _modified_at_data
            else:
                raise TypeError(f"expected a date-time string, got {type(_modified_at_data).__name__}")

            _field = "id"
            id = src_dict["id"]
            if not (isinstance(id, str)):
                raise TypeError(f"expected a string, got {type(id).__name__}")

            _field = "status"
            _status = src_dict["status"]
            status = (
                IntegrationSyncStatus._by_value.get(_status) if _status.__class__ is str else None
            ) or IntegrationSyncStatus(_status)

            _field = "attempt"
            attempt = src_dict["attempt"]
            if not (isinstance(attempt, int) and not isinstance(attempt, bool)):
                raise TypeError(f"expected an integer, got {type(attempt).__name__}")

            _field = "batch_id"
            batch_id: None | UUID
            _batch_id_data = src_dict["batch_id"]
            if isinstance(_batch_id_data, str):
                batch_id_type_0 = UUID(_batch_id_data)

                batch_id = batch_id_type_0
            elif _batch_id_data is None:
                batch_id = _batch_id_data
            else:
                raise TypeError(f"expected UUID, got {type(_batch_id_data).__name__}")

            _field = "completed_at"
            completed_at: datetime.datetime | None
            _completed_at_data = src_dict["completed_at"]
            if isinstance(_completed_at_data, str):
                try:
                    completed_at_type_0 = datetime.datetime.fromisoformat(_completed_at_data)
                except (TypeError, ValueError):
                    completed_at_type_0 = parse_datetime(_completed_at_data)

                completed_at = completed_at_type_0
            elif _completed_at_data is None:
                completed_at = _completed_at_data
            else:
                raise TypeError(f"expected a date-time string, got {type(_completed_at_data).__name__}")

            _field = "entity_id"
            entity_id: None | str
            _entity_id_data = src_dict["entity_id"]
            if isinstance(_entity_id_data, str):
                entity_id = _entity_id_data
            elif _entity_id_data is None:
                entity_id = _entity_id_data
            else:
                raise TypeError(f"expected a string, got {type(_entity_id_data).__name__}")

            _field = "error"
            error: None | str
            _error_data = src_dict["error"]
            if isinstance(_error_data, str):
                error = _error_data
            elif _error_data is None:
                error = _error_data
            else:
                raise TypeError(f"expected a string, got {type(_error_data).__name__}")

            _field = "file_id"
            file_id: None | str
            _file_id_data = src_dict["file_id"]
            if isinstance(_file_id_data, str):
                file_id = _file_id_data
            elif _file_id_data is None:
                file_id = _file_id_data
            else:
                raise TypeError(f"expected a string, got {type(_file_id_data).__name__}")

            _field = "is_initial_sync"
            is_initial_sync = src_dict["is_initial_sync"]
            if not (isinstance(is_initial_sync, bool)):
                raise TypeError(f"expected a boolean, got {type(is_initial_sync).__name__}")

            _field = "is_one_off"
            is_one_off = src_dict["is_one_off"]
            if not (isinstance(is_one_off, bool)):
                raise TypeError(f"expected a boolean, got {type(is_one_off).__name__}")

            _field = "model_id"
            model_id = src_dict["model_id"]
            if not (isinstance(model_id, str)):
                raise TypeError(f"expected a string, got {type(model_id).__name__}")

            _field = "pagination_state"
            pagination_state = (
                defer(_parse_pagination_state, src_dict["pagination_state"])
                if lazy
                else _parse_pagination_state(src_dict["pagination_state"], False)
            )

            _field = "started_at"
            started_at: datetime.datetime | None
            _started_at_data = src_dict["started_at"]
            if isinstance(_started_at_data, str):
                try:
                    started_at_type_0 = datetime.datetime.fromisoformat(_started_at_data)
                except (TypeError, ValueError):
                    started_at_type_0 = parse_datetime(_started_at_data)

                started_at = started_at_type_0
            elif _started_at_data is None:
                started_at = _started_at_data
            else:
                raise TypeError(f"expected a date-time string, got {type(_started_at_data).__name__}")

            _field = "timerange_end"
            timerange_end: datetime.datetime | None
            _timerange_end_data = src_dict["timerange_end"]
            if isinstance(_timerange_end_data, str):
                try:
                    timerange_end_type_0 = datetime.datetime.fromisoformat(_timerange_end_data)
                except (TypeError, ValueError):
                    timerange_end_type_0 = parse_datetime(_timerange_end_data)

                timerange_end = timerange_end_type_0
            elif _timerange_end_data is None:
                timerange_end = _timerange_end_data
            else:
                raise TypeError(f"expected a date-time string, got {type(_timerange_end_data).__name__}")

            _field = "timerange_start"
            timerange_start: datetime.datetime | None
            _timerange_start_data = src_dict["timerange_start"]
            if isinstance(_timerange_start_data, str):
                try:
                    timerange_start_type_0 = datetime.datetime.fromisoformat(_timerange_start_data)
                except (TypeError, ValueError):
                    timerange_start_type_0 = parse_datetime(_timerange_start_data)

                timerange_start = timerange_start_type_0
            elif _timerange_start_data is None:
                timerange_start = _timerange_start_data
            else:
                raise TypeError(f"expected a date-time string, got {type(_timerange_start_data).__name__}")

            _field = "object"
            object_: None | str | Unset
            _object__data = get("object", UNSET)
            if isinstance(_object__data, str):
                object_ = _object__data
            elif _object__data is None or _object__data is UNSET:
                object_ = _object__data
            else:
                raise TypeError(f"expected a string, got {type(_object__data).__name__}")

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        integration_sync = cls(
            created_at,
            modified_at,
            id,
            status,
            attempt,
            batch_id,
            completed_at,
            entity_id,
            error,
            file_id,
            is_initial_sync,
            is_one_off,
            model_id,
            pagination_state,
            started_at,
            timerange_end,
            timerange_start,
            object_,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            integration_sync.additional_properties = undeclared
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


def _parse_pagination_state(_json: Any, lazy: bool) -> IntegrationSyncPaginationState:
    pagination_state = IntegrationSyncPaginationState.from_dict(_json, lazy=lazy)

    return pagination_state


install_lazy_fields(IntegrationSync, ("pagination_state",))
