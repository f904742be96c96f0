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
    from ..models.presigned_url import PresignedUrl
    from ..models.remittance import Remittance


T = TypeVar("T", bound="RemittanceUpload")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "RemittanceUpload"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "presigned_url",
        "remittance",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.presigned_url import PresignedUrl  # noqa: PLC0415
    from ..models.remittance import Remittance  # noqa: PLC0415

    globals().update(
        PresignedUrl=PresignedUrl,
        Remittance=Remittance,
    )
    _references_unresolved = False


@_attrs_define
class RemittanceUpload:
    """A new remittance and the presigned URL to upload its file to. The reference pages' examples of this object were cut
    off inside `remittance`; further fields exist but were not recovered.

        Attributes:
            presigned_url (None | PresignedUrl | Unset):
            remittance (None | Remittance | Unset):
    """

    presigned_url: None | PresignedUrl | Unset = UNSET
    remittance: None | Remittance | Unset = UNSET
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

        remittance: dict[str, Any] | None | Unset
        if isinstance(self.remittance, Unset):
            remittance = UNSET
        elif isinstance(self.remittance, Remittance):
            remittance = self.remittance.to_dict() if isinstance(self.remittance, Remittance) else self.remittance

        else:
            remittance = self.remittance

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if presigned_url is not UNSET:
            field_dict["presigned_url"] = presigned_url
        if remittance is not UNSET:
            field_dict["remittance"] = remittance

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

            _field = "remittance"
            remittance = (
                defer(_parse_remittance, get("remittance", UNSET), src_dict)
                if lazy
                else _parse_remittance(get("remittance", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        remittance_upload = cls(
            presigned_url,
            remittance,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            remittance_upload.additional_properties = undeclared
        return remittance_upload

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


def _parse_remittance(_json: Any, lazy: bool, src_dict: Any) -> None | Remittance | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "remittance"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    remittance: None | Remittance | Unset
    _remittance_data = _json
    if isinstance(_remittance_data, dict):
        _remittance_type_0 = _remittance_data
        remittance_type_0 = (
            Remittance.from_dict(_remittance_type_0, lazy=lazy)
            if isinstance(_remittance_type_0, dict)
            else deviation(_remittance_type_0, "an object (Remittance)", src_dict, _field, _SCHEMA)
        )

        remittance = remittance_type_0
    elif _remittance_data is None or _remittance_data is UNSET:
        remittance = _remittance_data
    else:
        remittance = deviation(_remittance_data, "an object (Remittance)", src_dict, _field, _SCHEMA)

    return remittance


install_lazy_fields(
    RemittanceUpload,
    (
        "presigned_url",
        "remittance",
    ),
)


install_undeclared_on_demand(RemittanceUpload)
