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
    from ..models.payment_detail import PaymentDetail


T = TypeVar("T", bound="MarkPaymentResponse")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "MarkPaymentResponse"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "payment",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.payment_detail import PaymentDetail  # noqa: PLC0415

    globals().update(
        PaymentDetail=PaymentDetail,
    )
    _references_unresolved = False


@_attrs_define
class MarkPaymentResponse:
    """The payment created for a bank transaction. The reference pages' examples of this object were cut off inside
    `payment`; further fields exist but were not recovered.

        Attributes:
            payment (None | PaymentDetail | Unset):
    """

    payment: None | PaymentDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, PaymentDetail):
            payment = self.payment.to_dict() if isinstance(self.payment, PaymentDetail) else self.payment

        else:
            payment = self.payment

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if payment is not UNSET:
            field_dict["payment"] = payment

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
            _field = "payment"
            payment = (
                defer(_parse_payment, get("payment", UNSET), src_dict)
                if lazy
                else _parse_payment(get("payment", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        mark_payment_response = cls(
            payment,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            mark_payment_response.additional_properties = undeclared
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


def _parse_payment(_json: Any, lazy: bool, src_dict: Any) -> None | PaymentDetail | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "payment"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    payment: None | PaymentDetail | Unset
    _payment_data = _json
    if isinstance(_payment_data, dict):
        _payment_type_0 = _payment_data
        payment_type_0 = (
            PaymentDetail.from_dict(_payment_type_0, lazy=lazy)
            if isinstance(_payment_type_0, dict)
            else deviation(_payment_type_0, "an object (PaymentDetail)", src_dict, _field, _SCHEMA)
        )

        payment = payment_type_0
    elif _payment_data is None or _payment_data is UNSET:
        payment = _payment_data
    else:
        payment = deviation(_payment_data, "an object (PaymentDetail)", src_dict, _field, _SCHEMA)

    return payment


install_lazy_fields(MarkPaymentResponse, ("payment",))


install_undeclared_on_demand(MarkPaymentResponse)
