from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._deviations import (
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    enum_or_deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.currency import Currency
from ..models.payment_method import PaymentMethod
from ..models.payment_status import PaymentStatus
from ..models.sync_status import SyncStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Payment"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "agent_confidence_reason",
        "agent_confidence_score",
        "agent_error_code",
        "agent_uncertainties",
        "amount",
        "amount_refunded",
        "bank_transaction_id",
        "billing_email",
        "created_at",
        "currency",
        "currency_rate",
        "custom_fields",
        "description",
        "expected_at",
        "finix_transfer_id",
        "initiated_at",
        "last_exported_at",
        "last_synced_at",
        "linked_integration_id",
        "modified_at",
        "object",
        "partner_id",
        "payment_method",
        "receipt_url",
        "reference_number",
        "remittance_id",
        "remote_created_at",
        "remote_id",
        "remote_metadata",
        "remote_modified_at",
        "statement_descriptor",
        "status",
        "stripe_session_id",
        "sync_status",
        "timestamp",
        "transaction_match_approved_at",
        "transaction_match_approver_id",
    }
)


@_attrs_define
class Payment:
    """
    Attributes:
        id (None | str | Unset):
        agent_confidence_reason (None | str | Unset):
        agent_confidence_score (float | None | Unset):
        agent_error_code (None | str | Unset):
        agent_uncertainties (list[str] | None | Unset):
        amount (float | None | Unset):
        amount_refunded (float | None | Unset):
        bank_transaction_id (None | str | Unset):
        billing_email (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        currency (Currency | None | Unset):
        currency_rate (float | None | Unset):
        custom_fields (Any | Unset): Untyped on the reference page (`<unknown>`).
        description (None | str | Unset):
        expected_at (datetime.datetime | None | Unset):
        finix_transfer_id (None | str | Unset):
        initiated_at (datetime.datetime | None | Unset):
        last_exported_at (datetime.datetime | None | Unset):
        last_synced_at (datetime.datetime | None | Unset):
        linked_integration_id (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        object_ (None | str | Unset):
        partner_id (None | str | Unset):
        payment_method (None | PaymentMethod | Unset):
        receipt_url (None | str | Unset):
        reference_number (None | str | Unset):
        remittance_id (None | str | Unset):
        remote_created_at (datetime.datetime | None | Unset):
        remote_id (None | str | Unset):
        remote_metadata (Any | Unset): Untyped on the reference page (`<unknown>`).
        remote_modified_at (datetime.datetime | None | Unset):
        statement_descriptor (None | str | Unset):
        status (None | PaymentStatus | Unset):
        stripe_session_id (None | str | Unset):
        sync_status (None | SyncStatus | Unset):
        timestamp (datetime.datetime | None | Unset):
        transaction_match_approved_at (datetime.datetime | None | Unset):
        transaction_match_approver_id (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    agent_confidence_reason: None | str | Unset = UNSET
    agent_confidence_score: float | None | Unset = UNSET
    agent_error_code: None | str | Unset = UNSET
    agent_uncertainties: list[str] | None | Unset = UNSET
    amount: float | None | Unset = UNSET
    amount_refunded: float | None | Unset = UNSET
    bank_transaction_id: None | str | Unset = UNSET
    billing_email: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    currency: Currency | None | Unset = UNSET
    currency_rate: float | None | Unset = UNSET
    custom_fields: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    expected_at: datetime.datetime | None | Unset = UNSET
    finix_transfer_id: None | str | Unset = UNSET
    initiated_at: datetime.datetime | None | Unset = UNSET
    last_exported_at: datetime.datetime | None | Unset = UNSET
    last_synced_at: datetime.datetime | None | Unset = UNSET
    linked_integration_id: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    object_: None | str | Unset = UNSET
    partner_id: None | str | Unset = UNSET
    payment_method: None | PaymentMethod | Unset = UNSET
    receipt_url: None | str | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    remittance_id: None | str | Unset = UNSET
    remote_created_at: datetime.datetime | None | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    remote_metadata: Any | Unset = UNSET
    remote_modified_at: datetime.datetime | None | Unset = UNSET
    statement_descriptor: None | str | Unset = UNSET
    status: None | PaymentStatus | Unset = UNSET
    stripe_session_id: None | str | Unset = UNSET
    sync_status: None | SyncStatus | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    transaction_match_approved_at: datetime.datetime | None | Unset = UNSET
    transaction_match_approver_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:

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

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        amount_refunded: float | None | Unset
        if isinstance(self.amount_refunded, Unset):
            amount_refunded = UNSET
        else:
            amount_refunded = self.amount_refunded

        bank_transaction_id: None | str | Unset
        if isinstance(self.bank_transaction_id, Unset):
            bank_transaction_id = UNSET
        else:
            bank_transaction_id = self.bank_transaction_id

        billing_email: None | str | Unset
        if isinstance(self.billing_email, Unset):
            billing_email = UNSET
        else:
            billing_email = self.billing_email

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

        expected_at: None | str | Unset
        if isinstance(self.expected_at, Unset):
            expected_at = UNSET
        elif isinstance(self.expected_at, datetime.datetime):
            expected_at = (
                self.expected_at.isoformat() if isinstance(self.expected_at, datetime.datetime) else self.expected_at
            )

        else:
            expected_at = self.expected_at

        finix_transfer_id: None | str | Unset
        if isinstance(self.finix_transfer_id, Unset):
            finix_transfer_id = UNSET
        else:
            finix_transfer_id = self.finix_transfer_id

        initiated_at: None | str | Unset
        if isinstance(self.initiated_at, Unset):
            initiated_at = UNSET
        elif isinstance(self.initiated_at, datetime.datetime):
            initiated_at = (
                self.initiated_at.isoformat() if isinstance(self.initiated_at, datetime.datetime) else self.initiated_at
            )

        else:
            initiated_at = self.initiated_at

        last_exported_at: None | str | Unset
        if isinstance(self.last_exported_at, Unset):
            last_exported_at = UNSET
        elif isinstance(self.last_exported_at, datetime.datetime):
            last_exported_at = (
                self.last_exported_at.isoformat()
                if isinstance(self.last_exported_at, datetime.datetime)
                else self.last_exported_at
            )

        else:
            last_exported_at = self.last_exported_at

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

        linked_integration_id: None | str | Unset
        if isinstance(self.linked_integration_id, Unset):
            linked_integration_id = UNSET
        else:
            linked_integration_id = self.linked_integration_id

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentMethod):
            payment_method = (
                self.payment_method.value if isinstance(self.payment_method, PaymentMethod) else self.payment_method
            )

        else:
            payment_method = self.payment_method

        receipt_url: None | str | Unset
        if isinstance(self.receipt_url, Unset):
            receipt_url = UNSET
        else:
            receipt_url = self.receipt_url

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        remittance_id: None | str | Unset
        if isinstance(self.remittance_id, Unset):
            remittance_id = UNSET
        else:
            remittance_id = self.remittance_id

        remote_created_at: None | str | Unset
        if isinstance(self.remote_created_at, Unset):
            remote_created_at = UNSET
        elif isinstance(self.remote_created_at, datetime.datetime):
            remote_created_at = (
                self.remote_created_at.isoformat()
                if isinstance(self.remote_created_at, datetime.datetime)
                else self.remote_created_at
            )

        else:
            remote_created_at = self.remote_created_at

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        remote_metadata = self.remote_metadata

        remote_modified_at: None | str | Unset
        if isinstance(self.remote_modified_at, Unset):
            remote_modified_at = UNSET
        elif isinstance(self.remote_modified_at, datetime.datetime):
            remote_modified_at = (
                self.remote_modified_at.isoformat()
                if isinstance(self.remote_modified_at, datetime.datetime)
                else self.remote_modified_at
            )

        else:
            remote_modified_at = self.remote_modified_at

        statement_descriptor: None | str | Unset
        if isinstance(self.statement_descriptor, Unset):
            statement_descriptor = UNSET
        else:
            statement_descriptor = self.statement_descriptor

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PaymentStatus):
            status = self.status.value if isinstance(self.status, PaymentStatus) else self.status

        else:
            status = self.status

        stripe_session_id: None | str | Unset
        if isinstance(self.stripe_session_id, Unset):
            stripe_session_id = UNSET
        else:
            stripe_session_id = self.stripe_session_id

        sync_status: None | str | Unset
        if isinstance(self.sync_status, Unset):
            sync_status = UNSET
        elif isinstance(self.sync_status, SyncStatus):
            sync_status = self.sync_status.value if isinstance(self.sync_status, SyncStatus) else self.sync_status

        else:
            sync_status = self.sync_status

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp

        else:
            timestamp = self.timestamp

        transaction_match_approved_at: None | str | Unset
        if isinstance(self.transaction_match_approved_at, Unset):
            transaction_match_approved_at = UNSET
        elif isinstance(self.transaction_match_approved_at, datetime.datetime):
            transaction_match_approved_at = (
                self.transaction_match_approved_at.isoformat()
                if isinstance(self.transaction_match_approved_at, datetime.datetime)
                else self.transaction_match_approved_at
            )

        else:
            transaction_match_approved_at = self.transaction_match_approved_at

        transaction_match_approver_id: None | str | Unset
        if isinstance(self.transaction_match_approver_id, Unset):
            transaction_match_approver_id = UNSET
        else:
            transaction_match_approver_id = self.transaction_match_approver_id

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
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
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_refunded is not UNSET:
            field_dict["amount_refunded"] = amount_refunded
        if bank_transaction_id is not UNSET:
            field_dict["bank_transaction_id"] = bank_transaction_id
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email
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
        if expected_at is not UNSET:
            field_dict["expected_at"] = expected_at
        if finix_transfer_id is not UNSET:
            field_dict["finix_transfer_id"] = finix_transfer_id
        if initiated_at is not UNSET:
            field_dict["initiated_at"] = initiated_at
        if last_exported_at is not UNSET:
            field_dict["last_exported_at"] = last_exported_at
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if linked_integration_id is not UNSET:
            field_dict["linked_integration_id"] = linked_integration_id
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if object_ is not UNSET:
            field_dict["object"] = object_
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if receipt_url is not UNSET:
            field_dict["receipt_url"] = receipt_url
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if remittance_id is not UNSET:
            field_dict["remittance_id"] = remittance_id
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if remote_metadata is not UNSET:
            field_dict["remote_metadata"] = remote_metadata
        if remote_modified_at is not UNSET:
            field_dict["remote_modified_at"] = remote_modified_at
        if statement_descriptor is not UNSET:
            field_dict["statement_descriptor"] = statement_descriptor
        if status is not UNSET:
            field_dict["status"] = status
        if stripe_session_id is not UNSET:
            field_dict["stripe_session_id"] = stripe_session_id
        if sync_status is not UNSET:
            field_dict["sync_status"] = sync_status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if transaction_match_approved_at is not UNSET:
            field_dict["transaction_match_approved_at"] = transaction_match_approved_at
        if transaction_match_approver_id is not UNSET:
            field_dict["transaction_match_approver_id"] = transaction_match_approver_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:

        # stuut: refuse anything but an object, and name the field that does not fit.
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        get = src_dict.get
        _field = ""
        try:
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

            _field = "amount"
            amount: float | None | Unset
            _amount_data = get("amount", UNSET)
            if isinstance(_amount_data, (int, float)) and not isinstance(_amount_data, bool):
                amount = _amount_data
            elif _amount_data is None or _amount_data is UNSET:
                amount = _amount_data
            else:
                amount = deviation(_amount_data, "a number", src_dict, _field, _SCHEMA)

            _field = "amount_refunded"
            amount_refunded: float | None | Unset
            _amount_refunded_data = get("amount_refunded", UNSET)
            if isinstance(_amount_refunded_data, (int, float)) and not isinstance(_amount_refunded_data, bool):
                amount_refunded = _amount_refunded_data
            elif _amount_refunded_data is None or _amount_refunded_data is UNSET:
                amount_refunded = _amount_refunded_data
            else:
                amount_refunded = deviation(_amount_refunded_data, "a number", src_dict, _field, _SCHEMA)

            _field = "bank_transaction_id"
            bank_transaction_id: None | str | Unset
            _bank_transaction_id_data = get("bank_transaction_id", UNSET)
            if isinstance(_bank_transaction_id_data, str):
                bank_transaction_id = _bank_transaction_id_data
            elif _bank_transaction_id_data is None or _bank_transaction_id_data is UNSET:
                bank_transaction_id = _bank_transaction_id_data
            else:
                bank_transaction_id = deviation(_bank_transaction_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "billing_email"
            billing_email: None | str | Unset
            _billing_email_data = get("billing_email", UNSET)
            if isinstance(_billing_email_data, str):
                billing_email = _billing_email_data
            elif _billing_email_data is None or _billing_email_data is UNSET:
                billing_email = _billing_email_data
            else:
                billing_email = deviation(_billing_email_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "expected_at"
            expected_at: datetime.datetime | None | Unset
            _expected_at_data = get("expected_at", UNSET)
            if isinstance(_expected_at_data, str):
                try:
                    expected_at_type_0 = datetime.datetime.fromisoformat(_expected_at_data)
                except (TypeError, ValueError):
                    expected_at_type_0 = datetime_or_deviation(_expected_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_expected_at_data):
                        expected_at_type_0 = datetime_or_deviation(_expected_at_data, src_dict, _field, _SCHEMA)

                expected_at = expected_at_type_0
            elif _expected_at_data is None or _expected_at_data is UNSET:
                expected_at = _expected_at_data
            else:
                expected_at = deviation(_expected_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "finix_transfer_id"
            finix_transfer_id: None | str | Unset
            _finix_transfer_id_data = get("finix_transfer_id", UNSET)
            if isinstance(_finix_transfer_id_data, str):
                finix_transfer_id = _finix_transfer_id_data
            elif _finix_transfer_id_data is None or _finix_transfer_id_data is UNSET:
                finix_transfer_id = _finix_transfer_id_data
            else:
                finix_transfer_id = deviation(_finix_transfer_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "initiated_at"
            initiated_at: datetime.datetime | None | Unset
            _initiated_at_data = get("initiated_at", UNSET)
            if isinstance(_initiated_at_data, str):
                try:
                    initiated_at_type_0 = datetime.datetime.fromisoformat(_initiated_at_data)
                except (TypeError, ValueError):
                    initiated_at_type_0 = datetime_or_deviation(_initiated_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_initiated_at_data):
                        initiated_at_type_0 = datetime_or_deviation(_initiated_at_data, src_dict, _field, _SCHEMA)

                initiated_at = initiated_at_type_0
            elif _initiated_at_data is None or _initiated_at_data is UNSET:
                initiated_at = _initiated_at_data
            else:
                initiated_at = deviation(_initiated_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "last_exported_at"
            last_exported_at: datetime.datetime | None | Unset
            _last_exported_at_data = get("last_exported_at", UNSET)
            if isinstance(_last_exported_at_data, str):
                try:
                    last_exported_at_type_0 = datetime.datetime.fromisoformat(_last_exported_at_data)
                except (TypeError, ValueError):
                    last_exported_at_type_0 = datetime_or_deviation(_last_exported_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_last_exported_at_data):
                        last_exported_at_type_0 = datetime_or_deviation(
                            _last_exported_at_data, src_dict, _field, _SCHEMA
                        )

                last_exported_at = last_exported_at_type_0
            elif _last_exported_at_data is None or _last_exported_at_data is UNSET:
                last_exported_at = _last_exported_at_data
            else:
                last_exported_at = deviation(_last_exported_at_data, "a date-time string", src_dict, _field, _SCHEMA)

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

            _field = "linked_integration_id"
            linked_integration_id: None | str | Unset
            _linked_integration_id_data = get("linked_integration_id", UNSET)
            if isinstance(_linked_integration_id_data, str):
                linked_integration_id = _linked_integration_id_data
            elif _linked_integration_id_data is None or _linked_integration_id_data is UNSET:
                linked_integration_id = _linked_integration_id_data
            else:
                linked_integration_id = deviation(_linked_integration_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "object"
            object_: None | str | Unset
            _object__data = get("object", UNSET)
            if isinstance(_object__data, str):
                object_ = _object__data
            elif _object__data is None or _object__data is UNSET:
                object_ = _object__data
            else:
                object_ = deviation(_object__data, "a string", src_dict, _field, _SCHEMA)

            _field = "partner_id"
            partner_id: None | str | Unset
            _partner_id_data = get("partner_id", UNSET)
            if isinstance(_partner_id_data, str):
                partner_id = _partner_id_data
            elif _partner_id_data is None or _partner_id_data is UNSET:
                partner_id = _partner_id_data
            else:
                partner_id = deviation(_partner_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "payment_method"
            payment_method: None | PaymentMethod | Unset
            _payment_method_data = get("payment_method", UNSET)
            if isinstance(_payment_method_data, str):
                _payment_method_type_0 = _payment_method_data
                payment_method_type_0 = (
                    PaymentMethod._by_value.get(_payment_method_type_0)
                    if _payment_method_type_0.__class__ is str
                    else None
                ) or enum_or_deviation(PaymentMethod, _payment_method_type_0, src_dict, _field, _SCHEMA)

                payment_method = payment_method_type_0
            elif _payment_method_data is None or _payment_method_data is UNSET:
                payment_method = _payment_method_data
            else:
                payment_method = deviation(_payment_method_data, "PaymentMethod", src_dict, _field, _SCHEMA)

            _field = "receipt_url"
            receipt_url: None | str | Unset
            _receipt_url_data = get("receipt_url", UNSET)
            if isinstance(_receipt_url_data, str):
                receipt_url = _receipt_url_data
            elif _receipt_url_data is None or _receipt_url_data is UNSET:
                receipt_url = _receipt_url_data
            else:
                receipt_url = deviation(_receipt_url_data, "a string", src_dict, _field, _SCHEMA)

            _field = "reference_number"
            reference_number: None | str | Unset
            _reference_number_data = get("reference_number", UNSET)
            if isinstance(_reference_number_data, str):
                reference_number = _reference_number_data
            elif _reference_number_data is None or _reference_number_data is UNSET:
                reference_number = _reference_number_data
            else:
                reference_number = deviation(_reference_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "remittance_id"
            remittance_id: None | str | Unset
            _remittance_id_data = get("remittance_id", UNSET)
            if isinstance(_remittance_id_data, str):
                remittance_id = _remittance_id_data
            elif _remittance_id_data is None or _remittance_id_data is UNSET:
                remittance_id = _remittance_id_data
            else:
                remittance_id = deviation(_remittance_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_created_at"
            remote_created_at: datetime.datetime | None | Unset
            _remote_created_at_data = get("remote_created_at", UNSET)
            if isinstance(_remote_created_at_data, str):
                try:
                    remote_created_at_type_0 = datetime.datetime.fromisoformat(_remote_created_at_data)
                except (TypeError, ValueError):
                    remote_created_at_type_0 = datetime_or_deviation(_remote_created_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_remote_created_at_data):
                        remote_created_at_type_0 = datetime_or_deviation(
                            _remote_created_at_data, src_dict, _field, _SCHEMA
                        )

                remote_created_at = remote_created_at_type_0
            elif _remote_created_at_data is None or _remote_created_at_data is UNSET:
                remote_created_at = _remote_created_at_data
            else:
                remote_created_at = deviation(_remote_created_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "remote_id"
            remote_id: None | str | Unset
            _remote_id_data = get("remote_id", UNSET)
            if isinstance(_remote_id_data, str):
                remote_id = _remote_id_data
            elif _remote_id_data is None or _remote_id_data is UNSET:
                remote_id = _remote_id_data
            else:
                remote_id = deviation(_remote_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_metadata"
            remote_metadata = get("remote_metadata", UNSET)

            _field = "remote_modified_at"
            remote_modified_at: datetime.datetime | None | Unset
            _remote_modified_at_data = get("remote_modified_at", UNSET)
            if isinstance(_remote_modified_at_data, str):
                try:
                    remote_modified_at_type_0 = datetime.datetime.fromisoformat(_remote_modified_at_data)
                except (TypeError, ValueError):
                    remote_modified_at_type_0 = datetime_or_deviation(
                        _remote_modified_at_data, src_dict, _field, _SCHEMA
                    )
                else:
                    if not has_rfc3339_shape(_remote_modified_at_data):
                        remote_modified_at_type_0 = datetime_or_deviation(
                            _remote_modified_at_data, src_dict, _field, _SCHEMA
                        )

                remote_modified_at = remote_modified_at_type_0
            elif _remote_modified_at_data is None or _remote_modified_at_data is UNSET:
                remote_modified_at = _remote_modified_at_data
            else:
                remote_modified_at = deviation(
                    _remote_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA
                )

            _field = "statement_descriptor"
            statement_descriptor: None | str | Unset
            _statement_descriptor_data = get("statement_descriptor", UNSET)
            if isinstance(_statement_descriptor_data, str):
                statement_descriptor = _statement_descriptor_data
            elif _statement_descriptor_data is None or _statement_descriptor_data is UNSET:
                statement_descriptor = _statement_descriptor_data
            else:
                statement_descriptor = deviation(_statement_descriptor_data, "a string", src_dict, _field, _SCHEMA)

            _field = "status"
            status: None | PaymentStatus | Unset
            _status_data = get("status", UNSET)
            if isinstance(_status_data, str):
                _status_type_0 = _status_data
                status_type_0 = (
                    PaymentStatus._by_value.get(_status_type_0) if _status_type_0.__class__ is str else None
                ) or enum_or_deviation(PaymentStatus, _status_type_0, src_dict, _field, _SCHEMA)

                status = status_type_0
            elif _status_data is None or _status_data is UNSET:
                status = _status_data
            else:
                status = deviation(_status_data, "PaymentStatus", src_dict, _field, _SCHEMA)

            _field = "stripe_session_id"
            stripe_session_id: None | str | Unset
            _stripe_session_id_data = get("stripe_session_id", UNSET)
            if isinstance(_stripe_session_id_data, str):
                stripe_session_id = _stripe_session_id_data
            elif _stripe_session_id_data is None or _stripe_session_id_data is UNSET:
                stripe_session_id = _stripe_session_id_data
            else:
                stripe_session_id = deviation(_stripe_session_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "sync_status"
            sync_status: None | SyncStatus | Unset
            _sync_status_data = get("sync_status", UNSET)
            if isinstance(_sync_status_data, str):
                _sync_status_type_0 = _sync_status_data
                sync_status_type_0 = (
                    SyncStatus._by_value.get(_sync_status_type_0) if _sync_status_type_0.__class__ is str else None
                ) or enum_or_deviation(SyncStatus, _sync_status_type_0, src_dict, _field, _SCHEMA)

                sync_status = sync_status_type_0
            elif _sync_status_data is None or _sync_status_data is UNSET:
                sync_status = _sync_status_data
            else:
                sync_status = deviation(_sync_status_data, "SyncStatus", src_dict, _field, _SCHEMA)

            _field = "timestamp"
            timestamp: datetime.datetime | None | Unset
            _timestamp_data = get("timestamp", UNSET)
            if isinstance(_timestamp_data, str):
                try:
                    timestamp_type_0 = datetime.datetime.fromisoformat(_timestamp_data)
                except (TypeError, ValueError):
                    timestamp_type_0 = datetime_or_deviation(_timestamp_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_timestamp_data):
                        timestamp_type_0 = datetime_or_deviation(_timestamp_data, src_dict, _field, _SCHEMA)

                timestamp = timestamp_type_0
            elif _timestamp_data is None or _timestamp_data is UNSET:
                timestamp = _timestamp_data
            else:
                timestamp = deviation(_timestamp_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "transaction_match_approved_at"
            transaction_match_approved_at: datetime.datetime | None | Unset
            _transaction_match_approved_at_data = get("transaction_match_approved_at", UNSET)
            if isinstance(_transaction_match_approved_at_data, str):
                try:
                    transaction_match_approved_at_type_0 = datetime.datetime.fromisoformat(
                        _transaction_match_approved_at_data
                    )
                except (TypeError, ValueError):
                    transaction_match_approved_at_type_0 = datetime_or_deviation(
                        _transaction_match_approved_at_data, src_dict, _field, _SCHEMA
                    )
                else:
                    if not has_rfc3339_shape(_transaction_match_approved_at_data):
                        transaction_match_approved_at_type_0 = datetime_or_deviation(
                            _transaction_match_approved_at_data, src_dict, _field, _SCHEMA
                        )

                transaction_match_approved_at = transaction_match_approved_at_type_0
            elif _transaction_match_approved_at_data is None or _transaction_match_approved_at_data is UNSET:
                transaction_match_approved_at = _transaction_match_approved_at_data
            else:
                transaction_match_approved_at = deviation(
                    _transaction_match_approved_at_data, "a date-time string", src_dict, _field, _SCHEMA
                )

            _field = "transaction_match_approver_id"
            transaction_match_approver_id: None | str | Unset
            _transaction_match_approver_id_data = get("transaction_match_approver_id", UNSET)
            if isinstance(_transaction_match_approver_id_data, str):
                transaction_match_approver_id = _transaction_match_approver_id_data
            elif _transaction_match_approver_id_data is None or _transaction_match_approver_id_data is UNSET:
                transaction_match_approver_id = _transaction_match_approver_id_data
            else:
                transaction_match_approver_id = deviation(
                    _transaction_match_approver_id_data, "a string", src_dict, _field, _SCHEMA
                )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        payment = cls(
            id,
            agent_confidence_reason,
            agent_confidence_score,
            agent_error_code,
            agent_uncertainties,
            amount,
            amount_refunded,
            bank_transaction_id,
            billing_email,
            created_at,
            currency,
            currency_rate,
            custom_fields,
            description,
            expected_at,
            finix_transfer_id,
            initiated_at,
            last_exported_at,
            last_synced_at,
            linked_integration_id,
            modified_at,
            object_,
            partner_id,
            payment_method,
            receipt_url,
            reference_number,
            remittance_id,
            remote_created_at,
            remote_id,
            remote_metadata,
            remote_modified_at,
            statement_descriptor,
            status,
            stripe_session_id,
            sync_status,
            timestamp,
            transaction_match_approved_at,
            transaction_match_approver_id,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            payment.additional_properties = undeclared
        return payment

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


install_undeclared_on_demand(Payment)
