from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._decode import Decoded
from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.email import Email
    from ..models.remittance_allocation import RemittanceAllocation


T = TypeVar("T", bound="Remittance")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Remittance"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "object",
        "id",
        "agent_confidence_reason",
        "agent_confidence_score",
        "agent_error_code",
        "agent_uncertainties",
        "allocations",
        "attachment",
        "created_at",
        "currency",
        "email",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.attachment import Attachment  # noqa: PLC0415
    from ..models.email import Email  # noqa: PLC0415
    from ..models.remittance_allocation import RemittanceAllocation  # noqa: PLC0415

    globals().update(
        Attachment=Attachment,
        Email=Email,
        RemittanceAllocation=RemittanceAllocation,
    )
    _references_unresolved = False


@_attrs_define
class Remittance:
    """The reference pages' examples of this object were cut off inside `email`; further fields exist but were not
    recovered.

        Attributes:
            object_ (str):
            id (None | str | Unset):
            agent_confidence_reason (None | str | Unset):
            agent_confidence_score (float | None | Unset):
            agent_error_code (None | str | Unset):
            agent_uncertainties (list[str] | None | Unset):
            allocations (list[RemittanceAllocation] | None | Unset):
            attachment (Attachment | None | Unset):
            created_at (datetime.datetime | None | Unset):
            currency (Currency | None | Unset):
            email (Email | None | Unset):
    """

    object_: str
    id: None | str | Unset = UNSET
    agent_confidence_reason: None | str | Unset = UNSET
    agent_confidence_score: float | None | Unset = UNSET
    agent_error_code: None | str | Unset = UNSET
    agent_uncertainties: list[str] | None | Unset = UNSET
    allocations: list[RemittanceAllocation] | None | Unset = UNSET
    attachment: Attachment | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    currency: Currency | None | Unset = UNSET
    email: Email | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        object_ = self.object_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        agent_confidence_reason: None | str | Unset
        if isinstance(self.agent_confidence_reason, Unset):
            agent_confidence_reason = UNSET
        else:
            agent_confidence_reason = self.agent_confidence_reason

        agent_confidence_score: float | None | Unset
        if isinstance(self.agent_confidence_score, Unset):
            agent_confidence_score = UNSET
        else:
            agent_confidence_score = self.agent_confidence_score

        agent_error_code: None | str | Unset
        if isinstance(self.agent_error_code, Unset):
            agent_error_code = UNSET
        else:
            agent_error_code = self.agent_error_code

        agent_uncertainties: list[str] | None | Unset
        if isinstance(self.agent_uncertainties, Unset):
            agent_uncertainties = UNSET
        elif isinstance(self.agent_uncertainties, list):
            agent_uncertainties = self.agent_uncertainties

        else:
            agent_uncertainties = self.agent_uncertainties

        allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.allocations, Unset):
            allocations = UNSET
        elif isinstance(self.allocations, list):
            if isinstance(self.allocations, list):
                allocations = []
                for allocations_type_0_item_data in self.allocations:
                    allocations_type_0_item = (
                        allocations_type_0_item_data.to_dict()
                        if isinstance(allocations_type_0_item_data, RemittanceAllocation)
                        else allocations_type_0_item_data
                    )

                    allocations.append(allocations_type_0_item)
            else:
                allocations = self.allocations

        else:
            allocations = self.allocations

        attachment: dict[str, Any] | None | Unset
        if isinstance(self.attachment, Unset):
            attachment = UNSET
        elif isinstance(self.attachment, Attachment):
            attachment = self.attachment.to_dict() if isinstance(self.attachment, Attachment) else self.attachment

        else:
            attachment = self.attachment

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, Currency):
            currency = self.currency.value if isinstance(self.currency, Currency) else self.currency

        else:
            currency = self.currency

        email: dict[str, Any] | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, Email):
            email = self.email.to_dict() if isinstance(self.email, Email) else self.email

        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "object": object_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if agent_confidence_reason is not UNSET:
            field_dict["agent_confidence_reason"] = agent_confidence_reason
        if agent_confidence_score is not UNSET:
            field_dict["agent_confidence_score"] = agent_confidence_score
        if agent_error_code is not UNSET:
            field_dict["agent_error_code"] = agent_error_code
        if agent_uncertainties is not UNSET:
            field_dict["agent_uncertainties"] = agent_uncertainties
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if email is not UNSET:
            field_dict["email"] = email
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
            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "agent_confidence_reason"
            agent_confidence_reason: None | str | Unset
            _agent_confidence_reason_data = get("agent_confidence_reason", UNSET)
            if isinstance(_agent_confidence_reason_data, str):
                agent_confidence_reason = _agent_confidence_reason_data
            elif _agent_confidence_reason_data is None or _agent_confidence_reason_data is UNSET:
                agent_confidence_reason = _agent_confidence_reason_data
            else:
                agent_confidence_reason = deviation(
                    _agent_confidence_reason_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "agent_confidence_score"
            agent_confidence_score: float | None | Unset
            _agent_confidence_score_data = get("agent_confidence_score", UNSET)
            if isinstance(_agent_confidence_score_data, (int, float)) and not isinstance(
                _agent_confidence_score_data, bool
            ):
                agent_confidence_score = _agent_confidence_score_data
            elif _agent_confidence_score_data is None or _agent_confidence_score_data is UNSET:
                agent_confidence_score = _agent_confidence_score_data
            else:
                agent_confidence_score = deviation(_agent_confidence_score_data, "a number", src_dict, _field, _SCHEMA)

            _field = "agent_error_code"
            agent_error_code: None | str | Unset
            _agent_error_code_data = get("agent_error_code", UNSET)
            if isinstance(_agent_error_code_data, str):
                agent_error_code = _agent_error_code_data
            elif _agent_error_code_data is None or _agent_error_code_data is UNSET:
                agent_error_code = _agent_error_code_data
            else:
                agent_error_code = deviation(_agent_error_code_data, "a string", src_dict, _field, _SCHEMA)

            _field = "agent_uncertainties"
            agent_uncertainties: list[str] | None | Unset
            _agent_uncertainties_data = get("agent_uncertainties", UNSET)
            if isinstance(_agent_uncertainties_data, list):
                _agent_uncertainties_type_0 = _agent_uncertainties_data
                agent_uncertainties_type_0: list[str]
                if not isinstance(_agent_uncertainties_type_0, list):
                    agent_uncertainties_type_0 = deviation(
                        _agent_uncertainties_type_0, "an array", src_dict, _field, _SCHEMA
                    )
                else:
                    agent_uncertainties_type_0 = _agent_uncertainties_type_0
                    for _agent_uncertainties_type_0_index, _agent_uncertainties_type_0_item in enumerate(
                        _agent_uncertainties_type_0
                    ):
                        if not (isinstance(_agent_uncertainties_type_0_item, str)):
                            try:
                                deviation(
                                    _agent_uncertainties_type_0_item,
                                    "a string",
                                    _agent_uncertainties_type_0,
                                    _agent_uncertainties_type_0_index,
                                    _SCHEMA,
                                    _field,
                                )
                            except (KeyError, TypeError, ValueError) as _parse_failure:
                                raise ResponseValidationError.from_exception(
                                    _parse_failure, (_agent_uncertainties_type_0_index,)
                                ) from _parse_failure

                agent_uncertainties = agent_uncertainties_type_0
            elif _agent_uncertainties_data is None or _agent_uncertainties_data is UNSET:
                agent_uncertainties = _agent_uncertainties_data
            else:
                agent_uncertainties = deviation(_agent_uncertainties_data, "an array", src_dict, _field, _SCHEMA)

            _field = "allocations"
            allocations = (
                defer(_parse_allocations, get("allocations", UNSET), src_dict)
                if lazy
                else _parse_allocations(get("allocations", UNSET), False, src_dict)
            )

            _field = "attachment"
            attachment = (
                defer(_parse_attachment, get("attachment", UNSET), src_dict)
                if lazy
                else _parse_attachment(get("attachment", UNSET), False, src_dict)
            )

            _field = "created_at"
            created_at: datetime.datetime | None | Unset
            _created_at_data = get("created_at", UNSET)
            if isinstance(_created_at_data, str):
                try:
                    created_at_type_0 = datetime.datetime.fromisoformat(_created_at_data)
                except (TypeError, ValueError):
                    created_at_type_0 = datetime_or_deviation(_created_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_created_at_data):
                        created_at_type_0 = datetime_or_deviation(_created_at_data, src_dict, _field, _SCHEMA)

                created_at = created_at_type_0
            elif _created_at_data is None or _created_at_data is UNSET:
                created_at = _created_at_data
            else:
                created_at = deviation(_created_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "currency"
            currency: Currency | None | Unset
            _currency_data = get("currency", UNSET)
            if isinstance(_currency_data, str):
                _currency_type_0 = _currency_data
                currency_type_0 = (
                    Currency._by_value.get(_currency_type_0) if _currency_type_0.__class__ is str else None
                ) or enum_or_deviation(Currency, _currency_type_0, src_dict, _field, _SCHEMA)

                currency = currency_type_0
            elif _currency_data is None or _currency_data is UNSET:
                currency = _currency_data
            else:
                currency = deviation(_currency_data, "Currency", src_dict, _field, _SCHEMA)

            _field = "email"
            email = (
                defer(_parse_email, get("email", UNSET), src_dict)
                if lazy
                else _parse_email(get("email", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        remittance = cls(
            object_,
            id,
            agent_confidence_reason,
            agent_confidence_score,
            agent_error_code,
            agent_uncertainties,
            allocations,
            attachment,
            created_at,
            currency,
            email,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(remittance, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            remittance.additional_properties = undeclared
        return remittance

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


def _parse_allocations(_json: Any, lazy: bool, src_dict: Any) -> list[RemittanceAllocation] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "allocations"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    allocations: list[RemittanceAllocation] | None | Unset
    _allocations_data = _json
    if isinstance(_allocations_data, list):
        _allocations_type_0 = _allocations_data
        allocations_type_0: list[RemittanceAllocation]
        if not isinstance(_allocations_type_0, list):
            allocations_type_0 = deviation(_allocations_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            allocations_type_0 = []
            for _allocations_type_0_index, allocations_type_0_item_data in enumerate(_allocations_type_0):
                try:
                    _allocations_type_0_item = allocations_type_0_item_data
                    allocations_type_0_item = (
                        RemittanceAllocation.from_dict(_allocations_type_0_item, lazy=lazy)
                        if isinstance(_allocations_type_0_item, dict)
                        else deviation(
                            _allocations_type_0_item,
                            "an object (RemittanceAllocation)",
                            _allocations_type_0,
                            _allocations_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_allocations_type_0_index,)
                    ) from _parse_failure
                allocations_type_0.append(allocations_type_0_item)

        allocations = allocations_type_0
    elif _allocations_data is None or _allocations_data is UNSET:
        allocations = _allocations_data
    else:
        allocations = deviation(_allocations_data, "an array", src_dict, _field, _SCHEMA)

    return allocations


def _parse_attachment(_json: Any, lazy: bool, src_dict: Any) -> Attachment | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "attachment"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    attachment: Attachment | None | Unset
    _attachment_data = _json
    if isinstance(_attachment_data, dict):
        _attachment_type_0 = _attachment_data
        attachment_type_0 = (
            Attachment.from_dict(_attachment_type_0, lazy=lazy)
            if isinstance(_attachment_type_0, dict)
            else deviation(_attachment_type_0, "an object (Attachment)", src_dict, _field, _SCHEMA)
        )

        attachment = attachment_type_0
    elif _attachment_data is None or _attachment_data is UNSET:
        attachment = _attachment_data
    else:
        attachment = deviation(_attachment_data, "an object (Attachment)", src_dict, _field, _SCHEMA)

    return attachment


def _parse_email(_json: Any, lazy: bool, src_dict: Any) -> Email | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "email"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    email: Email | None | Unset
    _email_data = _json
    if isinstance(_email_data, dict):
        _email_type_0 = _email_data
        email_type_0 = (
            Email.from_dict(_email_type_0, lazy=lazy)
            if isinstance(_email_type_0, dict)
            else deviation(_email_type_0, "an object (Email)", src_dict, _field, _SCHEMA)
        )

        email = email_type_0
    elif _email_data is None or _email_data is UNSET:
        email = _email_data
    else:
        email = deviation(_email_data, "an object (Email)", src_dict, _field, _SCHEMA)

    return email


install_lazy_fields(
    Remittance,
    (
        "allocations",
        "attachment",
        "email",
    ),
)


install_undeclared_on_demand(Remittance)
