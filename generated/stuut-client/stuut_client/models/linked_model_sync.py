from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sync_run import SyncRun


T = TypeVar("T", bound="LinkedModelSync")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sync_run import SyncRun  # noqa: PLC0415

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
            created_at = self.created_at.isoformat()
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
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        pagination = self.pagination

        run: dict[str, Any] | None | Unset
        if isinstance(self.run, Unset):
            run = UNSET
        elif isinstance(self.run, SyncRun):
            run = self.run.to_dict()
        else:
            run = self.run

        timerange_end: None | str | Unset
        if isinstance(self.timerange_end, Unset):
            timerange_end = UNSET
        elif isinstance(self.timerange_end, datetime.datetime):
            timerange_end = self.timerange_end.isoformat()
        else:
            timerange_end = self.timerange_end

        timerange_start: None | str | Unset
        if isinstance(self.timerange_start, Unset):
            timerange_start = UNSET
        elif isinstance(self.timerange_start, datetime.datetime):
            timerange_start = self.timerange_start.isoformat()
        else:
            timerange_start = self.timerange_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_run import SyncRun  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "linked_model_id"
            linked_model_id = d.pop("linked_model_id")
            if not (isinstance(linked_model_id, str)):
                raise TypeError(f"expected a string, got {type(linked_model_id).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "run_id"
            run_id = d.pop("run_id")
            if not (isinstance(run_id, str)):
                raise TypeError(f"expected a string, got {type(run_id).__name__}")

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

            _field = "is_initial_sync"

            def _parse_is_initial_sync(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_initial_sync = _parse_is_initial_sync(d.pop("is_initial_sync", UNSET))

            _field = "is_one_off"

            def _parse_is_one_off(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_one_off = _parse_is_one_off(d.pop("is_one_off", UNSET))

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

            _field = "pagination"
            pagination = d.pop("pagination", UNSET)

            _field = "run"

            def _parse_run(data: object) -> None | SyncRun | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected SyncRun, got {type(data).__name__}")
                run_type_0 = SyncRun.from_dict(data)

                return run_type_0

            run = _parse_run(d.pop("run", UNSET))

            _field = "timerange_end"

            def _parse_timerange_end(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                timerange_end_type_0 = parse_datetime(data)

                return timerange_end_type_0

            timerange_end = _parse_timerange_end(d.pop("timerange_end", UNSET))

            _field = "timerange_start"

            def _parse_timerange_start(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                timerange_start_type_0 = parse_datetime(data)

                return timerange_start_type_0

            timerange_start = _parse_timerange_start(d.pop("timerange_start", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        linked_model_sync = cls(
            linked_model_id=linked_model_id,
            object_=object_,
            run_id=run_id,
            id=id,
            created_at=created_at,
            entity_id=entity_id,
            is_initial_sync=is_initial_sync,
            is_one_off=is_one_off,
            modified_at=modified_at,
            pagination=pagination,
            run=run,
            timerange_end=timerange_end,
            timerange_start=timerange_start,
        )

        linked_model_sync.additional_properties = d
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
