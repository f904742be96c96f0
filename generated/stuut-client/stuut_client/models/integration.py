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
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.integration_category import IntegrationCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_connection_step import IntegrationConnectionStep
    from ..models.integration_setting import IntegrationSetting


T = TypeVar("T", bound="Integration")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Integration"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "display_name",
        "name",
        "object",
        "api_base_url",
        "api_documentation_url",
        "api_requires_subdomain",
        "auth_type",
        "categories",
        "color",
        "connection_guide_url",
        "connection_instructions",
        "connection_steps",
        "created_at",
        "description",
        "is_enabled",
        "logo",
        "logo_square",
        "modified_at",
        "settings",
        "short_description",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.integration_connection_step import IntegrationConnectionStep  # noqa: PLC0415
    from ..models.integration_setting import IntegrationSetting  # noqa: PLC0415

    globals().update(
        IntegrationConnectionStep=IntegrationConnectionStep,
        IntegrationSetting=IntegrationSetting,
    )
    _references_unresolved = False


@_attrs_define
class Integration:
    """
    Attributes:
        display_name (str):
        name (str):
        object_ (str):
        api_base_url (None | str | Unset):
        api_documentation_url (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        api_requires_subdomain (bool | None | Unset):
        auth_type (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        categories (list[IntegrationCategory] | None | Unset):
        color (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        connection_guide_url (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        connection_instructions (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        connection_steps (list[IntegrationConnectionStep] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        description (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        is_enabled (bool | None | Unset):
        logo (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        logo_square (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        modified_at (datetime.datetime | None | Unset):
        settings (list[IntegrationSetting] | None | Unset):
        short_description (Any | Unset): The reference page shows only `null` here, so the type is not documented.
    """

    display_name: str
    name: str
    object_: str
    api_base_url: None | str | Unset = UNSET
    api_documentation_url: Any | Unset = UNSET
    api_requires_subdomain: bool | None | Unset = UNSET
    auth_type: Any | Unset = UNSET
    categories: list[IntegrationCategory] | None | Unset = UNSET
    color: Any | Unset = UNSET
    connection_guide_url: Any | Unset = UNSET
    connection_instructions: Any | Unset = UNSET
    connection_steps: list[IntegrationConnectionStep] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    description: Any | Unset = UNSET
    is_enabled: bool | None | Unset = UNSET
    logo: Any | Unset = UNSET
    logo_square: Any | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    settings: list[IntegrationSetting] | None | Unset = UNSET
    short_description: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        display_name = self.display_name

        name = self.name

        object_ = self.object_

        api_base_url: None | str | Unset
        if isinstance(self.api_base_url, Unset):
            api_base_url = UNSET
        else:
            api_base_url = self.api_base_url

        api_documentation_url = self.api_documentation_url

        api_requires_subdomain: bool | None | Unset
        if isinstance(self.api_requires_subdomain, Unset):
            api_requires_subdomain = UNSET
        else:
            api_requires_subdomain = self.api_requires_subdomain

        auth_type = self.auth_type

        categories: list[str] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            if isinstance(self.categories, list):
                categories = []
                for categories_type_0_item_data in self.categories:
                    categories_type_0_item = (
                        categories_type_0_item_data.value
                        if isinstance(categories_type_0_item_data, IntegrationCategory)
                        else categories_type_0_item_data
                    )

                    categories.append(categories_type_0_item)
            else:
                categories = self.categories

        else:
            categories = self.categories

        color = self.color

        connection_guide_url = self.connection_guide_url

        connection_instructions = self.connection_instructions

        connection_steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.connection_steps, Unset):
            connection_steps = UNSET
        elif isinstance(self.connection_steps, list):
            if isinstance(self.connection_steps, list):
                connection_steps = []
                for connection_steps_type_0_item_data in self.connection_steps:
                    connection_steps_type_0_item = (
                        connection_steps_type_0_item_data.to_dict()
                        if isinstance(connection_steps_type_0_item_data, IntegrationConnectionStep)
                        else connection_steps_type_0_item_data
                    )

                    connection_steps.append(connection_steps_type_0_item)
            else:
                connection_steps = self.connection_steps

        else:
            connection_steps = self.connection_steps

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        description = self.description

        is_enabled: bool | None | Unset
        if isinstance(self.is_enabled, Unset):
            is_enabled = UNSET
        else:
            is_enabled = self.is_enabled

        logo = self.logo

        logo_square = self.logo_square

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        settings: list[dict[str, Any]] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, list):
            if isinstance(self.settings, list):
                settings = []
                for settings_type_0_item_data in self.settings:
                    settings_type_0_item = (
                        settings_type_0_item_data.to_dict()
                        if isinstance(settings_type_0_item_data, IntegrationSetting)
                        else settings_type_0_item_data
                    )

                    settings.append(settings_type_0_item)
            else:
                settings = self.settings

        else:
            settings = self.settings

        short_description = self.short_description

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "display_name": display_name,
                "name": name,
                "object": object_,
            }
        )
        if api_base_url is not UNSET:
            field_dict["api_base_url"] = api_base_url
        if api_documentation_url is not UNSET:
            field_dict["api_documentation_url"] = api_documentation_url
        if api_requires_subdomain is not UNSET:
            field_dict["api_requires_subdomain"] = api_requires_subdomain
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if categories is not UNSET:
            field_dict["categories"] = categories
        if color is not UNSET:
            field_dict["color"] = color
        if connection_guide_url is not UNSET:
            field_dict["connection_guide_url"] = connection_guide_url
        if connection_instructions is not UNSET:
            field_dict["connection_instructions"] = connection_instructions
        if connection_steps is not UNSET:
            field_dict["connection_steps"] = connection_steps
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if logo is not UNSET:
            field_dict["logo"] = logo
        if logo_square is not UNSET:
            field_dict["logo_square"] = logo_square
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if settings is not UNSET:
            field_dict["settings"] = settings
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
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
            _field = "display_name"
            display_name = get("display_name", UNSET)
            if not (isinstance(display_name, str)):
                display_name = deviation(display_name, "a string", src_dict, _field, _SCHEMA)

            _field = "name"
            name = get("name", UNSET)
            if not (isinstance(name, str)):
                name = deviation(name, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "api_base_url"
            api_base_url: None | str | Unset
            _api_base_url_data = get("api_base_url", UNSET)
            if isinstance(_api_base_url_data, str):
                api_base_url = _api_base_url_data
            elif _api_base_url_data is None or _api_base_url_data is UNSET:
                api_base_url = _api_base_url_data
            else:
                api_base_url = deviation(_api_base_url_data, "a string", src_dict, _field, _SCHEMA)

            _field = "api_documentation_url"
            api_documentation_url = get("api_documentation_url", UNSET)

            _field = "api_requires_subdomain"
            api_requires_subdomain: bool | None | Unset
            _api_requires_subdomain_data = get("api_requires_subdomain", UNSET)
            if isinstance(_api_requires_subdomain_data, bool):
                api_requires_subdomain = _api_requires_subdomain_data
            elif _api_requires_subdomain_data is None or _api_requires_subdomain_data is UNSET:
                api_requires_subdomain = _api_requires_subdomain_data
            else:
                api_requires_subdomain = deviation(_api_requires_subdomain_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "auth_type"
            auth_type = get("auth_type", UNSET)

            _field = "categories"
            categories: list[IntegrationCategory] | None | Unset
            _categories_data = get("categories", UNSET)
            if isinstance(_categories_data, list):
                _categories_type_0 = _categories_data
                categories_type_0: list[IntegrationCategory]
                if not isinstance(_categories_type_0, list):
                    categories_type_0 = deviation(_categories_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    categories_type_0 = []
                    for _categories_type_0_index, categories_type_0_item_data in enumerate(_categories_type_0):
                        try:
                            _categories_type_0_item = categories_type_0_item_data
                            categories_type_0_item = (
                                IntegrationCategory._by_value.get(_categories_type_0_item)
                                if _categories_type_0_item.__class__ is str
                                else None
                            ) or enum_or_deviation(
                                IntegrationCategory,
                                _categories_type_0_item,
                                _categories_type_0,
                                _categories_type_0_index,
                                _SCHEMA,
                                _field,
                            )

                        except (
                            ResponseValidationError,
                            KeyError,
                            TypeError,
                            ValueError,
                            AttributeError,
                        ) as _parse_failure:
                            raise ResponseValidationError.from_exception(
                                _parse_failure, (_categories_type_0_index,)
                            ) from _parse_failure
                        categories_type_0.append(categories_type_0_item)

                categories = categories_type_0
            elif _categories_data is None or _categories_data is UNSET:
                categories = _categories_data
            else:
                categories = deviation(_categories_data, "an array", src_dict, _field, _SCHEMA)

            _field = "color"
            color = get("color", UNSET)

            _field = "connection_guide_url"
            connection_guide_url = get("connection_guide_url", UNSET)

            _field = "connection_instructions"
            connection_instructions = get("connection_instructions", UNSET)

            _field = "connection_steps"
            connection_steps = (
                defer(_parse_connection_steps, get("connection_steps", UNSET), src_dict)
                if lazy
                else _parse_connection_steps(get("connection_steps", UNSET), False, src_dict)
            )

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

            _field = "description"
            description = get("description", UNSET)

            _field = "is_enabled"
            is_enabled: bool | None | Unset
            _is_enabled_data = get("is_enabled", UNSET)
            if isinstance(_is_enabled_data, bool):
                is_enabled = _is_enabled_data
            elif _is_enabled_data is None or _is_enabled_data is UNSET:
                is_enabled = _is_enabled_data
            else:
                is_enabled = deviation(_is_enabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "logo"
            logo = get("logo", UNSET)

            _field = "logo_square"
            logo_square = get("logo_square", UNSET)

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

            _field = "settings"
            settings = (
                defer(_parse_settings, get("settings", UNSET), src_dict)
                if lazy
                else _parse_settings(get("settings", UNSET), False, src_dict)
            )

            _field = "short_description"
            short_description = get("short_description", UNSET)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        integration = cls(
            display_name,
            name,
            object_,
            api_base_url,
            api_documentation_url,
            api_requires_subdomain,
            auth_type,
            categories,
            color,
            connection_guide_url,
            connection_instructions,
            connection_steps,
            created_at,
            description,
            is_enabled,
            logo,
            logo_square,
            modified_at,
            settings,
            short_description,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(integration, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            integration.additional_properties = undeclared
        return integration

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


def _parse_connection_steps(_json: Any, lazy: bool, src_dict: Any) -> list[IntegrationConnectionStep] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "connection_steps"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    connection_steps: list[IntegrationConnectionStep] | None | Unset
    _connection_steps_data = _json
    if isinstance(_connection_steps_data, list):
        _connection_steps_type_0 = _connection_steps_data
        connection_steps_type_0: list[IntegrationConnectionStep]
        if not isinstance(_connection_steps_type_0, list):
            connection_steps_type_0 = deviation(_connection_steps_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            connection_steps_type_0 = []
            for _connection_steps_type_0_index, connection_steps_type_0_item_data in enumerate(
                _connection_steps_type_0
            ):
                try:
                    _connection_steps_type_0_item = connection_steps_type_0_item_data
                    connection_steps_type_0_item = (
                        IntegrationConnectionStep.from_dict(_connection_steps_type_0_item, lazy=lazy)
                        if isinstance(_connection_steps_type_0_item, dict)
                        else deviation(
                            _connection_steps_type_0_item,
                            "an object (IntegrationConnectionStep)",
                            _connection_steps_type_0,
                            _connection_steps_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_connection_steps_type_0_index,)
                    ) from _parse_failure
                connection_steps_type_0.append(connection_steps_type_0_item)

        connection_steps = connection_steps_type_0
    elif _connection_steps_data is None or _connection_steps_data is UNSET:
        connection_steps = _connection_steps_data
    else:
        connection_steps = deviation(_connection_steps_data, "an array", src_dict, _field, _SCHEMA)

    return connection_steps


def _parse_settings(_json: Any, lazy: bool, src_dict: Any) -> list[IntegrationSetting] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "settings"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    settings: list[IntegrationSetting] | None | Unset
    _settings_data = _json
    if isinstance(_settings_data, list):
        _settings_type_0 = _settings_data
        settings_type_0: list[IntegrationSetting]
        if not isinstance(_settings_type_0, list):
            settings_type_0 = deviation(_settings_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            settings_type_0 = []
            for _settings_type_0_index, settings_type_0_item_data in enumerate(_settings_type_0):
                try:
                    _settings_type_0_item = settings_type_0_item_data
                    settings_type_0_item = (
                        IntegrationSetting.from_dict(_settings_type_0_item, lazy=lazy)
                        if isinstance(_settings_type_0_item, dict)
                        else deviation(
                            _settings_type_0_item,
                            "an object (IntegrationSetting)",
                            _settings_type_0,
                            _settings_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_settings_type_0_index,)
                    ) from _parse_failure
                settings_type_0.append(settings_type_0_item)

        settings = settings_type_0
    elif _settings_data is None or _settings_data is UNSET:
        settings = _settings_data
    else:
        settings = deviation(_settings_data, "an array", src_dict, _field, _SCHEMA)

    return settings


install_lazy_fields(
    Integration,
    (
        "connection_steps",
        "settings",
    ),
)


install_undeclared_on_demand(Integration)
