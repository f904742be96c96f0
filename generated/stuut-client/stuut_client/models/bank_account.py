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
from ..models.bank_account_type import BankAccountType
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank import Bank
    from ..models.linked_integration import LinkedIntegration


T = TypeVar("T", bound="BankAccount")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BankAccount"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "currency",
        "mask",
        "name",
        "object",
        "type",
        "id",
        "archived",
        "bank",
        "created_at",
        "custom_fields",
        "iban",
        "last_synced_at",
        "last_transaction_sync_at",
        "linked_integration",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.bank import Bank  # noqa: PLC0415
    from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415

    globals().update(
        Bank=Bank,
        LinkedIntegration=LinkedIntegration,
    )
    _references_unresolved = False


@_attrs_define
class BankAccount:
    """The reference pages' examples of this object were cut off inside `linked_integration`; further fields exist but were
    not recovered.

        Attributes:
            currency (Currency): ISO 4217 currency code. The reference page shows only the first value, `ADP` (a withdrawn
                code, so the server's list includes historical codes); this list holds the current ISO 4217 codes plus `ADP`.
                Unlisted codes parse as unknown members.
            mask (str):
            name (str):
            object_ (str):
            type_ (BankAccountType): The kind of bank account. The reference page shows only the value `cash_management`;
                the complete list was not recovered. Values the server sends that are not listed here parse as unknown members
                (see the client's tolerant enums).
            id (None | str | Unset):
            archived (bool | None | Unset):
            bank (Bank | None | Unset):
            created_at (datetime.datetime | None | Unset):
            custom_fields (Any | Unset): Untyped on the reference page (`<unknown>`).
            iban (None | str | Unset):
            last_synced_at (datetime.datetime | None | Unset):
            last_transaction_sync_at (datetime.datetime | None | Unset):
            linked_integration (LinkedIntegration | None | Unset):
    """

    currency: Currency
    mask: str
    name: str
    object_: str
    type_: BankAccountType
    id: None | str | Unset = UNSET
    archived: bool | None | Unset = UNSET
    bank: Bank | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_fields: Any | Unset = UNSET
    iban: None | str | Unset = UNSET
    last_synced_at: datetime.datetime | None | Unset = UNSET
    last_transaction_sync_at: datetime.datetime | None | Unset = UNSET
    linked_integration: LinkedIntegration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        currency = self.currency.value if isinstance(self.currency, Currency) else self.currency

        mask = self.mask

        name = self.name

        object_ = self.object_

        type_ = self.type_.value if isinstance(self.type_, BankAccountType) else self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        bank: dict[str, Any] | None | Unset
        if isinstance(self.bank, Unset):
            bank = UNSET
        elif isinstance(self.bank, Bank):
            bank = self.bank.to_dict() if isinstance(self.bank, Bank) else self.bank

        else:
            bank = self.bank

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        custom_fields = self.custom_fields

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        last_synced_at: None | str | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = (
                self.last_synced_at.isoformat()
                if isinstance(self.last_synced_at, datetime.datetime)
                else self.last_synced_at
            )

        else:
            last_synced_at = self.last_synced_at

        last_transaction_sync_at: None | str | Unset
        if isinstance(self.last_transaction_sync_at, Unset):
            last_transaction_sync_at = UNSET
        elif isinstance(self.last_transaction_sync_at, datetime.datetime):
            last_transaction_sync_at = (
                self.last_transaction_sync_at.isoformat()
                if isinstance(self.last_transaction_sync_at, datetime.datetime)
                else self.last_transaction_sync_at
            )

        else:
            last_transaction_sync_at = self.last_transaction_sync_at

        linked_integration: dict[str, Any] | None | Unset
        if isinstance(self.linked_integration, Unset):
            linked_integration = UNSET
        elif isinstance(self.linked_integration, LinkedIntegration):
            linked_integration = (
                self.linked_integration.to_dict()
                if isinstance(self.linked_integration, LinkedIntegration)
                else self.linked_integration
            )

        else:
            linked_integration = self.linked_integration

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "currency": currency,
                "mask": mask,
                "name": name,
                "object": object_,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if bank is not UNSET:
            field_dict["bank"] = bank
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if iban is not UNSET:
            field_dict["iban"] = iban
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if last_transaction_sync_at is not UNSET:
            field_dict["last_transaction_sync_at"] = last_transaction_sync_at
        if linked_integration is not UNSET:
            field_dict["linked_integration"] = linked_integration
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
            _field = "currency"
            _currency = get("currency", UNSET)
            currency = (Currency._by_value.get(_currency) if _currency.__class__ is str else None) or enum_or_deviation(
                Currency, _currency, src_dict, _field, _SCHEMA
            )

            _field = "mask"
            mask = get("mask", UNSET)
            if not (isinstance(mask, str)):
                mask = deviation(mask, "a string", src_dict, _field, _SCHEMA)

            _field = "name"
            name = get("name", UNSET)
            if not (isinstance(name, str)):
                name = deviation(name, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "type"
            _type_ = get("type", UNSET)
            type_ = (BankAccountType._by_value.get(_type_) if _type_.__class__ is str else None) or enum_or_deviation(
                BankAccountType, _type_, src_dict, _field, _SCHEMA
            )

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "archived"
            archived: bool | None | Unset
            _archived_data = get("archived", UNSET)
            if isinstance(_archived_data, bool):
                archived = _archived_data
            elif _archived_data is None or _archived_data is UNSET:
                archived = _archived_data
            else:
                archived = deviation(_archived_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "bank"
            bank = (
                defer(_parse_bank, get("bank", UNSET), src_dict)
                if lazy
                else _parse_bank(get("bank", UNSET), False, src_dict)
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

            _field = "custom_fields"
            custom_fields = get("custom_fields", UNSET)

            _field = "iban"
            iban: None | str | Unset
            _iban_data = get("iban", UNSET)
            if isinstance(_iban_data, str):
                iban = _iban_data
            elif _iban_data is None or _iban_data is UNSET:
                iban = _iban_data
            else:
                iban = deviation(_iban_data, "a string", src_dict, _field, _SCHEMA)

            _field = "last_synced_at"
            last_synced_at: datetime.datetime | None | Unset
            _last_synced_at_data = get("last_synced_at", UNSET)
            if isinstance(_last_synced_at_data, str):
                try:
                    last_synced_at_type_0 = datetime.datetime.fromisoformat(_last_synced_at_data)
                except (TypeError, ValueError):
                    last_synced_at_type_0 = datetime_or_deviation(_last_synced_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_last_synced_at_data):
                        last_synced_at_type_0 = datetime_or_deviation(_last_synced_at_data, src_dict, _field, _SCHEMA)

                last_synced_at = last_synced_at_type_0
            elif _last_synced_at_data is None or _last_synced_at_data is UNSET:
                last_synced_at = _last_synced_at_data
            else:
                last_synced_at = deviation(_last_synced_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "last_transaction_sync_at"
            last_transaction_sync_at: datetime.datetime | None | Unset
            _last_transaction_sync_at_data = get("last_transaction_sync_at", UNSET)
            if isinstance(_last_transaction_sync_at_data, str):
                try:
                    last_transaction_sync_at_type_0 = datetime.datetime.fromisoformat(_last_transaction_sync_at_data)
                except (TypeError, ValueError):
                    last_transaction_sync_at_type_0 = datetime_or_deviation(
                        _last_transaction_sync_at_data, src_dict, _field, _SCHEMA
                    )
                else:
                    if not has_rfc3339_shape(_last_transaction_sync_at_data):
                        last_transaction_sync_at_type_0 = datetime_or_deviation(
                            _last_transaction_sync_at_data, src_dict, _field, _SCHEMA
                        )

                last_transaction_sync_at = last_transaction_sync_at_type_0
            elif _last_transaction_sync_at_data is None or _last_transaction_sync_at_data is UNSET:
                last_transaction_sync_at = _last_transaction_sync_at_data
            else:
                last_transaction_sync_at = deviation(
                    _last_transaction_sync_at_data, "a date-time string", src_dict, _field, _SCHEMA
                )

            _field = "linked_integration"
            linked_integration = (
                defer(_parse_linked_integration, get("linked_integration", UNSET), src_dict)
                if lazy
                else _parse_linked_integration(get("linked_integration", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        bank_account = cls(
            currency,
            mask,
            name,
            object_,
            type_,
            id,
            archived,
            bank,
            created_at,
            custom_fields,
            iban,
            last_synced_at,
            last_transaction_sync_at,
            linked_integration,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(bank_account, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bank_account.additional_properties = undeclared
        return bank_account

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


def _parse_bank(_json: Any, lazy: bool, src_dict: Any) -> Bank | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "bank"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    bank: Bank | None | Unset
    _bank_data = _json
    if isinstance(_bank_data, dict):
        _bank_type_0 = _bank_data
        bank_type_0 = (
            Bank.from_dict(_bank_type_0, lazy=lazy)
            if isinstance(_bank_type_0, dict)
            else deviation(_bank_type_0, "an object (Bank)", src_dict, _field, _SCHEMA)
        )

        bank = bank_type_0
    elif _bank_data is None or _bank_data is UNSET:
        bank = _bank_data
    else:
        bank = deviation(_bank_data, "an object (Bank)", src_dict, _field, _SCHEMA)

    return bank


def _parse_linked_integration(_json: Any, lazy: bool, src_dict: Any) -> LinkedIntegration | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "linked_integration"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    linked_integration: LinkedIntegration | None | Unset
    _linked_integration_data = _json
    if isinstance(_linked_integration_data, dict):
        _linked_integration_type_0 = _linked_integration_data
        linked_integration_type_0 = (
            LinkedIntegration.from_dict(_linked_integration_type_0, lazy=lazy)
            if isinstance(_linked_integration_type_0, dict)
            else deviation(_linked_integration_type_0, "an object (LinkedIntegration)", src_dict, _field, _SCHEMA)
        )

        linked_integration = linked_integration_type_0
    elif _linked_integration_data is None or _linked_integration_data is UNSET:
        linked_integration = _linked_integration_data
    else:
        linked_integration = deviation(
            _linked_integration_data, "an object (LinkedIntegration)", src_dict, _field, _SCHEMA
        )

    return linked_integration


install_lazy_fields(
    BankAccount,
    (
        "bank",
        "linked_integration",
    ),
)


install_undeclared_on_demand(BankAccount)
