from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_detail import PaymentDetail


T = TypeVar("T", bound="MarkPaymentResponse")


@_attrs_define
class MarkPaymentResponse:
    """The payment created for a bank transaction. The reference pages' examples of this object were cut off inside
    `payment`; further fields exist but were not recovered.

        Attributes:
            payment (None | PaymentDetail | Unset):
    """

    payment: None | PaymentDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_detail import PaymentDetail  # noqa: PLC0415

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, PaymentDetail):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_detail import PaymentDetail  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "payment"

            def _parse_payment(data: object) -> None | PaymentDetail | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected PaymentDetail, got {type(data).__name__}")
                payment_type_0 = PaymentDetail.from_dict(data)

                return payment_type_0

            payment = _parse_payment(d.pop("payment", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        mark_payment_response = cls(
            payment=payment,
        )

        mark_payment_response.additional_properties = d
        return mark_payment_response

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
