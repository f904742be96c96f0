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
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_health import IntegrationHealth
    from ..models.linked_model_exclude_rule_type_0 import LinkedModelExcludeRuleType0
    from ..models.linked_model_sync import LinkedModelSync


T = TypeVar("T", bound="LinkedModel")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "LinkedModel"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "integration_schema_id",
        "linked_integration_id",
        "name",
        "object",
        "id",
        "created_at",
        "exclude_rule",
        "field_mappings",
        "health",
        "is_read_enabled",
        "is_webhooks_setup",
        "is_write_enabled",
        "last_sync",
        "last_sync_id",
        "modified_at",
        "next_sync_at",
        "sync_requested",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.integration_health import IntegrationHealth  # noqa: PLC0415
    from ..models.linked_model_exclude_rule_type_0 import LinkedModelExcludeRuleType0  # noqa: PLC0415
    from ..models.linked_model_sync import LinkedModelSync  # noqa: PLC0415

    globals().update(
        IntegrationHealth=IntegrationHealth,
        LinkedModelExcludeRuleType0=LinkedModelExcludeRuleType0,
        LinkedModelSync=LinkedModelSync,
    )
    _references_unresolved = False


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        exclude_rule: dict[str, Any] | None | Unset
        if isinstance(self.exclude_rule, Unset):
            exclude_rule = UNSET
        elif isinstance(self.exclude_rule, LinkedModelExcludeRuleType0):
            exclude_rule = (
                self.exclude_rule.to_dict()
                if isinstance(self.exclude_rule, LinkedModelExcludeRuleType0)
                else self.exclude_rule
            )

        else:
            exclude_rule = self.exclude_rule

        field_mappings = self.field_mappings

        health: dict[str, Any] | None | Unset
        if isinstance(self.health, Unset):
            health = UNSET
        elif isinstance(self.health, IntegrationHealth):
            health = self.health.to_dict() if isinstance(self.health, IntegrationHealth) else self.health

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
            last_sync = self.last_sync.to_dict() if isinstance(self.last_sync, LinkedModelSync) else self.last_sync

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
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        next_sync_at: None | str | Unset
        if isinstance(self.next_sync_at, Unset):
            next_sync_at = UNSET
        elif isinstance(self.next_sync_at, datetime.datetime):
            next_sync_at = (
                self.next_sync_at.isoformat() if isinstance(self.next_sync_at, datetime.datetime) else self.next_sync_at
            )

        else:
            next_sync_at = self.next_sync_at

        sync_requested: bool | None | Unset
        if isinstance(self.sync_requested, Unset):
            sync_requested = UNSET
        else:
            sync_requested = self.sync_requested

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
            _field = "integration_schema_id"
            integration_schema_id = get("integration_schema_id", UNSET)
            if not (isinstance(integration_schema_id, str)):
                integration_schema_id = deviation(integration_schema_id, "a string", src_dict, _field, _SCHEMA)

            _field = "linked_integration_id"
            linked_integration_id = get("linked_integration_id", UNSET)
            if not (isinstance(linked_integration_id, str)):
                linked_integration_id = deviation(linked_integration_id, "a string", src_dict, _field, _SCHEMA)

            _field = "name"
            name = get("name", UNSET)
            if not (isinstance(name, str)):
                name = deviation(name, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "exclude_rule"
            exclude_rule = (
                defer(_parse_exclude_rule, get("exclude_rule", UNSET), src_dict)
                if lazy
                else _parse_exclude_rule(get("exclude_rule", UNSET), False, src_dict)
            )

            _field = "field_mappings"
            field_mappings = get("field_mappings", UNSET)

            _field = "health"
            health = (
                defer(_parse_health, get("health", UNSET), src_dict)
                if lazy
                else _parse_health(get("health", UNSET), False, src_dict)
            )

            _field = "is_read_enabled"
            is_read_enabled: bool | None | Unset
            _is_read_enabled_data = get("is_read_enabled", UNSET)
            if isinstance(_is_read_enabled_data, bool):
                is_read_enabled = _is_read_enabled_data
            elif _is_read_enabled_data is None or _is_read_enabled_data is UNSET:
                is_read_enabled = _is_read_enabled_data
            else:
                is_read_enabled = deviation(_is_read_enabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_webhooks_setup"
            is_webhooks_setup: bool | None | Unset
            _is_webhooks_setup_data = get("is_webhooks_setup", UNSET)
            if isinstance(_is_webhooks_setup_data, bool):
                is_webhooks_setup = _is_webhooks_setup_data
            elif _is_webhooks_setup_data is None or _is_webhooks_setup_data is UNSET:
                is_webhooks_setup = _is_webhooks_setup_data
            else:
                is_webhooks_setup = deviation(_is_webhooks_setup_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_write_enabled"
            is_write_enabled: bool | None | Unset
            _is_write_enabled_data = get("is_write_enabled", UNSET)
            if isinstance(_is_write_enabled_data, bool):
                is_write_enabled = _is_write_enabled_data
            elif _is_write_enabled_data is None or _is_write_enabled_data is UNSET:
                is_write_enabled = _is_write_enabled_data
            else:
                is_write_enabled = deviation(_is_write_enabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "last_sync"
            last_sync = (
                defer(_parse_last_sync, get("last_sync", UNSET), src_dict)
                if lazy
                else _parse_last_sync(get("last_sync", UNSET), False, src_dict)
            )

            _field = "last_sync_id"
            last_sync_id: None | str | Unset
            _last_sync_id_data = get("last_sync_id", UNSET)
            if isinstance(_last_sync_id_data, str):
                last_sync_id = _last_sync_id_data
            elif _last_sync_id_data is None or _last_sync_id_data is UNSET:
                last_sync_id = _last_sync_id_data
            else:
                last_sync_id = deviation(_last_sync_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "next_sync_at"
            next_sync_at: datetime.datetime | None | Unset
            _next_sync_at_data = get("next_sync_at", UNSET)
            if isinstance(_next_sync_at_data, str):
                try:
                    next_sync_at_type_0 = datetime.datetime.fromisoformat(_next_sync_at_data)
                except (TypeError, ValueError):
                    next_sync_at_type_0 = datetime_or_deviation(_next_sync_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_next_sync_at_data):
                        next_sync_at_type_0 = datetime_or_deviation(_next_sync_at_data, src_dict, _field, _SCHEMA)

                next_sync_at = next_sync_at_type_0
            elif _next_sync_at_data is None or _next_sync_at_data is UNSET:
                next_sync_at = _next_sync_at_data
            else:
                next_sync_at = deviation(_next_sync_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "sync_requested"
            sync_requested: bool | None | Unset
            _sync_requested_data = get("sync_requested", UNSET)
            if isinstance(_sync_requested_data, bool):
                sync_requested = _sync_requested_data
            elif _sync_requested_data is None or _sync_requested_data is UNSET:
                sync_requested = _sync_requested_data
            else:
                sync_requested = deviation(_sync_requested_data, "a boolean", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        linked_model = cls(
            integration_schema_id,
            linked_integration_id,
            name,
            object_,
            id,
            created_at,
            exclude_rule,
            field_mappings,
            health,
            is_read_enabled,
            is_webhooks_setup,
            is_write_enabled,
            last_sync,
            last_sync_id,
            modified_at,
            next_sync_at,
            sync_requested,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(linked_model, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            linked_model.additional_properties = undeclared
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


def _parse_exclude_rule(_json: Any, lazy: bool, src_dict: Any) -> LinkedModelExcludeRuleType0 | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "exclude_rule"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    exclude_rule: LinkedModelExcludeRuleType0 | None | Unset
    _exclude_rule_data = _json
    if isinstance(_exclude_rule_data, dict):
        _exclude_rule_type_0 = _exclude_rule_data
        exclude_rule_type_0 = (
            LinkedModelExcludeRuleType0.from_dict(_exclude_rule_type_0, lazy=lazy)
            if isinstance(_exclude_rule_type_0, dict)
            else deviation(_exclude_rule_type_0, "an object (LinkedModelExcludeRuleType0)", src_dict, _field, _SCHEMA)
        )

        exclude_rule = exclude_rule_type_0
    elif _exclude_rule_data is None or _exclude_rule_data is UNSET:
        exclude_rule = _exclude_rule_data
    else:
        exclude_rule = deviation(
            _exclude_rule_data, "an object (LinkedModelExcludeRuleType0)", src_dict, _field, _SCHEMA
        )

    return exclude_rule


def _parse_health(_json: Any, lazy: bool, src_dict: Any) -> IntegrationHealth | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "health"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    health: IntegrationHealth | None | Unset
    _health_data = _json
    if isinstance(_health_data, dict):
        _health_type_0 = _health_data
        health_type_0 = (
            IntegrationHealth.from_dict(_health_type_0, lazy=lazy)
            if isinstance(_health_type_0, dict)
            else deviation(_health_type_0, "an object (IntegrationHealth)", src_dict, _field, _SCHEMA)
        )

        health = health_type_0
    elif _health_data is None or _health_data is UNSET:
        health = _health_data
    else:
        health = deviation(_health_data, "an object (IntegrationHealth)", src_dict, _field, _SCHEMA)

    return health


def _parse_last_sync(_json: Any, lazy: bool, src_dict: Any) -> LinkedModelSync | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "last_sync"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    last_sync: LinkedModelSync | None | Unset
    _last_sync_data = _json
    if isinstance(_last_sync_data, dict):
        _last_sync_type_0 = _last_sync_data
        last_sync_type_0 = (
            LinkedModelSync.from_dict(_last_sync_type_0, lazy=lazy)
            if isinstance(_last_sync_type_0, dict)
            else deviation(_last_sync_type_0, "an object (LinkedModelSync)", src_dict, _field, _SCHEMA)
        )

        last_sync = last_sync_type_0
    elif _last_sync_data is None or _last_sync_data is UNSET:
        last_sync = _last_sync_data
    else:
        last_sync = deviation(_last_sync_data, "an object (LinkedModelSync)", src_dict, _field, _SCHEMA)

    return last_sync


install_lazy_fields(
    LinkedModel,
    (
        "exclude_rule",
        "health",
        "last_sync",
    ),
)


install_undeclared_on_demand(LinkedModel)
