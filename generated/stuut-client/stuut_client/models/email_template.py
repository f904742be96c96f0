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
    from ..models.attachment import Attachment
    from ..models.email_template_folder import EmailTemplateFolder


T = TypeVar("T", bound="EmailTemplate")


@_attrs_define
class EmailTemplate:
    """
    Attributes:
        object_ (str):
        id (None | str | Unset):
        attachments (list[Attachment] | None | Unset):
        auto_correct (bool | None | Unset):
        body (None | str | Unset):
        cc (list[str] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        folder (EmailTemplateFolder | None | Unset):
        folder_id (None | str | Unset):
        is_default (bool | None | Unset): Whether this is the default email template.
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset): The name of the email template.
        preview_body (Any | Unset): Untyped on the reference page (`<unknown>`).
        preview_subject (Any | Unset): Untyped on the reference page (`<unknown>`).
        subject (None | str | Unset):
    """

    object_: str
    id: None | str | Unset = UNSET
    attachments: list[Attachment] | None | Unset = UNSET
    auto_correct: bool | None | Unset = UNSET
    body: None | str | Unset = UNSET
    cc: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    folder: EmailTemplateFolder | None | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    preview_body: Any | Unset = UNSET
    preview_subject: Any | Unset = UNSET
    subject: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_template_folder import EmailTemplateFolder  # noqa: PLC0415

        object_ = self.object_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        auto_correct: bool | None | Unset
        if isinstance(self.auto_correct, Unset):
            auto_correct = UNSET
        else:
            auto_correct = self.auto_correct

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        cc: list[str] | None | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = self.cc

        else:
            cc = self.cc

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        folder: dict[str, Any] | None | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        elif isinstance(self.folder, EmailTemplateFolder):
            folder = self.folder.to_dict()
        else:
            folder = self.folder

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        preview_body = self.preview_body

        preview_subject = self.preview_subject

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if auto_correct is not UNSET:
            field_dict["auto_correct"] = auto_correct
        if body is not UNSET:
            field_dict["body"] = body
        if cc is not UNSET:
            field_dict["cc"] = cc
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if folder is not UNSET:
            field_dict["folder"] = folder
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if preview_body is not UNSET:
            field_dict["preview_body"] = preview_body
        if preview_subject is not UNSET:
            field_dict["preview_subject"] = preview_subject
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.email_template_folder import EmailTemplateFolder  # noqa: PLC0415

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

            _field = "id"

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            id = _parse_id(d.pop("id", UNSET))

            _field = "attachments"

            def _parse_attachments(data: object) -> list[Attachment] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _attachments_type_0 = data
                if not isinstance(_attachments_type_0, list):
                    raise TypeError(f"expected an array, got {type(_attachments_type_0).__name__}")
                attachments_type_0 = []
                for _attachments_type_0_index, attachments_type_0_item_data in enumerate(_attachments_type_0):
                    try:
                        attachments_type_0_item = Attachment.from_dict(attachments_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_attachments_type_0_index,)
                        ) from _parse_failure
                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0

            attachments = _parse_attachments(d.pop("attachments", UNSET))

            _field = "auto_correct"

            def _parse_auto_correct(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            auto_correct = _parse_auto_correct(d.pop("auto_correct", UNSET))

            _field = "body"

            def _parse_body(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            body = _parse_body(d.pop("body", UNSET))

            _field = "cc"

            def _parse_cc(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _cc_type_0 = data
                if not isinstance(_cc_type_0, list):
                    raise TypeError(f"expected an array, got {type(_cc_type_0).__name__}")
                cc_type_0 = _cc_type_0

                return cc_type_0

            cc = _parse_cc(d.pop("cc", UNSET))

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

            _field = "folder"

            def _parse_folder(data: object) -> EmailTemplateFolder | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected EmailTemplateFolder, got {type(data).__name__}")
                folder_type_0 = EmailTemplateFolder.from_dict(data)

                return folder_type_0

            folder = _parse_folder(d.pop("folder", UNSET))

            _field = "folder_id"

            def _parse_folder_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

            _field = "is_default"

            def _parse_is_default(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_default = _parse_is_default(d.pop("is_default", UNSET))

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

            _field = "name"

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            name = _parse_name(d.pop("name", UNSET))

            _field = "preview_body"
            preview_body = d.pop("preview_body", UNSET)

            _field = "preview_subject"
            preview_subject = d.pop("preview_subject", UNSET)

            _field = "subject"

            def _parse_subject(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            subject = _parse_subject(d.pop("subject", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        email_template = cls(
            object_=object_,
            id=id,
            attachments=attachments,
            auto_correct=auto_correct,
            body=body,
            cc=cc,
            created_at=created_at,
            folder=folder,
            folder_id=folder_id,
            is_default=is_default,
            modified_at=modified_at,
            name=name,
            preview_body=preview_body,
            preview_subject=preview_subject,
            subject=subject,
        )

        email_template.additional_properties = d
        return email_template

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
