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
from ..models.mime_type import MimeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadBankStatementRequestV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "UploadBankStatementRequestV2"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "filename",
        "mime_type",
        "account_id",
    }
)


@_attrs_define
class UploadBankStatementRequestV2:
    """Request schema for uploading a bank statement. The field list on the reference page was cut off inside the
    description of `account_id`; further fields may exist.

        Attributes:
            filename (str): Name of the file being uploaded
            mime_type (MimeType): MIME types the v2 bank statement upload accepts. `AttachmentV2.mime_type` shows only
                `application/json`, the first of these values.
            account_id (None | str | Unset): Bank account ID to ass… (the description was cut off on the reference page).
    """

    filename: str
    mime_type: MimeType
    account_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        filename = self.filename

        mime_type = self.mime_type.value if isinstance(self.mime_type, MimeType) else self.mime_type

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "filename": filename,
                "mime_type": mime_type,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
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
            _field = "filename"
            filename = get("filename", UNSET)
            if not (isinstance(filename, str)):
                filename = deviation(filename, "a string", src_dict, _field, _SCHEMA)

            _field = "mime_type"
            _mime_type = get("mime_type", UNSET)
            mime_type = (
                MimeType._by_value.get(_mime_type) if _mime_type.__class__ is str else None
            ) or enum_or_deviation(MimeType, _mime_type, src_dict, _field, _SCHEMA)

            _field = "account_id"
            account_id: None | str | Unset
            _account_id_data = get("account_id", UNSET)
            if isinstance(_account_id_data, str):
                account_id = _account_id_data
            elif _account_id_data is None or _account_id_data is UNSET:
                account_id = _account_id_data
            else:
                account_id = deviation(_account_id_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        upload_bank_statement_request_v2 = cls(
            filename,
            mime_type,
            account_id,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(upload_bank_statement_request_v2, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            upload_bank_statement_request_v2.additional_properties = undeclared
        return upload_bank_statement_request_v2

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


install_undeclared_on_demand(UploadBankStatementRequestV2)
