from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from ..models.bank_account_type import BankAccountType
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank import Bank
    from ..models.linked_integration import LinkedIntegration


T = TypeVar("T", bound="BankAccount")

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        currency = self.currency.value

        mask = self.mask

        name = self.name

        object_ = self.object_

        type_ = self.type_.value

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
            bank = self.bank.to_dict()
        else:
            bank = self.bank

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
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
            last_synced_at = self.last_synced_at.isoformat()
        else:
            last_synced_at = self.last_synced_at

        last_transaction_sync_at: None | str | Unset
        if isinstance(self.last_transaction_sync_at, Unset):
            last_transaction_sync_at = UNSET
        elif isinstance(self.last_transaction_sync_at, datetime.datetime):
            last_transaction_sync_at = self.last_transaction_sync_at.isoformat()
        else:
            last_transaction_sync_at = self.last_transaction_sync_at

        linked_integration: dict[str, Any] | None | Unset
        if isinstance(self.linked_integration, Unset):
            linked_integration = UNSET
        elif isinstance(self.linked_integration, LinkedIntegration):
            linked_integration = self.linked_integration.to_dict()
        else:
            linked_integration = self.linked_integration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            _currency = src_dict["currency"]
            currency = (Currency._by_value.get(_currency) if _currency.__class__ is str else None) or Currency(
                _currency
            )

            _field = "mask"
            mask = src_dict["mask"]
            if not (isinstance(mask, str)):
                raise TypeError(f"expected a string, got {type(mask).__name__}")

            _field = "name"
            name = src_dict["name"]
            if not (isinstance(name, str)):
                raise TypeError(f"expected a string, got {type(name).__name__}")

            _field = "object"
            object_ = src_dict["object"]
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "type"
            _type_ = src_dict["type"]
            type_ = (BankAccountType._by_value.get(_type_) if _type_.__class__ is str else None) or BankAccountType(
                _type_
            )

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                raise TypeError(f"expected a string, got {type(_id_data).__name__}")

            _field = "archived"
            archived: bool | None | Unset
            _archived_data = get("archived", UNSET)
            if isinstance(_archived_data, bool):
                archived = _archived_data
            elif _archived_data is None or _archived_data is UNSET:
                archived = _archived_data
            else:
                raise TypeError(f"expected a boolean, got {type(_archived_data).__name__}")

            _field = "bank"
            bank = defer(_parse_bank, get("bank", UNSET)) if lazy else _parse_bank(get("bank", UNSET), False)

            _field = "created_at"
            created_at: datetime.datetime | None | Unset
            _created_at_data = get("created_at", UNSET)
            if isinstance(_created_at_data, str):
                try:
                    created_at_type_0 = datetime.datetime.fromisoformat(_created_at_data)
                except (TypeError, ValueError):
                    created_at_type_0 = parse_datetime(_created_at_data)

                created_at = created_at_type_0
            elif _created_at_data is None or _created_at_data is UNSET:
                created_at = _created_at_data
            else:
                raise TypeError(f"expected a date-time string, got {type(_created_at_data).__name__}")

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
                raise TypeError(f"expected a string, got {type(_iban_data).__name__}")

            _field = "last_synced_at"
            last_synced_at: datetime.datetime | None | Unset
            _last_synced_at_data = get("last_synced_at", UNSET)
            if isinstance(_last_synced_at_data, str):
                try:
                    last_synced_at_type_0 = datetime.datetime.fromisoformat(_last_synced_at_data)
                except (TypeError, ValueError):
                    last_synced_at_type_0 = parse_datetime(_last_synced_at_data)

                last_synced_at = last_synced_at_type_0
            elif _last_synced_at_data is None or _last_synced_at_data is UNSET:
                last_synced_at = _last_synced_at_data
            else:
                raise TypeError(f"expected a date-time string, got {type(_last_synced_at_data).__name__}")

            _field = "last_transaction_sync_at"
            last_transaction_sync_at: datetime.datetime | None | Unset
            _last_transaction_sync_at_data = get("last_transaction_sync_at", UNSET)
            if isinstance(_last_transaction_sync_at_data, str):
                try:
                    last_transaction_sync_at_type_0 = datetime.datetime.fromisoformat(_last_transaction_sync_at_data)
                except (TypeError, ValueError):
                    last_transaction_sync_at_type_0 = parse_datetime(_last_transaction_sync_at_data)

                last_transaction_sync_at = last_transaction_sync_at_type_0
            elif _last_transaction_sync_at_data is None or _last_transaction_sync_at_data is UNSET:
                last_transaction_sync_at = _last_transaction_sync_at_data
            else:
                raise TypeError(f"expected a date-time string, got {type(_last_transaction_sync_at_data).__name__}")

            _field = "linked_integration"
            linked_integration = (
                defer(_parse_linked_integration, get("linked_integration", UNSET))
                if lazy
                else _parse_linked_integration(get("linked_integration", UNSET), False)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
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


def _parse_bank(_json: Any, lazy: bool) -> Bank | None | Unset:
    bank: Bank | None | Unset
    _bank_data = _json
    if isinstance(_bank_data, dict):
        bank_type_0 = Bank.from_dict(_bank_data, lazy=lazy)

        bank = bank_type_0
    elif _bank_data is None or _bank_data is UNSET:
        bank = _bank_data
    else:
        raise TypeError(f"expected Bank, got {type(_bank_data).__name__}")

    return bank


def _parse_linked_integration(_json: Any, lazy: bool) -> LinkedIntegration | None | Unset:
    linked_integration: LinkedIntegration | None | Unset
    _linked_integration_data = _json
    if isinstance(_linked_integration_data, dict):
        linked_integration_type_0 = LinkedIntegration.from_dict(_linked_integration_data, lazy=lazy)

        linked_integration = linked_integration_type_0
    elif _linked_integration_data is None or _linked_integration_data is UNSET:
        linked_integration = _linked_integration_data
    else:
        raise TypeError(f"expected LinkedIntegration, got {type(_linked_integration_data).__name__}")

    return linked_integration


install_lazy_fields(
    BankAccount,
    (
        "bank",
        "linked_integration",
    ),
)
