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
from ..models.integration_setting_format import IntegrationSettingFormat
from ..models.integration_setting_type import IntegrationSettingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationSetting")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "IntegrationSetting"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "type",
        "choices",
        "description",
        "format",
        "group",
        "guide_url",
        "is_editable",
        "is_required",
        "is_select",
        "label",
        "post_auth",
        "requires_load",
    }
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        key = self.key

        type_ = self.type_.value if isinstance(self.type_, IntegrationSettingType) else self.type_

        choices = self.choices

        description = self.description

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, IntegrationSettingFormat):
            format_ = self.format_.value if isinstance(self.format_, IntegrationSettingFormat) else self.format_

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
        field_dict.update(undeclared(self))
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
            _field = "key"
            key = get("key", UNSET)
            if not (isinstance(key, str)):
                key = deviation(key, "a string", src_dict, _field, _SCHEMA)

            _field = "type"
            _type_ = get("type", UNSET)
            type_ = (
                IntegrationSettingType._by_value.get(_type_) if _type_.__class__ is str else None
            ) or enum_or_deviation(IntegrationSettingType, _type_, src_dict, _field, _SCHEMA)

            _field = "choices"
            choices = get("choices", UNSET)

            _field = "description"
            description = get("description", UNSET)

            _field = "format"
            format_: IntegrationSettingFormat | None | Unset
            _format__data = get("format", UNSET)
            if isinstance(_format__data, str):
                _format_type_0 = _format__data
                format_type_0 = (
                    IntegrationSettingFormat._by_value.get(_format_type_0) if _format_type_0.__class__ is str else None
                ) or enum_or_deviation(IntegrationSettingFormat, _format_type_0, src_dict, _field, _SCHEMA)

                format_ = format_type_0
            elif _format__data is None or _format__data is UNSET:
                format_ = _format__data
            else:
                format_ = deviation(_format__data, "IntegrationSettingFormat", src_dict, _field, _SCHEMA)

            _field = "group"
            group = get("group", UNSET)

            _field = "guide_url"
            guide_url = get("guide_url", UNSET)

            _field = "is_editable"
            is_editable: bool | None | Unset
            _is_editable_data = get("is_editable", UNSET)
            if isinstance(_is_editable_data, bool):
                is_editable = _is_editable_data
            elif _is_editable_data is None or _is_editable_data is UNSET:
                is_editable = _is_editable_data
            else:
                is_editable = deviation(_is_editable_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_required"
            is_required: bool | None | Unset
            _is_required_data = get("is_required", UNSET)
            if isinstance(_is_required_data, bool):
                is_required = _is_required_data
            elif _is_required_data is None or _is_required_data is UNSET:
                is_required = _is_required_data
            else:
                is_required = deviation(_is_required_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_select"
            is_select: bool | None | Unset
            _is_select_data = get("is_select", UNSET)
            if isinstance(_is_select_data, bool):
                is_select = _is_select_data
            elif _is_select_data is None or _is_select_data is UNSET:
                is_select = _is_select_data
            else:
                is_select = deviation(_is_select_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "label"
            label = get("label", UNSET)

            _field = "post_auth"
            post_auth: bool | None | Unset
            _post_auth_data = get("post_auth", UNSET)
            if isinstance(_post_auth_data, bool):
                post_auth = _post_auth_data
            elif _post_auth_data is None or _post_auth_data is UNSET:
                post_auth = _post_auth_data
            else:
                post_auth = deviation(_post_auth_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "requires_load"
            requires_load: bool | None | Unset
            _requires_load_data = get("requires_load", UNSET)
            if isinstance(_requires_load_data, bool):
                requires_load = _requires_load_data
            elif _requires_load_data is None or _requires_load_data is UNSET:
                requires_load = _requires_load_data
            else:
                requires_load = deviation(_requires_load_data, "a boolean", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        integration_setting = cls(
            key,
            type_,
            choices,
            description,
            format_,
            group,
            guide_url,
            is_editable,
            is_required,
            is_select,
            label,
            post_auth,
            requires_load,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(integration_setting, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            integration_setting.additional_properties = undeclared
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


install_undeclared_on_demand(IntegrationSetting)
