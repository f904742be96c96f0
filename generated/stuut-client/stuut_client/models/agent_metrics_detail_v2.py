from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMetricsDetailV2")


@_attrs_define
class AgentMetricsDetailV2:
    """
    Attributes:
        confidence_reason (None | str | Unset):
        confidence_score (float | None | Unset):
        uncertainties (list[str] | None | Unset):
    """

    confidence_reason: None | str | Unset = UNSET
    confidence_score: float | None | Unset = UNSET
    uncertainties: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence_reason: None | str | Unset
        if isinstance(self.confidence_reason, Unset):
            confidence_reason = UNSET
        else:
            confidence_reason = self.confidence_reason

        confidence_score: float | None | Unset
        if isinstance(self.confidence_score, Unset):
            confidence_score = UNSET
        else:
            confidence_score = self.confidence_score

        uncertainties: list[str] | None | Unset
        if isinstance(self.uncertainties, Unset):
            uncertainties = UNSET
        elif isinstance(self.uncertainties, list):
            uncertainties = self.uncertainties

        else:
            uncertainties = self.uncertainties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confidence_reason is not UNSET:
            field_dict["confidence_reason"] = confidence_reason
        if confidence_score is not UNSET:
            field_dict["confidence_score"] = confidence_score
        if uncertainties is not UNSET:
            field_dict["uncertainties"] = uncertainties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_confidence_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confidence_reason = _parse_confidence_reason(d.pop("confidence_reason", UNSET))

        def _parse_confidence_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence_score = _parse_confidence_score(d.pop("confidence_score", UNSET))

        def _parse_uncertainties(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                uncertainties_type_0 = cast(list[str], data)

                return uncertainties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        uncertainties = _parse_uncertainties(d.pop("uncertainties", UNSET))

        agent_metrics_detail_v2 = cls(
            confidence_reason=confidence_reason,
            confidence_score=confidence_score,
            uncertainties=uncertainties,
        )

        agent_metrics_detail_v2.additional_properties = d
        return agent_metrics_detail_v2

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
