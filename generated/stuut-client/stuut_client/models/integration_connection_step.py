from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..models.integration_connection_step_type import IntegrationConnectionStepType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationConnectionStep")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "type"
            type_ = IntegrationConnectionStepType(d.pop("type"))

            _field = "title"

            def _parse_title(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            title = _parse_title(d.pop("title", UNSET))

            _field = "description"
            description = d.pop("description", UNSET)

            _field = "endpoint"
            endpoint = d.pop("endpoint", UNSET)

            _field = "fields"
            fields = d.pop("fields", UNSET)

            _field = "post_auth"

            def _parse_post_auth(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            post_auth = _parse_post_auth(d.pop("post_auth", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        integration_connection_step = cls(
            type_=type_,
            title=title,
            description=description,
            endpoint=endpoint,
            fields=fields,
            post_auth=post_auth,
        )

        integration_connection_step.additional_properties = d
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
