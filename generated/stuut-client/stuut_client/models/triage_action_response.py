from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..models.triage_status import TriageStatus

T = TypeVar("T", bound="TriageActionResponse")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        triage_status = self.triage_status.value

        partner_id: None | str
        partner_id = self.partner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "triage_status": triage_status,
                "partner_id": partner_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "id"
            id = d.pop("id")
            if not (isinstance(id, str)):
                raise TypeError(f"expected a string, got {type(id).__name__}")

            _field = "triage_status"
            triage_status = TriageStatus(d.pop("triage_status"))

            _field = "partner_id"

            def _parse_partner_id(data: object) -> None | str:
                if data is None:
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            partner_id = _parse_partner_id(d.pop("partner_id"))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        triage_action_response = cls(
            id=id,
            triage_status=triage_status,
            partner_id=partner_id,
        )

        triage_action_response.additional_properties = d
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
