from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMetricsV2")


@_attrs_define
class AgentMetricsV2:
    """
    Attributes:
        confidence_reason (None | str | Unset):
        confidence_score (float | None | Unset):
        error_code (ErrorCode | None | Unset):
        uncertainties (list[str] | None | Unset):
    """

    confidence_reason: None | str | Unset = UNSET
    confidence_score: float | None | Unset = UNSET
    error_code: ErrorCode | None | Unset = UNSET
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

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        elif isinstance(self.error_code, ErrorCode):
            error_code = self.error_code.value
        else:
            error_code = self.error_code

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
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if uncertainties is not UNSET:
            field_dict["uncertainties"] = uncertainties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "confidence_reason"

            def _parse_confidence_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            confidence_reason = _parse_confidence_reason(d.pop("confidence_reason", UNSET))

            _field = "confidence_score"

            def _parse_confidence_score(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            confidence_score = _parse_confidence_score(d.pop("confidence_score", UNSET))

            _field = "error_code"

            def _parse_error_code(data: object) -> ErrorCode | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected ErrorCode, got {type(data).__name__}")
                error_code_type_0 = ErrorCode(data)

                return error_code_type_0

            error_code = _parse_error_code(d.pop("error_code", UNSET))

            _field = "uncertainties"

            def _parse_uncertainties(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _uncertainties_type_0 = data
                if not isinstance(_uncertainties_type_0, list):
                    raise TypeError(f"expected an array, got {type(_uncertainties_type_0).__name__}")
                uncertainties_type_0 = _uncertainties_type_0

                return uncertainties_type_0

            uncertainties = _parse_uncertainties(d.pop("uncertainties", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        agent_metrics_v2 = cls(
            confidence_reason=confidence_reason,
            confidence_score=confidence_score,
            error_code=error_code,
            uncertainties=uncertainties,
        )

        agent_metrics_v2.additional_properties = d
        return agent_metrics_v2

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
