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
    from ..models.tag_rule_condition_type_0 import TagRuleConditionType0


T = TypeVar("T", bound="Tag")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Tag"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "object",
        "id",
        "color",
        "created_at",
        "modified_at",
        "rule_condition",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.tag_rule_condition_type_0 import TagRuleConditionType0  # noqa: PLC0415

    globals().update(
        TagRuleConditionType0=TagRuleConditionType0,
    )
    _references_unresolved = False


@_attrs_define
class Tag:
    """
    Attributes:
        name (str):
        object_ (str):
        id (None | str | Unset):
        color (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        rule_condition (None | TagRuleConditionType0 | Unset):
    """

    name: str
    object_: str
    id: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    rule_condition: None | TagRuleConditionType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

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

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        rule_condition: dict[str, Any] | None | Unset
        if isinstance(self.rule_condition, Unset):
            rule_condition = UNSET
        elif isinstance(self.rule_condition, TagRuleConditionType0):
            rule_condition = (
                self.rule_condition.to_dict()
                if isinstance(self.rule_condition, TagRuleConditionType0)
                else self.rule_condition
            )

        else:
            rule_condition = self.rule_condition

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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if rule_condition is not UNSET:
            field_dict["rule_condition"] = rule_condition
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

            _field = "rule_condition"
            rule_condition = (
                defer(_parse_rule_condition, get("rule_condition", UNSET), src_dict)
                if lazy
                else _parse_rule_condition(get("rule_condition", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        tag = cls(
            name,
            object_,
            id,
            color,
            created_at,
            modified_at,
            rule_condition,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(tag, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            tag.additional_properties = undeclared
        return tag

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


def _parse_rule_condition(_json: Any, lazy: bool, src_dict: Any) -> None | TagRuleConditionType0 | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "rule_condition"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    rule_condition: None | TagRuleConditionType0 | Unset
    _rule_condition_data = _json
    if isinstance(_rule_condition_data, dict):
        _rule_condition_type_0 = _rule_condition_data
        rule_condition_type_0 = (
            TagRuleConditionType0.from_dict(_rule_condition_type_0, lazy=lazy)
            if isinstance(_rule_condition_type_0, dict)
            else deviation(_rule_condition_type_0, "an object (TagRuleConditionType0)", src_dict, _field, _SCHEMA)
        )

        rule_condition = rule_condition_type_0
    elif _rule_condition_data is None or _rule_condition_data is UNSET:
        rule_condition = _rule_condition_data
    else:
        rule_condition = deviation(_rule_condition_data, "an object (TagRuleConditionType0)", src_dict, _field, _SCHEMA)

    return rule_condition


install_lazy_fields(Tag, ("rule_condition",))


install_undeclared_on_demand(Tag)
