from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    deviation,
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.integration_connection_step_type import IntegrationConnectionStepType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationConnectionStep")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "IntegrationConnectionStep"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "title",
        "description",
        "endpoint",
        "fields",
        "post_auth",
    }
)


@_attrs_define
class IntegrationConnectionStep:
    """
    Attributes:
        type_ (IntegrationConnectionStepType): The reference page shows only the value `fetch`; the complete list was
            not recovered. Values the server sends that are not listed here parse as unknown members (see the client's
            tolerant enums).
        title (None | str | Unset):
        description (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        endpoint (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        fields (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        post_auth (bool | None | Unset):
    """

    type_: IntegrationConnectionStepType
    title: None | str | Unset = UNSET
    description: Any | Unset = UNSET
    endpoint: Any | Unset = UNSET
    fields: Any | Unset = UNSET
    post_auth: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        type_ = self.type_.value if isinstance(self.type_, IntegrationConnectionStepType) else self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description = self.description

        endpoint = self.endpoint

        fields = self.fields

        post_auth: bool | None | Unset
        if isinstance(self.post_auth, Unset):
            post_auth = UNSET
        else:
            post_auth = self.post_auth

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "type": type_,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if fields is not UNSET:
            field_dict["fields"] = fields
        if post_auth is not UNSET:
            field_dict["post_auth"] = post_auth
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
            _field = "type"
            _type_ = get("type", UNSET)
            type_ = (
                IntegrationConnectionStepType._by_value.get(_type_) if _type_.__class__ is str else None
            ) or enum_or_deviation(IntegrationConnectionStepType, _type_, src_dict, _field, _SCHEMA)

            _field = "title"
            title: None | str | Unset
            _title_data = get("title", UNSET)
            if isinstance(_title_data, str):
                title = _title_data
            elif _title_data is None or _title_data is UNSET:
                title = _title_data
            else:
                title = deviation(_title_data, "a string", src_dict, _field, _SCHEMA)

            _field = "description"
            description = get("description", UNSET)

            _field = "endpoint"
            endpoint = get("endpoint", UNSET)

            _field = "fields"
            fields = get("fields", UNSET)

            _field = "post_auth"
            post_auth: bool | None | Unset
            _post_auth_data = get("post_auth", UNSET)
            if isinstance(_post_auth_data, bool):
                post_auth = _post_auth_data
            elif _post_auth_data is None or _post_auth_data is UNSET:
                post_auth = _post_auth_data
            else:
                post_auth = deviation(_post_auth_data, "a boolean", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        integration_connection_step = cls(
            type_,
            title,
            description,
            endpoint,
            fields,
            post_auth,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(integration_connection_step, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            integration_connection_step.additional_properties = undeclared
        return integration_connection_step

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


install_undeclared_on_demand(IntegrationConnectionStep)
