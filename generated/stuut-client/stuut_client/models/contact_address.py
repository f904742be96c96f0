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
    from ..models.contact_address_coordinates_type_0 import ContactAddressCoordinatesType0


T = TypeVar("T", bound="ContactAddress")


@_attrs_define
class ContactAddress:
    """
    Attributes:
        object_ (str):
        id (None | str | Unset):
        city (None | str | Unset):
        coordinates (ContactAddressCoordinatesType0 | None | Unset):
        country (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
        is_primary (bool | None | Unset):
        line1 (None | str | Unset):
        line2 (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset):
        postal_code (None | str | Unset):
        state (None | str | Unset):
        type_ (None | str | Unset):
    """

    object_: str
    id: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    coordinates: ContactAddressCoordinatesType0 | None | Unset = UNSET
    country: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    is_primary: bool | None | Unset = UNSET
    line1: None | str | Unset = UNSET
    line2: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_address_coordinates_type_0 import ContactAddressCoordinatesType0  # noqa: PLC0415

        object_ = self.object_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        coordinates: dict[str, Any] | None | Unset
        if isinstance(self.coordinates, Unset):
            coordinates = UNSET
        elif isinstance(self.coordinates, ContactAddressCoordinatesType0):
            coordinates = self.coordinates.to_dict()
        else:
            coordinates = self.coordinates

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_primary: bool | None | Unset
        if isinstance(self.is_primary, Unset):
            is_primary = UNSET
        else:
            is_primary = self.is_primary

        line1: None | str | Unset
        if isinstance(self.line1, Unset):
            line1 = UNSET
        else:
            line1 = self.line1

        line2: None | str | Unset
        if isinstance(self.line2, Unset):
            line2 = UNSET
        else:
            line2 = self.line2

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

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if city is not UNSET:
            field_dict["city"] = city
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if country is not UNSET:
            field_dict["country"] = country
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_address_coordinates_type_0 import ContactAddressCoordinatesType0  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

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

            _field = "city"

            def _parse_city(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            city = _parse_city(d.pop("city", UNSET))

            _field = "coordinates"

            def _parse_coordinates(data: object) -> ContactAddressCoordinatesType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected ContactAddressCoordinatesType0, got {type(data).__name__}")
                coordinates_type_0 = ContactAddressCoordinatesType0.from_dict(data)

                return coordinates_type_0

            coordinates = _parse_coordinates(d.pop("coordinates", UNSET))

            _field = "country"

            def _parse_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            country = _parse_country(d.pop("country", UNSET))

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

            _field = "description"

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            description = _parse_description(d.pop("description", UNSET))

            _field = "is_primary"

            def _parse_is_primary(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_primary = _parse_is_primary(d.pop("is_primary", UNSET))

            _field = "line1"

            def _parse_line1(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            line1 = _parse_line1(d.pop("line1", UNSET))

            _field = "line2"

            def _parse_line2(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            line2 = _parse_line2(d.pop("line2", UNSET))

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

            _field = "postal_code"

            def _parse_postal_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            postal_code = _parse_postal_code(d.pop("postal_code", UNSET))

            _field = "state"

            def _parse_state(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            state = _parse_state(d.pop("state", UNSET))

            _field = "type"

            def _parse_type_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            type_ = _parse_type_(d.pop("type", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        contact_address = cls(
            object_=object_,
            id=id,
            city=city,
            coordinates=coordinates,
            country=country,
            created_at=created_at,
            description=description,
            is_primary=is_primary,
            line1=line1,
            line2=line2,
            modified_at=modified_at,
            name=name,
            postal_code=postal_code,
            state=state,
            type_=type_,
        )

        contact_address.additional_properties = d
        return contact_address

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
