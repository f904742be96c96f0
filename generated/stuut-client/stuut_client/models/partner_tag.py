from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="PartnerTag")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tag import Tag  # noqa: PLC0415

        object_ = self.object_

        partner_id = self.partner_id

        tag_id = self.tag_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
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
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        tag: dict[str, Any] | None | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        elif isinstance(self.tag, Tag):
            tag = self.tag.to_dict()
        else:
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag import Tag  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "partner_id"
            partner_id = d.pop("partner_id")
            if not (isinstance(partner_id, str)):
                raise TypeError(f"expected a string, got {type(partner_id).__name__}")

            _field = "tag_id"
            tag_id = d.pop("tag_id")
            if not (isinstance(tag_id, str)):
                raise TypeError(f"expected a string, got {type(tag_id).__name__}")

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

            _field = "is_manual"

            def _parse_is_manual(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_manual = _parse_is_manual(d.pop("is_manual", UNSET))

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

            _field = "tag"

            def _parse_tag(data: object) -> None | Tag | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Tag, got {type(data).__name__}")
                tag_type_0 = Tag.from_dict(data)

                return tag_type_0

            tag = _parse_tag(d.pop("tag", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        partner_tag = cls(
            object_=object_,
            partner_id=partner_id,
            tag_id=tag_id,
            created_at=created_at,
            is_manual=is_manual,
            modified_at=modified_at,
            tag=tag,
        )

        partner_tag.additional_properties = d
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
