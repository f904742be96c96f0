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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.transaction_approve_result import TransactionApproveResult


T = TypeVar("T", bound="BulkApprovePaymentsResponse")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BulkApprovePaymentsResponse"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "results",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.transaction_approve_result import TransactionApproveResult  # noqa: PLC0415

    globals().update(
        TransactionApproveResult=TransactionApproveResult,
    )
    _references_unresolved = False


@_attrs_define
class BulkApprovePaymentsResponse:
    """Response schema for bulk payment approval.

    Attributes:
        results (list[TransactionApproveResult]):
    """

    results: list[TransactionApproveResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        if isinstance(self.results, list):
            results = []
            for results_item_data in self.results:
                results_item = (
                    results_item_data.to_dict()
                    if isinstance(results_item_data, TransactionApproveResult)
                    else results_item_data
                )

                results.append(results_item)
        else:
            results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "results": results,
            }
        )
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
            _field = "results"
            results = (
                defer(_parse_results, get("results", UNSET), src_dict)
                if lazy
                else _parse_results(get("results", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        bulk_approve_payments_response = cls(
            results,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(bulk_approve_payments_response, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bulk_approve_payments_response.additional_properties = undeclared
        return bulk_approve_payments_response

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


def _parse_results(_json: Any, lazy: bool, src_dict: Any) -> list[TransactionApproveResult]:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "results"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    _results = _json
    results: list[TransactionApproveResult]
    if not isinstance(_results, list):
        results = deviation(_results, "an array", src_dict, _field, _SCHEMA)
    else:
        results = []
        for _results_index, results_item_data in enumerate(_results):
            try:
                _results_item = results_item_data
                results_item = (
                    TransactionApproveResult.from_dict(_results_item, lazy=lazy)
                    if isinstance(_results_item, dict)
                    else deviation(
                        _results_item, "an object (TransactionApproveResult)", _results, _results_index, _SCHEMA, _field
                    )
                )

            except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                raise ResponseValidationError.from_exception(_parse_failure, (_results_index,)) from _parse_failure
            results.append(results_item)

    return results


install_lazy_fields(BulkApprovePaymentsResponse, ("results",))


install_undeclared_on_demand(BulkApprovePaymentsResponse)
