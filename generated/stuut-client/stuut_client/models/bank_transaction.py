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
from ..models.bank_transaction_type import BankTransactionType
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner import Partner


T = TypeVar("T", bound="BankTransaction")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "BankTransaction"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "account_id",
        "amount",
        "object",
        "posted",
        "reference_number",
        "timestamp",
        "type",
        "id",
        "account_mask",
        "authorized_at",
        "check_number",
        "counterparty_email",
        "counterparty_logo",
        "counterparty_name",
        "created_at",
        "currency",
        "currency_rate",
        "custom_fields",
        "description",
        "description_details",
        "invoice_numbers",
        "is_draft",
        "last_synced_at",
        "modified_at",
        "partner",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.partner import Partner  # noqa: PLC0415

    globals().update(
        Partner=Partner,
    )
    _references_unresolved = False


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        account_id = self.account_id

        amount = self.amount

        object_ = self.object_

        posted = self.posted

        reference_number = self.reference_number

        timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp

        type_ = self.type_.value if isinstance(self.type_, BankTransactionType) else self.type_

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
            authorized_at = (
                self.authorized_at.isoformat()
                if isinstance(self.authorized_at, datetime.datetime)
                else self.authorized_at
            )

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
            last_synced_at = (
                self.last_synced_at.isoformat()
                if isinstance(self.last_synced_at, datetime.datetime)
                else self.last_synced_at
            )

        else:
            last_synced_at = self.last_synced_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict() if isinstance(self.partner, Partner) else self.partner

        else:
            partner = self.partner

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
            _field = "account_id"
            account_id = get("account_id", UNSET)
            if not (isinstance(account_id, str)):
                account_id = deviation(account_id, "a string", src_dict, _field, _SCHEMA)

            _field = "amount"
            amount = get("amount", UNSET)
            if not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
                amount = deviation(amount, "a number", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "posted"
            posted = get("posted", UNSET)
            if not (isinstance(posted, bool)):
                posted = deviation(posted, "a boolean", src_dict, _field, _SCHEMA)

            _field = "reference_number"
            reference_number = get("reference_number", UNSET)
            if not (isinstance(reference_number, str)):
                reference_number = deviation(reference_number, "a string", src_dict, _field, _SCHEMA)

            _field = "timestamp"
            try:
                timestamp = datetime.datetime.fromisoformat(get("timestamp", UNSET))
            except (TypeError, ValueError):
                timestamp = datetime_or_deviation(get("timestamp", UNSET), src_dict, _field, _SCHEMA)
            else:
                if not has_rfc3339_shape(get("timestamp", UNSET)):
                    timestamp = datetime_or_deviation(get("timestamp", UNSET), src_dict, _field, _SCHEMA)

            _field = "type"
            _type_ = get("type", UNSET)
            type_ = (
                BankTransactionType._by_value.get(_type_) if _type_.__class__ is str else None
            ) or enum_or_deviation(BankTransactionType, _type_, src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "account_mask"
            account_mask = get("account_mask", UNSET)

            _field = "authorized_at"
            authorized_at: datetime.datetime | None | Unset
            _authorized_at_data = get("authorized_at", UNSET)
            if isinstance(_authorized_at_data, str):
                try:
                    authorized_at_type_0 = datetime.datetime.fromisoformat(_authorized_at_data)
                except (TypeError, ValueError):
                    authorized_at_type_0 = datetime_or_deviation(_authorized_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_authorized_at_data):
                        authorized_at_type_0 = datetime_or_deviation(_authorized_at_data, src_dict, _field, _SCHEMA)

                authorized_at = authorized_at_type_0
            elif _authorized_at_data is None or _authorized_at_data is UNSET:
                authorized_at = _authorized_at_data
            else:
                authorized_at = deviation(_authorized_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "check_number"
            check_number: None | str | Unset
            _check_number_data = get("check_number", UNSET)
            if isinstance(_check_number_data, str):
                check_number = _check_number_data
            elif _check_number_data is None or _check_number_data is UNSET:
                check_number = _check_number_data
            else:
                check_number = deviation(_check_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "counterparty_email"
            counterparty_email: None | str | Unset
            _counterparty_email_data = get("counterparty_email", UNSET)
            if isinstance(_counterparty_email_data, str):
                counterparty_email = _counterparty_email_data
            elif _counterparty_email_data is None or _counterparty_email_data is UNSET:
                counterparty_email = _counterparty_email_data
            else:
                counterparty_email = deviation(_counterparty_email_data, "a string", src_dict, _field, _SCHEMA)

            _field = "counterparty_logo"
            counterparty_logo: None | str | Unset
            _counterparty_logo_data = get("counterparty_logo", UNSET)
            if isinstance(_counterparty_logo_data, str):
                counterparty_logo = _counterparty_logo_data
            elif _counterparty_logo_data is None or _counterparty_logo_data is UNSET:
                counterparty_logo = _counterparty_logo_data
            else:
                counterparty_logo = deviation(_counterparty_logo_data, "a string", src_dict, _field, _SCHEMA)

            _field = "counterparty_name"
            counterparty_name: None | str | Unset
            _counterparty_name_data = get("counterparty_name", UNSET)
            if isinstance(_counterparty_name_data, str):
                counterparty_name = _counterparty_name_data
            elif _counterparty_name_data is None or _counterparty_name_data is UNSET:
                counterparty_name = _counterparty_name_data
            else:
                counterparty_name = deviation(_counterparty_name_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "currency_rate"
            currency_rate: float | None | Unset
            _currency_rate_data = get("currency_rate", UNSET)
            if isinstance(_currency_rate_data, (int, float)) and not isinstance(_currency_rate_data, bool):
                currency_rate = _currency_rate_data
            elif _currency_rate_data is None or _currency_rate_data is UNSET:
                currency_rate = _currency_rate_data
            else:
                currency_rate = deviation(_currency_rate_data, "a number", src_dict, _field, _SCHEMA)

            _field = "custom_fields"
            custom_fields = get("custom_fields", UNSET)

            _field = "description"
            description: None | str | Unset
            _description_data = get("description", UNSET)
            if isinstance(_description_data, str):
                description = _description_data
            elif _description_data is None or _description_data is UNSET:
                description = _description_data
            else:
                description = deviation(_description_data, "a string", src_dict, _field, _SCHEMA)

            _field = "description_details"
            description_details = get("description_details", UNSET)

            _field = "invoice_numbers"
            invoice_numbers: list[str] | None | Unset
            _invoice_numbers_data = get("invoice_numbers", UNSET)
            if isinstance(_invoice_numbers_data, list):
                _invoice_numbers_type_0 = _invoice_numbers_data
                invoice_numbers_type_0: list[str]
                if not isinstance(_invoice_numbers_type_0, list):
                    invoice_numbers_type_0 = deviation(_invoice_numbers_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    invoice_numbers_type_0 = _invoice_numbers_type_0
                    for _invoice_numbers_type_0_index, _invoice_numbers_type_0_item in enumerate(
                        _invoice_numbers_type_0
                    ):
                        if not (isinstance(_invoice_numbers_type_0_item, str)):
                            try:
                                deviation(
                                    _invoice_numbers_type_0_item,
                                    "a string",
                                    _invoice_numbers_type_0,
                                    _invoice_numbers_type_0_index,
                                    _SCHEMA,
                                    _field,
                                )
                            except (KeyError, TypeError, ValueError) as _parse_failure:
                                raise ResponseValidationError.from_exception(
                                    _parse_failure, (_invoice_numbers_type_0_index,)
                                ) from _parse_failure

                invoice_numbers = invoice_numbers_type_0
            elif _invoice_numbers_data is None or _invoice_numbers_data is UNSET:
                invoice_numbers = _invoice_numbers_data
            else:
                invoice_numbers = deviation(_invoice_numbers_data, "an array", src_dict, _field, _SCHEMA)

            _field = "is_draft"
            is_draft: bool | None | Unset
            _is_draft_data = get("is_draft", UNSET)
            if isinstance(_is_draft_data, bool):
                is_draft = _is_draft_data
            elif _is_draft_data is None or _is_draft_data is UNSET:
                is_draft = _is_draft_data
            else:
                is_draft = deviation(_is_draft_data, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "modified_at"
            modified_at: datetime.datetime | None | Unset
            _modified_at_data = get("modified_at", UNSET)
            if isinstance(_modified_at_data, str):
                try:
                    modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at_data)
                except (TypeError, ValueError):
                    modified_at_type_0 = datetime_or_deviation(_modified_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_modified_at_data):
                        modified_at_type_0 = datetime_or_deviation(_modified_at_data, src_dict, _field, _SCHEMA)

                modified_at = modified_at_type_0
            elif _modified_at_data is None or _modified_at_data is UNSET:
                modified_at = _modified_at_data
            else:
                modified_at = deviation(_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "partner"
            partner = (
                defer(_parse_partner, get("partner", UNSET), src_dict)
                if lazy
                else _parse_partner(get("partner", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        bank_transaction = cls(
            account_id,
            amount,
            object_,
            posted,
            reference_number,
            timestamp,
            type_,
            id,
            account_mask,
            authorized_at,
            check_number,
            counterparty_email,
            counterparty_logo,
            counterparty_name,
            created_at,
            currency,
            currency_rate,
            custom_fields,
            description,
            description_details,
            invoice_numbers,
            is_draft,
            last_synced_at,
            modified_at,
            partner,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(bank_transaction, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            bank_transaction.additional_properties = undeclared
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


def _parse_partner(_json: Any, lazy: bool, src_dict: Any) -> None | Partner | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "partner"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    partner: None | Partner | Unset
    _partner_data = _json
    if isinstance(_partner_data, dict):
        _partner_type_0 = _partner_data
        partner_type_0 = (
            Partner.from_dict(_partner_type_0, lazy=lazy)
            if isinstance(_partner_type_0, dict)
            else deviation(_partner_type_0, "an object (Partner)", src_dict, _field, _SCHEMA)
        )

        partner = partner_type_0
    elif _partner_data is None or _partner_data is UNSET:
        partner = _partner_data
    else:
        partner = deviation(_partner_data, "an object (Partner)", src_dict, _field, _SCHEMA)

    return partner


install_lazy_fields(BankTransaction, ("partner",))


install_undeclared_on_demand(BankTransaction)
