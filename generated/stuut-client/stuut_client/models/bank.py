from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Bank")


@_attrs_define
class Bank:
    """
    Attributes:
        name (str):
        object_ (str):
        id (None | str | Unset):
        color (None | str | Unset):
        countries (list[str] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        is_oauth_required (bool | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        remote_id (None | str | Unset):
        remote_logo (None | str | Unset):
        routing_numbers (list[str] | None | Unset):
        website (None | str | Unset):
    """

    name: str
    object_: str
    id: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    countries: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    is_oauth_required: bool | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    remote_logo: None | str | Unset = UNSET
    routing_numbers: list[str] | None | Unset = UNSET
    website: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        object_ = self.object_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        countries: list[str] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = self.countries

        else:
            countries = self.countries

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        is_oauth_required: bool | None | Unset
        if isinstance(self.is_oauth_required, Unset):
            is_oauth_required = UNSET
        else:
            is_oauth_required = self.is_oauth_required

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        remote_logo: None | str | Unset
        if isinstance(self.remote_logo, Unset):
            remote_logo = UNSET
        else:
            remote_logo = self.remote_logo

        routing_numbers: list[str] | None | Unset
        if isinstance(self.routing_numbers, Unset):
            routing_numbers = UNSET
        elif isinstance(self.routing_numbers, list):
            routing_numbers = self.routing_numbers

        else:
            routing_numbers = self.routing_numbers

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "object": object_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if color is not UNSET:
            field_dict["color"] = color
        if countries is not UNSET:
            field_dict["countries"] = countries
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_oauth_required is not UNSET:
            field_dict["is_oauth_required"] = is_oauth_required
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if remote_logo is not UNSET:
            field_dict["remote_logo"] = remote_logo
        if routing_numbers is not UNSET:
            field_dict["routing_numbers"] = routing_numbers
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "name"
            name = d.pop("name")
            if not (isinstance(name, str)):
                raise TypeError(f"expected a string, got {type(name).__name__}")

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

            _field = "color"

            def _parse_color(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            color = _parse_color(d.pop("color", UNSET))

            _field = "countries"

            def _parse_countries(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _countries_type_0 = data
                if not isinstance(_countries_type_0, list):
                    raise TypeError(f"expected an array, got {type(_countries_type_0).__name__}")
                countries_type_0 = _countries_type_0

                return countries_type_0

            countries = _parse_countries(d.pop("countries", UNSET))

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

            _field = "is_oauth_required"

            def _parse_is_oauth_required(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_oauth_required = _parse_is_oauth_required(d.pop("is_oauth_required", UNSET))

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

            _field = "remote_id"

            def _parse_remote_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

            _field = "remote_logo"

            def _parse_remote_logo(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_logo = _parse_remote_logo(d.pop("remote_logo", UNSET))

            _field = "routing_numbers"

            def _parse_routing_numbers(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _routing_numbers_type_0 = data
                if not isinstance(_routing_numbers_type_0, list):
                    raise TypeError(f"expected an array, got {type(_routing_numbers_type_0).__name__}")
                routing_numbers_type_0 = _routing_numbers_type_0

                return routing_numbers_type_0

            routing_numbers = _parse_routing_numbers(d.pop("routing_numbers", UNSET))

            _field = "website"

            def _parse_website(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            website = _parse_website(d.pop("website", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        bank = cls(
            name=name,
            object_=object_,
            id=id,
            color=color,
            countries=countries,
            created_at=created_at,
            is_oauth_required=is_oauth_required,
            modified_at=modified_at,
            remote_id=remote_id,
            remote_logo=remote_logo,
            routing_numbers=routing_numbers,
            website=website,
        )

        bank.additional_properties = d
        return bank

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
