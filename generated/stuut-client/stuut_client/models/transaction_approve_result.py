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
    from ..models.payment_validation_error import PaymentValidationError


T = TypeVar("T", bound="TransactionApproveResult")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "TransactionApproveResult"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "transaction_id",
        "success",
        "error",
        "validation_errors",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.payment_validation_error import PaymentValidationError  # noqa: PLC0415

    globals().update(
        PaymentValidationError=PaymentValidationError,
    )
    _references_unresolved = False


@_attrs_define
class TransactionApproveResult:
    """The outcome for one bank transaction. Its fields are collapsed on the reference page; they are typed from the
    example, and their required flags were not recovered.

        Attributes:
            transaction_id (None | str | Unset):
            success (bool | None | Unset):
            error (None | str | Unset):
            validation_errors (list[PaymentValidationError] | None | Unset):
    """

    transaction_id: None | str | Unset = UNSET
    success: bool | None | Unset = UNSET
    error: None | str | Unset = UNSET
    validation_errors: list[PaymentValidationError] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        validation_errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.validation_errors, Unset):
            validation_errors = UNSET
        elif isinstance(self.validation_errors, list):
            if isinstance(self.validation_errors, list):
                validation_errors = []
                for validation_errors_type_0_item_data in self.validation_errors:
                    validation_errors_type_0_item = (
                        validation_errors_type_0_item_data.to_dict()
                        if isinstance(validation_errors_type_0_item_data, PaymentValidationError)
                        else validation_errors_type_0_item_data
                    )

                    validation_errors.append(validation_errors_type_0_item)
            else:
                validation_errors = self.validation_errors

        else:
            validation_errors = self.validation_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors

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
            _field = "transaction_id"
            transaction_id: None | str | Unset
            _transaction_id_data = get("transaction_id", UNSET)
            if isinstance(_transaction_id_data, str):
                transaction_id = _transaction_id_data
            elif _transaction_id_data is None or _transaction_id_data is UNSET:
                transaction_id = _transaction_id_data
            else:
                transaction_id = deviation(_transaction_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "success"
            success: bool | None | Unset
            _success_data = get("success", UNSET)
            if isinstance(_success_data, bool):
                success = _success_data
            elif _success_data is None or _success_data is UNSET:
                success = _success_data
            else:
                success = deviation(_success_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "error"
            error: None | str | Unset
            _error_data = get("error", UNSET)
            if isinstance(_error_data, str):
                error = _error_data
            elif _error_data is None or _error_data is UNSET:
                error = _error_data
            else:
                error = deviation(_error_data, "a string", src_dict, _field, _SCHEMA)

            _field = "validation_errors"
            validation_errors = (
                defer(_parse_validation_errors, get("validation_errors", UNSET), src_dict)
                if lazy
                else _parse_validation_errors(get("validation_errors", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        transaction_approve_result = cls(
            transaction_id,
            success,
            error,
            validation_errors,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            transaction_approve_result.additional_properties = undeclared
        return transaction_approve_result

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


def _parse_validation_errors(_json: Any, lazy: bool, src_dict: Any) -> list[PaymentValidationError] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "validation_errors"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    validation_errors: list[PaymentValidationError] | None | Unset
    _validation_errors_data = _json
    if isinstance(_validation_errors_data, list):
        _validation_errors_type_0 = _validation_errors_data
        validation_errors_type_0: list[PaymentValidationError]
        if not isinstance(_validation_errors_type_0, list):
            validation_errors_type_0 = deviation(_validation_errors_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            validation_errors_type_0 = []
            for _validation_errors_type_0_index, validation_errors_type_0_item_data in enumerate(
                _validation_errors_type_0
            ):
                try:
                    _validation_errors_type_0_item = validation_errors_type_0_item_data
                    validation_errors_type_0_item = (
                        PaymentValidationError.from_dict(_validation_errors_type_0_item, lazy=lazy)
                        if isinstance(_validation_errors_type_0_item, dict)
                        else deviation(
                            _validation_errors_type_0_item,
                            "an object (PaymentValidationError)",
                            _validation_errors_type_0,
                            _validation_errors_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_validation_errors_type_0_index,)
                    ) from _parse_failure
                validation_errors_type_0.append(validation_errors_type_0_item)

        validation_errors = validation_errors_type_0
    elif _validation_errors_data is None or _validation_errors_data is UNSET:
        validation_errors = _validation_errors_data
    else:
        validation_errors = deviation(_validation_errors_data, "an array", src_dict, _field, _SCHEMA)

    return validation_errors


install_lazy_fields(TransactionApproveResult, ("validation_errors",))


install_undeclared_on_demand(TransactionApproveResult)
