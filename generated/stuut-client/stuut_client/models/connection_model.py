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
    from ..models.integration_sync import IntegrationSync


T = TypeVar("T", bound="ConnectionModel")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.integration_sync import IntegrationSync  # noqa: PLC0415

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
            next_sync_at = self.next_sync_at.isoformat()
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
            last_sync = self.last_sync.to_dict()
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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_sync import IntegrationSync  # noqa: PLC0415

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

            _field = "is_custom_object"

            def _parse_is_custom_object(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_custom_object = _parse_is_custom_object(d.pop("is_custom_object", UNSET))

            _field = "is_file_upload_enabled"

            def _parse_is_file_upload_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_file_upload_enabled = _parse_is_file_upload_enabled(d.pop("is_file_upload_enabled", UNSET))

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

            _field = "connection_id"

            def _parse_connection_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            connection_id = _parse_connection_id(d.pop("connection_id", UNSET))

            _field = "last_sync"

            def _parse_last_sync(data: object) -> IntegrationSync | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected IntegrationSync, got {type(data).__name__}")
                last_sync_type_0 = IntegrationSync.from_dict(data)

                return last_sync_type_0

            last_sync = _parse_last_sync(d.pop("last_sync", UNSET))

            _field = "object"

            def _parse_object_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            object_ = _parse_object_(d.pop("object", UNSET))

            _field = "display_name"

            def _parse_display_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            display_name = _parse_display_name(d.pop("display_name", UNSET))

            _field = "is_read_supported"

            def _parse_is_read_supported(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_read_supported = _parse_is_read_supported(d.pop("is_read_supported", UNSET))

            _field = "is_write_supported"

            def _parse_is_write_supported(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_write_supported = _parse_is_write_supported(d.pop("is_write_supported", UNSET))

            _field = "is_sync_supported"

            def _parse_is_sync_supported(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_sync_supported = _parse_is_sync_supported(d.pop("is_sync_supported", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        connection_model = cls(
            created_at=created_at,
            modified_at=modified_at,
            id=id,
            name=name,
            is_read_enabled=is_read_enabled,
            is_write_enabled=is_write_enabled,
            is_custom_object=is_custom_object,
            is_file_upload_enabled=is_file_upload_enabled,
            is_webhooks_setup=is_webhooks_setup,
            next_sync_at=next_sync_at,
            connection_id=connection_id,
            last_sync=last_sync,
            object_=object_,
            display_name=display_name,
            is_read_supported=is_read_supported,
            is_write_supported=is_write_supported,
            is_sync_supported=is_sync_supported,
        )

        connection_model.additional_properties = d
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
