from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._decode import Decoded
from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    enum_or_deviation,
    forget_missing,
    is_uuid,
    take_missing,
    uuid_or_deviation,
    without_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.integration_sync_status import IntegrationSyncStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_sync_pagination_state import IntegrationSyncPaginationState


T = TypeVar("T", bound="IntegrationSync")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "IntegrationSync"

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        created_at = self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at

        modified_at: None | str
        if isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        id = self.id

        status = self.status.value if isinstance(self.status, IntegrationSyncStatus) else self.status

        attempt = self.attempt

        batch_id: None | str
        if isinstance(self.batch_id, UUID):
            batch_id = str(self.batch_id) if isinstance(self.batch_id, UUID) else self.batch_id

        else:
            batch_id = self.batch_id

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = (
                self.completed_at.isoformat() if isinstance(self.completed_at, datetime.datetime) else self.completed_at
            )

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

        pagination_state = (
            self.pagination_state.to_dict()
            if isinstance(self.pagination_state, IntegrationSyncPaginationState)
            else self.pagination_state
        )

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = (
                self.started_at.isoformat() if isinstance(self.started_at, datetime.datetime) else self.started_at
            )

        else:
            started_at = self.started_at

        timerange_end: None | str
        if isinstance(self.timerange_end, datetime.datetime):
            timerange_end = (
                self.timerange_end.isoformat()
                if isinstance(self.timerange_end, datetime.datetime)
                else self.timerange_end
            )

        else:
            timerange_end = self.timerange_end

        timerange_start: None | str
        if isinstance(self.timerange_start, datetime.datetime):
            timerange_start = (
                self.timerange_start.isoformat()
                if isinstance(self.timerange_start, datetime.datetime)
                else self.timerange_start
            )

        else:
            timerange_start = self.timerange_start

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
        if self._missing_fields:
            without_missing(self._missing_fields, field_dict)

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
                created_at = datetime.datetime.fromisoformat(get("created_at", UNSET))
            except (TypeError, ValueError):
                created_at = datetime_or_deviation(get("created_at", UNSET), src_dict, _field, _SCHEMA)
            else:
                if not has_rfc3339_shape(get("created_at", UNSET)):
                    created_at = datetime_or_deviation(get("created_at", UNSET), src_dict, _field, _SCHEMA)

            _field = "modified_at"
            modified_at: datetime.datetime | None
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
            elif _modified_at_data is None:
                modified_at = _modified_at_data
            else:
                modified_at = deviation(_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "id"
            id = get("id", UNSET)
            if not (isinstance(id, str)):
                id = deviation(id, "a string", src_dict, _field, _SCHEMA)

            _field = "status"
            _status = get("status", UNSET)
            status = (
                IntegrationSyncStatus._by_value.get(_status) if _status.__class__ is str else None
            ) or enum_or_deviation(IntegrationSyncStatus, _status, src_dict, _field, _SCHEMA)

            _field = "attempt"
            attempt = get("attempt", UNSET)
            if not (isinstance(attempt, int) and not isinstance(attempt, bool)):
                attempt = deviation(attempt, "an integer", src_dict, _field, _SCHEMA)

            _field = "batch_id"
            batch_id: None | UUID
            _batch_id_data = get("batch_id", UNSET)
            if isinstance(_batch_id_data, str):
                try:
                    batch_id_type_0 = UUID(_batch_id_data)
                except (TypeError, ValueError, AttributeError):
                    batch_id_type_0 = uuid_or_deviation(_batch_id_data, src_dict, _field, _SCHEMA)
                else:
                    if not is_uuid(_batch_id_data):
                        batch_id_type_0 = uuid_or_deviation(_batch_id_data, src_dict, _field, _SCHEMA)

                batch_id = batch_id_type_0
            elif _batch_id_data is None:
                batch_id = _batch_id_data
            else:
                batch_id = deviation(_batch_id_data, "a UUID string", src_dict, _field, _SCHEMA)

            _field = "completed_at"
            completed_at: datetime.datetime | None
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
            elif _completed_at_data is None:
                completed_at = _completed_at_data
            else:
                completed_at = deviation(_completed_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "entity_id"
            entity_id: None | str
            _entity_id_data = get("entity_id", UNSET)
            if isinstance(_entity_id_data, str):
                entity_id = _entity_id_data
            elif _entity_id_data is None:
                entity_id = _entity_id_data
            else:
                entity_id = deviation(_entity_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "error"
            error: None | str
            _error_data = get("error", UNSET)
            if isinstance(_error_data, str):
                error = _error_data
            elif _error_data is None:
                error = _error_data
            else:
                error = deviation(_error_data, "a string", src_dict, _field, _SCHEMA)

            _field = "file_id"
            file_id: None | str
            _file_id_data = get("file_id", UNSET)
            if isinstance(_file_id_data, str):
                file_id = _file_id_data
            elif _file_id_data is None:
                file_id = _file_id_data
            else:
                file_id = deviation(_file_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "is_initial_sync"
            is_initial_sync = get("is_initial_sync", UNSET)
            if not (isinstance(is_initial_sync, bool)):
                is_initial_sync = deviation(is_initial_sync, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_one_off"
            is_one_off = get("is_one_off", UNSET)
            if not (isinstance(is_one_off, bool)):
                is_one_off = deviation(is_one_off, "a boolean", src_dict, _field, _SCHEMA)

            _field = "model_id"
            model_id = get("model_id", UNSET)
            if not (isinstance(model_id, str)):
                model_id = deviation(model_id, "a string", src_dict, _field, _SCHEMA)

            _field = "pagination_state"
            pagination_state = (
                defer(_parse_pagination_state, get("pagination_state", UNSET), src_dict)
                if lazy
                else _parse_pagination_state(get("pagination_state", UNSET), False, src_dict)
            )

            _field = "started_at"
            started_at: datetime.datetime | None
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
            elif _started_at_data is None:
                started_at = _started_at_data
            else:
                started_at = deviation(_started_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "timerange_end"
            timerange_end: datetime.datetime | None
            _timerange_end_data = get("timerange_end", UNSET)
            if isinstance(_timerange_end_data, str):
                try:
                    timerange_end_type_0 = datetime.datetime.fromisoformat(_timerange_end_data)
                except (TypeError, ValueError):
                    timerange_end_type_0 = datetime_or_deviation(_timerange_end_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_timerange_end_data):
                        timerange_end_type_0 = datetime_or_deviation(_timerange_end_data, src_dict, _field, _SCHEMA)

                timerange_end = timerange_end_type_0
            elif _timerange_end_data is None:
                timerange_end = _timerange_end_data
            else:
                timerange_end = deviation(_timerange_end_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "timerange_start"
            timerange_start: datetime.datetime | None
            _timerange_start_data = get("timerange_start", UNSET)
            if isinstance(_timerange_start_data, str):
                try:
                    timerange_start_type_0 = datetime.datetime.fromisoformat(_timerange_start_data)
                except (TypeError, ValueError):
                    timerange_start_type_0 = datetime_or_deviation(_timerange_start_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_timerange_start_data):
                        timerange_start_type_0 = datetime_or_deviation(_timerange_start_data, src_dict, _field, _SCHEMA)

                timerange_start = timerange_start_type_0
            elif _timerange_start_data is None:
                timerange_start = _timerange_start_data
            else:
                timerange_start = deviation(_timerange_start_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_: None | str | Unset
            _object__data = get("object", UNSET)
            if isinstance(_object__data, str):
                object_ = _object__data
            elif _object__data is None or _object__data is UNSET:
                object_ = _object__data
            else:
                object_ = deviation(_object__data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
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
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(integration_sync, src_dict)

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


def _parse_pagination_state(_json: Any, lazy: bool, src_dict: Any) -> IntegrationSyncPaginationState:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "pagination_state"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    _pagination_state = _json
    pagination_state = (
        IntegrationSyncPaginationState.from_dict(_pagination_state, lazy=lazy)
        if isinstance(_pagination_state, dict)
        else deviation(_pagination_state, "an object (IntegrationSyncPaginationState)", src_dict, _field, _SCHEMA)
    )

    return pagination_state


install_lazy_fields(IntegrationSync, ("pagination_state",))


install_undeclared_on_demand(IntegrationSync)
