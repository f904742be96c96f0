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
    from ..models.contact_suggestion import ContactSuggestion


T = TypeVar("T", bound="ContactSuggestionList")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "ContactSuggestionList"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "data",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.contact_suggestion import ContactSuggestion  # noqa: PLC0415

    globals().update(
        ContactSuggestion=ContactSuggestion,
    )
    _references_unresolved = False


@_attrs_define
class ContactSuggestionList:
    """A list of ContactSuggestion objects. List Contact Suggestions documents only `data` (no page envelope fields), and
    does not mark it required.

        Attributes:
            data (list[ContactSuggestion] | Unset):
    """

    data: list[ContactSuggestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            if isinstance(self.data, list):
                data = []
                for data_item_data in self.data:
                    data_item = (
                        data_item_data.to_dict() if isinstance(data_item_data, ContactSuggestion) else data_item_data
                    )

                    data.append(data_item)
            else:
                data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

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
            _field = "data"
            data = (
                defer(_parse_data, get("data", UNSET), src_dict)
                if lazy
                else _parse_data(get("data", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        contact_suggestion_list = cls(
            data,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            contact_suggestion_list.additional_properties = undeclared
        return contact_suggestion_list

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


def _parse_data(_json: Any, lazy: bool, src_dict: Any) -> list[ContactSuggestion] | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "data"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    _data = _json
    data: list[ContactSuggestion] | Unset
    if _data is UNSET:
        data = UNSET
    elif not isinstance(_data, list):
        if _data is UNSET:
            raise KeyError("data")
        raise TypeError(f"expected an array, got {type(_data).__name__}")
    else:
        data = []
        for _data_index, data_item_data in enumerate(_data):
            try:
                _data_item = data_item_data
                data_item = (
                    ContactSuggestion.from_dict(_data_item, lazy=lazy)
                    if isinstance(_data_item, dict)
                    else deviation(_data_item, "an object (ContactSuggestion)", _data, _data_index, _SCHEMA, _field)
                )

            except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                raise ResponseValidationError.from_exception(_parse_failure, (_data_index,)) from _parse_failure
            data.append(data_item)

    return data


install_lazy_fields(ContactSuggestionList, ("data",))


install_undeclared_on_demand(ContactSuggestionList)
