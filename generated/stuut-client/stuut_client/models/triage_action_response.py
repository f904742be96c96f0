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
from ..models.triage_status import TriageStatus
from ..types import UNSET

T = TypeVar("T", bound="TriageActionResponse")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "TriageActionResponse"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "triage_status",
        "partner_id",
    }
)


@_attrs_define
class TriageActionResponse:
    """Response after a triage action (assign or dismiss).

    Attributes:
        id (str):
        triage_status (TriageStatus): Where an email thread stands in centralized-inbox triage.
        partner_id (None | str):
    """

    id: str
    triage_status: TriageStatus
    partner_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        triage_status = self.triage_status.value if isinstance(self.triage_status, TriageStatus) else self.triage_status

        partner_id: None | str
        partner_id = self.partner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "id": id,
                "triage_status": triage_status,
                "partner_id": partner_id,
            }
        )
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
            _field = "id"
            id = get("id", UNSET)
            if not (isinstance(id, str)):
                id = deviation(id, "a string", src_dict, _field, _SCHEMA)

            _field = "triage_status"
            _triage_status = get("triage_status", UNSET)
            triage_status = (
                TriageStatus._by_value.get(_triage_status) if _triage_status.__class__ is str else None
            ) or enum_or_deviation(TriageStatus, _triage_status, src_dict, _field, _SCHEMA)

            _field = "partner_id"
            partner_id: None | str
            _partner_id_data = get("partner_id", UNSET)
            if isinstance(_partner_id_data, str):
                partner_id = _partner_id_data
            elif _partner_id_data is None:
                partner_id = _partner_id_data
            else:
                partner_id = deviation(_partner_id_data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        triage_action_response = cls(
            id,
            triage_status,
            partner_id,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(triage_action_response, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            triage_action_response.additional_properties = undeclared
        return triage_action_response

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


install_undeclared_on_demand(TriageActionResponse)
