from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._deviations import (
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    enum_or_deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.timezone import Timezone
from ..models.workflow_pending_run_strategy import WorkflowPendingRunStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="Workflow")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Workflow"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "active_days",
        "created_at",
        "email_sender_id",
        "is_active",
        "is_call_on_weekend_enabled",
        "modified_at",
        "name",
        "object",
        "outreach_window_end",
        "outreach_window_start",
        "pending_run_strategy",
        "test_email",
        "test_phone_number",
        "timezone",
    }
)


@_attrs_define
class Workflow:
    """
    Attributes:
        id (None | str | Unset):
        active_days (list[int] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        email_sender_id (None | str | Unset):
        is_active (bool | None | Unset):
        is_call_on_weekend_enabled (bool | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset):
        object_ (None | str | Unset):
        outreach_window_end (None | str | Unset):
        outreach_window_start (None | str | Unset):
        pending_run_strategy (None | Unset | WorkflowPendingRunStrategy):
        test_email (None | str | Unset):
        test_phone_number (None | str | Unset):
        timezone (None | Timezone | Unset):
    """

    id: None | str | Unset = UNSET
    active_days: list[int] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    email_sender_id: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    is_call_on_weekend_enabled: bool | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    object_: None | str | Unset = UNSET
    outreach_window_end: None | str | Unset = UNSET
    outreach_window_start: None | str | Unset = UNSET
    pending_run_strategy: None | Unset | WorkflowPendingRunStrategy = UNSET
    test_email: None | str | Unset = UNSET
    test_phone_number: None | str | Unset = UNSET
    timezone: None | Timezone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        active_days: list[int] | None | Unset
        if isinstance(self.active_days, Unset):
            active_days = UNSET
        elif isinstance(self.active_days, list):
            active_days = self.active_days

        else:
            active_days = self.active_days

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        email_sender_id: None | str | Unset
        if isinstance(self.email_sender_id, Unset):
            email_sender_id = UNSET
        else:
            email_sender_id = self.email_sender_id

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        is_call_on_weekend_enabled: bool | None | Unset
        if isinstance(self.is_call_on_weekend_enabled, Unset):
            is_call_on_weekend_enabled = UNSET
        else:
            is_call_on_weekend_enabled = self.is_call_on_weekend_enabled

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        outreach_window_end: None | str | Unset
        if isinstance(self.outreach_window_end, Unset):
            outreach_window_end = UNSET
        else:
            outreach_window_end = self.outreach_window_end

        outreach_window_start: None | str | Unset
        if isinstance(self.outreach_window_start, Unset):
            outreach_window_start = UNSET
        else:
            outreach_window_start = self.outreach_window_start

        pending_run_strategy: None | str | Unset
        if isinstance(self.pending_run_strategy, Unset):
            pending_run_strategy = UNSET
        elif isinstance(self.pending_run_strategy, WorkflowPendingRunStrategy):
            pending_run_strategy = (
                self.pending_run_strategy.value
                if isinstance(self.pending_run_strategy, WorkflowPendingRunStrategy)
                else self.pending_run_strategy
            )

        else:
            pending_run_strategy = self.pending_run_strategy

        test_email: None | str | Unset
        if isinstance(self.test_email, Unset):
            test_email = UNSET
        else:
            test_email = self.test_email

        test_phone_number: None | str | Unset
        if isinstance(self.test_phone_number, Unset):
            test_phone_number = UNSET
        else:
            test_phone_number = self.test_phone_number

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        elif isinstance(self.timezone, Timezone):
            timezone = self.timezone.value if isinstance(self.timezone, Timezone) else self.timezone

        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if active_days is not UNSET:
            field_dict["active_days"] = active_days
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if email_sender_id is not UNSET:
            field_dict["email_sender_id"] = email_sender_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_call_on_weekend_enabled is not UNSET:
            field_dict["is_call_on_weekend_enabled"] = is_call_on_weekend_enabled
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if object_ is not UNSET:
            field_dict["object"] = object_
        if outreach_window_end is not UNSET:
            field_dict["outreach_window_end"] = outreach_window_end
        if outreach_window_start is not UNSET:
            field_dict["outreach_window_start"] = outreach_window_start
        if pending_run_strategy is not UNSET:
            field_dict["pending_run_strategy"] = pending_run_strategy
        if test_email is not UNSET:
            field_dict["test_email"] = test_email
        if test_phone_number is not UNSET:
            field_dict["test_phone_number"] = test_phone_number
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:

        # stuut: refuse anything but an object, and name the field that does not fit.
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        get = src_dict.get
        _field = ""
        try:
            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "active_days"
            active_days: list[int] | None | Unset
            _active_days_data = get("active_days", UNSET)
            if isinstance(_active_days_data, list):
                _active_days_type_0 = _active_days_data
                active_days_type_0: list[int]
                if not isinstance(_active_days_type_0, list):
                    active_days_type_0 = deviation(_active_days_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    active_days_type_0 = _active_days_type_0
                    for _active_days_type_0_index, _active_days_type_0_item in enumerate(_active_days_type_0):
                        if not (
                            isinstance(_active_days_type_0_item, int) and not isinstance(_active_days_type_0_item, bool)
                        ):
                            try:
                                deviation(
                                    _active_days_type_0_item,
                                    "an integer",
                                    _active_days_type_0,
                                    _active_days_type_0_index,
                                    _SCHEMA,
                                    _field,
                                )
                            except (KeyError, TypeError, ValueError) as _parse_failure:
                                raise ResponseValidationError.from_exception(
                                    _parse_failure, (_active_days_type_0_index,)
                                ) from _parse_failure

                active_days = active_days_type_0
            elif _active_days_data is None or _active_days_data is UNSET:
                active_days = _active_days_data
            else:
                active_days = deviation(_active_days_data, "an array", src_dict, _field, _SCHEMA)

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

            _field = "email_sender_id"
            email_sender_id: None | str | Unset
            _email_sender_id_data = get("email_sender_id", UNSET)
            if isinstance(_email_sender_id_data, str):
                email_sender_id = _email_sender_id_data
            elif _email_sender_id_data is None or _email_sender_id_data is UNSET:
                email_sender_id = _email_sender_id_data
            else:
                email_sender_id = deviation(_email_sender_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "is_active"
            is_active: bool | None | Unset
            _is_active_data = get("is_active", UNSET)
            if isinstance(_is_active_data, bool):
                is_active = _is_active_data
            elif _is_active_data is None or _is_active_data is UNSET:
                is_active = _is_active_data
            else:
                is_active = deviation(_is_active_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_call_on_weekend_enabled"
            is_call_on_weekend_enabled: bool | None | Unset
            _is_call_on_weekend_enabled_data = get("is_call_on_weekend_enabled", UNSET)
            if isinstance(_is_call_on_weekend_enabled_data, bool):
                is_call_on_weekend_enabled = _is_call_on_weekend_enabled_data
            elif _is_call_on_weekend_enabled_data is None or _is_call_on_weekend_enabled_data is UNSET:
                is_call_on_weekend_enabled = _is_call_on_weekend_enabled_data
            else:
                is_call_on_weekend_enabled = deviation(
                    _is_call_on_weekend_enabled_data, "a boolean", src_dict, _field, _SCHEMA
                )

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

            _field = "name"
            name: None | str | Unset
            _name_data = get("name", UNSET)
            if isinstance(_name_data, str):
                name = _name_data
            elif _name_data is None or _name_data is UNSET:
                name = _name_data
            else:
                name = deviation(_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_: None | str | Unset
            _object__data = get("object", UNSET)
            if isinstance(_object__data, str):
                object_ = _object__data
            elif _object__data is None or _object__data is UNSET:
                object_ = _object__data
            else:
                object_ = deviation(_object__data, "a string", src_dict, _field, _SCHEMA)

            _field = "outreach_window_end"
            outreach_window_end: None | str | Unset
            _outreach_window_end_data = get("outreach_window_end", UNSET)
            if isinstance(_outreach_window_end_data, str):
                outreach_window_end = _outreach_window_end_data
            elif _outreach_window_end_data is None or _outreach_window_end_data is UNSET:
                outreach_window_end = _outreach_window_end_data
            else:
                outreach_window_end = deviation(_outreach_window_end_data, "a string", src_dict, _field, _SCHEMA)

            _field = "outreach_window_start"
            outreach_window_start: None | str | Unset
            _outreach_window_start_data = get("outreach_window_start", UNSET)
            if isinstance(_outreach_window_start_data, str):
                outreach_window_start = _outreach_window_start_data
            elif _outreach_window_start_data is None or _outreach_window_start_data is UNSET:
                outreach_window_start = _outreach_window_start_data
            else:
                outreach_window_start = deviation(_outreach_window_start_data, "a string", src_dict, _field, _SCHEMA)

            _field = "pending_run_strategy"
            pending_run_strategy: None | Unset | WorkflowPendingRunStrategy
            _pending_run_strategy_data = get("pending_run_strategy", UNSET)
            if isinstance(_pending_run_strategy_data, str):
                _pending_run_strategy_type_0 = _pending_run_strategy_data
                pending_run_strategy_type_0 = (
                    WorkflowPendingRunStrategy._by_value.get(_pending_run_strategy_type_0)
                    if _pending_run_strategy_type_0.__class__ is str
                    else None
                ) or enum_or_deviation(
                    WorkflowPendingRunStrategy, _pending_run_strategy_type_0, src_dict, _field, _SCHEMA
                )

                pending_run_strategy = pending_run_strategy_type_0
            elif _pending_run_strategy_data is None or _pending_run_strategy_data is UNSET:
                pending_run_strategy = _pending_run_strategy_data
            else:
                pending_run_strategy = deviation(
                    _pending_run_strategy_data, "WorkflowPendingRunStrategy", src_dict, _field, _SCHEMA
                )

            _field = "test_email"
            test_email: None | str | Unset
            _test_email_data = get("test_email", UNSET)
            if isinstance(_test_email_data, str):
                test_email = _test_email_data
            elif _test_email_data is None or _test_email_data is UNSET:
                test_email = _test_email_data
            else:
                test_email = deviation(_test_email_data, "a string", src_dict, _field, _SCHEMA)

            _field = "test_phone_number"
            test_phone_number: None | str | Unset
            _test_phone_number_data = get("test_phone_number", UNSET)
            if isinstance(_test_phone_number_data, str):
                test_phone_number = _test_phone_number_data
            elif _test_phone_number_data is None or _test_phone_number_data is UNSET:
                test_phone_number = _test_phone_number_data
            else:
                test_phone_number = deviation(_test_phone_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "timezone"
            timezone: None | Timezone | Unset
            _timezone_data = get("timezone", UNSET)
            if isinstance(_timezone_data, str):
                _timezone_type_0 = _timezone_data
                timezone_type_0 = (
                    Timezone._by_value.get(_timezone_type_0) if _timezone_type_0.__class__ is str else None
                ) or enum_or_deviation(Timezone, _timezone_type_0, src_dict, _field, _SCHEMA)

                timezone = timezone_type_0
            elif _timezone_data is None or _timezone_data is UNSET:
                timezone = _timezone_data
            else:
                timezone = deviation(_timezone_data, "Timezone", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        workflow = cls(
            id,
            active_days,
            created_at,
            email_sender_id,
            is_active,
            is_call_on_weekend_enabled,
            modified_at,
            name,
            object_,
            outreach_window_end,
            outreach_window_start,
            pending_run_strategy,
            test_email,
            test_phone_number,
            timezone,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            workflow.additional_properties = undeclared
        return workflow

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


install_undeclared_on_demand(Workflow)
