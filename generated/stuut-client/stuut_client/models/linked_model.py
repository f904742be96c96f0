from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)
        integration_schema_id = d.pop("integration_schema_id")

        linked_integration_id = d.pop("linked_integration_id")

        name = d.pop("name")

        object_ = d.pop("object")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_exclude_rule(data: object) -> LinkedModelExcludeRuleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exclude_rule_type_0 = LinkedModelExcludeRuleType0.from_dict(data)

                return exclude_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedModelExcludeRuleType0 | None | Unset, data)

        exclude_rule = _parse_exclude_rule(d.pop("exclude_rule", UNSET))

        field_mappings = d.pop("field_mappings", UNSET)

        def _parse_health(data: object) -> IntegrationHealth | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                health_type_0 = IntegrationHealth.from_dict(data)

                return health_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntegrationHealth | None | Unset, data)

        health = _parse_health(d.pop("health", UNSET))

        def _parse_is_read_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_read_enabled = _parse_is_read_enabled(d.pop("is_read_enabled", UNSET))

        def _parse_is_webhooks_setup(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_webhooks_setup = _parse_is_webhooks_setup(d.pop("is_webhooks_setup", UNSET))

        def _parse_is_write_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_write_enabled = _parse_is_write_enabled(d.pop("is_write_enabled", UNSET))

        def _parse_last_sync(data: object) -> LinkedModelSync | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_sync_type_0 = LinkedModelSync.from_dict(data)

                return last_sync_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedModelSync | None | Unset, data)

        last_sync = _parse_last_sync(d.pop("last_sync", UNSET))

        def _parse_last_sync_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sync_id = _parse_last_sync_id(d.pop("last_sync_id", UNSET))

        def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_at_type_0 = datetime.datetime.fromisoformat(data)

                return modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        def _parse_next_sync_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_sync_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_sync_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_sync_at = _parse_next_sync_at(d.pop("next_sync_at", UNSET))

        def _parse_sync_requested(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sync_requested = _parse_sync_requested(d.pop("sync_requested", UNSET))

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
