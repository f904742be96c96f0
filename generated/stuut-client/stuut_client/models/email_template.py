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
    from ..models.attachment import Attachment
    from ..models.email_template_folder import EmailTemplateFolder


T = TypeVar("T", bound="EmailTemplate")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "EmailTemplate"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "object",
        "id",
        "attachments",
        "auto_correct",
        "body",
        "cc",
        "created_at",
        "folder",
        "folder_id",
        "is_default",
        "modified_at",
        "name",
        "preview_body",
        "preview_subject",
        "subject",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.attachment import Attachment  # noqa: PLC0415
    from ..models.email_template_folder import EmailTemplateFolder  # noqa: PLC0415

    globals().update(
        Attachment=Attachment,
        EmailTemplateFolder=EmailTemplateFolder,
    )
    _references_unresolved = False


@_attrs_define
class EmailTemplate:
    """
    Attributes:
        object_ (str):
        id (str | Unset):
        attachments (list[Attachment] | Unset):
        auto_correct (bool | Unset):
        body (None | str | Unset):
        cc (list[str] | Unset):
        created_at (datetime.datetime | Unset):
        folder (EmailTemplateFolder | Unset):
        folder_id (None | str | Unset):
        is_default (bool | Unset): Whether this is the default email template.
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset): The name of the email template.
        preview_body (Any | Unset): Untyped on the reference page (`<unknown>`).
        preview_subject (Any | Unset): Untyped on the reference page (`<unknown>`).
        subject (None | str | Unset):
    """

    object_: str
    id: str | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    auto_correct: bool | Unset = UNSET
    body: None | str | Unset = UNSET
    cc: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    folder: EmailTemplateFolder | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    is_default: bool | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    preview_body: Any | Unset = UNSET
    preview_subject: Any | Unset = UNSET
    subject: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        object_ = self.object_

        id = self.id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            if isinstance(self.attachments, list):
                attachments = []
                for attachments_item_data in self.attachments:
                    attachments_item = (
                        attachments_item_data.to_dict()
                        if isinstance(attachments_item_data, Attachment)
                        else attachments_item_data
                    )

                    attachments.append(attachments_item)
            else:
                attachments = self.attachments

        auto_correct = self.auto_correct

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        folder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.folder, Unset):
            folder = self.folder.to_dict() if isinstance(self.folder, EmailTemplateFolder) else self.folder

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        is_default = self.is_default

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

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
        field_dict.update(undeclared(self))
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

            _field = "id"
            id = get("id", UNSET)
            if not isinstance(id, Unset) and not (isinstance(id, str)):
                id = deviation(id, "a string", src_dict, _field, _SCHEMA)

            _field = "attachments"
            attachments = (
                defer(_parse_attachments, get("attachments", UNSET), src_dict)
                if lazy
                else _parse_attachments(get("attachments", UNSET), False, src_dict)
            )

            _field = "auto_correct"
            auto_correct = get("auto_correct", UNSET)
            if not isinstance(auto_correct, Unset) and not (isinstance(auto_correct, bool)):
                auto_correct = deviation(auto_correct, "a boolean", src_dict, _field, _SCHEMA)

            _field = "body"
            body: None | str | Unset
            _body_data = get("body", UNSET)
            if isinstance(_body_data, str):
                body = _body_data
            elif _body_data is None or _body_data is UNSET:
                body = _body_data
            else:
                body = deviation(_body_data, "a string", src_dict, _field, _SCHEMA)

            _field = "cc"
            _cc = get("cc", UNSET)
            cc: list[str] | Unset
            if _cc is UNSET:
                cc = UNSET
            elif not isinstance(_cc, list):
                cc = deviation(_cc, "an array", src_dict, _field, _SCHEMA)
            else:
                cc = _cc
                for _cc_index, _cc_item in enumerate(_cc):
                    if not (isinstance(_cc_item, str)):
                        try:
                            deviation(_cc_item, "a string", _cc, _cc_index, _SCHEMA, _field)
                        except (KeyError, TypeError, ValueError) as _parse_failure:
                            raise ResponseValidationError.from_exception(
                                _parse_failure, (_cc_index,)
                            ) from _parse_failure

            _field = "created_at"
            _created_at = get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                try:
                    created_at = datetime.datetime.fromisoformat(_created_at)
                except (TypeError, ValueError):
                    created_at = datetime_or_deviation(_created_at, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_created_at):
                        created_at = datetime_or_deviation(_created_at, src_dict, _field, _SCHEMA)

            _field = "folder"
            folder = (
                defer(_parse_folder, get("folder", UNSET), src_dict)
                if lazy
                else _parse_folder(get("folder", UNSET), False, src_dict)
            )

            _field = "folder_id"
            folder_id: None | str | Unset
            _folder_id_data = get("folder_id", UNSET)
            if isinstance(_folder_id_data, str):
                folder_id = _folder_id_data
            elif _folder_id_data is None or _folder_id_data is UNSET:
                folder_id = _folder_id_data
            else:
                folder_id = deviation(_folder_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "is_default"
            is_default = get("is_default", UNSET)
            if not isinstance(is_default, Unset) and not (isinstance(is_default, bool)):
                is_default = deviation(is_default, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "name"
            name: None | str | Unset
            _name_data = get("name", UNSET)
            if isinstance(_name_data, str):
                name = _name_data
            elif _name_data is None or _name_data is UNSET:
                name = _name_data
            else:
                name = deviation(_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "preview_body"
            preview_body = get("preview_body", UNSET)

            _field = "preview_subject"
            preview_subject = get("preview_subject", UNSET)

            _field = "subject"
            subject: None | str | Unset
            _subject_data = get("subject", UNSET)
            if isinstance(_subject_data, str):
                subject = _subject_data
            elif _subject_data is None or _subject_data is UNSET:
                subject = _subject_data
            else:
                subject = deviation(_subject_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        email_template = cls(
            object_,
            id,
            attachments,
            auto_correct,
            body,
            cc,
            created_at,
            folder,
            folder_id,
            is_default,
            modified_at,
            name,
            preview_body,
            preview_subject,
            subject,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(email_template, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            email_template.additional_properties = undeclared
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


def _parse_attachments(_json: Any, lazy: bool, src_dict: Any) -> list[Attachment] | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "attachments"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    _attachments = _json
    attachments: list[Attachment] | Unset
    if _attachments is UNSET:
        attachments = UNSET
    elif not isinstance(_attachments, list):
        attachments = deviation(_attachments, "an array", src_dict, _field, _SCHEMA)
    else:
        attachments = []
        for _attachments_index, attachments_item_data in enumerate(_attachments):
            try:
                _attachments_item = attachments_item_data
                attachments_item = (
                    Attachment.from_dict(_attachments_item, lazy=lazy)
                    if isinstance(_attachments_item, dict)
                    else deviation(
                        _attachments_item, "an object (Attachment)", _attachments, _attachments_index, _SCHEMA, _field
                    )
                )

            except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                raise ResponseValidationError.from_exception(_parse_failure, (_attachments_index,)) from _parse_failure
            attachments.append(attachments_item)

    return attachments


def _parse_folder(_json: Any, lazy: bool, src_dict: Any) -> EmailTemplateFolder | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "folder"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    _folder = _json
    folder: EmailTemplateFolder | Unset
    if isinstance(_folder, dict):
        folder = EmailTemplateFolder.from_dict(_folder, lazy=lazy)

    elif _folder is UNSET:
        folder = _folder
    else:
        folder = deviation(_folder, "an object (EmailTemplateFolder)", src_dict, _field, _SCHEMA)

    return folder


install_lazy_fields(
    EmailTemplate,
    (
        "attachments",
        "folder",
    ),
)


install_undeclared_on_demand(EmailTemplate)
