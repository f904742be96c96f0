from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.bank_transaction_type import BankTransactionType
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner import Partner


T = TypeVar("T", bound="BankTransaction")


@_attrs_define
class BankTransaction:
    """A bank transaction (v1; money amounts are numbers). The reference pages' examples of this object were cut off inside
    `partner`; further fields exist but were not recovered.

        Attributes:
            account_id (str):
            amount (float):
            object_ (str):
            posted (bool):
            reference_number (str):
            timestamp (datetime.datetime):
            type_ (BankTransactionType): The kind of bank transaction. The reference page shows only the value `deposit`;
                the complete list was not recovered. Values the server sends that are not listed here parse as unknown members
                (see the client's tolerant enums).
            id (None | str | Unset):
            account_mask (Any | Unset): Untyped on the reference page (`<unknown>`).
            authorized_at (datetime.datetime | None | Unset):
            check_number (None | str | Unset):
            counterparty_email (None | str | Unset):
            counterparty_logo (None | str | Unset):
            counterparty_name (None | str | Unset):
            created_at (datetime.datetime | None | Unset):
            currency (Currency | None | Unset):
            currency_rate (float | None | Unset):
            custom_fields (Any | Unset): Untyped on the reference page (`<unknown>`).
            description (None | str | Unset):
            description_details (Any | Unset): Untyped on the reference page (`<unknown>`).
            invoice_numbers (list[str] | None | Unset):
            is_draft (bool | None | Unset):
            last_synced_at (datetime.datetime | None | Unset):
            modified_at (datetime.datetime | None | Unset):
            partner (None | Partner | Unset):
    """

    account_id: str
    amount: float
    object_: str
    posted: bool
    reference_number: str
    timestamp: datetime.datetime
    type_: BankTransactionType
    id: None | str | Unset = UNSET
    account_mask: Any | Unset = UNSET
    authorized_at: datetime.datetime | None | Unset = UNSET
    check_number: None | str | Unset = UNSET
    counterparty_email: None | str | Unset = UNSET
    counterparty_logo: None | str | Unset = UNSET
    counterparty_name: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    currency: Currency | None | Unset = UNSET
    currency_rate: float | None | Unset = UNSET
    custom_fields: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    description_details: Any | Unset = UNSET
    invoice_numbers: list[str] | None | Unset = UNSET
    is_draft: bool | None | Unset = UNSET
    last_synced_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    partner: None | Partner | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partner import Partner  # noqa: PLC0415

        account_id = self.account_id

        amount = self.amount

        object_ = self.object_

        posted = self.posted

        reference_number = self.reference_number

        timestamp = self.timestamp.isoformat()

        type_ = self.type_.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account_mask = self.account_mask

        authorized_at: None | str | Unset
        if isinstance(self.authorized_at, Unset):
            authorized_at = UNSET
        elif isinstance(self.authorized_at, datetime.datetime):
            authorized_at = self.authorized_at.isoformat()
        else:
            authorized_at = self.authorized_at

        check_number: None | str | Unset
        if isinstance(self.check_number, Unset):
            check_number = UNSET
        else:
            check_number = self.check_number

        counterparty_email: None | str | Unset
        if isinstance(self.counterparty_email, Unset):
            counterparty_email = UNSET
        else:
            counterparty_email = self.counterparty_email

        counterparty_logo: None | str | Unset
        if isinstance(self.counterparty_logo, Unset):
            counterparty_logo = UNSET
        else:
            counterparty_logo = self.counterparty_logo

        counterparty_name: None | str | Unset
        if isinstance(self.counterparty_name, Unset):
            counterparty_name = UNSET
        else:
            counterparty_name = self.counterparty_name

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, Currency):
            currency = self.currency.value
        else:
            currency = self.currency

        currency_rate: float | None | Unset
        if isinstance(self.currency_rate, Unset):
            currency_rate = UNSET
        else:
            currency_rate = self.currency_rate

        custom_fields = self.custom_fields

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        description_details = self.description_details

        invoice_numbers: list[str] | None | Unset
        if isinstance(self.invoice_numbers, Unset):
            invoice_numbers = UNSET
        elif isinstance(self.invoice_numbers, list):
            invoice_numbers = self.invoice_numbers

        else:
            invoice_numbers = self.invoice_numbers

        is_draft: bool | None | Unset
        if isinstance(self.is_draft, Unset):
            is_draft = UNSET
        else:
            is_draft = self.is_draft

        last_synced_at: None | str | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = self.last_synced_at.isoformat()
        else:
            last_synced_at = self.last_synced_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "amount": amount,
                "object": object_,
                "posted": posted,
                "reference_number": reference_number,
                "timestamp": timestamp,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if account_mask is not UNSET:
            field_dict["account_mask"] = account_mask
        if authorized_at is not UNSET:
            field_dict["authorized_at"] = authorized_at
        if check_number is not UNSET:
            field_dict["check_number"] = check_number
        if counterparty_email is not UNSET:
            field_dict["counterparty_email"] = counterparty_email
        if counterparty_logo is not UNSET:
            field_dict["counterparty_logo"] = counterparty_logo
        if counterparty_name is not UNSET:
            field_dict["counterparty_name"] = counterparty_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_rate is not UNSET:
            field_dict["currency_rate"] = currency_rate
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if description is not UNSET:
            field_dict["description"] = description
        if description_details is not UNSET:
            field_dict["description_details"] = description_details
        if invoice_numbers is not UNSET:
            field_dict["invoice_numbers"] = invoice_numbers
        if is_draft is not UNSET:
            field_dict["is_draft"] = is_draft
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if partner is not UNSET:
            field_dict["partner"] = partner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner import Partner  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "account_id"
            account_id = d.pop("account_id")
            if not (isinstance(account_id, str)):
                raise TypeError(f"expected a string, got {type(account_id).__name__}")

            _field = "amount"
            amount = d.pop("amount")
            if not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
                raise TypeError(f"expected a number, got {type(amount).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "posted"
            posted = d.pop("posted")
            if not (isinstance(posted, bool)):
                raise TypeError(f"expected a boolean, got {type(posted).__name__}")

            _field = "reference_number"
            reference_number = d.pop("reference_number")
            if not (isinstance(reference_number, str)):
                raise TypeError(f"expected a string, got {type(reference_number).__name__}")

            _field = "timestamp"
            timestamp = parse_datetime(d.pop("timestamp"))

            _field = "type"
            type_ = BankTransactionType(d.pop("type"))

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

            _field = "account_mask"
            account_mask = d.pop("account_mask", UNSET)

            _field = "authorized_at"

            def _parse_authorized_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                authorized_at_type_0 = parse_datetime(data)

                return authorized_at_type_0

            authorized_at = _parse_authorized_at(d.pop("authorized_at", UNSET))

            _field = "check_number"

            def _parse_check_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            check_number = _parse_check_number(d.pop("check_number", UNSET))

            _field = "counterparty_email"

            def _parse_counterparty_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            counterparty_email = _parse_counterparty_email(d.pop("counterparty_email", UNSET))

            _field = "counterparty_logo"

            def _parse_counterparty_logo(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            counterparty_logo = _parse_counterparty_logo(d.pop("counterparty_logo", UNSET))

            _field = "counterparty_name"

            def _parse_counterparty_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            counterparty_name = _parse_counterparty_name(d.pop("counterparty_name", UNSET))

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

            _field = "currency"

            def _parse_currency(data: object) -> Currency | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected Currency, got {type(data).__name__}")
                currency_type_0 = Currency(data)

                return currency_type_0

            currency = _parse_currency(d.pop("currency", UNSET))

            _field = "currency_rate"

            def _parse_currency_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            currency_rate = _parse_currency_rate(d.pop("currency_rate", UNSET))

            _field = "custom_fields"
            custom_fields = d.pop("custom_fields", UNSET)

            _field = "description"

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            description = _parse_description(d.pop("description", UNSET))

            _field = "description_details"
            description_details = d.pop("description_details", UNSET)

            _field = "invoice_numbers"

            def _parse_invoice_numbers(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _invoice_numbers_type_0 = data
                if not isinstance(_invoice_numbers_type_0, list):
                    raise TypeError(f"expected an array, got {type(_invoice_numbers_type_0).__name__}")
                invoice_numbers_type_0 = _invoice_numbers_type_0

                return invoice_numbers_type_0

            invoice_numbers = _parse_invoice_numbers(d.pop("invoice_numbers", UNSET))

            _field = "is_draft"

            def _parse_is_draft(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_draft = _parse_is_draft(d.pop("is_draft", UNSET))

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

            _field = "modified_at"

            def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                modified_at_type_0 = parse_datetime(data)

                return modified_at_type_0

            modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

            _field = "partner"

            def _parse_partner(data: object) -> None | Partner | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Partner, got {type(data).__name__}")
                partner_type_0 = Partner.from_dict(data)

                return partner_type_0

            partner = _parse_partner(d.pop("partner", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        bank_transaction = cls(
            account_id=account_id,
            amount=amount,
            object_=object_,
            posted=posted,
            reference_number=reference_number,
            timestamp=timestamp,
            type_=type_,
            id=id,
            account_mask=account_mask,
            authorized_at=authorized_at,
            check_number=check_number,
            counterparty_email=counterparty_email,
            counterparty_logo=counterparty_logo,
            counterparty_name=counterparty_name,
            created_at=created_at,
            currency=currency,
            currency_rate=currency_rate,
            custom_fields=custom_fields,
            description=description,
            description_details=description_details,
            invoice_numbers=invoice_numbers,
            is_draft=is_draft,
            last_synced_at=last_synced_at,
            modified_at=modified_at,
            partner=partner,
        )

        bank_transaction.additional_properties = d
        return bank_transaction

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
