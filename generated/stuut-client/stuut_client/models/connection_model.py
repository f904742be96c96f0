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
    from ..models.integration_sync import IntegrationSync


T = TypeVar("T", bound="ConnectionModel")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "ConnectionModel"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "modified_at",
        "id",
        "name",
        "is_read_enabled",
        "is_write_enabled",
        "is_custom_object",
        "is_file_upload_enabled",
        "is_webhooks_setup",
        "next_sync_at",
        "connection_id",
        "last_sync",
        "object",
        "display_name",
        "is_read_supported",
        "is_write_supported",
        "is_sync_supported",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.integration_sync import IntegrationSync  # noqa: PLC0415

    globals().update(
        IntegrationSync=IntegrationSync,
    )
    _references_unresolved = False


@_attrs_define
class ConnectionModel:
    """A data model synced through a connection.

    Attributes:
        created_at (datetime.datetime | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        is_read_enabled (bool | None | Unset):
        is_write_enabled (bool | None | Unset):
        is_custom_object (bool | None | Unset):
        is_file_upload_enabled (bool | None | Unset):
        is_webhooks_setup (bool | None | Unset):
        next_sync_at (datetime.datetime | None | Unset):
        connection_id (None | str | Unset):
        last_sync (IntegrationSync | None | Unset):
        object_ (None | str | Unset):
        display_name (None | str | Unset):
        is_read_supported (bool | None | Unset):
        is_write_supported (bool | None | Unset):
        is_sync_supported (bool | None | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    is_read_enabled: bool | None | Unset = UNSET
    is_write_enabled: bool | None | Unset = UNSET
    is_custom_object: bool | None | Unset = UNSET
    is_file_upload_enabled: bool | None | Unset = UNSET
    is_webhooks_setup: bool | None | Unset = UNSET
    next_sync_at: datetime.datetime | None | Unset = UNSET
    connection_id: None | str | Unset = UNSET
    last_sync: IntegrationSync | None | Unset = UNSET
    object_: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    is_read_supported: bool | None | Unset = UNSET
    is_write_supported: bool | None | Unset = UNSET
    is_sync_supported: bool | None | Unset = UNSET
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_read_enabled: bool | None | Unset
        if isinstance(self.is_read_enabled, Unset):
            is_read_enabled = UNSET
        else:
            is_read_enabled = self.is_read_enabled

        is_write_enabled: bool | None | Unset
        if isinstance(self.is_write_enabled, Unset):
            is_write_enabled = UNSET
        else:
            is_write_enabled = self.is_write_enabled

        is_custom_object: bool | None | Unset
        if isinstance(self.is_custom_object, Unset):
            is_custom_object = UNSET
        else:
            is_custom_object = self.is_custom_object

        is_file_upload_enabled: bool | None | Unset
        if isinstance(self.is_file_upload_enabled, Unset):
            is_file_upload_enabled = UNSET
        else:
            is_file_upload_enabled = self.is_file_upload_enabled

        is_webhooks_setup: bool | None | Unset
        if isinstance(self.is_webhooks_setup, Unset):
            is_webhooks_setup = UNSET
        else:
            is_webhooks_setup = self.is_webhooks_setup

        next_sync_at: None | str | Unset
        if isinstance(self.next_sync_at, Unset):
            next_sync_at = UNSET
        elif isinstance(self.next_sync_at, datetime.datetime):
            next_sync_at = (
                self.next_sync_at.isoformat() if isinstance(self.next_sync_at, datetime.datetime) else self.next_sync_at
            )

        else:
            next_sync_at = self.next_sync_at

        connection_id: None | str | Unset
        if isinstance(self.connection_id, Unset):
            connection_id = UNSET
        else:
            connection_id = self.connection_id

        last_sync: dict[str, Any] | None | Unset
        if isinstance(self.last_sync, Unset):
            last_sync = UNSET
        elif isinstance(self.last_sync, IntegrationSync):
            last_sync = self.last_sync.to_dict() if isinstance(self.last_sync, IntegrationSync) else self.last_sync

        else:
            last_sync = self.last_sync

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        is_read_supported: bool | None | Unset
        if isinstance(self.is_read_supported, Unset):
            is_read_supported = UNSET
        else:
            is_read_supported = self.is_read_supported

        is_write_supported: bool | None | Unset
        if isinstance(self.is_write_supported, Unset):
            is_write_supported = UNSET
        else:
            is_write_supported = self.is_write_supported

        is_sync_supported: bool | None | Unset
        if isinstance(self.is_sync_supported, Unset):
            is_sync_supported = UNSET
        else:
            is_sync_supported = self.is_sync_supported

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if is_read_enabled is not UNSET:
            field_dict["is_read_enabled"] = is_read_enabled
        if is_write_enabled is not UNSET:
            field_dict["is_write_enabled"] = is_write_enabled
        if is_custom_object is not UNSET:
            field_dict["is_custom_object"] = is_custom_object
        if is_file_upload_enabled is not UNSET:
            field_dict["is_file_upload_enabled"] = is_file_upload_enabled
        if is_webhooks_setup is not UNSET:
            field_dict["is_webhooks_setup"] = is_webhooks_setup
        if next_sync_at is not UNSET:
            field_dict["next_sync_at"] = next_sync_at
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if last_sync is not UNSET:
            field_dict["last_sync"] = last_sync
        if object_ is not UNSET:
            field_dict["object"] = object_
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if is_read_supported is not UNSET:
            field_dict["is_read_supported"] = is_read_supported
        if is_write_supported is not UNSET:
            field_dict["is_write_supported"] = is_write_supported
        if is_sync_supported is not UNSET:
            field_dict["is_sync_supported"] = is_sync_supported

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

            _field = "name"
            name: None | str | Unset
            _name_data = get("name", UNSET)
            if isinstance(_name_data, str):
                name = _name_data
            elif _name_data is None or _name_data is UNSET:
                name = _name_data
            else:
                name = deviation(_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "is_read_enabled"
            is_read_enabled: bool | None | Unset
            _is_read_enabled_data = get("is_read_enabled", UNSET)
            if isinstance(_is_read_enabled_data, bool):
                is_read_enabled = _is_read_enabled_data
            elif _is_read_enabled_data is None or _is_read_enabled_data is UNSET:
                is_read_enabled = _is_read_enabled_data
            else:
                is_read_enabled = deviation(_is_read_enabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_write_enabled"
            is_write_enabled: bool | None | Unset
            _is_write_enabled_data = get("is_write_enabled", UNSET)
            if isinstance(_is_write_enabled_data, bool):
                is_write_enabled = _is_write_enabled_data
            elif _is_write_enabled_data is None or _is_write_enabled_data is UNSET:
                is_write_enabled = _is_write_enabled_data
            else:
                is_write_enabled = deviation(_is_write_enabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_custom_object"
            is_custom_object: bool | None | Unset
            _is_custom_object_data = get("is_custom_object", UNSET)
            if isinstance(_is_custom_object_data, bool):
                is_custom_object = _is_custom_object_data
            elif _is_custom_object_data is None or _is_custom_object_data is UNSET:
                is_custom_object = _is_custom_object_data
            else:
                is_custom_object = deviation(_is_custom_object_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_file_upload_enabled"
            is_file_upload_enabled: bool | None | Unset
            _is_file_upload_enabled_data = get("is_file_upload_enabled", UNSET)
            if isinstance(_is_file_upload_enabled_data, bool):
                is_file_upload_enabled = _is_file_upload_enabled_data
            elif _is_file_upload_enabled_data is None or _is_file_upload_enabled_data is UNSET:
                is_file_upload_enabled = _is_file_upload_enabled_data
            else:
                is_file_upload_enabled = deviation(_is_file_upload_enabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_webhooks_setup"
            is_webhooks_setup: bool | None | Unset
            _is_webhooks_setup_data = get("is_webhooks_setup", UNSET)
            if isinstance(_is_webhooks_setup_data, bool):
                is_webhooks_setup = _is_webhooks_setup_data
            elif _is_webhooks_setup_data is None or _is_webhooks_setup_data is UNSET:
                is_webhooks_setup = _is_webhooks_setup_data
            else:
                is_webhooks_setup = deviation(_is_webhooks_setup_data, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "connection_id"
            connection_id: None | str | Unset
            _connection_id_data = get("connection_id", UNSET)
            if isinstance(_connection_id_data, str):
                connection_id = _connection_id_data
            elif _connection_id_data is None or _connection_id_data is UNSET:
                connection_id = _connection_id_data
            else:
                connection_id = deviation(_connection_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "last_sync"
            last_sync = (
                defer(_parse_last_sync, get("last_sync", UNSET), src_dict)
                if lazy
                else _parse_last_sync(get("last_sync", UNSET), False, src_dict)
            )

            _field = "object"
            object_: None | str | Unset
            _object__data = get("object", UNSET)
            if isinstance(_object__data, str):
                object_ = _object__data
            elif _object__data is None or _object__data is UNSET:
                object_ = _object__data
            else:
                object_ = deviation(_object__data, "a string", src_dict, _field, _SCHEMA)

            _field = "display_name"
            display_name: None | str | Unset
            _display_name_data = get("display_name", UNSET)
            if isinstance(_display_name_data, str):
                display_name = _display_name_data
            elif _display_name_data is None or _display_name_data is UNSET:
                display_name = _display_name_data
            else:
                display_name = deviation(_display_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "is_read_supported"
            is_read_supported: bool | None | Unset
            _is_read_supported_data = get("is_read_supported", UNSET)
            if isinstance(_is_read_supported_data, bool):
                is_read_supported = _is_read_supported_data
            elif _is_read_supported_data is None or _is_read_supported_data is UNSET:
                is_read_supported = _is_read_supported_data
            else:
                is_read_supported = deviation(_is_read_supported_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_write_supported"
            is_write_supported: bool | None | Unset
            _is_write_supported_data = get("is_write_supported", UNSET)
            if isinstance(_is_write_supported_data, bool):
                is_write_supported = _is_write_supported_data
            elif _is_write_supported_data is None or _is_write_supported_data is UNSET:
                is_write_supported = _is_write_supported_data
            else:
                is_write_supported = deviation(_is_write_supported_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_sync_supported"
            is_sync_supported: bool | None | Unset
            _is_sync_supported_data = get("is_sync_supported", UNSET)
            if isinstance(_is_sync_supported_data, bool):
                is_sync_supported = _is_sync_supported_data
            elif _is_sync_supported_data is None or _is_sync_supported_data is UNSET:
                is_sync_supported = _is_sync_supported_data
            else:
                is_sync_supported = deviation(_is_sync_supported_data, "a boolean", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        connection_model = cls(
            created_at,
            modified_at,
            id,
            name,
            is_read_enabled,
            is_write_enabled,
            is_custom_object,
            is_file_upload_enabled,
            is_webhooks_setup,
            next_sync_at,
            connection_id,
            last_sync,
            object_,
            display_name,
            is_read_supported,
            is_write_supported,
            is_sync_supported,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            connection_model.additional_properties = undeclared
        return connection_model

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


def _parse_last_sync(_json: Any, lazy: bool, src_dict: Any) -> IntegrationSync | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "last_sync"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    last_sync: IntegrationSync | None | Unset
    _last_sync_data = _json
    if isinstance(_last_sync_data, dict):
        _last_sync_type_0 = _last_sync_data
        last_sync_type_0 = (
            IntegrationSync.from_dict(_last_sync_type_0, lazy=lazy)
            if isinstance(_last_sync_type_0, dict)
            else deviation(_last_sync_type_0, "an object (IntegrationSync)", src_dict, _field, _SCHEMA)
        )

        last_sync = last_sync_type_0
    elif _last_sync_data is None or _last_sync_data is UNSET:
        last_sync = _last_sync_data
    else:
        last_sync = deviation(_last_sync_data, "an object (IntegrationSync)", src_dict, _field, _SCHEMA)

    return last_sync


install_lazy_fields(ConnectionModel, ("last_sync",))


install_undeclared_on_demand(ConnectionModel)
