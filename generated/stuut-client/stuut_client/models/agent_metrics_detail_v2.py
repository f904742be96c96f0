from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    PENDING_MISSING,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMetricsDetailV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "AgentMetricsDetailV2"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "confidence_reason",
        "confidence_score",
        "uncertainties",
    }
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

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
        field_dict.update(undeclared(self))
        field_dict.update({})
        if confidence_reason is not UNSET:
            field_dict["confidence_reason"] = confidence_reason
        if confidence_score is not UNSET:
            field_dict["confidence_score"] = confidence_score
        if uncertainties is not UNSET:
            field_dict["uncertainties"] = uncertainties

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
            _field = "confidence_reason"
            confidence_reason: None | str | Unset
            _confidence_reason_data = get("confidence_reason", UNSET)
            if isinstance(_confidence_reason_data, str):
                confidence_reason = _confidence_reason_data
            elif _confidence_reason_data is None or _confidence_reason_data is UNSET:
                confidence_reason = _confidence_reason_data
            else:
                confidence_reason = deviation(_confidence_reason_data, "a string", src_dict, _field, _SCHEMA)

            _field = "confidence_score"
            confidence_score: float | None | Unset
            _confidence_score_data = get("confidence_score", UNSET)
            if isinstance(_confidence_score_data, (int, float)) and not isinstance(_confidence_score_data, bool):
                confidence_score = _confidence_score_data
            elif _confidence_score_data is None or _confidence_score_data is UNSET:
                confidence_score = _confidence_score_data
            else:
                confidence_score = deviation(_confidence_score_data, "a number", src_dict, _field, _SCHEMA)

            _field = "uncertainties"
            uncertainties: list[str] | None | Unset
            _uncertainties_data = get("uncertainties", UNSET)
            if isinstance(_uncertainties_data, list):
                _uncertainties_type_0 = _uncertainties_data
                uncertainties_type_0: list[str]
                if not isinstance(_uncertainties_type_0, list):
                    uncertainties_type_0 = deviation(_uncertainties_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    uncertainties_type_0 = _uncertainties_type_0
                    for _uncertainties_type_0_index, _uncertainties_type_0_item in enumerate(_uncertainties_type_0):
                        if not (isinstance(_uncertainties_type_0_item, str)):
                            try:
                                deviation(
                                    _uncertainties_type_0_item,
                                    "a string",
                                    _uncertainties_type_0,
                                    _uncertainties_type_0_index,
                                    _SCHEMA,
                                    _field,
                                )
                            except (KeyError, TypeError, ValueError) as _parse_failure:
                                raise ResponseValidationError.from_exception(
                                    _parse_failure, (_uncertainties_type_0_index,)
                                ) from _parse_failure

                uncertainties = uncertainties_type_0
            elif _uncertainties_data is None or _uncertainties_data is UNSET:
                uncertainties = _uncertainties_data
            else:
                uncertainties = deviation(_uncertainties_data, "an array", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        agent_metrics_detail_v2 = cls(
            confidence_reason,
            confidence_score,
            uncertainties,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            agent_metrics_detail_v2.additional_properties = undeclared
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


install_undeclared_on_demand(AgentMetricsDetailV2)
