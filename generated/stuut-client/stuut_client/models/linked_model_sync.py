from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._decode import Decoded
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
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sync_run import SyncRun


T = TypeVar("T", bound="LinkedModelSync")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "LinkedModelSync"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "linked_model_id",
        "object",
        "run_id",
        "id",
        "created_at",
        "entity_id",
        "is_initial_sync",
        "is_one_off",
        "modified_at",
        "pagination",
        "run",
        "timerange_end",
        "timerange_start",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.sync_run import SyncRun  # noqa: PLC0415

    globals().update(
        SyncRun=SyncRun,
    )
    _references_unresolved = False


@_attrs_define
class LinkedModelSync:
    """
    Attributes:
        linked_model_id (str):
        object_ (str):
        run_id (str):
        id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        entity_id (None | str | Unset):
        is_initial_sync (bool | None | Unset):
        is_one_off (bool | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        pagination (Any | Unset): Untyped on the reference page (`<unknown>`).
        run (None | SyncRun | Unset):
        timerange_end (datetime.datetime | None | Unset):
        timerange_start (datetime.datetime | None | Unset):
    """

    linked_model_id: str
    object_: str
    run_id: str
    id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    entity_id: None | str | Unset = UNSET
    is_initial_sync: bool | None | Unset = UNSET
    is_one_off: bool | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    pagination: Any | Unset = UNSET
    run: None | SyncRun | Unset = UNSET
    timerange_end: datetime.datetime | None | Unset = UNSET
    timerange_start: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        linked_model_id = self.linked_model_id

        object_ = self.object_

        run_id = self.run_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        is_initial_sync: bool | None | Unset
        if isinstance(self.is_initial_sync, Unset):
            is_initial_sync = UNSET
        else:
            is_initial_sync = self.is_initial_sync

        is_one_off: bool | None | Unset
        if isinstance(self.is_one_off, Unset):
            is_one_off = UNSET
        else:
            is_one_off = self.is_one_off

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        pagination = self.pagination

        run: dict[str, Any] | None | Unset
        if isinstance(self.run, Unset):
            run = UNSET
        elif isinstance(self.run, SyncRun):
            run = self.run.to_dict() if isinstance(self.run, SyncRun) else self.run

        else:
            run = self.run

        timerange_end: None | str | Unset
        if isinstance(self.timerange_end, Unset):
            timerange_end = UNSET
        elif isinstance(self.timerange_end, datetime.datetime):
            timerange_end = (
                self.timerange_end.isoformat()
                if isinstance(self.timerange_end, datetime.datetime)
                else self.timerange_end
            )

        else:
            timerange_end = self.timerange_end

        timerange_start: None | str | Unset
        if isinstance(self.timerange_start, Unset):
            timerange_start = UNSET
        elif isinstance(self.timerange_start, datetime.datetime):
            timerange_start = (
                self.timerange_start.isoformat()
                if isinstance(self.timerange_start, datetime.datetime)
                else self.timerange_start
            )

        else:
            timerange_start = self.timerange_start

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "linked_model_id": linked_model_id,
                "object": object_,
                "run_id": run_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if is_initial_sync is not UNSET:
            field_dict["is_initial_sync"] = is_initial_sync
        if is_one_off is not UNSET:
            field_dict["is_one_off"] = is_one_off
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if run is not UNSET:
            field_dict["run"] = run
        if timerange_end is not UNSET:
            field_dict["timerange_end"] = timerange_end
        if timerange_start is not UNSET:
            field_dict["timerange_start"] = timerange_start
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
            _field = "linked_model_id"
            linked_model_id = get("linked_model_id", UNSET)
            if not (isinstance(linked_model_id, str)):
                linked_model_id = deviation(linked_model_id, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "run_id"
            run_id = get("run_id", UNSET)
            if not (isinstance(run_id, str)):
                run_id = deviation(run_id, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "entity_id"
            entity_id: None | str | Unset
            _entity_id_data = get("entity_id", UNSET)
            if isinstance(_entity_id_data, str):
                entity_id = _entity_id_data
            elif _entity_id_data is None or _entity_id_data is UNSET:
                entity_id = _entity_id_data
            else:
                entity_id = deviation(_entity_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "is_initial_sync"
            is_initial_sync: bool | None | Unset
            _is_initial_sync_data = get("is_initial_sync", UNSET)
            if isinstance(_is_initial_sync_data, bool):
                is_initial_sync = _is_initial_sync_data
            elif _is_initial_sync_data is None or _is_initial_sync_data is UNSET:
                is_initial_sync = _is_initial_sync_data
            else:
                is_initial_sync = deviation(_is_initial_sync_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_one_off"
            is_one_off: bool | None | Unset
            _is_one_off_data = get("is_one_off", UNSET)
            if isinstance(_is_one_off_data, bool):
                is_one_off = _is_one_off_data
            elif _is_one_off_data is None or _is_one_off_data is UNSET:
                is_one_off = _is_one_off_data
            else:
                is_one_off = deviation(_is_one_off_data, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "pagination"
            pagination = get("pagination", UNSET)

            _field = "run"
            run = (
                defer(_parse_run, get("run", UNSET), src_dict)
                if lazy
                else _parse_run(get("run", UNSET), False, src_dict)
            )

            _field = "timerange_end"
            timerange_end: datetime.datetime | None | Unset
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
            elif _timerange_end_data is None or _timerange_end_data is UNSET:
                timerange_end = _timerange_end_data
            else:
                timerange_end = deviation(_timerange_end_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "timerange_start"
            timerange_start: datetime.datetime | None | Unset
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
            elif _timerange_start_data is None or _timerange_start_data is UNSET:
                timerange_start = _timerange_start_data
            else:
                timerange_start = deviation(_timerange_start_data, "a date-time string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        linked_model_sync = cls(
            linked_model_id,
            object_,
            run_id,
            id,
            created_at,
            entity_id,
            is_initial_sync,
            is_one_off,
            modified_at,
            pagination,
            run,
            timerange_end,
            timerange_start,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(linked_model_sync, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            linked_model_sync.additional_properties = undeclared
        return linked_model_sync

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


def _parse_run(_json: Any, lazy: bool, src_dict: Any) -> None | SyncRun | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "run"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    run: None | SyncRun | Unset
    _run_data = _json
    if isinstance(_run_data, dict):
        _run_type_0 = _run_data
        run_type_0 = (
            SyncRun.from_dict(_run_type_0, lazy=lazy)
            if isinstance(_run_type_0, dict)
            else deviation(_run_type_0, "an object (SyncRun)", src_dict, _field, _SCHEMA)
        )

        run = run_type_0
    elif _run_data is None or _run_data is UNSET:
        run = _run_data
    else:
        run = deviation(_run_data, "an object (SyncRun)", src_dict, _field, _SCHEMA)

    return run


install_lazy_fields(LinkedModelSync, ("run",))


install_undeclared_on_demand(LinkedModelSync)
