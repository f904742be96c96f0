from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.timezone import Timezone
from ..models.workflow_pending_run_strategy import WorkflowPendingRunStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="Workflow")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
            created_at = self.created_at.isoformat()
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
            modified_at = self.modified_at.isoformat()
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
            pending_run_strategy = self.pending_run_strategy.value
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
            timezone = self.timezone.value
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
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

            _field = "active_days"

            def _parse_active_days(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _active_days_type_0 = data
                if not isinstance(_active_days_type_0, list):
                    raise TypeError(f"expected an array, got {type(_active_days_type_0).__name__}")
                active_days_type_0 = _active_days_type_0

                return active_days_type_0

            active_days = _parse_active_days(d.pop("active_days", UNSET))

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

            _field = "email_sender_id"

            def _parse_email_sender_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            email_sender_id = _parse_email_sender_id(d.pop("email_sender_id", UNSET))

            _field = "is_active"

            def _parse_is_active(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_active = _parse_is_active(d.pop("is_active", UNSET))

            _field = "is_call_on_weekend_enabled"

            def _parse_is_call_on_weekend_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_call_on_weekend_enabled = _parse_is_call_on_weekend_enabled(d.pop("is_call_on_weekend_enabled", UNSET))

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

            _field = "name"

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            name = _parse_name(d.pop("name", UNSET))

            _field = "object"

            def _parse_object_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            object_ = _parse_object_(d.pop("object", UNSET))

            _field = "outreach_window_end"

            def _parse_outreach_window_end(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            outreach_window_end = _parse_outreach_window_end(d.pop("outreach_window_end", UNSET))

            _field = "outreach_window_start"

            def _parse_outreach_window_start(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            outreach_window_start = _parse_outreach_window_start(d.pop("outreach_window_start", UNSET))

            _field = "pending_run_strategy"

            def _parse_pending_run_strategy(data: object) -> None | Unset | WorkflowPendingRunStrategy:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected WorkflowPendingRunStrategy, got {type(data).__name__}")
                pending_run_strategy_type_0 = WorkflowPendingRunStrategy(data)

                return pending_run_strategy_type_0

            pending_run_strategy = _parse_pending_run_strategy(d.pop("pending_run_strategy", UNSET))

            _field = "test_email"

            def _parse_test_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            test_email = _parse_test_email(d.pop("test_email", UNSET))

            _field = "test_phone_number"

            def _parse_test_phone_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            test_phone_number = _parse_test_phone_number(d.pop("test_phone_number", UNSET))

            _field = "timezone"

            def _parse_timezone(data: object) -> None | Timezone | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected Timezone, got {type(data).__name__}")
                timezone_type_0 = Timezone(data)

                return timezone_type_0

            timezone = _parse_timezone(d.pop("timezone", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        workflow = cls(
            id=id,
            active_days=active_days,
            created_at=created_at,
            email_sender_id=email_sender_id,
            is_active=is_active,
            is_call_on_weekend_enabled=is_call_on_weekend_enabled,
            modified_at=modified_at,
            name=name,
            object_=object_,
            outreach_window_end=outreach_window_end,
            outreach_window_start=outreach_window_start,
            pending_run_strategy=pending_run_strategy,
            test_email=test_email,
            test_phone_number=test_phone_number,
            timezone=timezone,
        )

        workflow.additional_properties = d
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
