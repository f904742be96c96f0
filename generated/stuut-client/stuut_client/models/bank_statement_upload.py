from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import Decoded
from .._deviations import (
    PENDING_MISSING,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_statement import BankStatement
    from ..models.presigned_url import PresignedUrl


T = TypeVar("T", bound="BankStatementUpload")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BankStatementUpload"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "presigned_url",
        "statement",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.bank_statement import BankStatement  # noqa: PLC0415
    from ..models.presigned_url import PresignedUrl  # noqa: PLC0415

    globals().update(
        BankStatement=BankStatement,
        PresignedUrl=PresignedUrl,
    )
    _references_unresolved = False


@_attrs_define
class BankStatementUpload:
    """A new bank statement and the presigned URL to upload its file to. The reference pages' examples of this object were
    cut off inside `statement`; further fields exist but were not recovered.

        Attributes:
            presigned_url (None | PresignedUrl | Unset):
            statement (BankStatement | None | Unset):
    """

    presigned_url: None | PresignedUrl | Unset = UNSET
    statement: BankStatement | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        presigned_url: dict[str, Any] | None | Unset
        if isinstance(self.presigned_url, Unset):
            presigned_url = UNSET
        elif isinstance(self.presigned_url, PresignedUrl):
            presigned_url = (
                self.presigned_url.to_dict() if isinstance(self.presigned_url, PresignedUrl) else self.presigned_url
            )

        else:
            presigned_url = self.presigned_url

        statement: dict[str, Any] | None | Unset
        if isinstance(self.statement, Unset):
            statement = UNSET
        elif isinstance(self.statement, BankStatement):
            statement = self.statement.to_dict() if isinstance(self.statement, BankStatement) else self.statement

        else:
            statement = self.statement

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if presigned_url is not UNSET:
            field_dict["presigned_url"] = presigned_url
        if statement is not UNSET:
            field_dict["statement"] = statement

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
            _field = "presigned_url"
            presigned_url = (
                defer(_parse_presigned_url, get("presigned_url", UNSET), src_dict)
                if lazy
                else _parse_presigned_url(get("presigned_url", UNSET), False, src_dict)
            )

            _field = "statement"
            statement = (
                defer(_parse_statement, get("statement", UNSET), src_dict)
                if lazy
                else _parse_statement(get("statement", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        bank_statement_upload = cls(
            presigned_url,
            statement,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bank_statement_upload.additional_properties = undeclared
        return bank_statement_upload

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


def _parse_presigned_url(_json: Any, lazy: bool, src_dict: Any) -> None | PresignedUrl | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "presigned_url"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    presigned_url: None | PresignedUrl | Unset
    _presigned_url_data = _json
    if isinstance(_presigned_url_data, dict):
        _presigned_url_type_0 = _presigned_url_data
        presigned_url_type_0 = (
            PresignedUrl.from_dict(_presigned_url_type_0, lazy=lazy)
            if isinstance(_presigned_url_type_0, dict)
            else deviation(_presigned_url_type_0, "an object (PresignedUrl)", src_dict, _field, _SCHEMA)
        )

        presigned_url = presigned_url_type_0
    elif _presigned_url_data is None or _presigned_url_data is UNSET:
        presigned_url = _presigned_url_data
    else:
        presigned_url = deviation(_presigned_url_data, "an object (PresignedUrl)", src_dict, _field, _SCHEMA)

    return presigned_url


def _parse_statement(_json: Any, lazy: bool, src_dict: Any) -> BankStatement | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "statement"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    statement: BankStatement | None | Unset
    _statement_data = _json
    if isinstance(_statement_data, dict):
        _statement_type_0 = _statement_data
        statement_type_0 = (
            BankStatement.from_dict(_statement_type_0, lazy=lazy)
            if isinstance(_statement_type_0, dict)
            else deviation(_statement_type_0, "an object (BankStatement)", src_dict, _field, _SCHEMA)
        )

        statement = statement_type_0
    elif _statement_data is None or _statement_data is UNSET:
        statement = _statement_data
    else:
        statement = deviation(_statement_data, "an object (BankStatement)", src_dict, _field, _SCHEMA)

    return statement


install_lazy_fields(
    BankStatementUpload,
    (
        "presigned_url",
        "statement",
    ),
)


install_undeclared_on_demand(BankStatementUpload)
