from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.currency import Currency
from ..models.payment_method import PaymentMethod
from ..models.payment_status import PaymentStatus
from ..models.sync_status import SyncStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        expected_at: None | str | Unset
        if isinstance(self.expected_at, Unset):
            expected_at = UNSET
        elif isinstance(self.expected_at, datetime.datetime):
            expected_at = self.expected_at.isoformat()
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
            initiated_at = self.initiated_at.isoformat()
        else:
            initiated_at = self.initiated_at

        last_exported_at: None | str | Unset
        if isinstance(self.last_exported_at, Unset):
            last_exported_at = UNSET
        elif isinstance(self.last_exported_at, datetime.datetime):
            last_exported_at = self.last_exported_at.isoformat()
        else:
            last_exported_at = self.last_exported_at

        last_synced_at: None | str | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = self.last_synced_at.isoformat()
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
            modified_at = self.modified_at.isoformat()
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
            payment_method = self.payment_method.value
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
            remote_created_at = self.remote_created_at.isoformat()
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
            remote_modified_at = self.remote_modified_at.isoformat()
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
            status = self.status.value
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
            sync_status = self.sync_status.value
        else:
            sync_status = self.sync_status

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        transaction_match_approved_at: None | str | Unset
        if isinstance(self.transaction_match_approved_at, Unset):
            transaction_match_approved_at = UNSET
        elif isinstance(self.transaction_match_approved_at, datetime.datetime):
            transaction_match_approved_at = self.transaction_match_approved_at.isoformat()
        else:
            transaction_match_approved_at = self.transaction_match_approved_at

        transaction_match_approver_id: None | str | Unset
        if isinstance(self.transaction_match_approver_id, Unset):
            transaction_match_approver_id = UNSET
        else:
            transaction_match_approver_id = self.transaction_match_approver_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
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

            _field = "agent_confidence_reason"

            def _parse_agent_confidence_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            agent_confidence_reason = _parse_agent_confidence_reason(d.pop("agent_confidence_reason", UNSET))

            _field = "agent_confidence_score"

            def _parse_agent_confidence_score(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            agent_confidence_score = _parse_agent_confidence_score(d.pop("agent_confidence_score", UNSET))

            _field = "agent_error_code"

            def _parse_agent_error_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            agent_error_code = _parse_agent_error_code(d.pop("agent_error_code", UNSET))

            _field = "agent_uncertainties"

            def _parse_agent_uncertainties(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _agent_uncertainties_type_0 = data
                if not isinstance(_agent_uncertainties_type_0, list):
                    raise TypeError(f"expected an array, got {type(_agent_uncertainties_type_0).__name__}")
                agent_uncertainties_type_0 = _agent_uncertainties_type_0

                return agent_uncertainties_type_0

            agent_uncertainties = _parse_agent_uncertainties(d.pop("agent_uncertainties", UNSET))

            _field = "amount"

            def _parse_amount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            amount = _parse_amount(d.pop("amount", UNSET))

            _field = "amount_refunded"

            def _parse_amount_refunded(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            amount_refunded = _parse_amount_refunded(d.pop("amount_refunded", UNSET))

            _field = "bank_transaction_id"

            def _parse_bank_transaction_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            bank_transaction_id = _parse_bank_transaction_id(d.pop("bank_transaction_id", UNSET))

            _field = "billing_email"

            def _parse_billing_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            billing_email = _parse_billing_email(d.pop("billing_email", UNSET))

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

            _field = "expected_at"

            def _parse_expected_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                expected_at_type_0 = parse_datetime(data)

                return expected_at_type_0

            expected_at = _parse_expected_at(d.pop("expected_at", UNSET))

            _field = "finix_transfer_id"

            def _parse_finix_transfer_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            finix_transfer_id = _parse_finix_transfer_id(d.pop("finix_transfer_id", UNSET))

            _field = "initiated_at"

            def _parse_initiated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                initiated_at_type_0 = parse_datetime(data)

                return initiated_at_type_0

            initiated_at = _parse_initiated_at(d.pop("initiated_at", UNSET))

            _field = "last_exported_at"

            def _parse_last_exported_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                last_exported_at_type_0 = parse_datetime(data)

                return last_exported_at_type_0

            last_exported_at = _parse_last_exported_at(d.pop("last_exported_at", UNSET))

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

            _field = "linked_integration_id"

            def _parse_linked_integration_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            linked_integration_id = _parse_linked_integration_id(d.pop("linked_integration_id", UNSET))

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

            _field = "object"

            def _parse_object_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            object_ = _parse_object_(d.pop("object", UNSET))

            _field = "partner_id"

            def _parse_partner_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

            _field = "payment_method"

            def _parse_payment_method(data: object) -> None | PaymentMethod | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected PaymentMethod, got {type(data).__name__}")
                payment_method_type_0 = PaymentMethod(data)

                return payment_method_type_0

            payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

            _field = "receipt_url"

            def _parse_receipt_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            receipt_url = _parse_receipt_url(d.pop("receipt_url", UNSET))

            _field = "reference_number"

            def _parse_reference_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            reference_number = _parse_reference_number(d.pop("reference_number", UNSET))

            _field = "remittance_id"

            def _parse_remittance_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remittance_id = _parse_remittance_id(d.pop("remittance_id", UNSET))

            _field = "remote_created_at"

            def _parse_remote_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                remote_created_at_type_0 = parse_datetime(data)

                return remote_created_at_type_0

            remote_created_at = _parse_remote_created_at(d.pop("remote_created_at", UNSET))

            _field = "remote_id"

            def _parse_remote_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

            _field = "remote_metadata"
            remote_metadata = d.pop("remote_metadata", UNSET)

            _field = "remote_modified_at"

            def _parse_remote_modified_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                remote_modified_at_type_0 = parse_datetime(data)

                return remote_modified_at_type_0

            remote_modified_at = _parse_remote_modified_at(d.pop("remote_modified_at", UNSET))

            _field = "statement_descriptor"

            def _parse_statement_descriptor(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            statement_descriptor = _parse_statement_descriptor(d.pop("statement_descriptor", UNSET))

            _field = "status"

            def _parse_status(data: object) -> None | PaymentStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected PaymentStatus, got {type(data).__name__}")
                status_type_0 = PaymentStatus(data)

                return status_type_0

            status = _parse_status(d.pop("status", UNSET))

            _field = "stripe_session_id"

            def _parse_stripe_session_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            stripe_session_id = _parse_stripe_session_id(d.pop("stripe_session_id", UNSET))

            _field = "sync_status"

            def _parse_sync_status(data: object) -> None | SyncStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected SyncStatus, got {type(data).__name__}")
                sync_status_type_0 = SyncStatus(data)

                return sync_status_type_0

            sync_status = _parse_sync_status(d.pop("sync_status", UNSET))

            _field = "timestamp"

            def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                timestamp_type_0 = parse_datetime(data)

                return timestamp_type_0

            timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

            _field = "transaction_match_approved_at"

            def _parse_transaction_match_approved_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                transaction_match_approved_at_type_0 = parse_datetime(data)

                return transaction_match_approved_at_type_0

            transaction_match_approved_at = _parse_transaction_match_approved_at(
                d.pop("transaction_match_approved_at", UNSET)
            )

            _field = "transaction_match_approver_id"

            def _parse_transaction_match_approver_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            transaction_match_approver_id = _parse_transaction_match_approver_id(
                d.pop("transaction_match_approver_id", UNSET)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        payment = cls(
            id=id,
            agent_confidence_reason=agent_confidence_reason,
            agent_confidence_score=agent_confidence_score,
            agent_error_code=agent_error_code,
            agent_uncertainties=agent_uncertainties,
            amount=amount,
            amount_refunded=amount_refunded,
            bank_transaction_id=bank_transaction_id,
            billing_email=billing_email,
            created_at=created_at,
            currency=currency,
            currency_rate=currency_rate,
            custom_fields=custom_fields,
            description=description,
            expected_at=expected_at,
            finix_transfer_id=finix_transfer_id,
            initiated_at=initiated_at,
            last_exported_at=last_exported_at,
            last_synced_at=last_synced_at,
            linked_integration_id=linked_integration_id,
            modified_at=modified_at,
            object_=object_,
            partner_id=partner_id,
            payment_method=payment_method,
            receipt_url=receipt_url,
            reference_number=reference_number,
            remittance_id=remittance_id,
            remote_created_at=remote_created_at,
            remote_id=remote_id,
            remote_metadata=remote_metadata,
            remote_modified_at=remote_modified_at,
            statement_descriptor=statement_descriptor,
            status=status,
            stripe_session_id=stripe_session_id,
            sync_status=sync_status,
            timestamp=timestamp,
            transaction_match_approved_at=transaction_match_approved_at,
            transaction_match_approver_id=transaction_match_approver_id,
        )

        payment.additional_properties = d
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
