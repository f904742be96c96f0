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
    from ..models.address_coordinates_type_0 import AddressCoordinatesType0


T = TypeVar("T", bound="Address")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Address"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "object",
        "city",
        "coordinates",
        "country",
        "created_at",
        "description",
        "line1",
        "line2",
        "modified_at",
        "name",
        "phone",
        "postal_code",
        "remote_id",
        "state",
        "type",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.address_coordinates_type_0 import AddressCoordinatesType0  # noqa: PLC0415

    globals().update(
        AddressCoordinatesType0=AddressCoordinatesType0,
    )
    _references_unresolved = False


@_attrs_define
class Address:
    """
    Attributes:
        object_ (str):
        city (None | str | Unset):
        coordinates (AddressCoordinatesType0 | None | Unset):
        country (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
        line1 (None | str | Unset):
        line2 (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset):
        phone (None | str | Unset):
        postal_code (None | str | Unset):
        remote_id (None | str | Unset): The address' third party API ID. (Shown on the Create A File page for an
            attachment's `remote_id`; the wording is the address's.)
        state (None | str | Unset):
        type_ (None | str | Unset):
    """

    object_: str
    city: None | str | Unset = UNSET
    coordinates: AddressCoordinatesType0 | None | Unset = UNSET
    country: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    line1: None | str | Unset = UNSET
    line2: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        object_ = self.object_

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        coordinates: dict[str, Any] | None | Unset
        if isinstance(self.coordinates, Unset):
            coordinates = UNSET
        elif isinstance(self.coordinates, AddressCoordinatesType0):
            coordinates = (
                self.coordinates.to_dict()
                if isinstance(self.coordinates, AddressCoordinatesType0)
                else self.coordinates
            )

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

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
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "object": object_,
            }
        )
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
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_
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
            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "city"
            city: None | str | Unset
            _city_data = get("city", UNSET)
            if isinstance(_city_data, str):
                city = _city_data
            elif _city_data is None or _city_data is UNSET:
                city = _city_data
            else:
                city = deviation(_city_data, "a string", src_dict, _field, _SCHEMA)

            _field = "coordinates"
            coordinates = (
                defer(_parse_coordinates, get("coordinates", UNSET), src_dict)
                if lazy
                else _parse_coordinates(get("coordinates", UNSET), False, src_dict)
            )

            _field = "country"
            country: None | str | Unset
            _country_data = get("country", UNSET)
            if isinstance(_country_data, str):
                country = _country_data
            elif _country_data is None or _country_data is UNSET:
                country = _country_data
            else:
                country = deviation(_country_data, "a string", src_dict, _field, _SCHEMA)

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
            description: None | str | Unset
            _description_data = get("description", UNSET)
            if isinstance(_description_data, str):
                description = _description_data
            elif _description_data is None or _description_data is UNSET:
                description = _description_data
            else:
                description = deviation(_description_data, "a string", src_dict, _field, _SCHEMA)

            _field = "line1"
            line1: None | str | Unset
            _line1_data = get("line1", UNSET)
            if isinstance(_line1_data, str):
                line1 = _line1_data
            elif _line1_data is None or _line1_data is UNSET:
                line1 = _line1_data
            else:
                line1 = deviation(_line1_data, "a string", src_dict, _field, _SCHEMA)

            _field = "line2"
            line2: None | str | Unset
            _line2_data = get("line2", UNSET)
            if isinstance(_line2_data, str):
                line2 = _line2_data
            elif _line2_data is None or _line2_data is UNSET:
                line2 = _line2_data
            else:
                line2 = deviation(_line2_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "phone"
            phone: None | str | Unset
            _phone_data = get("phone", UNSET)
            if isinstance(_phone_data, str):
                phone = _phone_data
            elif _phone_data is None or _phone_data is UNSET:
                phone = _phone_data
            else:
                phone = deviation(_phone_data, "a string", src_dict, _field, _SCHEMA)

            _field = "postal_code"
            postal_code: None | str | Unset
            _postal_code_data = get("postal_code", UNSET)
            if isinstance(_postal_code_data, str):
                postal_code = _postal_code_data
            elif _postal_code_data is None or _postal_code_data is UNSET:
                postal_code = _postal_code_data
            else:
                postal_code = deviation(_postal_code_data, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_id"
            remote_id: None | str | Unset
            _remote_id_data = get("remote_id", UNSET)
            if isinstance(_remote_id_data, str):
                remote_id = _remote_id_data
            elif _remote_id_data is None or _remote_id_data is UNSET:
                remote_id = _remote_id_data
            else:
                remote_id = deviation(_remote_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "state"
            state: None | str | Unset
            _state_data = get("state", UNSET)
            if isinstance(_state_data, str):
                state = _state_data
            elif _state_data is None or _state_data is UNSET:
                state = _state_data
            else:
                state = deviation(_state_data, "a string", src_dict, _field, _SCHEMA)

            _field = "type"
            type_: None | str | Unset
            _type__data = get("type", UNSET)
            if isinstance(_type__data, str):
                type_ = _type__data
            elif _type__data is None or _type__data is UNSET:
                type_ = _type__data
            else:
                type_ = deviation(_type__data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        address = cls(
            object_,
            city,
            coordinates,
            country,
            created_at,
            description,
            line1,
            line2,
            modified_at,
            name,
            phone,
            postal_code,
            remote_id,
            state,
            type_,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(address, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            address.additional_properties = undeclared
        return address

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


def _parse_coordinates(_json: Any, lazy: bool, src_dict: Any) -> AddressCoordinatesType0 | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "coordinates"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    coordinates: AddressCoordinatesType0 | None | Unset
    _coordinates_data = _json
    if isinstance(_coordinates_data, dict):
        _coordinates_type_0 = _coordinates_data
        coordinates_type_0 = (
            AddressCoordinatesType0.from_dict(_coordinates_type_0, lazy=lazy)
            if isinstance(_coordinates_type_0, dict)
            else deviation(_coordinates_type_0, "an object (AddressCoordinatesType0)", src_dict, _field, _SCHEMA)
        )

        coordinates = coordinates_type_0
    elif _coordinates_data is None or _coordinates_data is UNSET:
        coordinates = _coordinates_data
    else:
        coordinates = deviation(_coordinates_data, "an object (AddressCoordinatesType0)", src_dict, _field, _SCHEMA)

    return coordinates


install_lazy_fields(Address, ("coordinates",))


install_undeclared_on_demand(Address)
