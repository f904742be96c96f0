from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from ..models.classification_category import ClassificationCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task import Task


T = TypeVar("T", bound="CallClassification")

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "agent_reply_reason",
        "classification",
        "is_action_required",
        "is_reply_required",
        "object",
        "reason",
        "action_recommendation",
        "agent_confidence_reason",
        "agent_confidence_score",
        "agent_error_code",
        "agent_uncertainties",
        "created_at",
        "language",
        "modified_at",
        "tasks",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.task import Task  # noqa: PLC0415

    globals().update(
        Task=Task,
    )
    _references_unresolved = False


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
        if _references_unresolved:
            _resolve_references()

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
            _field = "agent_reply_reason"
            agent_reply_reason = src_dict["agent_reply_reason"]
            if not (isinstance(agent_reply_reason, str)):
                raise TypeError(f"expected a string, got {type(agent_reply_reason).__name__}")

            _field = "classification"
            _classification = src_dict["classification"]
            classification = (
                ClassificationCategory._by_value.get(_classification) if _classification.__class__ is str else None
            ) or ClassificationCategory(_classification)

            _field = "is_action_required"
            is_action_required = src_dict["is_action_required"]
            if not (isinstance(is_action_required, bool)):
                raise TypeError(f"expected a boolean, got {type(is_action_required).__name__}")

            _field = "is_reply_required"
            is_reply_required = src_dict["is_reply_required"]
            if not (isinstance(is_reply_required, bool)):
                raise TypeError(f"expected a boolean, got {type(is_reply_required).__name__}")

            _field = "object"
            object_ = src_dict["object"]
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "reason"
            reason = src_dict["reason"]
            if not (isinstance(reason, str)):
                raise TypeError(f"expected a string, got {type(reason).__name__}")

            _field = "action_recommendation"
            action_recommendation: None | str | Unset
            _action_recommendation_data = get("action_recommendation", UNSET)
            if isinstance(_action_recommendation_data, str):
                action_recommendation = _action_recommendation_data
            elif _action_recommendation_data is None or _action_recommendation_data is UNSET:
                action_recommendation = _action_recommendation_data
            else:
                raise TypeError(f"expected a string, got {type(_action_recommendation_data).__name__}")

            _field = "agent_confidence_reason"
            agent_confidence_reason: None | str | Unset
            _agent_confidence_reason_data = get("agent_confidence_reason", UNSET)
            if isinstance(_agent_confidence_reason_data, str):
                agent_confidence_reason = _agent_confidence_reason_data
            elif _agent_confidence_reason_data is None or _agent_confidence_reason_data is UNSET:
                agent_confidence_reason = _agent_confidence_reason_data
            else:
                raise TypeError(f"expected a string, got {type(_agent_confidence_reason_data).__name__}")

            _field = "agent_confidence_score"
            agent_confidence_score: float | None | Unset
            _agent_confidence_score_data = get("agent_confidence_score", UNSET)
            if isinstance(_agent_confidence_score_data, (int, float)) and not isinstance(
                _agent_confidence_score_data, bool
            ):
                agent_confidence_score = _agent_confidence_score_data
            elif _agent_confidence_score_data is None or _agent_confidence_score_data is UNSET:
                agent_confidence_score = _agent_confidence_score_data
            else:
                raise TypeError(f"expected a number, got {type(_agent_confidence_score_data).__name__}")

            _field = "agent_error_code"
            agent_error_code: None | str | Unset
            _agent_error_code_data = get("agent_error_code", UNSET)
            if isinstance(_agent_error_code_data, str):
                agent_error_code = _agent_error_code_data
            elif _agent_error_code_data is None or _agent_error_code_data is UNSET:
                agent_error_code = _agent_error_code_data
            else:
                raise TypeError(f"expected a string, got {type(_agent_error_code_data).__name__}")

            _field = "agent_uncertainties"
            agent_uncertainties: list[str] | None | Unset
            _agent_uncertainties_data = get("agent_uncertainties", UNSET)
            if isinstance(_agent_uncertainties_data, list):
                _agent_uncertainties_type_0 = _agent_uncertainties_data
                if not isinstance(_agent_uncertainties_type_0, list):
                    raise TypeError(f"expected an array, got {type(_agent_uncertainties_type_0).__name__}")
                agent_uncertainties_type_0 = _agent_uncertainties_type_0

                agent_uncertainties = agent_uncertainties_type_0
            elif _agent_uncertainties_data is None or _agent_uncertainties_data is UNSET:
                agent_uncertainties = _agent_uncertainties_data
            else:
                raise TypeError(f"expected an array, got {type(_agent_uncertainties_data).__name__}")

            _field = "created_at"
            created_at: datetime.datetime | None | Unset
            _created_at_data = get("created_at", UNSET)
            if isinstance(_created_at_data, str):
                try:
                    created_at_type_0 = datetime.datetime.fromisoformat(_created_at_data)
                except (TypeError, ValueError):
                    created_at_type_0 = parse_datetime(_created_at_data)

                created_at = created_at_type_0
            elif _created_at_data is None or _created_at_data is UNSET:
                created_at = _created_at_data
            else:
                raise TypeError(f"expected a date-time string, got {type(_created_at_data).__name__}")

            _field = "language"
            language: None | str | Unset
            _language_data = get("language", UNSET)
            if isinstance(_language_data, str):
                language = _language_data
            elif _language_data is None or _language_data is UNSET:
                language = _language_data
            else:
                raise TypeError(f"expected a string, got {type(_language_data).__name__}")

            _field = "modified_at"
            modified_at: datetime.datetime | None | Unset
            _modified_at_data = get("modified_at", UNSET)
            if isinstance(_modified_at_data, str):
                try:
                    modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at_data)
                except (TypeError, ValueError):
                    modified_at_type_0 = parse_datetime(_modified_at_data)

                modified_at = modified_at_type_0
            elif _modified_at_data is None or _modified_at_data is UNSET:
                modified_at = _modified_at_data
            else:
                raise TypeError(f"expected a date-time string, got {type(_modified_at_data).__name__}")

            _field = "tasks"
            tasks = defer(_parse_tasks, get("tasks", UNSET)) if lazy else _parse_tasks(get("tasks", UNSET), False)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        call_classification = cls(
            agent_reply_reason,
            classification,
            is_action_required,
            is_reply_required,
            object_,
            reason,
            action_recommendation,
            agent_confidence_reason,
            agent_confidence_score,
            agent_error_code,
            agent_uncertainties,
            created_at,
            language,
            modified_at,
            tasks,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            call_classification.additional_properties = undeclared
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


def _parse_tasks(_json: Any, lazy: bool) -> list[Task] | None | Unset:
    tasks: list[Task] | None | Unset
    _tasks_data = _json
    if isinstance(_tasks_data, list):
        _tasks_type_0 = _tasks_data
        if not isinstance(_tasks_type_0, list):
            raise TypeError(f"expected an array, got {type(_tasks_type_0).__name__}")
        tasks_type_0 = []
        for _tasks_type_0_index, tasks_type_0_item_data in enumerate(_tasks_type_0):
            try:
                tasks_type_0_item = Task.from_dict(tasks_type_0_item_data, lazy=lazy)

            except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                raise ResponseValidationError.from_exception(_parse_failure, (_tasks_type_0_index,)) from _parse_failure
            tasks_type_0.append(tasks_type_0_item)

        tasks = tasks_type_0
    elif _tasks_data is None or _tasks_data is UNSET:
        tasks = _tasks_data
    else:
        raise TypeError(f"expected an array, got {type(_tasks_data).__name__}")

    return tasks


install_lazy_fields(CallClassification, ("tasks",))
