from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_data_source import TaskDataSource
from ..models.task_data_type import TaskDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskData")


@_attrs_define
class TaskData:
    """
    Attributes:
        object_ (str):
        source (TaskDataSource): The reference page shows only the value `email`; the complete list was not recovered.
            Values the server sends that are not listed here parse as unknown members (see the client's tolerant enums).
        task_id (str):
        type_ (TaskDataType): The reference page shows only the value `response`; the complete list was not recovered.
            Values the server sends that are not listed here parse as unknown members (see the client's tolerant enums).
        id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        data (Any | Unset): Untyped on the reference page (`<unknown>`).
        modified_at (datetime.datetime | None | Unset):
    """

    object_: str
    source: TaskDataSource
    task_id: str
    type_: TaskDataType
    id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    data: Any | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        source = self.source.value

        task_id = self.task_id

        type_ = self.type_.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        data = self.data

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "source": source,
                "task_id": task_id,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object")

        source = TaskDataSource(d.pop("source"))

        task_id = d.pop("task_id")

        type_ = TaskDataType(d.pop("type"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        data = d.pop("data", UNSET)

        def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_at_type_0 = datetime.datetime.fromisoformat(data)

                return modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        task_data = cls(
            object_=object_,
            source=source,
            task_id=task_id,
            type_=type_,
            id=id,
            created_at=created_at,
            data=data,
            modified_at=modified_at,
        )

        task_data.additional_properties = d
        return task_data

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
