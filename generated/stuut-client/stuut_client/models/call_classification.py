from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.classification_category import ClassificationCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task import Task


T = TypeVar("T", bound="CallClassification")


@_attrs_define
class CallClassification:
    """
    Attributes:
        agent_reply_reason (str):
        classification (ClassificationCategory): The reference page shows only the value `payment_inquiry`; the complete
            list was not recovered. Values the server sends that are not listed here parse as unknown members (see the
            client's tolerant enums).
        is_action_required (bool):
        is_reply_required (bool):
        object_ (str):
        reason (str):
        action_recommendation (None | str | Unset):
        agent_confidence_reason (None | str | Unset):
        agent_confidence_score (float | None | Unset):
        agent_error_code (None | str | Unset):
        agent_uncertainties (list[str] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        language (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        tasks (list[Task] | None | Unset):
    """

    agent_reply_reason: str
    classification: ClassificationCategory
    is_action_required: bool
    is_reply_required: bool
    object_: str
    reason: str
    action_recommendation: None | str | Unset = UNSET
    agent_confidence_reason: None | str | Unset = UNSET
    agent_confidence_score: float | None | Unset = UNSET
    agent_error_code: None | str | Unset = UNSET
    agent_uncertainties: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    language: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    tasks: list[Task] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_reply_reason = self.agent_reply_reason

        classification = self.classification.value

        is_action_required = self.is_action_required

        is_reply_required = self.is_reply_required

        object_ = self.object_

        reason = self.reason

        action_recommendation: None | str | Unset
        if isinstance(self.action_recommendation, Unset):
            action_recommendation = UNSET
        else:
            action_recommendation = self.action_recommendation

        agent_confidence_reason: None | str | Unset
        if isinstance(self.agent_confidence_reason, Unset):
            agent_confidence_reason = UNSET
        else:
            agent_confidence_reason = self.agent_confidence_reason

        agent_confidence_score: float | None | Unset
        if isinstance(self.agent_confidence_score, Unset):
            agent_confidence_score = UNSET
        else:
            agent_confidence_score = self.agent_confidence_score

        agent_error_code: None | str | Unset
        if isinstance(self.agent_error_code, Unset):
            agent_error_code = UNSET
        else:
            agent_error_code = self.agent_error_code

        agent_uncertainties: list[str] | None | Unset
        if isinstance(self.agent_uncertainties, Unset):
            agent_uncertainties = UNSET
        elif isinstance(self.agent_uncertainties, list):
            agent_uncertainties = self.agent_uncertainties

        else:
            agent_uncertainties = self.agent_uncertainties

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_0_item_data in self.tasks:
                tasks_type_0_item = tasks_type_0_item_data.to_dict()
                tasks.append(tasks_type_0_item)

        else:
            tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_reply_reason": agent_reply_reason,
                "classification": classification,
                "is_action_required": is_action_required,
                "is_reply_required": is_reply_required,
                "object": object_,
                "reason": reason,
            }
        )
        if action_recommendation is not UNSET:
            field_dict["action_recommendation"] = action_recommendation
        if agent_confidence_reason is not UNSET:
            field_dict["agent_confidence_reason"] = agent_confidence_reason
        if agent_confidence_score is not UNSET:
            field_dict["agent_confidence_score"] = agent_confidence_score
        if agent_error_code is not UNSET:
            field_dict["agent_error_code"] = agent_error_code
        if agent_uncertainties is not UNSET:
            field_dict["agent_uncertainties"] = agent_uncertainties
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if language is not UNSET:
            field_dict["language"] = language
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task import Task  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "agent_reply_reason"
            agent_reply_reason = d.pop("agent_reply_reason")
            if not (isinstance(agent_reply_reason, str)):
                raise TypeError(f"expected a string, got {type(agent_reply_reason).__name__}")

            _field = "classification"
            classification = ClassificationCategory(d.pop("classification"))

            _field = "is_action_required"
            is_action_required = d.pop("is_action_required")
            if not (isinstance(is_action_required, bool)):
                raise TypeError(f"expected a boolean, got {type(is_action_required).__name__}")

            _field = "is_reply_required"
            is_reply_required = d.pop("is_reply_required")
            if not (isinstance(is_reply_required, bool)):
                raise TypeError(f"expected a boolean, got {type(is_reply_required).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "reason"
            reason = d.pop("reason")
            if not (isinstance(reason, str)):
                raise TypeError(f"expected a string, got {type(reason).__name__}")

            _field = "action_recommendation"

            def _parse_action_recommendation(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            action_recommendation = _parse_action_recommendation(d.pop("action_recommendation", UNSET))

            _field = "agent_confidence_reason"

            def _parse_agent_confidence_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            agent_confidence_reason = _parse_agent_confidence_reason(d.pop("agent_confidence_reason", UNSET))

            _field = "agent_confidence_score"

            def _parse_agent_confidence_score(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            agent_confidence_score = _parse_agent_confidence_score(d.pop("agent_confidence_score", UNSET))

            _field = "agent_error_code"

            def _parse_agent_error_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            agent_error_code = _parse_agent_error_code(d.pop("agent_error_code", UNSET))

            _field = "agent_uncertainties"

            def _parse_agent_uncertainties(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _agent_uncertainties_type_0 = data
                if not isinstance(_agent_uncertainties_type_0, list):
                    raise TypeError(f"expected an array, got {type(_agent_uncertainties_type_0).__name__}")
                agent_uncertainties_type_0 = _agent_uncertainties_type_0

                return agent_uncertainties_type_0

            agent_uncertainties = _parse_agent_uncertainties(d.pop("agent_uncertainties", UNSET))

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

            _field = "language"

            def _parse_language(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            language = _parse_language(d.pop("language", UNSET))

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

            _field = "tasks"

            def _parse_tasks(data: object) -> list[Task] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _tasks_type_0 = data
                if not isinstance(_tasks_type_0, list):
                    raise TypeError(f"expected an array, got {type(_tasks_type_0).__name__}")
                tasks_type_0 = []
                for _tasks_type_0_index, tasks_type_0_item_data in enumerate(_tasks_type_0):
                    try:
                        tasks_type_0_item = Task.from_dict(tasks_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_tasks_type_0_index,)
                        ) from _parse_failure
                    tasks_type_0.append(tasks_type_0_item)

                return tasks_type_0

            tasks = _parse_tasks(d.pop("tasks", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        call_classification = cls(
            agent_reply_reason=agent_reply_reason,
            classification=classification,
            is_action_required=is_action_required,
            is_reply_required=is_reply_required,
            object_=object_,
            reason=reason,
            action_recommendation=action_recommendation,
            agent_confidence_reason=agent_confidence_reason,
            agent_confidence_score=agent_confidence_score,
            agent_error_code=agent_error_code,
            agent_uncertainties=agent_uncertainties,
            created_at=created_at,
            language=language,
            modified_at=modified_at,
            tasks=tasks,
        )

        call_classification.additional_properties = d
        return call_classification

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
