from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)
        integration_name = d.pop("integration_name")

        is_configured = d.pop("is_configured")

        object_ = d.pop("object")

        settings = LinkedIntegrationSettings.from_dict(d.pop("settings"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_api_subdomain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_subdomain = _parse_api_subdomain(d.pop("api_subdomain", UNSET))

        def _parse_api_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_url = _parse_api_url(d.pop("api_url", UNSET))

        connection_info = d.pop("connection_info", UNSET)

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

        def _parse_credentials_expire_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                credentials_expire_at_type_0 = datetime.datetime.fromisoformat(data)

                return credentials_expire_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        credentials_expire_at = _parse_credentials_expire_at(d.pop("credentials_expire_at", UNSET))

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

        identity_info = d.pop("identity_info", UNSET)

        def _parse_integration(data: object) -> Integration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                integration_type_0 = Integration.from_dict(data)

                return integration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Integration | None | Unset, data)

        integration = _parse_integration(d.pop("integration", UNSET))

        def _parse_is_running_setup(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_running_setup = _parse_is_running_setup(d.pop("is_running_setup", UNSET))

        def _parse_is_sync_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_sync_disabled = _parse_is_sync_disabled(d.pop("is_sync_disabled", UNSET))

        def _parse_is_webhooks_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_webhooks_enabled = _parse_is_webhooks_enabled(d.pop("is_webhooks_enabled", UNSET))

        def _parse_models(data: object) -> list[LinkedModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                models_type_0 = []
                _models_type_0 = data
                for models_type_0_item_data in _models_type_0:
                    models_type_0_item = LinkedModel.from_dict(models_type_0_item_data)

                    models_type_0.append(models_type_0_item)

                return models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LinkedModel] | None | Unset, data)

        models = _parse_models(d.pop("models", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_requires_setup(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        requires_setup = _parse_requires_setup(d.pop("requires_setup", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_webhook_listener_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_listener_url = _parse_webhook_listener_url(d.pop("webhook_listener_url", UNSET))

        def _parse_webhook_setup_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_setup_error = _parse_webhook_setup_error(d.pop("webhook_setup_error", UNSET))

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
