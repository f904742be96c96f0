from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.bank_account_type import BankAccountType
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank import Bank
    from ..models.linked_integration import LinkedIntegration


T = TypeVar("T", bound="BankAccount")


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
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "currency"
            currency = Currency(d.pop("currency"))

            _field = "mask"
            mask = d.pop("mask")
            if not (isinstance(mask, str)):
                raise TypeError(f"expected a string, got {type(mask).__name__}")

            _field = "name"
            name = d.pop("name")
            if not (isinstance(name, str)):
                raise TypeError(f"expected a string, got {type(name).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "type"
            type_ = BankAccountType(d.pop("type"))

            _field = "id"

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            id = _parse_id(d.pop("id", UNSET))

            _field = "archived"

            def _parse_archived(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            archived = _parse_archived(d.pop("archived", UNSET))

            _field = "bank"

            def _parse_bank(data: object) -> Bank | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Bank, got {type(data).__name__}")
                bank_type_0 = Bank.from_dict(data)

                return bank_type_0

            bank = _parse_bank(d.pop("bank", UNSET))

            _field = "created_at"

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0

            created_at = _parse_created_at(d.pop("created_at", UNSET))

            _field = "custom_fields"
            custom_fields = d.pop("custom_fields", UNSET)

            _field = "iban"

            def _parse_iban(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            iban = _parse_iban(d.pop("iban", UNSET))

            _field = "last_synced_at"

            def _parse_last_synced_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                last_synced_at_type_0 = parse_datetime(data)

                return last_synced_at_type_0

            last_synced_at = _parse_last_synced_at(d.pop("last_synced_at", UNSET))

            _field = "last_transaction_sync_at"

            def _parse_last_transaction_sync_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                last_transaction_sync_at_type_0 = parse_datetime(data)

                return last_transaction_sync_at_type_0

            last_transaction_sync_at = _parse_last_transaction_sync_at(d.pop("last_transaction_sync_at", UNSET))

            _field = "linked_integration"

            def _parse_linked_integration(data: object) -> LinkedIntegration | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected LinkedIntegration, got {type(data).__name__}")
                linked_integration_type_0 = LinkedIntegration.from_dict(data)

                return linked_integration_type_0

            linked_integration = _parse_linked_integration(d.pop("linked_integration", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        bank_account = cls(
            currency=currency,
            mask=mask,
            name=name,
            object_=object_,
            type_=type_,
            id=id,
            archived=archived,
            bank=bank,
            created_at=created_at,
            custom_fields=custom_fields,
            iban=iban,
            last_synced_at=last_synced_at,
            last_transaction_sync_at=last_transaction_sync_at,
            linked_integration=linked_integration,
        )

        bank_account.additional_properties = d
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
