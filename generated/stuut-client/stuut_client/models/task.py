from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event import Event  # noqa: PLC0415
        from ..models.task_completed_action_type_0 import TaskCompletedActionType0  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        label = self.label

        object_ = self.object_

        organization_id = self.organization_id

        type_ = self.type_.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        action_taken: None | str | Unset
        if isinstance(self.action_taken, Unset):
            action_taken = UNSET
        elif isinstance(self.action_taken, TaskAction):
            action_taken = self.action_taken.value
        else:
            action_taken = self.action_taken

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, User):
            assignee = self.assignee.to_dict()
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
            completed_action = self.completed_action.to_dict()
        else:
            completed_action = self.completed_action

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

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
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskStatus):
            status = self.status.value
        else:
            status = self.status

        trigger_event: dict[str, Any] | None | Unset
        if isinstance(self.trigger_event, Unset):
            trigger_event = UNSET
        elif isinstance(self.trigger_event, Event):
            trigger_event = self.trigger_event.to_dict()
        else:
            trigger_event = self.trigger_event

        trigger_event_id: None | str | Unset
        if isinstance(self.trigger_event_id, Unset):
            trigger_event_id = UNSET
        else:
            trigger_event_id = self.trigger_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event import Event  # noqa: PLC0415
        from ..models.task_completed_action_type_0 import TaskCompletedActionType0  # noqa: PLC0415
        from ..models.task_data import TaskData  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "label"
            label = d.pop("label")
            if not (isinstance(label, str)):
                raise TypeError(f"expected a string, got {type(label).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "organization_id"
            organization_id = d.pop("organization_id")
            if not (isinstance(organization_id, str)):
                raise TypeError(f"expected a string, got {type(organization_id).__name__}")

            _field = "type"
            type_ = TaskType(d.pop("type"))

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

            _field = "action_taken"

            def _parse_action_taken(data: object) -> None | TaskAction | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected TaskAction, got {type(data).__name__}")
                action_taken_type_0 = TaskAction(data)

                return action_taken_type_0

            action_taken = _parse_action_taken(d.pop("action_taken", UNSET))

            _field = "assignee"

            def _parse_assignee(data: object) -> None | Unset | User:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected User, got {type(data).__name__}")
                assignee_type_0 = User.from_dict(data)

                return assignee_type_0

            assignee = _parse_assignee(d.pop("assignee", UNSET))

            _field = "assignee_id"

            def _parse_assignee_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            assignee_id = _parse_assignee_id(d.pop("assignee_id", UNSET))

            _field = "close_reason"

            def _parse_close_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            close_reason = _parse_close_reason(d.pop("close_reason", UNSET))

            _field = "completed_action"

            def _parse_completed_action(data: object) -> None | TaskCompletedActionType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected TaskCompletedActionType0, got {type(data).__name__}")
                completed_action_type_0 = TaskCompletedActionType0.from_dict(data)

                return completed_action_type_0

            completed_action = _parse_completed_action(d.pop("completed_action", UNSET))

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

            def _parse_data(data: object) -> list[TaskData] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _data_type_0 = data
                if not isinstance(_data_type_0, list):
                    raise TypeError(f"expected an array, got {type(_data_type_0).__name__}")
                data_type_0 = []
                for _data_type_0_index, data_type_0_item_data in enumerate(_data_type_0):
                    try:
                        data_type_0_item = TaskData.from_dict(data_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_data_type_0_index,)
                        ) from _parse_failure
                    data_type_0.append(data_type_0_item)

                return data_type_0

            data = _parse_data(d.pop("data", UNSET))

            _field = "description"

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            description = _parse_description(d.pop("description", UNSET))

            _field = "error_reason"

            def _parse_error_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            error_reason = _parse_error_reason(d.pop("error_reason", UNSET))

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

            _field = "status"

            def _parse_status(data: object) -> None | TaskStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected TaskStatus, got {type(data).__name__}")
                status_type_0 = TaskStatus(data)

                return status_type_0

            status = _parse_status(d.pop("status", UNSET))

            _field = "trigger_event"

            def _parse_trigger_event(data: object) -> Event | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Event, got {type(data).__name__}")
                trigger_event_type_0 = Event.from_dict(data)

                return trigger_event_type_0

            trigger_event = _parse_trigger_event(d.pop("trigger_event", UNSET))

            _field = "trigger_event_id"

            def _parse_trigger_event_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            trigger_event_id = _parse_trigger_event_id(d.pop("trigger_event_id", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        task = cls(
            label=label,
            object_=object_,
            organization_id=organization_id,
            type_=type_,
            id=id,
            action_taken=action_taken,
            assignee=assignee,
            assignee_id=assignee_id,
            close_reason=close_reason,
            completed_action=completed_action,
            created_at=created_at,
            data=data,
            description=description,
            error_reason=error_reason,
            modified_at=modified_at,
            status=status,
            trigger_event=trigger_event,
            trigger_event_id=trigger_event_id,
        )

        task.additional_properties = d
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
