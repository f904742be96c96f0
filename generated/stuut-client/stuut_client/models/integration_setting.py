from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..models.integration_setting_format import IntegrationSettingFormat
from ..models.integration_setting_type import IntegrationSettingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationSetting")


@_attrs_define
class IntegrationSetting:
    """
    Attributes:
        key (str):
        type_ (IntegrationSettingType): The reference page shows only the value `any`; the complete list was not
            recovered. Values the server sends that are not listed here parse as unknown members (see the client's tolerant
            enums).
        choices (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        description (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        format_ (IntegrationSettingFormat | None | Unset):
        group (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        guide_url (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        is_editable (bool | None | Unset):
        is_required (bool | None | Unset):
        is_select (bool | None | Unset):
        label (Any | Unset): The reference page shows only `null` here, so the type is not documented.
        post_auth (bool | None | Unset):
        requires_load (bool | None | Unset):
    """

    key: str
    type_: IntegrationSettingType
    choices: Any | Unset = UNSET
    description: Any | Unset = UNSET
    format_: IntegrationSettingFormat | None | Unset = UNSET
    group: Any | Unset = UNSET
    guide_url: Any | Unset = UNSET
    is_editable: bool | None | Unset = UNSET
    is_required: bool | None | Unset = UNSET
    is_select: bool | None | Unset = UNSET
    label: Any | Unset = UNSET
    post_auth: bool | None | Unset = UNSET
    requires_load: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_ = self.type_.value

        choices = self.choices

        description = self.description

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, IntegrationSettingFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        group = self.group

        guide_url = self.guide_url

        is_editable: bool | None | Unset
        if isinstance(self.is_editable, Unset):
            is_editable = UNSET
        else:
            is_editable = self.is_editable

        is_required: bool | None | Unset
        if isinstance(self.is_required, Unset):
            is_required = UNSET
        else:
            is_required = self.is_required

        is_select: bool | None | Unset
        if isinstance(self.is_select, Unset):
            is_select = UNSET
        else:
            is_select = self.is_select

        label = self.label

        post_auth: bool | None | Unset
        if isinstance(self.post_auth, Unset):
            post_auth = UNSET
        else:
            post_auth = self.post_auth

        requires_load: bool | None | Unset
        if isinstance(self.requires_load, Unset):
            requires_load = UNSET
        else:
            requires_load = self.requires_load

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "type": type_,
            }
        )
        if choices is not UNSET:
            field_dict["choices"] = choices
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_
        if group is not UNSET:
            field_dict["group"] = group
        if guide_url is not UNSET:
            field_dict["guide_url"] = guide_url
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if is_select is not UNSET:
            field_dict["is_select"] = is_select
        if label is not UNSET:
            field_dict["label"] = label
        if post_auth is not UNSET:
            field_dict["post_auth"] = post_auth
        if requires_load is not UNSET:
            field_dict["requires_load"] = requires_load

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "key"
            key = d.pop("key")
            if not (isinstance(key, str)):
                raise TypeError(f"expected a string, got {type(key).__name__}")

            _field = "type"
            type_ = IntegrationSettingType(d.pop("type"))

            _field = "choices"
            choices = d.pop("choices", UNSET)

            _field = "description"
            description = d.pop("description", UNSET)

            _field = "format"

            def _parse_format_(data: object) -> IntegrationSettingFormat | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected IntegrationSettingFormat, got {type(data).__name__}")
                format_type_0 = IntegrationSettingFormat(data)

                return format_type_0

            format_ = _parse_format_(d.pop("format", UNSET))

            _field = "group"
            group = d.pop("group", UNSET)

            _field = "guide_url"
            guide_url = d.pop("guide_url", UNSET)

            _field = "is_editable"

            def _parse_is_editable(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_editable = _parse_is_editable(d.pop("is_editable", UNSET))

            _field = "is_required"

            def _parse_is_required(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_required = _parse_is_required(d.pop("is_required", UNSET))

            _field = "is_select"

            def _parse_is_select(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_select = _parse_is_select(d.pop("is_select", UNSET))

            _field = "label"
            label = d.pop("label", UNSET)

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

            _field = "requires_load"

            def _parse_requires_load(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            requires_load = _parse_requires_load(d.pop("requires_load", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        integration_setting = cls(
            key=key,
            type_=type_,
            choices=choices,
            description=description,
            format_=format_,
            group=group,
            guide_url=guide_url,
            is_editable=is_editable,
            is_required=is_required,
            is_select=is_select,
            label=label,
            post_auth=post_auth,
            requires_load=requires_load,
        )

        integration_setting.additional_properties = d
        return integration_setting

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
