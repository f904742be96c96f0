from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_statement_v2 import BankStatementV2
    from ..models.presigned_url import PresignedUrl


T = TypeVar("T", bound="BankStatementUploadV2")


@_attrs_define
class BankStatementUploadV2:
    """A new bank statement (v2 shape) and the presigned URL to upload its file to.

    Attributes:
        presigned_url (None | PresignedUrl | Unset):
        statement (BankStatementV2 | None | Unset):
    """

    presigned_url: None | PresignedUrl | Unset = UNSET
    statement: BankStatementV2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bank_statement_v2 import BankStatementV2  # noqa: PLC0415
        from ..models.presigned_url import PresignedUrl  # noqa: PLC0415

        presigned_url: dict[str, Any] | None | Unset
        if isinstance(self.presigned_url, Unset):
            presigned_url = UNSET
        elif isinstance(self.presigned_url, PresignedUrl):
            presigned_url = self.presigned_url.to_dict()
        else:
            presigned_url = self.presigned_url

        statement: dict[str, Any] | None | Unset
        if isinstance(self.statement, Unset):
            statement = UNSET
        elif isinstance(self.statement, BankStatementV2):
            statement = self.statement.to_dict()
        else:
            statement = self.statement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if presigned_url is not UNSET:
            field_dict["presigned_url"] = presigned_url
        if statement is not UNSET:
            field_dict["statement"] = statement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_statement_v2 import BankStatementV2  # noqa: PLC0415
        from ..models.presigned_url import PresignedUrl  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "presigned_url"

            def _parse_presigned_url(data: object) -> None | PresignedUrl | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected PresignedUrl, got {type(data).__name__}")
                presigned_url_type_0 = PresignedUrl.from_dict(data)

                return presigned_url_type_0

            presigned_url = _parse_presigned_url(d.pop("presigned_url", UNSET))

            _field = "statement"

            def _parse_statement(data: object) -> BankStatementV2 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected BankStatementV2, got {type(data).__name__}")
                statement_type_0 = BankStatementV2.from_dict(data)

                return statement_type_0

            statement = _parse_statement(d.pop("statement", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        bank_statement_upload_v2 = cls(
            presigned_url=presigned_url,
            statement=statement,
        )

        bank_statement_upload_v2.additional_properties = d
        return bank_statement_upload_v2

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
