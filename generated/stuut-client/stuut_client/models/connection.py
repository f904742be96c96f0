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
    from ..models.connection_health import ConnectionHealth
    from ..models.connection_model import ConnectionModel


T = TypeVar("T", bound="Connection")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connection_health import ConnectionHealth  # noqa: PLC0415

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
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
            health = self.health.to_dict()
        else:
            health = self.health

        models: list[dict[str, Any]] | None | Unset
        if isinstance(self.models, Unset):
            models = UNSET
        elif isinstance(self.models, list):
            models = []
            for models_type_0_item_data in self.models:
                models_type_0_item = models_type_0_item_data.to_dict()
                models.append(models_type_0_item)

        else:
            models = self.models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection_health import ConnectionHealth  # noqa: PLC0415
        from ..models.connection_model import ConnectionModel  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
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

            _field = "is_authentication_pending"

            def _parse_is_authentication_pending(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_authentication_pending = _parse_is_authentication_pending(d.pop("is_authentication_pending", UNSET))

            _field = "is_running_setup"

            def _parse_is_running_setup(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_running_setup = _parse_is_running_setup(d.pop("is_running_setup", UNSET))

            _field = "is_sync_disabled"

            def _parse_is_sync_disabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_sync_disabled = _parse_is_sync_disabled(d.pop("is_sync_disabled", UNSET))

            _field = "health"

            def _parse_health(data: object) -> ConnectionHealth | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected ConnectionHealth, got {type(data).__name__}")
                health_type_0 = ConnectionHealth.from_dict(data)

                return health_type_0

            health = _parse_health(d.pop("health", UNSET))

            _field = "models"

            def _parse_models(data: object) -> list[ConnectionModel] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _models_type_0 = data
                if not isinstance(_models_type_0, list):
                    raise TypeError(f"expected an array, got {type(_models_type_0).__name__}")
                models_type_0 = []
                for _models_type_0_index, models_type_0_item_data in enumerate(_models_type_0):
                    try:
                        models_type_0_item = ConnectionModel.from_dict(models_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_models_type_0_index,)
                        ) from _parse_failure
                    models_type_0.append(models_type_0_item)

                return models_type_0

            models = _parse_models(d.pop("models", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        connection = cls(
            created_at=created_at,
            modified_at=modified_at,
            id=id,
            is_authentication_pending=is_authentication_pending,
            is_running_setup=is_running_setup,
            is_sync_disabled=is_sync_disabled,
            health=health,
            models=models,
        )

        connection.additional_properties = d
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
