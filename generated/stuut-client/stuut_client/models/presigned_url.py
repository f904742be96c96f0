from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import Decoded
from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
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
    from ..models.presigned_url_fields_type_0 import PresignedUrlFieldsType0


T = TypeVar("T", bound="PresignedUrl")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "PresignedUrl"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "url",
        "fields",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.presigned_url_fields_type_0 import PresignedUrlFieldsType0  # noqa: PLC0415

    globals().update(
        PresignedUrlFieldsType0=PresignedUrlFieldsType0,
    )
    _references_unresolved = False


@_attrs_define
class PresignedUrl:
    """Where to upload a file. No page says how: the pages show only `{"url": "<string>", "fields": {}}`. Assumed: an
    S3-style presigned POST (a multipart form to `url`, every entry of `fields` first, the file last) when `fields` has
    entries, as for S3's `generate_presigned_post`; a presigned PUT of the raw file when there are none and `url`
    carries its signature in the query. A server that sends a `method` entry decides.

        Attributes:
            url (str):
            fields (None | PresignedUrlFieldsType0 | Unset):
    """

    url: str
    fields: None | PresignedUrlFieldsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        url = self.url

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, PresignedUrlFieldsType0):
            fields = self.fields.to_dict() if isinstance(self.fields, PresignedUrlFieldsType0) else self.fields

        else:
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "url": url,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
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
            _field = "url"
            url = get("url", UNSET)
            if not (isinstance(url, str)):
                url = deviation(url, "a string", src_dict, _field, _SCHEMA)

            _field = "fields"
            fields = (
                defer(_parse_fields, get("fields", UNSET), src_dict)
                if lazy
                else _parse_fields(get("fields", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        presigned_url = cls(
            url,
            fields,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(presigned_url, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            presigned_url.additional_properties = undeclared
        return presigned_url

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


def _parse_fields(_json: Any, lazy: bool, src_dict: Any) -> None | PresignedUrlFieldsType0 | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "fields"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    fields: None | PresignedUrlFieldsType0 | Unset
    _fields_data = _json
    if isinstance(_fields_data, dict):
        _fields_type_0 = _fields_data
        fields_type_0 = (
            PresignedUrlFieldsType0.from_dict(_fields_type_0, lazy=lazy)
            if isinstance(_fields_type_0, dict)
            else deviation(_fields_type_0, "an object (PresignedUrlFieldsType0)", src_dict, _field, _SCHEMA)
        )

        fields = fields_type_0
    elif _fields_data is None or _fields_data is UNSET:
        fields = _fields_data
    else:
        fields = deviation(_fields_data, "an object (PresignedUrlFieldsType0)", src_dict, _field, _SCHEMA)

    return fields


install_lazy_fields(PresignedUrl, ("fields",))


install_undeclared_on_demand(PresignedUrl)
