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
from ..models.classification_category import ClassificationCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task import Task


T = TypeVar("T", bound="CallClassification")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "CallClassification"

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        agent_reply_reason = self.agent_reply_reason

        classification = (
            self.classification.value
            if isinstance(self.classification, ClassificationCategory)
            else self.classification
        )

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

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
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            if isinstance(self.tasks, list):
                tasks = []
                for tasks_type_0_item_data in self.tasks:
                    tasks_type_0_item = (
                        tasks_type_0_item_data.to_dict()
                        if isinstance(tasks_type_0_item_data, Task)
                        else tasks_type_0_item_data
                    )

                    tasks.append(tasks_type_0_item)
            else:
                tasks = self.tasks

        else:
            tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
            _field = "agent_reply_reason"
            agent_reply_reason = get("agent_reply_reason", UNSET)
            if not (isinstance(agent_reply_reason, str)):
                agent_reply_reason = deviation(agent_reply_reason, "a string", src_dict, _field, _SCHEMA)

            _field = "classification"
            _classification = get("classification", UNSET)
            classification = (
                ClassificationCategory._by_value.get(_classification) if _classification.__class__ is str else None
            ) or enum_or_deviation(ClassificationCategory, _classification, src_dict, _field, _SCHEMA)

            _field = "is_action_required"
            is_action_required = get("is_action_required", UNSET)
            if not (isinstance(is_action_required, bool)):
                is_action_required = deviation(is_action_required, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_reply_required"
            is_reply_required = get("is_reply_required", UNSET)
            if not (isinstance(is_reply_required, bool)):
                is_reply_required = deviation(is_reply_required, "a boolean", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "reason"
            reason = get("reason", UNSET)
            if not (isinstance(reason, str)):
                reason = deviation(reason, "a string", src_dict, _field, _SCHEMA)

            _field = "action_recommendation"
            action_recommendation: None | str | Unset
            _action_recommendation_data = get("action_recommendation", UNSET)
            if isinstance(_action_recommendation_data, str):
                action_recommendation = _action_recommendation_data
            elif _action_recommendation_data is None or _action_recommendation_data is UNSET:
                action_recommendation = _action_recommendation_data
            else:
                action_recommendation = deviation(_action_recommendation_data, "a string", src_dict, _field, _SCHEMA)

            _field = "agent_confidence_reason"
            agent_confidence_reason: None | str | Unset
            _agent_confidence_reason_data = get("agent_confidence_reason", UNSET)
            if isinstance(_agent_confidence_reason_data, str):
                agent_confidence_reason = _agent_confidence_reason_data
            elif _agent_confidence_reason_data is None or _agent_confidence_reason_data is UNSET:
                agent_confidence_reason = _agent_confidence_reason_data
            else:
                agent_confidence_reason = deviation(
                    _agent_confidence_reason_data, "a string", src_dict, _field, _SCHEMA
                )

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
                agent_confidence_score = deviation(_agent_confidence_score_data, "a number", src_dict, _field, _SCHEMA)

            _field = "agent_error_code"
            agent_error_code: None | str | Unset
            _agent_error_code_data = get("agent_error_code", UNSET)
            if isinstance(_agent_error_code_data, str):
                agent_error_code = _agent_error_code_data
            elif _agent_error_code_data is None or _agent_error_code_data is UNSET:
                agent_error_code = _agent_error_code_data
            else:
                agent_error_code = deviation(_agent_error_code_data, "a string", src_dict, _field, _SCHEMA)

            _field = "agent_uncertainties"
            agent_uncertainties: list[str] | None | Unset
            _agent_uncertainties_data = get("agent_uncertainties", UNSET)
            if isinstance(_agent_uncertainties_data, list):
                _agent_uncertainties_type_0 = _agent_uncertainties_data
                agent_uncertainties_type_0: list[str]
                if not isinstance(_agent_uncertainties_type_0, list):
                    agent_uncertainties_type_0 = deviation(
                        _agent_uncertainties_type_0, "an array", src_dict, _field, _SCHEMA
                    )
                else:
                    agent_uncertainties_type_0 = _agent_uncertainties_type_0
                    for _agent_uncertainties_type_0_index, _agent_uncertainties_type_0_item in enumerate(
                        _agent_uncertainties_type_0
                    ):
                        if not (isinstance(_agent_uncertainties_type_0_item, str)):
                            try:
                                deviation(
                                    _agent_uncertainties_type_0_item,
                                    "a string",
                                    _agent_uncertainties_type_0,
                                    _agent_uncertainties_type_0_index,
                                    _SCHEMA,
                                    _field,
                                )
                            except (KeyError, TypeError, ValueError) as _parse_failure:
                                raise ResponseValidationError.from_exception(
                                    _parse_failure, (_agent_uncertainties_type_0_index,)
                                ) from _parse_failure

                agent_uncertainties = agent_uncertainties_type_0
            elif _agent_uncertainties_data is None or _agent_uncertainties_data is UNSET:
                agent_uncertainties = _agent_uncertainties_data
            else:
                agent_uncertainties = deviation(_agent_uncertainties_data, "an array", src_dict, _field, _SCHEMA)

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

            _field = "language"
            language: None | str | Unset
            _language_data = get("language", UNSET)
            if isinstance(_language_data, str):
                language = _language_data
            elif _language_data is None or _language_data is UNSET:
                language = _language_data
            else:
                language = deviation(_language_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "tasks"
            tasks = (
                defer(_parse_tasks, get("tasks", UNSET), src_dict)
                if lazy
                else _parse_tasks(get("tasks", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
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
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(call_classification, src_dict)

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


def _parse_tasks(_json: Any, lazy: bool, src_dict: Any) -> list[Task] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "tasks"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    tasks: list[Task] | None | Unset
    _tasks_data = _json
    if isinstance(_tasks_data, list):
        _tasks_type_0 = _tasks_data
        tasks_type_0: list[Task]
        if not isinstance(_tasks_type_0, list):
            tasks_type_0 = deviation(_tasks_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            tasks_type_0 = []
            for _tasks_type_0_index, tasks_type_0_item_data in enumerate(_tasks_type_0):
                try:
                    _tasks_type_0_item = tasks_type_0_item_data
                    tasks_type_0_item = (
                        Task.from_dict(_tasks_type_0_item, lazy=lazy)
                        if isinstance(_tasks_type_0_item, dict)
                        else deviation(
                            _tasks_type_0_item, "an object (Task)", _tasks_type_0, _tasks_type_0_index, _SCHEMA, _field
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_tasks_type_0_index,)
                    ) from _parse_failure
                tasks_type_0.append(tasks_type_0_item)

        tasks = tasks_type_0
    elif _tasks_data is None or _tasks_data is UNSET:
        tasks = _tasks_data
    else:
        tasks = deviation(_tasks_data, "an array", src_dict, _field, _SCHEMA)

    return tasks


install_lazy_fields(CallClassification, ("tasks",))


install_undeclared_on_demand(CallClassification)
