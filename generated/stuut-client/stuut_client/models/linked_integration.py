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
    from ..models.integration import Integration
    from ..models.integration_health import IntegrationHealth
    from ..models.linked_integration_settings import LinkedIntegrationSettings
    from ..models.linked_model import LinkedModel


T = TypeVar("T", bound="LinkedIntegration")


@_attrs_define
class LinkedIntegration:
    """
    Attributes:
        integration_name (str):
        is_configured (bool):
        object_ (str):
        settings (LinkedIntegrationSettings):
        id (None | str | Unset):
        api_subdomain (None | str | Unset):
        api_url (None | str | Unset):
        connection_info (Any | Unset): Untyped on the reference page (`<unknown>`).
        created_at (datetime.datetime | None | Unset):
        credentials_expire_at (datetime.datetime | None | Unset):
        health (IntegrationHealth | None | Unset):
        identity_info (Any | Unset): Untyped on the reference page (`<unknown>`).
        integration (Integration | None | Unset):
        is_running_setup (bool | None | Unset):
        is_sync_disabled (bool | None | Unset):
        is_webhooks_enabled (bool | None | Unset):
        models (list[LinkedModel] | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset):
        owner_id (None | str | Unset):
        requires_setup (bool | None | Unset):
        username (None | str | Unset):
        webhook_listener_url (None | str | Unset):
        webhook_setup_error (None | str | Unset):
    """

    integration_name: str
    is_configured: bool
    object_: str
    settings: LinkedIntegrationSettings
    id: None | str | Unset = UNSET
    api_subdomain: None | str | Unset = UNSET
    api_url: None | str | Unset = UNSET
    connection_info: Any | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    credentials_expire_at: datetime.datetime | None | Unset = UNSET
    health: IntegrationHealth | None | Unset = UNSET
    identity_info: Any | Unset = UNSET
    integration: Integration | None | Unset = UNSET
    is_running_setup: bool | None | Unset = UNSET
    is_sync_disabled: bool | None | Unset = UNSET
    is_webhooks_enabled: bool | None | Unset = UNSET
    models: list[LinkedModel] | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    owner_id: None | str | Unset = UNSET
    requires_setup: bool | None | Unset = UNSET
    username: None | str | Unset = UNSET
    webhook_listener_url: None | str | Unset = UNSET
    webhook_setup_error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.integration import Integration  # noqa: PLC0415
        from ..models.integration_health import IntegrationHealth  # noqa: PLC0415

        integration_name = self.integration_name

        is_configured = self.is_configured

        object_ = self.object_

        settings = self.settings.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        api_subdomain: None | str | Unset
        if isinstance(self.api_subdomain, Unset):
            api_subdomain = UNSET
        else:
            api_subdomain = self.api_subdomain

        api_url: None | str | Unset
        if isinstance(self.api_url, Unset):
            api_url = UNSET
        else:
            api_url = self.api_url

        connection_info = self.connection_info

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        credentials_expire_at: None | str | Unset
        if isinstance(self.credentials_expire_at, Unset):
            credentials_expire_at = UNSET
        elif isinstance(self.credentials_expire_at, datetime.datetime):
            credentials_expire_at = self.credentials_expire_at.isoformat()
        else:
            credentials_expire_at = self.credentials_expire_at

        health: dict[str, Any] | None | Unset
        if isinstance(self.health, Unset):
            health = UNSET
        elif isinstance(self.health, IntegrationHealth):
            health = self.health.to_dict()
        else:
            health = self.health

        identity_info = self.identity_info

        integration: dict[str, Any] | None | Unset
        if isinstance(self.integration, Unset):
            integration = UNSET
        elif isinstance(self.integration, Integration):
            integration = self.integration.to_dict()
        else:
            integration = self.integration

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

        is_webhooks_enabled: bool | None | Unset
        if isinstance(self.is_webhooks_enabled, Unset):
            is_webhooks_enabled = UNSET
        else:
            is_webhooks_enabled = self.is_webhooks_enabled

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

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        requires_setup: bool | None | Unset
        if isinstance(self.requires_setup, Unset):
            requires_setup = UNSET
        else:
            requires_setup = self.requires_setup

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        webhook_listener_url: None | str | Unset
        if isinstance(self.webhook_listener_url, Unset):
            webhook_listener_url = UNSET
        else:
            webhook_listener_url = self.webhook_listener_url

        webhook_setup_error: None | str | Unset
        if isinstance(self.webhook_setup_error, Unset):
            webhook_setup_error = UNSET
        else:
            webhook_setup_error = self.webhook_setup_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_name": integration_name,
                "is_configured": is_configured,
                "object": object_,
                "settings": settings,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if api_subdomain is not UNSET:
            field_dict["api_subdomain"] = api_subdomain
        if api_url is not UNSET:
            field_dict["api_url"] = api_url
        if connection_info is not UNSET:
            field_dict["connection_info"] = connection_info
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if credentials_expire_at is not UNSET:
            field_dict["credentials_expire_at"] = credentials_expire_at
        if health is not UNSET:
            field_dict["health"] = health
        if identity_info is not UNSET:
            field_dict["identity_info"] = identity_info
        if integration is not UNSET:
            field_dict["integration"] = integration
        if is_running_setup is not UNSET:
            field_dict["is_running_setup"] = is_running_setup
        if is_sync_disabled is not UNSET:
            field_dict["is_sync_disabled"] = is_sync_disabled
        if is_webhooks_enabled is not UNSET:
            field_dict["is_webhooks_enabled"] = is_webhooks_enabled
        if models is not UNSET:
            field_dict["models"] = models
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if requires_setup is not UNSET:
            field_dict["requires_setup"] = requires_setup
        if username is not UNSET:
            field_dict["username"] = username
        if webhook_listener_url is not UNSET:
            field_dict["webhook_listener_url"] = webhook_listener_url
        if webhook_setup_error is not UNSET:
            field_dict["webhook_setup_error"] = webhook_setup_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration import Integration  # noqa: PLC0415
        from ..models.integration_health import IntegrationHealth  # noqa: PLC0415
        from ..models.linked_integration_settings import LinkedIntegrationSettings  # noqa: PLC0415
        from ..models.linked_model import LinkedModel  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_name"
            integration_name = d.pop("integration_name")
            if not (isinstance(integration_name, str)):
                raise TypeError(f"expected a string, got {type(integration_name).__name__}")

            _field = "is_configured"
            is_configured = d.pop("is_configured")
            if not (isinstance(is_configured, bool)):
                raise TypeError(f"expected a boolean, got {type(is_configured).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "settings"
            settings = LinkedIntegrationSettings.from_dict(d.pop("settings"))

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

            _field = "api_subdomain"

            def _parse_api_subdomain(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            api_subdomain = _parse_api_subdomain(d.pop("api_subdomain", UNSET))

            _field = "api_url"

            def _parse_api_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            api_url = _parse_api_url(d.pop("api_url", UNSET))

            _field = "connection_info"
            connection_info = d.pop("connection_info", UNSET)

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

            _field = "credentials_expire_at"

            def _parse_credentials_expire_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                credentials_expire_at_type_0 = parse_datetime(data)

                return credentials_expire_at_type_0

            credentials_expire_at = _parse_credentials_expire_at(d.pop("credentials_expire_at", UNSET))

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

            _field = "identity_info"
            identity_info = d.pop("identity_info", UNSET)

            _field = "integration"

            def _parse_integration(data: object) -> Integration | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Integration, got {type(data).__name__}")
                integration_type_0 = Integration.from_dict(data)

                return integration_type_0

            integration = _parse_integration(d.pop("integration", UNSET))

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

            _field = "is_webhooks_enabled"

            def _parse_is_webhooks_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_webhooks_enabled = _parse_is_webhooks_enabled(d.pop("is_webhooks_enabled", UNSET))

            _field = "models"

            def _parse_models(data: object) -> list[LinkedModel] | None | Unset:
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
                        models_type_0_item = LinkedModel.from_dict(models_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_models_type_0_index,)
                        ) from _parse_failure
                    models_type_0.append(models_type_0_item)

                return models_type_0

            models = _parse_models(d.pop("models", UNSET))

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

            _field = "owner_id"

            def _parse_owner_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

            _field = "requires_setup"

            def _parse_requires_setup(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            requires_setup = _parse_requires_setup(d.pop("requires_setup", UNSET))

            _field = "username"

            def _parse_username(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            username = _parse_username(d.pop("username", UNSET))

            _field = "webhook_listener_url"

            def _parse_webhook_listener_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            webhook_listener_url = _parse_webhook_listener_url(d.pop("webhook_listener_url", UNSET))

            _field = "webhook_setup_error"

            def _parse_webhook_setup_error(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            webhook_setup_error = _parse_webhook_setup_error(d.pop("webhook_setup_error", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        linked_integration = cls(
            integration_name=integration_name,
            is_configured=is_configured,
            object_=object_,
            settings=settings,
            id=id,
            api_subdomain=api_subdomain,
            api_url=api_url,
            connection_info=connection_info,
            created_at=created_at,
            credentials_expire_at=credentials_expire_at,
            health=health,
            identity_info=identity_info,
            integration=integration,
            is_running_setup=is_running_setup,
            is_sync_disabled=is_sync_disabled,
            is_webhooks_enabled=is_webhooks_enabled,
            models=models,
            modified_at=modified_at,
            name=name,
            owner_id=owner_id,
            requires_setup=requires_setup,
            username=username,
            webhook_listener_url=webhook_listener_url,
            webhook_setup_error=webhook_setup_error,
        )

        linked_integration.additional_properties = d
        return linked_integration

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
