from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_validation_error import PaymentValidationError


T = TypeVar("T", bound="TransactionApproveResult")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            validation_errors = []
            for validation_errors_type_0_item_data in self.validation_errors:
                validation_errors_type_0_item = validation_errors_type_0_item_data.to_dict()
                validation_errors.append(validation_errors_type_0_item)

        else:
            validation_errors = self.validation_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_validation_error import PaymentValidationError  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "transaction_id"

            def _parse_transaction_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            transaction_id = _parse_transaction_id(d.pop("transaction_id", UNSET))

            _field = "success"

            def _parse_success(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            success = _parse_success(d.pop("success", UNSET))

            _field = "error"

            def _parse_error(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            error = _parse_error(d.pop("error", UNSET))

            _field = "validation_errors"

            def _parse_validation_errors(data: object) -> list[PaymentValidationError] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _validation_errors_type_0 = data
                if not isinstance(_validation_errors_type_0, list):
                    raise TypeError(f"expected an array, got {type(_validation_errors_type_0).__name__}")
                validation_errors_type_0 = []
                for _validation_errors_type_0_index, validation_errors_type_0_item_data in enumerate(
                    _validation_errors_type_0
                ):
                    try:
                        validation_errors_type_0_item = PaymentValidationError.from_dict(
                            validation_errors_type_0_item_data
                        )

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_validation_errors_type_0_index,)
                        ) from _parse_failure
                    validation_errors_type_0.append(validation_errors_type_0_item)

                return validation_errors_type_0

            validation_errors = _parse_validation_errors(d.pop("validation_errors", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        transaction_approve_result = cls(
            transaction_id=transaction_id,
            success=success,
            error=error,
            validation_errors=validation_errors,
        )

        transaction_approve_result.additional_properties = d
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
