from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        type_ = IntegrationConnectionStepType(d.pop("type"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        description = d.pop("description", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        fields = d.pop("fields", UNSET)

        def _parse_post_auth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        post_auth = _parse_post_auth(d.pop("post_auth", UNSET))

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
