from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.currency import Currency
from ..models.invoice_status import InvoiceStatus
from ..models.invoice_type import InvoiceType
from ..models.outreach_channel import OutreachChannel
from ..models.remote_payment_status import RemotePaymentStatus
from ..models.sync_status import SyncStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.call import Call
    from ..models.email import Email
    from ..models.invoice_payment import InvoicePayment
    from ..models.line_item import LineItem
    from ..models.linked_integration import LinkedIntegration
    from ..models.partner import Partner
    from ..models.user import User


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        amount_due (float):
        currency (Currency): ISO 4217 currency code. The reference page shows only the first value, `ADP` (a withdrawn
            code, so the server's list includes historical codes); this list holds the current ISO 4217 codes plus `ADP`.
            Unlisted codes parse as unknown members.
        object_ (str):
        remote_id (str):
        total_amount (float):
        id (None | str | Unset):
        amount_paid (float | None | Unset):
        assignee (None | Unset | User):
        billing_address (Address | None | Unset):
        billing_address_id (int | None | Unset):
        billing_email (None | str | Unset):
        calls (list[Call] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        custom_fields (Any | Unset): Untyped on the reference page (`<unknown>`).
        due_date (datetime.datetime | None | Unset):
        emails (list[Email] | None | Unset):
        in_dispute (bool | None | Unset):
        is_issued_email_sent (bool | None | Unset):
        issued_at (datetime.datetime | None | Unset):
        last_outreach_at (datetime.datetime | None | Unset):
        last_outreach_channel (None | OutreachChannel | Unset):
        last_outreach_to (None | str | Unset):
        last_synced_at (datetime.datetime | None | Unset):
        line_items (list[LineItem] | None | Unset):
        linked_integration (LinkedIntegration | None | Unset):
        marked_uncollectible_at (datetime.datetime | None | Unset):
        memo (None | str | Unset):
        modified_at (datetime.datetime | None | Unset):
        number (None | str | Unset):
        order_number (None | str | Unset):
        paid_at (datetime.datetime | None | Unset):
        partner (None | Partner | Unset):
        partner_id (None | str | Unset):
        payments (list[InvoicePayment] | None | Unset):
        pdf (Any | Unset): Untyped on the reference page (`<unknown>`).
        pdf_id (None | str | Unset):
        period_end_date (datetime.datetime | None | Unset):
        period_start_date (datetime.datetime | None | Unset):
        private_note (None | str | Unset):
        promised_to_pay_date (datetime.date | None | Unset):
        purchase_order_number (None | str | Unset):
        remote_created_at (datetime.datetime | None | Unset):
        remote_invoice_pdf (None | str | Unset):
        remote_metadata (Any | Unset): Untyped on the reference page (`<unknown>`).
        remote_modified_at (datetime.datetime | None | Unset):
        remote_partner_id (None | str | Unset):
        remote_payment_portal_url (None | str | Unset):
        remote_payment_status (None | RemotePaymentStatus | Unset):
        remote_status (None | str | Unset):
        requires_line_item_sync (bool | None | Unset):
        shipping_address (Address | None | Unset):
        shipping_address_id (int | None | Unset):
        status (InvoiceStatus | None | Unset): Rendered as `<unknown>` on the reference page; typed with the `status`
            filter's values.
        subtotal (float | None | Unset):
        sync_status (None | SyncStatus | Unset):
        total_discount (float | None | Unset):
        total_tax (float | None | Unset):
        type_ (InvoiceType | None | Unset):
        voided_at (datetime.datetime | None | Unset):
    """

    amount_due: float
    currency: Currency
    object_: str
    remote_id: str
    total_amount: float
    id: None | str | Unset = UNSET
    amount_paid: float | None | Unset = UNSET
    assignee: None | Unset | User = UNSET
    billing_address: Address | None | Unset = UNSET
    billing_address_id: int | None | Unset = UNSET
    billing_email: None | str | Unset = UNSET
    calls: list[Call] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_fields: Any | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    emails: list[Email] | None | Unset = UNSET
    in_dispute: bool | None | Unset = UNSET
    is_issued_email_sent: bool | None | Unset = UNSET
    issued_at: datetime.datetime | None | Unset = UNSET
    last_outreach_at: datetime.datetime | None | Unset = UNSET
    last_outreach_channel: None | OutreachChannel | Unset = UNSET
    last_outreach_to: None | str | Unset = UNSET
    last_synced_at: datetime.datetime | None | Unset = UNSET
    line_items: list[LineItem] | None | Unset = UNSET
    linked_integration: LinkedIntegration | None | Unset = UNSET
    marked_uncollectible_at: datetime.datetime | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    number: None | str | Unset = UNSET
    order_number: None | str | Unset = UNSET
    paid_at: datetime.datetime | None | Unset = UNSET
    partner: None | Partner | Unset = UNSET
    partner_id: None | str | Unset = UNSET
    payments: list[InvoicePayment] | None | Unset = UNSET
    pdf: Any | Unset = UNSET
    pdf_id: None | str | Unset = UNSET
    period_end_date: datetime.datetime | None | Unset = UNSET
    period_start_date: datetime.datetime | None | Unset = UNSET
    private_note: None | str | Unset = UNSET
    promised_to_pay_date: datetime.date | None | Unset = UNSET
    purchase_order_number: None | str | Unset = UNSET
    remote_created_at: datetime.datetime | None | Unset = UNSET
    remote_invoice_pdf: None | str | Unset = UNSET
    remote_metadata: Any | Unset = UNSET
    remote_modified_at: datetime.datetime | None | Unset = UNSET
    remote_partner_id: None | str | Unset = UNSET
    remote_payment_portal_url: None | str | Unset = UNSET
    remote_payment_status: None | RemotePaymentStatus | Unset = UNSET
    remote_status: None | str | Unset = UNSET
    requires_line_item_sync: bool | None | Unset = UNSET
    shipping_address: Address | None | Unset = UNSET
    shipping_address_id: int | None | Unset = UNSET
    status: InvoiceStatus | None | Unset = UNSET
    subtotal: float | None | Unset = UNSET
    sync_status: None | SyncStatus | Unset = UNSET
    total_discount: float | None | Unset = UNSET
    total_tax: float | None | Unset = UNSET
    type_: InvoiceType | None | Unset = UNSET
    voided_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415
        from ..models.partner import Partner  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        amount_due = self.amount_due

        currency = self.currency.value

        object_ = self.object_

        remote_id = self.remote_id

        total_amount = self.total_amount

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        amount_paid: float | None | Unset
        if isinstance(self.amount_paid, Unset):
            amount_paid = UNSET
        else:
            amount_paid = self.amount_paid

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, User):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, Address):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        billing_address_id: int | None | Unset
        if isinstance(self.billing_address_id, Unset):
            billing_address_id = UNSET
        else:
            billing_address_id = self.billing_address_id

        billing_email: None | str | Unset
        if isinstance(self.billing_email, Unset):
            billing_email = UNSET
        else:
            billing_email = self.billing_email

        calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.calls, Unset):
            calls = UNSET
        elif isinstance(self.calls, list):
            calls = []
            for calls_type_0_item_data in self.calls:
                calls_type_0_item = calls_type_0_item_data.to_dict()
                calls.append(calls_type_0_item)

        else:
            calls = self.calls

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        custom_fields = self.custom_fields

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        emails: list[dict[str, Any]] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = []
            for emails_type_0_item_data in self.emails:
                emails_type_0_item = emails_type_0_item_data.to_dict()
                emails.append(emails_type_0_item)

        else:
            emails = self.emails

        in_dispute: bool | None | Unset
        if isinstance(self.in_dispute, Unset):
            in_dispute = UNSET
        else:
            in_dispute = self.in_dispute

        is_issued_email_sent: bool | None | Unset
        if isinstance(self.is_issued_email_sent, Unset):
            is_issued_email_sent = UNSET
        else:
            is_issued_email_sent = self.is_issued_email_sent

        issued_at: None | str | Unset
        if isinstance(self.issued_at, Unset):
            issued_at = UNSET
        elif isinstance(self.issued_at, datetime.datetime):
            issued_at = self.issued_at.isoformat()
        else:
            issued_at = self.issued_at

        last_outreach_at: None | str | Unset
        if isinstance(self.last_outreach_at, Unset):
            last_outreach_at = UNSET
        elif isinstance(self.last_outreach_at, datetime.datetime):
            last_outreach_at = self.last_outreach_at.isoformat()
        else:
            last_outreach_at = self.last_outreach_at

        last_outreach_channel: None | str | Unset
        if isinstance(self.last_outreach_channel, Unset):
            last_outreach_channel = UNSET
        elif isinstance(self.last_outreach_channel, OutreachChannel):
            last_outreach_channel = self.last_outreach_channel.value
        else:
            last_outreach_channel = self.last_outreach_channel

        last_outreach_to: None | str | Unset
        if isinstance(self.last_outreach_to, Unset):
            last_outreach_to = UNSET
        else:
            last_outreach_to = self.last_outreach_to

        last_synced_at: None | str | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = self.last_synced_at.isoformat()
        else:
            last_synced_at = self.last_synced_at

        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        linked_integration: dict[str, Any] | None | Unset
        if isinstance(self.linked_integration, Unset):
            linked_integration = UNSET
        elif isinstance(self.linked_integration, LinkedIntegration):
            linked_integration = self.linked_integration.to_dict()
        else:
            linked_integration = self.linked_integration

        marked_uncollectible_at: None | str | Unset
        if isinstance(self.marked_uncollectible_at, Unset):
            marked_uncollectible_at = UNSET
        elif isinstance(self.marked_uncollectible_at, datetime.datetime):
            marked_uncollectible_at = self.marked_uncollectible_at.isoformat()
        else:
            marked_uncollectible_at = self.marked_uncollectible_at

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        order_number: None | str | Unset
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        elif isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        payments: list[dict[str, Any]] | None | Unset
        if isinstance(self.payments, Unset):
            payments = UNSET
        elif isinstance(self.payments, list):
            payments = []
            for payments_type_0_item_data in self.payments:
                payments_type_0_item = payments_type_0_item_data.to_dict()
                payments.append(payments_type_0_item)

        else:
            payments = self.payments

        pdf = self.pdf

        pdf_id: None | str | Unset
        if isinstance(self.pdf_id, Unset):
            pdf_id = UNSET
        else:
            pdf_id = self.pdf_id

        period_end_date: None | str | Unset
        if isinstance(self.period_end_date, Unset):
            period_end_date = UNSET
        elif isinstance(self.period_end_date, datetime.datetime):
            period_end_date = self.period_end_date.isoformat()
        else:
            period_end_date = self.period_end_date

        period_start_date: None | str | Unset
        if isinstance(self.period_start_date, Unset):
            period_start_date = UNSET
        elif isinstance(self.period_start_date, datetime.datetime):
            period_start_date = self.period_start_date.isoformat()
        else:
            period_start_date = self.period_start_date

        private_note: None | str | Unset
        if isinstance(self.private_note, Unset):
            private_note = UNSET
        else:
            private_note = self.private_note

        promised_to_pay_date: None | str | Unset
        if isinstance(self.promised_to_pay_date, Unset):
            promised_to_pay_date = UNSET
        elif isinstance(self.promised_to_pay_date, datetime.date):
            promised_to_pay_date = self.promised_to_pay_date.isoformat()
        else:
            promised_to_pay_date = self.promised_to_pay_date

        purchase_order_number: None | str | Unset
        if isinstance(self.purchase_order_number, Unset):
            purchase_order_number = UNSET
        else:
            purchase_order_number = self.purchase_order_number

        remote_created_at: None | str | Unset
        if isinstance(self.remote_created_at, Unset):
            remote_created_at = UNSET
        elif isinstance(self.remote_created_at, datetime.datetime):
            remote_created_at = self.remote_created_at.isoformat()
        else:
            remote_created_at = self.remote_created_at

        remote_invoice_pdf: None | str | Unset
        if isinstance(self.remote_invoice_pdf, Unset):
            remote_invoice_pdf = UNSET
        else:
            remote_invoice_pdf = self.remote_invoice_pdf

        remote_metadata = self.remote_metadata

        remote_modified_at: None | str | Unset
        if isinstance(self.remote_modified_at, Unset):
            remote_modified_at = UNSET
        elif isinstance(self.remote_modified_at, datetime.datetime):
            remote_modified_at = self.remote_modified_at.isoformat()
        else:
            remote_modified_at = self.remote_modified_at

        remote_partner_id: None | str | Unset
        if isinstance(self.remote_partner_id, Unset):
            remote_partner_id = UNSET
        else:
            remote_partner_id = self.remote_partner_id

        remote_payment_portal_url: None | str | Unset
        if isinstance(self.remote_payment_portal_url, Unset):
            remote_payment_portal_url = UNSET
        else:
            remote_payment_portal_url = self.remote_payment_portal_url

        remote_payment_status: None | str | Unset
        if isinstance(self.remote_payment_status, Unset):
            remote_payment_status = UNSET
        elif isinstance(self.remote_payment_status, RemotePaymentStatus):
            remote_payment_status = self.remote_payment_status.value
        else:
            remote_payment_status = self.remote_payment_status

        remote_status: None | str | Unset
        if isinstance(self.remote_status, Unset):
            remote_status = UNSET
        else:
            remote_status = self.remote_status

        requires_line_item_sync: bool | None | Unset
        if isinstance(self.requires_line_item_sync, Unset):
            requires_line_item_sync = UNSET
        else:
            requires_line_item_sync = self.requires_line_item_sync

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, Address):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        shipping_address_id: int | None | Unset
        if isinstance(self.shipping_address_id, Unset):
            shipping_address_id = UNSET
        else:
            shipping_address_id = self.shipping_address_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InvoiceStatus):
            status = self.status.value
        else:
            status = self.status

        subtotal: float | None | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        sync_status: None | str | Unset
        if isinstance(self.sync_status, Unset):
            sync_status = UNSET
        elif isinstance(self.sync_status, SyncStatus):
            sync_status = self.sync_status.value
        else:
            sync_status = self.sync_status

        total_discount: float | None | Unset
        if isinstance(self.total_discount, Unset):
            total_discount = UNSET
        else:
            total_discount = self.total_discount

        total_tax: float | None | Unset
        if isinstance(self.total_tax, Unset):
            total_tax = UNSET
        else:
            total_tax = self.total_tax

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, InvoiceType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        voided_at: None | str | Unset
        if isinstance(self.voided_at, Unset):
            voided_at = UNSET
        elif isinstance(self.voided_at, datetime.datetime):
            voided_at = self.voided_at.isoformat()
        else:
            voided_at = self.voided_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_due": amount_due,
                "currency": currency,
                "object": object_,
                "remote_id": remote_id,
                "total_amount": total_amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if billing_address_id is not UNSET:
            field_dict["billing_address_id"] = billing_address_id
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email
        if calls is not UNSET:
            field_dict["calls"] = calls
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if emails is not UNSET:
            field_dict["emails"] = emails
        if in_dispute is not UNSET:
            field_dict["in_dispute"] = in_dispute
        if is_issued_email_sent is not UNSET:
            field_dict["is_issued_email_sent"] = is_issued_email_sent
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if last_outreach_at is not UNSET:
            field_dict["last_outreach_at"] = last_outreach_at
        if last_outreach_channel is not UNSET:
            field_dict["last_outreach_channel"] = last_outreach_channel
        if last_outreach_to is not UNSET:
            field_dict["last_outreach_to"] = last_outreach_to
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if linked_integration is not UNSET:
            field_dict["linked_integration"] = linked_integration
        if marked_uncollectible_at is not UNSET:
            field_dict["marked_uncollectible_at"] = marked_uncollectible_at
        if memo is not UNSET:
            field_dict["memo"] = memo
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if number is not UNSET:
            field_dict["number"] = number
        if order_number is not UNSET:
            field_dict["order_number"] = order_number
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if payments is not UNSET:
            field_dict["payments"] = payments
        if pdf is not UNSET:
            field_dict["pdf"] = pdf
        if pdf_id is not UNSET:
            field_dict["pdf_id"] = pdf_id
        if period_end_date is not UNSET:
            field_dict["period_end_date"] = period_end_date
        if period_start_date is not UNSET:
            field_dict["period_start_date"] = period_start_date
        if private_note is not UNSET:
            field_dict["private_note"] = private_note
        if promised_to_pay_date is not UNSET:
            field_dict["promised_to_pay_date"] = promised_to_pay_date
        if purchase_order_number is not UNSET:
            field_dict["purchase_order_number"] = purchase_order_number
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_invoice_pdf is not UNSET:
            field_dict["remote_invoice_pdf"] = remote_invoice_pdf
        if remote_metadata is not UNSET:
            field_dict["remote_metadata"] = remote_metadata
        if remote_modified_at is not UNSET:
            field_dict["remote_modified_at"] = remote_modified_at
        if remote_partner_id is not UNSET:
            field_dict["remote_partner_id"] = remote_partner_id
        if remote_payment_portal_url is not UNSET:
            field_dict["remote_payment_portal_url"] = remote_payment_portal_url
        if remote_payment_status is not UNSET:
            field_dict["remote_payment_status"] = remote_payment_status
        if remote_status is not UNSET:
            field_dict["remote_status"] = remote_status
        if requires_line_item_sync is not UNSET:
            field_dict["requires_line_item_sync"] = requires_line_item_sync
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if shipping_address_id is not UNSET:
            field_dict["shipping_address_id"] = shipping_address_id
        if status is not UNSET:
            field_dict["status"] = status
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if sync_status is not UNSET:
            field_dict["sync_status"] = sync_status
        if total_discount is not UNSET:
            field_dict["total_discount"] = total_discount
        if total_tax is not UNSET:
            field_dict["total_tax"] = total_tax
        if type_ is not UNSET:
            field_dict["type"] = type_
        if voided_at is not UNSET:
            field_dict["voided_at"] = voided_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.call import Call  # noqa: PLC0415
        from ..models.email import Email  # noqa: PLC0415
        from ..models.invoice_payment import InvoicePayment  # noqa: PLC0415
        from ..models.line_item import LineItem  # noqa: PLC0415
        from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415
        from ..models.partner import Partner  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_due"
            amount_due = d.pop("amount_due")
            if not (isinstance(amount_due, (int, float)) and not isinstance(amount_due, bool)):
                raise TypeError(f"expected a number, got {type(amount_due).__name__}")

            _field = "currency"
            currency = Currency(d.pop("currency"))

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "remote_id"
            remote_id = d.pop("remote_id")
            if not (isinstance(remote_id, str)):
                raise TypeError(f"expected a string, got {type(remote_id).__name__}")

            _field = "total_amount"
            total_amount = d.pop("total_amount")
            if not (isinstance(total_amount, (int, float)) and not isinstance(total_amount, bool)):
                raise TypeError(f"expected a number, got {type(total_amount).__name__}")

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

            _field = "amount_paid"

            def _parse_amount_paid(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            amount_paid = _parse_amount_paid(d.pop("amount_paid", UNSET))

            _field = "assignee"

            def _parse_assignee(data: object) -> None | Unset | User:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected User, got {type(data).__name__}")
                assignee_type_0 = User.from_dict(data)

                return assignee_type_0

            assignee = _parse_assignee(d.pop("assignee", UNSET))

            _field = "billing_address"

            def _parse_billing_address(data: object) -> Address | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Address, got {type(data).__name__}")
                billing_address_type_0 = Address.from_dict(data)

                return billing_address_type_0

            billing_address = _parse_billing_address(d.pop("billing_address", UNSET))

            _field = "billing_address_id"

            def _parse_billing_address_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected an integer, got {type(data).__name__}")

            billing_address_id = _parse_billing_address_id(d.pop("billing_address_id", UNSET))

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

            _field = "calls"

            def _parse_calls(data: object) -> list[Call] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _calls_type_0 = data
                if not isinstance(_calls_type_0, list):
                    raise TypeError(f"expected an array, got {type(_calls_type_0).__name__}")
                calls_type_0 = []
                for _calls_type_0_index, calls_type_0_item_data in enumerate(_calls_type_0):
                    try:
                        calls_type_0_item = Call.from_dict(calls_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_calls_type_0_index,)
                        ) from _parse_failure
                    calls_type_0.append(calls_type_0_item)

                return calls_type_0

            calls = _parse_calls(d.pop("calls", UNSET))

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

            _field = "due_date"

            def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                due_date_type_0 = parse_datetime(data)

                return due_date_type_0

            due_date = _parse_due_date(d.pop("due_date", UNSET))

            _field = "emails"

            def _parse_emails(data: object) -> list[Email] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _emails_type_0 = data
                if not isinstance(_emails_type_0, list):
                    raise TypeError(f"expected an array, got {type(_emails_type_0).__name__}")
                emails_type_0 = []
                for _emails_type_0_index, emails_type_0_item_data in enumerate(_emails_type_0):
                    try:
                        emails_type_0_item = Email.from_dict(emails_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_emails_type_0_index,)
                        ) from _parse_failure
                    emails_type_0.append(emails_type_0_item)

                return emails_type_0

            emails = _parse_emails(d.pop("emails", UNSET))

            _field = "in_dispute"

            def _parse_in_dispute(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            in_dispute = _parse_in_dispute(d.pop("in_dispute", UNSET))

            _field = "is_issued_email_sent"

            def _parse_is_issued_email_sent(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_issued_email_sent = _parse_is_issued_email_sent(d.pop("is_issued_email_sent", UNSET))

            _field = "issued_at"

            def _parse_issued_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                issued_at_type_0 = parse_datetime(data)

                return issued_at_type_0

            issued_at = _parse_issued_at(d.pop("issued_at", UNSET))

            _field = "last_outreach_at"

            def _parse_last_outreach_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                last_outreach_at_type_0 = parse_datetime(data)

                return last_outreach_at_type_0

            last_outreach_at = _parse_last_outreach_at(d.pop("last_outreach_at", UNSET))

            _field = "last_outreach_channel"

            def _parse_last_outreach_channel(data: object) -> None | OutreachChannel | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected OutreachChannel, got {type(data).__name__}")
                last_outreach_channel_type_0 = OutreachChannel(data)

                return last_outreach_channel_type_0

            last_outreach_channel = _parse_last_outreach_channel(d.pop("last_outreach_channel", UNSET))

            _field = "last_outreach_to"

            def _parse_last_outreach_to(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            last_outreach_to = _parse_last_outreach_to(d.pop("last_outreach_to", UNSET))

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

            _field = "line_items"

            def _parse_line_items(data: object) -> list[LineItem] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _line_items_type_0 = data
                if not isinstance(_line_items_type_0, list):
                    raise TypeError(f"expected an array, got {type(_line_items_type_0).__name__}")
                line_items_type_0 = []
                for _line_items_type_0_index, line_items_type_0_item_data in enumerate(_line_items_type_0):
                    try:
                        line_items_type_0_item = LineItem.from_dict(line_items_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_line_items_type_0_index,)
                        ) from _parse_failure
                    line_items_type_0.append(line_items_type_0_item)

                return line_items_type_0

            line_items = _parse_line_items(d.pop("line_items", UNSET))

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

            _field = "marked_uncollectible_at"

            def _parse_marked_uncollectible_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                marked_uncollectible_at_type_0 = parse_datetime(data)

                return marked_uncollectible_at_type_0

            marked_uncollectible_at = _parse_marked_uncollectible_at(d.pop("marked_uncollectible_at", UNSET))

            _field = "memo"

            def _parse_memo(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            memo = _parse_memo(d.pop("memo", UNSET))

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

            _field = "number"

            def _parse_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            number = _parse_number(d.pop("number", UNSET))

            _field = "order_number"

            def _parse_order_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            order_number = _parse_order_number(d.pop("order_number", UNSET))

            _field = "paid_at"

            def _parse_paid_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                paid_at_type_0 = parse_datetime(data)

                return paid_at_type_0

            paid_at = _parse_paid_at(d.pop("paid_at", UNSET))

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

            _field = "payments"

            def _parse_payments(data: object) -> list[InvoicePayment] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _payments_type_0 = data
                if not isinstance(_payments_type_0, list):
                    raise TypeError(f"expected an array, got {type(_payments_type_0).__name__}")
                payments_type_0 = []
                for _payments_type_0_index, payments_type_0_item_data in enumerate(_payments_type_0):
                    try:
                        payments_type_0_item = InvoicePayment.from_dict(payments_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_payments_type_0_index,)
                        ) from _parse_failure
                    payments_type_0.append(payments_type_0_item)

                return payments_type_0

            payments = _parse_payments(d.pop("payments", UNSET))

            _field = "pdf"
            pdf = d.pop("pdf", UNSET)

            _field = "pdf_id"

            def _parse_pdf_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            pdf_id = _parse_pdf_id(d.pop("pdf_id", UNSET))

            _field = "period_end_date"

            def _parse_period_end_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                period_end_date_type_0 = parse_datetime(data)

                return period_end_date_type_0

            period_end_date = _parse_period_end_date(d.pop("period_end_date", UNSET))

            _field = "period_start_date"

            def _parse_period_start_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                period_start_date_type_0 = parse_datetime(data)

                return period_start_date_type_0

            period_start_date = _parse_period_start_date(d.pop("period_start_date", UNSET))

            _field = "private_note"

            def _parse_private_note(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            private_note = _parse_private_note(d.pop("private_note", UNSET))

            _field = "promised_to_pay_date"

            def _parse_promised_to_pay_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.date, got {type(data).__name__}")
                promised_to_pay_date_type_0 = datetime.date.fromisoformat(data)

                return promised_to_pay_date_type_0

            promised_to_pay_date = _parse_promised_to_pay_date(d.pop("promised_to_pay_date", UNSET))

            _field = "purchase_order_number"

            def _parse_purchase_order_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            purchase_order_number = _parse_purchase_order_number(d.pop("purchase_order_number", UNSET))

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

            _field = "remote_invoice_pdf"

            def _parse_remote_invoice_pdf(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_invoice_pdf = _parse_remote_invoice_pdf(d.pop("remote_invoice_pdf", UNSET))

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

            _field = "remote_partner_id"

            def _parse_remote_partner_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_partner_id = _parse_remote_partner_id(d.pop("remote_partner_id", UNSET))

            _field = "remote_payment_portal_url"

            def _parse_remote_payment_portal_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_payment_portal_url = _parse_remote_payment_portal_url(d.pop("remote_payment_portal_url", UNSET))

            _field = "remote_payment_status"

            def _parse_remote_payment_status(data: object) -> None | RemotePaymentStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected RemotePaymentStatus, got {type(data).__name__}")
                remote_payment_status_type_0 = RemotePaymentStatus(data)

                return remote_payment_status_type_0

            remote_payment_status = _parse_remote_payment_status(d.pop("remote_payment_status", UNSET))

            _field = "remote_status"

            def _parse_remote_status(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_status = _parse_remote_status(d.pop("remote_status", UNSET))

            _field = "requires_line_item_sync"

            def _parse_requires_line_item_sync(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            requires_line_item_sync = _parse_requires_line_item_sync(d.pop("requires_line_item_sync", UNSET))

            _field = "shipping_address"

            def _parse_shipping_address(data: object) -> Address | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Address, got {type(data).__name__}")
                shipping_address_type_0 = Address.from_dict(data)

                return shipping_address_type_0

            shipping_address = _parse_shipping_address(d.pop("shipping_address", UNSET))

            _field = "shipping_address_id"

            def _parse_shipping_address_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected an integer, got {type(data).__name__}")

            shipping_address_id = _parse_shipping_address_id(d.pop("shipping_address_id", UNSET))

            _field = "status"

            def _parse_status(data: object) -> InvoiceStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected InvoiceStatus, got {type(data).__name__}")
                status_type_0 = InvoiceStatus(data)

                return status_type_0

            status = _parse_status(d.pop("status", UNSET))

            _field = "subtotal"

            def _parse_subtotal(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            subtotal = _parse_subtotal(d.pop("subtotal", UNSET))

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

            _field = "total_discount"

            def _parse_total_discount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            total_discount = _parse_total_discount(d.pop("total_discount", UNSET))

            _field = "total_tax"

            def _parse_total_tax(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            total_tax = _parse_total_tax(d.pop("total_tax", UNSET))

            _field = "type"

            def _parse_type_(data: object) -> InvoiceType | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected InvoiceType, got {type(data).__name__}")
                type_type_0 = InvoiceType(data)

                return type_type_0

            type_ = _parse_type_(d.pop("type", UNSET))

            _field = "voided_at"

            def _parse_voided_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                voided_at_type_0 = parse_datetime(data)

                return voided_at_type_0

            voided_at = _parse_voided_at(d.pop("voided_at", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        invoice = cls(
            amount_due=amount_due,
            currency=currency,
            object_=object_,
            remote_id=remote_id,
            total_amount=total_amount,
            id=id,
            amount_paid=amount_paid,
            assignee=assignee,
            billing_address=billing_address,
            billing_address_id=billing_address_id,
            billing_email=billing_email,
            calls=calls,
            created_at=created_at,
            custom_fields=custom_fields,
            due_date=due_date,
            emails=emails,
            in_dispute=in_dispute,
            is_issued_email_sent=is_issued_email_sent,
            issued_at=issued_at,
            last_outreach_at=last_outreach_at,
            last_outreach_channel=last_outreach_channel,
            last_outreach_to=last_outreach_to,
            last_synced_at=last_synced_at,
            line_items=line_items,
            linked_integration=linked_integration,
            marked_uncollectible_at=marked_uncollectible_at,
            memo=memo,
            modified_at=modified_at,
            number=number,
            order_number=order_number,
            paid_at=paid_at,
            partner=partner,
            partner_id=partner_id,
            payments=payments,
            pdf=pdf,
            pdf_id=pdf_id,
            period_end_date=period_end_date,
            period_start_date=period_start_date,
            private_note=private_note,
            promised_to_pay_date=promised_to_pay_date,
            purchase_order_number=purchase_order_number,
            remote_created_at=remote_created_at,
            remote_invoice_pdf=remote_invoice_pdf,
            remote_metadata=remote_metadata,
            remote_modified_at=remote_modified_at,
            remote_partner_id=remote_partner_id,
            remote_payment_portal_url=remote_payment_portal_url,
            remote_payment_status=remote_payment_status,
            remote_status=remote_status,
            requires_line_item_sync=requires_line_item_sync,
            shipping_address=shipping_address,
            shipping_address_id=shipping_address_id,
            status=status,
            subtotal=subtotal,
            sync_status=sync_status,
            total_discount=total_discount,
            total_tax=total_tax,
            type_=type_,
            voided_at=voided_at,
        )

        invoice.additional_properties = d
        return invoice

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
