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
    from ..models.tag import Tag


T = TypeVar("T", bound="PartnerTag")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "PartnerTag"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "object",
        "partner_id",
        "tag_id",
        "created_at",
        "is_manual",
        "modified_at",
        "tag",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.tag import Tag  # noqa: PLC0415

    globals().update(
        Tag=Tag,
    )
    _references_unresolved = False


@_attrs_define
class PartnerTag:
    """
    Attributes:
        object_ (str):
        partner_id (str):
        tag_id (str):
        created_at (datetime.datetime | None | Unset):
        is_manual (bool | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        tag (None | Tag | Unset):
    """

    object_: str
    partner_id: str
    tag_id: str
    created_at: datetime.datetime | None | Unset = UNSET
    is_manual: bool | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    tag: None | Tag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        object_ = self.object_

        partner_id = self.partner_id

        tag_id = self.tag_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        is_manual: bool | None | Unset
        if isinstance(self.is_manual, Unset):
            is_manual = UNSET
        else:
            is_manual = self.is_manual

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        tag: dict[str, Any] | None | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        elif isinstance(self.tag, Tag):
            tag = self.tag.to_dict() if isinstance(self.tag, Tag) else self.tag

        else:
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "object": object_,
                "partner_id": partner_id,
                "tag_id": tag_id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_manual is not UNSET:
            field_dict["is_manual"] = is_manual
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if tag is not UNSET:
            field_dict["tag"] = tag
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

            _field = "partner_id"
            partner_id = get("partner_id", UNSET)
            if not (isinstance(partner_id, str)):
                partner_id = deviation(partner_id, "a string", src_dict, _field, _SCHEMA)

            _field = "tag_id"
            tag_id = get("tag_id", UNSET)
            if not (isinstance(tag_id, str)):
                tag_id = deviation(tag_id, "a string", src_dict, _field, _SCHEMA)

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

            _field = "is_manual"
            is_manual: bool | None | Unset
            _is_manual_data = get("is_manual", UNSET)
            if isinstance(_is_manual_data, bool):
                is_manual = _is_manual_data
            elif _is_manual_data is None or _is_manual_data is UNSET:
                is_manual = _is_manual_data
            else:
                is_manual = deviation(_is_manual_data, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "tag"
            tag = (
                defer(_parse_tag, get("tag", UNSET), src_dict)
                if lazy
                else _parse_tag(get("tag", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        partner_tag = cls(
            object_,
            partner_id,
            tag_id,
            created_at,
            is_manual,
            modified_at,
            tag,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(partner_tag, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            partner_tag.additional_properties = undeclared
        return partner_tag

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


def _parse_tag(_json: Any, lazy: bool, src_dict: Any) -> None | Tag | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "tag"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    tag: None | Tag | Unset
    _tag_data = _json
    if isinstance(_tag_data, dict):
        _tag_type_0 = _tag_data
        tag_type_0 = (
            Tag.from_dict(_tag_type_0, lazy=lazy)
            if isinstance(_tag_type_0, dict)
            else deviation(_tag_type_0, "an object (Tag)", src_dict, _field, _SCHEMA)
        )

        tag = tag_type_0
    elif _tag_data is None or _tag_data is UNSET:
        tag = _tag_data
    else:
        tag = deviation(_tag_data, "an object (Tag)", src_dict, _field, _SCHEMA)

    return tag


install_lazy_fields(PartnerTag, ("tag",))


install_undeclared_on_demand(PartnerTag)
