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
    from ..models.integration import Integration
    from ..models.integration_health import IntegrationHealth
    from ..models.linked_integration_settings import LinkedIntegrationSettings
    from ..models.linked_model import LinkedModel


T = TypeVar("T", bound="LinkedIntegration")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "LinkedIntegration"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "integration_name",
        "is_configured",
        "object",
        "settings",
        "id",
        "api_subdomain",
        "api_url",
        "connection_info",
        "created_at",
        "credentials_expire_at",
        "health",
        "identity_info",
        "integration",
        "is_running_setup",
        "is_sync_disabled",
        "is_webhooks_enabled",
        "models",
        "modified_at",
        "name",
        "owner_id",
        "requires_setup",
        "username",
        "webhook_listener_url",
        "webhook_setup_error",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.integration import Integration  # noqa: PLC0415
    from ..models.integration_health import IntegrationHealth  # noqa: PLC0415
    from ..models.linked_integration_settings import LinkedIntegrationSettings  # noqa: PLC0415
    from ..models.linked_model import LinkedModel  # noqa: PLC0415

    globals().update(
        Integration=Integration,
        IntegrationHealth=IntegrationHealth,
        LinkedIntegrationSettings=LinkedIntegrationSettings,
        LinkedModel=LinkedModel,
    )
    _references_unresolved = False


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        integration_name = self.integration_name

        is_configured = self.is_configured

        object_ = self.object_

        settings = self.settings.to_dict() if isinstance(self.settings, LinkedIntegrationSettings) else self.settings

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        credentials_expire_at: None | str | Unset
        if isinstance(self.credentials_expire_at, Unset):
            credentials_expire_at = UNSET
        elif isinstance(self.credentials_expire_at, datetime.datetime):
            credentials_expire_at = (
                self.credentials_expire_at.isoformat()
                if isinstance(self.credentials_expire_at, datetime.datetime)
                else self.credentials_expire_at
            )

        else:
            credentials_expire_at = self.credentials_expire_at

        health: dict[str, Any] | None | Unset
        if isinstance(self.health, Unset):
            health = UNSET
        elif isinstance(self.health, IntegrationHealth):
            health = self.health.to_dict() if isinstance(self.health, IntegrationHealth) else self.health

        else:
            health = self.health

        identity_info = self.identity_info

        integration: dict[str, Any] | None | Unset
        if isinstance(self.integration, Unset):
            integration = UNSET
        elif isinstance(self.integration, Integration):
            integration = self.integration.to_dict() if isinstance(self.integration, Integration) else self.integration

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
            if isinstance(self.models, list):
                models = []
                for models_type_0_item_data in self.models:
                    models_type_0_item = (
                        models_type_0_item_data.to_dict()
                        if isinstance(models_type_0_item_data, LinkedModel)
                        else models_type_0_item_data
                    )

                    models.append(models_type_0_item)
            else:
                models = self.models

        else:
            models = self.models

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
        field_dict.update(undeclared(self))
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
            _field = "integration_name"
            integration_name = get("integration_name", UNSET)
            if not (isinstance(integration_name, str)):
                integration_name = deviation(integration_name, "a string", src_dict, _field, _SCHEMA)

            _field = "is_configured"
            is_configured = get("is_configured", UNSET)
            if not (isinstance(is_configured, bool)):
                is_configured = deviation(is_configured, "a boolean", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "settings"
            settings = (
                defer(_parse_settings, get("settings", UNSET), src_dict)
                if lazy
                else _parse_settings(get("settings", UNSET), False, src_dict)
            )

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "api_subdomain"
            api_subdomain: None | str | Unset
            _api_subdomain_data = get("api_subdomain", UNSET)
            if isinstance(_api_subdomain_data, str):
                api_subdomain = _api_subdomain_data
            elif _api_subdomain_data is None or _api_subdomain_data is UNSET:
                api_subdomain = _api_subdomain_data
            else:
                api_subdomain = deviation(_api_subdomain_data, "a string", src_dict, _field, _SCHEMA)

            _field = "api_url"
            api_url: None | str | Unset
            _api_url_data = get("api_url", UNSET)
            if isinstance(_api_url_data, str):
                api_url = _api_url_data
            elif _api_url_data is None or _api_url_data is UNSET:
                api_url = _api_url_data
            else:
                api_url = deviation(_api_url_data, "a string", src_dict, _field, _SCHEMA)

            _field = "connection_info"
            connection_info = get("connection_info", UNSET)

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

            _field = "credentials_expire_at"
            credentials_expire_at: datetime.datetime | None | Unset
            _credentials_expire_at_data = get("credentials_expire_at", UNSET)
            if isinstance(_credentials_expire_at_data, str):
                try:
                    credentials_expire_at_type_0 = datetime.datetime.fromisoformat(_credentials_expire_at_data)
                except (TypeError, ValueError):
                    credentials_expire_at_type_0 = datetime_or_deviation(
                        _credentials_expire_at_data, src_dict, _field, _SCHEMA
                    )
                else:
                    if not has_rfc3339_shape(_credentials_expire_at_data):
                        credentials_expire_at_type_0 = datetime_or_deviation(
                            _credentials_expire_at_data, src_dict, _field, _SCHEMA
                        )

                credentials_expire_at = credentials_expire_at_type_0
            elif _credentials_expire_at_data is None or _credentials_expire_at_data is UNSET:
                credentials_expire_at = _credentials_expire_at_data
            else:
                credentials_expire_at = deviation(
                    _credentials_expire_at_data, "a date-time string", src_dict, _field, _SCHEMA
                )

            _field = "health"
            health = (
                defer(_parse_health, get("health", UNSET), src_dict)
                if lazy
                else _parse_health(get("health", UNSET), False, src_dict)
            )

            _field = "identity_info"
            identity_info = get("identity_info", UNSET)

            _field = "integration"
            integration = (
                defer(_parse_integration, get("integration", UNSET), src_dict)
                if lazy
                else _parse_integration(get("integration", UNSET), False, src_dict)
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

            _field = "is_webhooks_enabled"
            is_webhooks_enabled: bool | None | Unset
            _is_webhooks_enabled_data = get("is_webhooks_enabled", UNSET)
            if isinstance(_is_webhooks_enabled_data, bool):
                is_webhooks_enabled = _is_webhooks_enabled_data
            elif _is_webhooks_enabled_data is None or _is_webhooks_enabled_data is UNSET:
                is_webhooks_enabled = _is_webhooks_enabled_data
            else:
                is_webhooks_enabled = deviation(_is_webhooks_enabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "models"
            models = (
                defer(_parse_models, get("models", UNSET), src_dict)
                if lazy
                else _parse_models(get("models", UNSET), False, src_dict)
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

            _field = "owner_id"
            owner_id: None | str | Unset
            _owner_id_data = get("owner_id", UNSET)
            if isinstance(_owner_id_data, str):
                owner_id = _owner_id_data
            elif _owner_id_data is None or _owner_id_data is UNSET:
                owner_id = _owner_id_data
            else:
                owner_id = deviation(_owner_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "requires_setup"
            requires_setup: bool | None | Unset
            _requires_setup_data = get("requires_setup", UNSET)
            if isinstance(_requires_setup_data, bool):
                requires_setup = _requires_setup_data
            elif _requires_setup_data is None or _requires_setup_data is UNSET:
                requires_setup = _requires_setup_data
            else:
                requires_setup = deviation(_requires_setup_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "username"
            username: None | str | Unset
            _username_data = get("username", UNSET)
            if isinstance(_username_data, str):
                username = _username_data
            elif _username_data is None or _username_data is UNSET:
                username = _username_data
            else:
                username = deviation(_username_data, "a string", src_dict, _field, _SCHEMA)

            _field = "webhook_listener_url"
            webhook_listener_url: None | str | Unset
            _webhook_listener_url_data = get("webhook_listener_url", UNSET)
            if isinstance(_webhook_listener_url_data, str):
                webhook_listener_url = _webhook_listener_url_data
            elif _webhook_listener_url_data is None or _webhook_listener_url_data is UNSET:
                webhook_listener_url = _webhook_listener_url_data
            else:
                webhook_listener_url = deviation(_webhook_listener_url_data, "a string", src_dict, _field, _SCHEMA)

            _field = "webhook_setup_error"
            webhook_setup_error: None | str | Unset
            _webhook_setup_error_data = get("webhook_setup_error", UNSET)
            if isinstance(_webhook_setup_error_data, str):
                webhook_setup_error = _webhook_setup_error_data
            elif _webhook_setup_error_data is None or _webhook_setup_error_data is UNSET:
                webhook_setup_error = _webhook_setup_error_data
            else:
                webhook_setup_error = deviation(_webhook_setup_error_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        linked_integration = cls(
            integration_name,
            is_configured,
            object_,
            settings,
            id,
            api_subdomain,
            api_url,
            connection_info,
            created_at,
            credentials_expire_at,
            health,
            identity_info,
            integration,
            is_running_setup,
            is_sync_disabled,
            is_webhooks_enabled,
            models,
            modified_at,
            name,
            owner_id,
            requires_setup,
            username,
            webhook_listener_url,
            webhook_setup_error,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(linked_integration, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            linked_integration.additional_properties = undeclared
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


def _parse_settings(_json: Any, lazy: bool, src_dict: Any) -> LinkedIntegrationSettings:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "settings"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    _settings = _json
    settings = (
        LinkedIntegrationSettings.from_dict(_settings, lazy=lazy)
        if isinstance(_settings, dict)
        else deviation(_settings, "an object (LinkedIntegrationSettings)", src_dict, _field, _SCHEMA)
    )

    return settings


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


def _parse_integration(_json: Any, lazy: bool, src_dict: Any) -> Integration | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "integration"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    integration: Integration | None | Unset
    _integration_data = _json
    if isinstance(_integration_data, dict):
        _integration_type_0 = _integration_data
        integration_type_0 = (
            Integration.from_dict(_integration_type_0, lazy=lazy)
            if isinstance(_integration_type_0, dict)
            else deviation(_integration_type_0, "an object (Integration)", src_dict, _field, _SCHEMA)
        )

        integration = integration_type_0
    elif _integration_data is None or _integration_data is UNSET:
        integration = _integration_data
    else:
        integration = deviation(_integration_data, "an object (Integration)", src_dict, _field, _SCHEMA)

    return integration


def _parse_models(_json: Any, lazy: bool, src_dict: Any) -> list[LinkedModel] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "models"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    models: list[LinkedModel] | None | Unset
    _models_data = _json
    if isinstance(_models_data, list):
        _models_type_0 = _models_data
        models_type_0: list[LinkedModel]
        if not isinstance(_models_type_0, list):
            models_type_0 = deviation(_models_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            models_type_0 = []
            for _models_type_0_index, models_type_0_item_data in enumerate(_models_type_0):
                try:
                    _models_type_0_item = models_type_0_item_data
                    models_type_0_item = (
                        LinkedModel.from_dict(_models_type_0_item, lazy=lazy)
                        if isinstance(_models_type_0_item, dict)
                        else deviation(
                            _models_type_0_item,
                            "an object (LinkedModel)",
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
    LinkedIntegration,
    (
        "settings",
        "health",
        "integration",
        "models",
    ),
)


install_undeclared_on_demand(LinkedIntegration)
