from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
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
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

T = TypeVar("T", bound="Bank")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Bank"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "object",
        "id",
        "color",
        "countries",
        "created_at",
        "is_oauth_required",
        "modified_at",
        "remote_id",
        "remote_logo",
        "routing_numbers",
        "website",
    }
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

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
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

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
        field_dict.update(undeclared(self))
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
        if self._missing_fields:
            without_missing(self._missing_fields, field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:

        # stuut: refuse anything but an object, and name the field that does not fit.
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        get = src_dict.get
        _field = ""
        try:
            _field = "name"
            name = get("name", UNSET)
            if not (isinstance(name, str)):
                name = deviation(name, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "color"
            color: None | str | Unset
            _color_data = get("color", UNSET)
            if isinstance(_color_data, str):
                color = _color_data
            elif _color_data is None or _color_data is UNSET:
                color = _color_data
            else:
                color = deviation(_color_data, "a string", src_dict, _field, _SCHEMA)

            _field = "countries"
            countries: list[str] | None | Unset
            _countries_data = get("countries", UNSET)
            if isinstance(_countries_data, list):
                _countries_type_0 = _countries_data
                countries_type_0: list[str]
                if not isinstance(_countries_type_0, list):
                    countries_type_0 = deviation(_countries_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    countries_type_0 = _countries_type_0
                    for _countries_type_0_index, _countries_type_0_item in enumerate(_countries_type_0):
                        if not (isinstance(_countries_type_0_item, str)):
                            try:
                                deviation(
                                    _countries_type_0_item,
                                    "a string",
                                    _countries_type_0,
                                    _countries_type_0_index,
                                    _SCHEMA,
                                    _field,
                                )
                            except (KeyError, TypeError, ValueError) as _parse_failure:
                                raise ResponseValidationError.from_exception(
                                    _parse_failure, (_countries_type_0_index,)
                                ) from _parse_failure

                countries = countries_type_0
            elif _countries_data is None or _countries_data is UNSET:
                countries = _countries_data
            else:
                countries = deviation(_countries_data, "an array", src_dict, _field, _SCHEMA)

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

            _field = "is_oauth_required"
            is_oauth_required: bool | None | Unset
            _is_oauth_required_data = get("is_oauth_required", UNSET)
            if isinstance(_is_oauth_required_data, bool):
                is_oauth_required = _is_oauth_required_data
            elif _is_oauth_required_data is None or _is_oauth_required_data is UNSET:
                is_oauth_required = _is_oauth_required_data
            else:
                is_oauth_required = deviation(_is_oauth_required_data, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "remote_id"
            remote_id: None | str | Unset
            _remote_id_data = get("remote_id", UNSET)
            if isinstance(_remote_id_data, str):
                remote_id = _remote_id_data
            elif _remote_id_data is None or _remote_id_data is UNSET:
                remote_id = _remote_id_data
            else:
                remote_id = deviation(_remote_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_logo"
            remote_logo: None | str | Unset
            _remote_logo_data = get("remote_logo", UNSET)
            if isinstance(_remote_logo_data, str):
                remote_logo = _remote_logo_data
            elif _remote_logo_data is None or _remote_logo_data is UNSET:
                remote_logo = _remote_logo_data
            else:
                remote_logo = deviation(_remote_logo_data, "a string", src_dict, _field, _SCHEMA)

            _field = "routing_numbers"
            routing_numbers: list[str] | None | Unset
            _routing_numbers_data = get("routing_numbers", UNSET)
            if isinstance(_routing_numbers_data, list):
                _routing_numbers_type_0 = _routing_numbers_data
                routing_numbers_type_0: list[str]
                if not isinstance(_routing_numbers_type_0, list):
                    routing_numbers_type_0 = deviation(_routing_numbers_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    routing_numbers_type_0 = _routing_numbers_type_0
                    for _routing_numbers_type_0_index, _routing_numbers_type_0_item in enumerate(
                        _routing_numbers_type_0
                    ):
                        if not (isinstance(_routing_numbers_type_0_item, str)):
                            try:
                                deviation(
                                    _routing_numbers_type_0_item,
                                    "a string",
                                    _routing_numbers_type_0,
                                    _routing_numbers_type_0_index,
                                    _SCHEMA,
                                    _field,
                                )
                            except (KeyError, TypeError, ValueError) as _parse_failure:
                                raise ResponseValidationError.from_exception(
                                    _parse_failure, (_routing_numbers_type_0_index,)
                                ) from _parse_failure

                routing_numbers = routing_numbers_type_0
            elif _routing_numbers_data is None or _routing_numbers_data is UNSET:
                routing_numbers = _routing_numbers_data
            else:
                routing_numbers = deviation(_routing_numbers_data, "an array", src_dict, _field, _SCHEMA)

            _field = "website"
            website: None | str | Unset
            _website_data = get("website", UNSET)
            if isinstance(_website_data, str):
                website = _website_data
            elif _website_data is None or _website_data is UNSET:
                website = _website_data
            else:
                website = deviation(_website_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        bank = cls(
            name,
            object_,
            id,
            color,
            countries,
            created_at,
            is_oauth_required,
            modified_at,
            remote_id,
            remote_logo,
            routing_numbers,
            website,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(bank, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bank.additional_properties = undeclared
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


install_undeclared_on_demand(Bank)
