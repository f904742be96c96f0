from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._decode import Decoded
from .._deviations import (
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_health import ConnectionHealth
    from ..models.connection_model import ConnectionModel


T = TypeVar("T", bound="Connection")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Connection"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "modified_at",
        "id",
        "is_authentication_pending",
        "is_running_setup",
        "is_sync_disabled",
        "health",
        "models",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.connection_health import ConnectionHealth  # noqa: PLC0415
    from ..models.connection_model import ConnectionModel  # noqa: PLC0415

    globals().update(
        ConnectionHealth=ConnectionHealth,
        ConnectionModel=ConnectionModel,
    )
    _references_unresolved = False


@_attrs_define
class Connection:
    """A connection to a third-party system (v2). The reference pages' examples of this object were cut off inside
    `models`; further fields exist but were not recovered.

        Attributes:
            created_at (datetime.datetime | None | Unset):
            modified_at (datetime.datetime | None | Unset):
            id (None | str | Unset):
            is_authentication_pending (bool | None | Unset):
            is_running_setup (bool | None | Unset):
            is_sync_disabled (bool | None | Unset):
            health (ConnectionHealth | None | Unset):
            models (list[ConnectionModel] | None | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    id: None | str | Unset = UNSET
    is_authentication_pending: bool | None | Unset = UNSET
    is_running_setup: bool | None | Unset = UNSET
    is_sync_disabled: bool | None | Unset = UNSET
    health: ConnectionHealth | None | Unset = UNSET
    models: list[ConnectionModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_authentication_pending: bool | None | Unset
        if isinstance(self.is_authentication_pending, Unset):
            is_authentication_pending = UNSET
        else:
            is_authentication_pending = self.is_authentication_pending

        is_running_setup: bool | None | Unset
        if isinstance(self.is_running_setup, Unset):
            is_running_setup = UNSET
        else:
            is_running_setup = self.is_running_setup

        is_sync_disabled: bool | None | Unset
        if isinstance(self.is_sync_disabled, Unset):
            is_sync_disabled = UNSET
        else:
            is_sync_disabled = self.is_sync_disabled

        health: dict[str, Any] | None | Unset
        if isinstance(self.health, Unset):
            health = UNSET
        elif isinstance(self.health, ConnectionHealth):
            health = self.health.to_dict() if isinstance(self.health, ConnectionHealth) else self.health

        else:
            health = self.health

        models: list[dict[str, Any]] | None | Unset
        if isinstance(self.models, Unset):
            models = UNSET
        elif isinstance(self.models, list):
            if isinstance(self.models, list):
                models = []
                for models_type_0_item_data in self.models:
                    models_type_0_item = (
                        models_type_0_item_data.to_dict()
                        if isinstance(models_type_0_item_data, ConnectionModel)
                        else models_type_0_item_data
                    )

                    models.append(models_type_0_item)
            else:
                models = self.models

        else:
            models = self.models

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if id is not UNSET:
            field_dict["id"] = id
        if is_authentication_pending is not UNSET:
            field_dict["is_authentication_pending"] = is_authentication_pending
        if is_running_setup is not UNSET:
            field_dict["is_running_setup"] = is_running_setup
        if is_sync_disabled is not UNSET:
            field_dict["is_sync_disabled"] = is_sync_disabled
        if health is not UNSET:
            field_dict["health"] = health
        if models is not UNSET:
            field_dict["models"] = models

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

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "is_authentication_pending"
            is_authentication_pending: bool | None | Unset
            _is_authentication_pending_data = get("is_authentication_pending", UNSET)
            if isinstance(_is_authentication_pending_data, bool):
                is_authentication_pending = _is_authentication_pending_data
            elif _is_authentication_pending_data is None or _is_authentication_pending_data is UNSET:
                is_authentication_pending = _is_authentication_pending_data
            else:
                is_authentication_pending = deviation(
                    _is_authentication_pending_data, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "is_running_setup"
            is_running_setup: bool | None | Unset
            _is_running_setup_data = get("is_running_setup", UNSET)
            if isinstance(_is_running_setup_data, bool):
                is_running_setup = _is_running_setup_data
            elif _is_running_setup_data is None or _is_running_setup_data is UNSET:
                is_running_setup = _is_running_setup_data
            else:
                is_running_setup = deviation(_is_running_setup_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_sync_disabled"
            is_sync_disabled: bool | None | Unset
            _is_sync_disabled_data = get("is_sync_disabled", UNSET)
            if isinstance(_is_sync_disabled_data, bool):
                is_sync_disabled = _is_sync_disabled_data
            elif _is_sync_disabled_data is None or _is_sync_disabled_data is UNSET:
                is_sync_disabled = _is_sync_disabled_data
            else:
                is_sync_disabled = deviation(_is_sync_disabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "health"
            health = (
                defer(_parse_health, get("health", UNSET), src_dict)
                if lazy
                else _parse_health(get("health", UNSET), False, src_dict)
            )

            _field = "models"
            models = (
                defer(_parse_models, get("models", UNSET), src_dict)
                if lazy
                else _parse_models(get("models", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        connection = cls(
            created_at,
            modified_at,
            id,
            is_authentication_pending,
            is_running_setup,
            is_sync_disabled,
            health,
            models,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            connection.additional_properties = undeclared
        return connection

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


def _parse_health(_json: Any, lazy: bool, src_dict: Any) -> ConnectionHealth | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "health"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    health: ConnectionHealth | None | Unset
    _health_data = _json
    if isinstance(_health_data, dict):
        _health_type_0 = _health_data
        health_type_0 = (
            ConnectionHealth.from_dict(_health_type_0, lazy=lazy)
            if isinstance(_health_type_0, dict)
            else deviation(_health_type_0, "an object (ConnectionHealth)", src_dict, _field, _SCHEMA)
        )

        health = health_type_0
    elif _health_data is None or _health_data is UNSET:
        health = _health_data
    else:
        health = deviation(_health_data, "an object (ConnectionHealth)", src_dict, _field, _SCHEMA)

    return health


def _parse_models(_json: Any, lazy: bool, src_dict: Any) -> list[ConnectionModel] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "models"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    models: list[ConnectionModel] | None | Unset
    _models_data = _json
    if isinstance(_models_data, list):
        _models_type_0 = _models_data
        models_type_0: list[ConnectionModel]
        if not isinstance(_models_type_0, list):
            models_type_0 = deviation(_models_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            models_type_0 = []
            for _models_type_0_index, models_type_0_item_data in enumerate(_models_type_0):
                try:
                    _models_type_0_item = models_type_0_item_data
                    models_type_0_item = (
                        ConnectionModel.from_dict(_models_type_0_item, lazy=lazy)
                        if isinstance(_models_type_0_item, dict)
                        else deviation(
                            _models_type_0_item,
                            "an object (ConnectionModel)",
                            _models_type_0,
                            _models_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_models_type_0_index,)
                    ) from _parse_failure
                models_type_0.append(models_type_0_item)

        models = models_type_0
    elif _models_data is None or _models_data is UNSET:
        models = _models_data
    else:
        models = deviation(_models_data, "an array", src_dict, _field, _SCHEMA)

    return models


install_lazy_fields(
    Connection,
    (
        "health",
        "models",
    ),
)


install_undeclared_on_demand(Connection)
