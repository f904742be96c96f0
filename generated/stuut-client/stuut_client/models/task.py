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
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.task_action import TaskAction
from ..models.task_status import TaskStatus
from ..models.task_type import TaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event import Event
    from ..models.task_completed_action_type_0 import TaskCompletedActionType0
    from ..models.task_data import TaskData
    from ..models.user import User


T = TypeVar("T", bound="Task")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Task"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "label",
        "object",
        "organization_id",
        "type",
        "id",
        "action_taken",
        "assignee",
        "assignee_id",
        "close_reason",
        "completed_action",
        "created_at",
        "data",
        "description",
        "error_reason",
        "modified_at",
        "status",
        "trigger_event",
        "trigger_event_id",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.event import Event  # noqa: PLC0415
    from ..models.task_completed_action_type_0 import TaskCompletedActionType0  # noqa: PLC0415
    from ..models.task_data import TaskData  # noqa: PLC0415
    from ..models.user import User  # noqa: PLC0415

    globals().update(
        Event=Event,
        TaskCompletedActionType0=TaskCompletedActionType0,
        TaskData=TaskData,
        User=User,
    )
    _references_unresolved = False


@_attrs_define
class Task:
    """
    Attributes:
        label (str):
        object_ (str):
        organization_id (str):
        type_ (TaskType): The reference page shows only the value `activity_summary_outreach`; the complete list was not
            recovered. Values the server sends that are not listed here parse as unknown members (see the client's tolerant
            enums).
        id (None | str | Unset):
        action_taken (None | TaskAction | Unset):
        assignee (None | Unset | User):
        assignee_id (None | str | Unset):
        close_reason (None | str | Unset):
        completed_action (None | TaskCompletedActionType0 | Unset):
        created_at (datetime.datetime | None | Unset):
        data (list[TaskData] | None | Unset):
        description (None | str | Unset):
        error_reason (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        status (None | TaskStatus | Unset):
        trigger_event (Event | None | Unset):
        trigger_event_id (None | str | Unset):
    """

    label: str
    object_: str
    organization_id: str
    type_: TaskType
    id: None | str | Unset = UNSET
    action_taken: None | TaskAction | Unset = UNSET
    assignee: None | Unset | User = UNSET
    assignee_id: None | str | Unset = UNSET
    close_reason: None | str | Unset = UNSET
    completed_action: None | TaskCompletedActionType0 | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    data: list[TaskData] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    error_reason: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    status: None | TaskStatus | Unset = UNSET
    trigger_event: Event | None | Unset = UNSET
    trigger_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        label = self.label

        object_ = self.object_

        organization_id = self.organization_id

        type_ = self.type_.value if isinstance(self.type_, TaskType) else self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        action_taken: None | str | Unset
        if isinstance(self.action_taken, Unset):
            action_taken = UNSET
        elif isinstance(self.action_taken, TaskAction):
            action_taken = self.action_taken.value if isinstance(self.action_taken, TaskAction) else self.action_taken

        else:
            action_taken = self.action_taken

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, User):
            assignee = self.assignee.to_dict() if isinstance(self.assignee, User) else self.assignee

        else:
            assignee = self.assignee

        assignee_id: None | str | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        close_reason: None | str | Unset
        if isinstance(self.close_reason, Unset):
            close_reason = UNSET
        else:
            close_reason = self.close_reason

        completed_action: dict[str, Any] | None | Unset
        if isinstance(self.completed_action, Unset):
            completed_action = UNSET
        elif isinstance(self.completed_action, TaskCompletedActionType0):
            completed_action = (
                self.completed_action.to_dict()
                if isinstance(self.completed_action, TaskCompletedActionType0)
                else self.completed_action
            )

        else:
            completed_action = self.completed_action

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            if isinstance(self.data, list):
                data = []
                for data_type_0_item_data in self.data:
                    data_type_0_item = (
                        data_type_0_item_data.to_dict()
                        if isinstance(data_type_0_item_data, TaskData)
                        else data_type_0_item_data
                    )

                    data.append(data_type_0_item)
            else:
                data = self.data

        else:
            data = self.data

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        error_reason: None | str | Unset
        if isinstance(self.error_reason, Unset):
            error_reason = UNSET
        else:
            error_reason = self.error_reason

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskStatus):
            status = self.status.value if isinstance(self.status, TaskStatus) else self.status

        else:
            status = self.status

        trigger_event: dict[str, Any] | None | Unset
        if isinstance(self.trigger_event, Unset):
            trigger_event = UNSET
        elif isinstance(self.trigger_event, Event):
            trigger_event = (
                self.trigger_event.to_dict() if isinstance(self.trigger_event, Event) else self.trigger_event
            )

        else:
            trigger_event = self.trigger_event

        trigger_event_id: None | str | Unset
        if isinstance(self.trigger_event_id, Unset):
            trigger_event_id = UNSET
        else:
            trigger_event_id = self.trigger_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "label": label,
                "object": object_,
                "organization_id": organization_id,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if action_taken is not UNSET:
            field_dict["action_taken"] = action_taken
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if close_reason is not UNSET:
            field_dict["close_reason"] = close_reason
        if completed_action is not UNSET:
            field_dict["completed_action"] = completed_action
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if description is not UNSET:
            field_dict["description"] = description
        if error_reason is not UNSET:
            field_dict["error_reason"] = error_reason
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if status is not UNSET:
            field_dict["status"] = status
        if trigger_event is not UNSET:
            field_dict["trigger_event"] = trigger_event
        if trigger_event_id is not UNSET:
            field_dict["trigger_event_id"] = trigger_event_id
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
            _field = "label"
            label = get("label", UNSET)
            if not (isinstance(label, str)):
                label = deviation(label, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "organization_id"
            organization_id = get("organization_id", UNSET)
            if not (isinstance(organization_id, str)):
                organization_id = deviation(organization_id, "a string", src_dict, _field, _SCHEMA)

            _field = "type"
            _type_ = get("type", UNSET)
            type_ = (TaskType._by_value.get(_type_) if _type_.__class__ is str else None) or enum_or_deviation(
                TaskType, _type_, src_dict, _field, _SCHEMA
            )

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "action_taken"
            action_taken: None | TaskAction | Unset
            _action_taken_data = get("action_taken", UNSET)
            if isinstance(_action_taken_data, str):
                _action_taken_type_0 = _action_taken_data
                action_taken_type_0 = (
                    TaskAction._by_value.get(_action_taken_type_0) if _action_taken_type_0.__class__ is str else None
                ) or enum_or_deviation(TaskAction, _action_taken_type_0, src_dict, _field, _SCHEMA)

                action_taken = action_taken_type_0
            elif _action_taken_data is None or _action_taken_data is UNSET:
                action_taken = _action_taken_data
            else:
                action_taken = deviation(_action_taken_data, "TaskAction", src_dict, _field, _SCHEMA)

            _field = "assignee"
            assignee = (
                defer(_parse_assignee, get("assignee", UNSET), src_dict)
                if lazy
                else _parse_assignee(get("assignee", UNSET), False, src_dict)
            )

            _field = "assignee_id"
            assignee_id: None | str | Unset
            _assignee_id_data = get("assignee_id", UNSET)
            if isinstance(_assignee_id_data, str):
                assignee_id = _assignee_id_data
            elif _assignee_id_data is None or _assignee_id_data is UNSET:
                assignee_id = _assignee_id_data
            else:
                assignee_id = deviation(_assignee_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "close_reason"
            close_reason: None | str | Unset
            _close_reason_data = get("close_reason", UNSET)
            if isinstance(_close_reason_data, str):
                close_reason = _close_reason_data
            elif _close_reason_data is None or _close_reason_data is UNSET:
                close_reason = _close_reason_data
            else:
                close_reason = deviation(_close_reason_data, "a string", src_dict, _field, _SCHEMA)

            _field = "completed_action"
            completed_action = (
                defer(_parse_completed_action, get("completed_action", UNSET), src_dict)
                if lazy
                else _parse_completed_action(get("completed_action", UNSET), False, src_dict)
            )

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
            data = (
                defer(_parse_data, get("data", UNSET), src_dict)
                if lazy
                else _parse_data(get("data", UNSET), False, src_dict)
            )

            _field = "description"
            description: None | str | Unset
            _description_data = get("description", UNSET)
            if isinstance(_description_data, str):
                description = _description_data
            elif _description_data is None or _description_data is UNSET:
                description = _description_data
            else:
                description = deviation(_description_data, "a string", src_dict, _field, _SCHEMA)

            _field = "error_reason"
            error_reason: None | str | Unset
            _error_reason_data = get("error_reason", UNSET)
            if isinstance(_error_reason_data, str):
                error_reason = _error_reason_data
            elif _error_reason_data is None or _error_reason_data is UNSET:
                error_reason = _error_reason_data
            else:
                error_reason = deviation(_error_reason_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "status"
            status: None | TaskStatus | Unset
            _status_data = get("status", UNSET)
            if isinstance(_status_data, str):
                _status_type_0 = _status_data
                status_type_0 = (
                    TaskStatus._by_value.get(_status_type_0) if _status_type_0.__class__ is str else None
                ) or enum_or_deviation(TaskStatus, _status_type_0, src_dict, _field, _SCHEMA)

                status = status_type_0
            elif _status_data is None or _status_data is UNSET:
                status = _status_data
            else:
                status = deviation(_status_data, "TaskStatus", src_dict, _field, _SCHEMA)

            _field = "trigger_event"
            trigger_event = (
                defer(_parse_trigger_event, get("trigger_event", UNSET), src_dict)
                if lazy
                else _parse_trigger_event(get("trigger_event", UNSET), False, src_dict)
            )

            _field = "trigger_event_id"
            trigger_event_id: None | str | Unset
            _trigger_event_id_data = get("trigger_event_id", UNSET)
            if isinstance(_trigger_event_id_data, str):
                trigger_event_id = _trigger_event_id_data
            elif _trigger_event_id_data is None or _trigger_event_id_data is UNSET:
                trigger_event_id = _trigger_event_id_data
            else:
                trigger_event_id = deviation(_trigger_event_id_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        task = cls(
            label,
            object_,
            organization_id,
            type_,
            id,
            action_taken,
            assignee,
            assignee_id,
            close_reason,
            completed_action,
            created_at,
            data,
            description,
            error_reason,
            modified_at,
            status,
            trigger_event,
            trigger_event_id,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(task, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            task.additional_properties = undeclared
        return task

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


def _parse_assignee(_json: Any, lazy: bool, src_dict: Any) -> None | Unset | User:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "assignee"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    assignee: None | Unset | User
    _assignee_data = _json
    if isinstance(_assignee_data, dict):
        _assignee_type_0 = _assignee_data
        assignee_type_0 = (
            User.from_dict(_assignee_type_0, lazy=lazy)
            if isinstance(_assignee_type_0, dict)
            else deviation(_assignee_type_0, "an object (User)", src_dict, _field, _SCHEMA)
        )

        assignee = assignee_type_0
    elif _assignee_data is None or _assignee_data is UNSET:
        assignee = _assignee_data
    else:
        assignee = deviation(_assignee_data, "an object (User)", src_dict, _field, _SCHEMA)

    return assignee


def _parse_completed_action(_json: Any, lazy: bool, src_dict: Any) -> None | TaskCompletedActionType0 | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "completed_action"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    completed_action: None | TaskCompletedActionType0 | Unset
    _completed_action_data = _json
    if isinstance(_completed_action_data, dict):
        _completed_action_type_0 = _completed_action_data
        completed_action_type_0 = (
            TaskCompletedActionType0.from_dict(_completed_action_type_0, lazy=lazy)
            if isinstance(_completed_action_type_0, dict)
            else deviation(_completed_action_type_0, "an object (TaskCompletedActionType0)", src_dict, _field, _SCHEMA)
        )

        completed_action = completed_action_type_0
    elif _completed_action_data is None or _completed_action_data is UNSET:
        completed_action = _completed_action_data
    else:
        completed_action = deviation(
            _completed_action_data, "an object (TaskCompletedActionType0)", src_dict, _field, _SCHEMA
        )

    return completed_action


def _parse_data(_json: Any, lazy: bool, src_dict: Any) -> list[TaskData] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "data"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    data: list[TaskData] | None | Unset
    _data_data = _json
    if isinstance(_data_data, list):
        _data_type_0 = _data_data
        data_type_0: list[TaskData]
        if not isinstance(_data_type_0, list):
            data_type_0 = deviation(_data_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            data_type_0 = []
            for _data_type_0_index, data_type_0_item_data in enumerate(_data_type_0):
                try:
                    _data_type_0_item = data_type_0_item_data
                    data_type_0_item = (
                        TaskData.from_dict(_data_type_0_item, lazy=lazy)
                        if isinstance(_data_type_0_item, dict)
                        else deviation(
                            _data_type_0_item, "an object (TaskData)", _data_type_0, _data_type_0_index, _SCHEMA, _field
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_data_type_0_index,)
                    ) from _parse_failure
                data_type_0.append(data_type_0_item)

        data = data_type_0
    elif _data_data is None or _data_data is UNSET:
        data = _data_data
    else:
        data = deviation(_data_data, "an array", src_dict, _field, _SCHEMA)

    return data


def _parse_trigger_event(_json: Any, lazy: bool, src_dict: Any) -> Event | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "trigger_event"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    trigger_event: Event | None | Unset
    _trigger_event_data = _json
    if isinstance(_trigger_event_data, dict):
        _trigger_event_type_0 = _trigger_event_data
        trigger_event_type_0 = (
            Event.from_dict(_trigger_event_type_0, lazy=lazy)
            if isinstance(_trigger_event_type_0, dict)
            else deviation(_trigger_event_type_0, "an object (Event)", src_dict, _field, _SCHEMA)
        )

        trigger_event = trigger_event_type_0
    elif _trigger_event_data is None or _trigger_event_data is UNSET:
        trigger_event = _trigger_event_data
    else:
        trigger_event = deviation(_trigger_event_data, "an object (Event)", src_dict, _field, _SCHEMA)

    return trigger_event


install_lazy_fields(
    Task,
    (
        "assignee",
        "completed_action",
        "data",
        "trigger_event",
    ),
)


install_undeclared_on_demand(Task)
