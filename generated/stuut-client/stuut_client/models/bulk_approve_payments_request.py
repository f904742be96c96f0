from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET

T = TypeVar("T", bound="BulkApprovePaymentsRequest")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BulkApprovePaymentsRequest"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "transaction_ids",
    }
)


@_attrs_define
class BulkApprovePaymentsRequest:
    """Request schema for bulk approving payments by transaction ID.

    Attributes:
        transaction_ids (list[str]): List of bank transaction IDs to approve payments for
    """

    transaction_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:

        transaction_ids = self.transaction_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "transaction_ids": transaction_ids,
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
            _field = "transaction_ids"
            _transaction_ids = get("transaction_ids", UNSET)
            transaction_ids: list[str]
            if not isinstance(_transaction_ids, list):
                transaction_ids = deviation(_transaction_ids, "an array", src_dict, _field, _SCHEMA)
            else:
                transaction_ids = _transaction_ids
                for _transaction_ids_index, _transaction_ids_item in enumerate(_transaction_ids):
                    if not (isinstance(_transaction_ids_item, str)):
                        try:
                            deviation(
                                _transaction_ids_item,
                                "a string",
                                _transaction_ids,
                                _transaction_ids_index,
                                _SCHEMA,
                                _field,
                            )
                        except (KeyError, TypeError, ValueError) as _parse_failure:
                            raise ResponseValidationError.from_exception(
                                _parse_failure, (_transaction_ids_index,)
                            ) from _parse_failure

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        bulk_approve_payments_request = cls(
            transaction_ids,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(bulk_approve_payments_request, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bulk_approve_payments_request.additional_properties = undeclared
        return bulk_approve_payments_request

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


install_undeclared_on_demand(BulkApprovePaymentsRequest)
