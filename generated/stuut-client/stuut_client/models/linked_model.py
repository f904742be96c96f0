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
    from ..models.integration_health import IntegrationHealth
    from ..models.linked_model_exclude_rule_type_0 import LinkedModelExcludeRuleType0
    from ..models.linked_model_sync import LinkedModelSync


T = TypeVar("T", bound="LinkedModel")


@_attrs_define
class LinkedModel:
    """
    Attributes:
        integration_schema_id (str):
        linked_integration_id (str):
        name (str):
        object_ (str):
        id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        exclude_rule (LinkedModelExcludeRuleType0 | None | Unset):
        field_mappings (Any | Unset): Untyped on the reference page (`<unknown>`).
        health (IntegrationHealth | None | Unset):
        is_read_enabled (bool | None | Unset):
        is_webhooks_setup (bool | None | Unset):
        is_write_enabled (bool | None | Unset):
        last_sync (LinkedModelSync | None | Unset):
        last_sync_id (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        next_sync_at (datetime.datetime | None | Unset):
        sync_requested (bool | None | Unset):
    """

    integration_schema_id: str
    linked_integration_id: str
    name: str
    object_: str
    id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    exclude_rule: LinkedModelExcludeRuleType0 | None | Unset = UNSET
    field_mappings: Any | Unset = UNSET
    health: IntegrationHealth | None | Unset = UNSET
    is_read_enabled: bool | None | Unset = UNSET
    is_webhooks_setup: bool | None | Unset = UNSET
    is_write_enabled: bool | None | Unset = UNSET
    last_sync: LinkedModelSync | None | Unset = UNSET
    last_sync_id: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    next_sync_at: datetime.datetime | None | Unset = UNSET
    sync_requested: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.integration_health import IntegrationHealth  # noqa: PLC0415
        from ..models.linked_model_exclude_rule_type_0 import LinkedModelExcludeRuleType0  # noqa: PLC0415
        from ..models.linked_model_sync import LinkedModelSync  # noqa: PLC0415

        integration_schema_id = self.integration_schema_id

        linked_integration_id = self.linked_integration_id

        name = self.name

        object_ = self.object_

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

        exclude_rule: dict[str, Any] | None | Unset
        if isinstance(self.exclude_rule, Unset):
            exclude_rule = UNSET
        elif isinstance(self.exclude_rule, LinkedModelExcludeRuleType0):
            exclude_rule = self.exclude_rule.to_dict()
        else:
            exclude_rule = self.exclude_rule

        field_mappings = self.field_mappings

        health: dict[str, Any] | None | Unset
        if isinstance(self.health, Unset):
            health = UNSET
        elif isinstance(self.health, IntegrationHealth):
            health = self.health.to_dict()
        else:
            health = self.health

        is_read_enabled: bool | None | Unset
        if isinstance(self.is_read_enabled, Unset):
            is_read_enabled = UNSET
        else:
            is_read_enabled = self.is_read_enabled

        is_webhooks_setup: bool | None | Unset
        if isinstance(self.is_webhooks_setup, Unset):
            is_webhooks_setup = UNSET
        else:
            is_webhooks_setup = self.is_webhooks_setup

        is_write_enabled: bool | None | Unset
        if isinstance(self.is_write_enabled, Unset):
            is_write_enabled = UNSET
        else:
            is_write_enabled = self.is_write_enabled

        last_sync: dict[str, Any] | None | Unset
        if isinstance(self.last_sync, Unset):
            last_sync = UNSET
        elif isinstance(self.last_sync, LinkedModelSync):
            last_sync = self.last_sync.to_dict()
        else:
            last_sync = self.last_sync

        last_sync_id: None | str | Unset
        if isinstance(self.last_sync_id, Unset):
            last_sync_id = UNSET
        else:
            last_sync_id = self.last_sync_id

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        next_sync_at: None | str | Unset
        if isinstance(self.next_sync_at, Unset):
            next_sync_at = UNSET
        elif isinstance(self.next_sync_at, datetime.datetime):
            next_sync_at = self.next_sync_at.isoformat()
        else:
            next_sync_at = self.next_sync_at

        sync_requested: bool | None | Unset
        if isinstance(self.sync_requested, Unset):
            sync_requested = UNSET
        else:
            sync_requested = self.sync_requested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_schema_id": integration_schema_id,
                "linked_integration_id": linked_integration_id,
                "name": name,
                "object": object_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if exclude_rule is not UNSET:
            field_dict["exclude_rule"] = exclude_rule
        if field_mappings is not UNSET:
            field_dict["field_mappings"] = field_mappings
        if health is not UNSET:
            field_dict["health"] = health
        if is_read_enabled is not UNSET:
            field_dict["is_read_enabled"] = is_read_enabled
        if is_webhooks_setup is not UNSET:
            field_dict["is_webhooks_setup"] = is_webhooks_setup
        if is_write_enabled is not UNSET:
            field_dict["is_write_enabled"] = is_write_enabled
        if last_sync is not UNSET:
            field_dict["last_sync"] = last_sync
        if last_sync_id is not UNSET:
            field_dict["last_sync_id"] = last_sync_id
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if next_sync_at is not UNSET:
            field_dict["next_sync_at"] = next_sync_at
        if sync_requested is not UNSET:
            field_dict["sync_requested"] = sync_requested

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_health import IntegrationHealth  # noqa: PLC0415
        from ..models.linked_model_exclude_rule_type_0 import LinkedModelExcludeRuleType0  # noqa: PLC0415
        from ..models.linked_model_sync import LinkedModelSync  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_schema_id"
            integration_schema_id = d.pop("integration_schema_id")
            if not (isinstance(integration_schema_id, str)):
                raise TypeError(f"expected a string, got {type(integration_schema_id).__name__}")

            _field = "linked_integration_id"
            linked_integration_id = d.pop("linked_integration_id")
            if not (isinstance(linked_integration_id, str)):
                raise TypeError(f"expected a string, got {type(linked_integration_id).__name__}")

            _field = "name"
            name = d.pop("name")
            if not (isinstance(name, str)):
                raise TypeError(f"expected a string, got {type(name).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

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

            _field = "exclude_rule"

            def _parse_exclude_rule(data: object) -> LinkedModelExcludeRuleType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected LinkedModelExcludeRuleType0, got {type(data).__name__}")
                exclude_rule_type_0 = LinkedModelExcludeRuleType0.from_dict(data)

                return exclude_rule_type_0

            exclude_rule = _parse_exclude_rule(d.pop("exclude_rule", UNSET))

            _field = "field_mappings"
            field_mappings = d.pop("field_mappings", UNSET)

            _field = "health"

            def _parse_health(data: object) -> IntegrationHealth | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected IntegrationHealth, got {type(data).__name__}")
                health_type_0 = IntegrationHealth.from_dict(data)

                return health_type_0

            health = _parse_health(d.pop("health", UNSET))

            _field = "is_read_enabled"

            def _parse_is_read_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_read_enabled = _parse_is_read_enabled(d.pop("is_read_enabled", UNSET))

            _field = "is_webhooks_setup"

            def _parse_is_webhooks_setup(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_webhooks_setup = _parse_is_webhooks_setup(d.pop("is_webhooks_setup", UNSET))

            _field = "is_write_enabled"

            def _parse_is_write_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_write_enabled = _parse_is_write_enabled(d.pop("is_write_enabled", UNSET))

            _field = "last_sync"

            def _parse_last_sync(data: object) -> LinkedModelSync | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected LinkedModelSync, got {type(data).__name__}")
                last_sync_type_0 = LinkedModelSync.from_dict(data)

                return last_sync_type_0

            last_sync = _parse_last_sync(d.pop("last_sync", UNSET))

            _field = "last_sync_id"

            def _parse_last_sync_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            last_sync_id = _parse_last_sync_id(d.pop("last_sync_id", UNSET))

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

            _field = "next_sync_at"

            def _parse_next_sync_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                next_sync_at_type_0 = parse_datetime(data)

                return next_sync_at_type_0

            next_sync_at = _parse_next_sync_at(d.pop("next_sync_at", UNSET))

            _field = "sync_requested"

            def _parse_sync_requested(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            sync_requested = _parse_sync_requested(d.pop("sync_requested", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        linked_model = cls(
            integration_schema_id=integration_schema_id,
            linked_integration_id=linked_integration_id,
            name=name,
            object_=object_,
            id=id,
            created_at=created_at,
            exclude_rule=exclude_rule,
            field_mappings=field_mappings,
            health=health,
            is_read_enabled=is_read_enabled,
            is_webhooks_setup=is_webhooks_setup,
            is_write_enabled=is_write_enabled,
            last_sync=last_sync,
            last_sync_id=last_sync_id,
            modified_at=modified_at,
            next_sync_at=next_sync_at,
            sync_requested=sync_requested,
        )

        linked_model.additional_properties = d
        return linked_model

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
