from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape, is_full_date
from .._decode import Decoded
from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    date_or_deviation,
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
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Invoice"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "amount_due",
        "currency",
        "object",
        "remote_id",
        "total_amount",
        "id",
        "amount_paid",
        "assignee",
        "billing_address",
        "billing_address_id",
        "billing_email",
        "calls",
        "created_at",
        "custom_fields",
        "due_date",
        "emails",
        "in_dispute",
        "is_issued_email_sent",
        "issued_at",
        "last_outreach_at",
        "last_outreach_channel",
        "last_outreach_to",
        "last_synced_at",
        "line_items",
        "linked_integration",
        "marked_uncollectible_at",
        "memo",
        "modified_at",
        "number",
        "order_number",
        "paid_at",
        "partner",
        "partner_id",
        "payments",
        "pdf",
        "pdf_id",
        "period_end_date",
        "period_start_date",
        "private_note",
        "promised_to_pay_date",
        "purchase_order_number",
        "remote_created_at",
        "remote_invoice_pdf",
        "remote_metadata",
        "remote_modified_at",
        "remote_partner_id",
        "remote_payment_portal_url",
        "remote_payment_status",
        "remote_status",
        "requires_line_item_sync",
        "shipping_address",
        "shipping_address_id",
        "status",
        "subtotal",
        "sync_status",
        "total_discount",
        "total_tax",
        "type",
        "voided_at",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.address import Address  # noqa: PLC0415
    from ..models.call import Call  # noqa: PLC0415
    from ..models.email import Email  # noqa: PLC0415
    from ..models.invoice_payment import InvoicePayment  # noqa: PLC0415
    from ..models.line_item import LineItem  # noqa: PLC0415
    from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415
    from ..models.partner import Partner  # noqa: PLC0415
    from ..models.user import User  # noqa: PLC0415

    globals().update(
        Address=Address,
        Call=Call,
        Email=Email,
        InvoicePayment=InvoicePayment,
        LineItem=LineItem,
        LinkedIntegration=LinkedIntegration,
        Partner=Partner,
        User=User,
    )
    _references_unresolved = False


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
        billing_address_id (int | None | Unset): An integer: an assumption, because the page shows only `123`, which the
            docs renderer prints for integers and numbers alike; the name says it is the numeric id of an address (the only
            id the pages show as a number).
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
        shipping_address_id (int | None | Unset): An integer: an assumption, because the page shows only `123`, which
            the docs renderer prints for integers and numbers alike; the name says it is the numeric id of an address (the
            only id the pages show as a number).
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        amount_due = self.amount_due

        currency = self.currency.value if isinstance(self.currency, Currency) else self.currency

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
            assignee = self.assignee.to_dict() if isinstance(self.assignee, User) else self.assignee

        else:
            assignee = self.assignee

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, Address):
            billing_address = (
                self.billing_address.to_dict() if isinstance(self.billing_address, Address) else self.billing_address
            )

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
            if isinstance(self.calls, list):
                calls = []
                for calls_type_0_item_data in self.calls:
                    calls_type_0_item = (
                        calls_type_0_item_data.to_dict()
                        if isinstance(calls_type_0_item_data, Call)
                        else calls_type_0_item_data
                    )

                    calls.append(calls_type_0_item)
            else:
                calls = self.calls

        else:
            calls = self.calls

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

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat() if isinstance(self.due_date, datetime.datetime) else self.due_date

        else:
            due_date = self.due_date

        emails: list[dict[str, Any]] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            if isinstance(self.emails, list):
                emails = []
                for emails_type_0_item_data in self.emails:
                    emails_type_0_item = (
                        emails_type_0_item_data.to_dict()
                        if isinstance(emails_type_0_item_data, Email)
                        else emails_type_0_item_data
                    )

                    emails.append(emails_type_0_item)
            else:
                emails = self.emails

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
            issued_at = self.issued_at.isoformat() if isinstance(self.issued_at, datetime.datetime) else self.issued_at

        else:
            issued_at = self.issued_at

        last_outreach_at: None | str | Unset
        if isinstance(self.last_outreach_at, Unset):
            last_outreach_at = UNSET
        elif isinstance(self.last_outreach_at, datetime.datetime):
            last_outreach_at = (
                self.last_outreach_at.isoformat()
                if isinstance(self.last_outreach_at, datetime.datetime)
                else self.last_outreach_at
            )

        else:
            last_outreach_at = self.last_outreach_at

        last_outreach_channel: None | str | Unset
        if isinstance(self.last_outreach_channel, Unset):
            last_outreach_channel = UNSET
        elif isinstance(self.last_outreach_channel, OutreachChannel):
            last_outreach_channel = (
                self.last_outreach_channel.value
                if isinstance(self.last_outreach_channel, OutreachChannel)
                else self.last_outreach_channel
            )

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
            last_synced_at = (
                self.last_synced_at.isoformat()
                if isinstance(self.last_synced_at, datetime.datetime)
                else self.last_synced_at
            )

        else:
            last_synced_at = self.last_synced_at

        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            if isinstance(self.line_items, list):
                line_items = []
                for line_items_type_0_item_data in self.line_items:
                    line_items_type_0_item = (
                        line_items_type_0_item_data.to_dict()
                        if isinstance(line_items_type_0_item_data, LineItem)
                        else line_items_type_0_item_data
                    )

                    line_items.append(line_items_type_0_item)
            else:
                line_items = self.line_items

        else:
            line_items = self.line_items

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

        marked_uncollectible_at: None | str | Unset
        if isinstance(self.marked_uncollectible_at, Unset):
            marked_uncollectible_at = UNSET
        elif isinstance(self.marked_uncollectible_at, datetime.datetime):
            marked_uncollectible_at = (
                self.marked_uncollectible_at.isoformat()
                if isinstance(self.marked_uncollectible_at, datetime.datetime)
                else self.marked_uncollectible_at
            )

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
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

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
            paid_at = self.paid_at.isoformat() if isinstance(self.paid_at, datetime.datetime) else self.paid_at

        else:
            paid_at = self.paid_at

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict() if isinstance(self.partner, Partner) else self.partner

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
            if isinstance(self.payments, list):
                payments = []
                for payments_type_0_item_data in self.payments:
                    payments_type_0_item = (
                        payments_type_0_item_data.to_dict()
                        if isinstance(payments_type_0_item_data, InvoicePayment)
                        else payments_type_0_item_data
                    )

                    payments.append(payments_type_0_item)
            else:
                payments = self.payments

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
            period_end_date = (
                self.period_end_date.isoformat()
                if isinstance(self.period_end_date, datetime.datetime)
                else self.period_end_date
            )

        else:
            period_end_date = self.period_end_date

        period_start_date: None | str | Unset
        if isinstance(self.period_start_date, Unset):
            period_start_date = UNSET
        elif isinstance(self.period_start_date, datetime.datetime):
            period_start_date = (
                self.period_start_date.isoformat()
                if isinstance(self.period_start_date, datetime.datetime)
                else self.period_start_date
            )

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
            promised_to_pay_date = (
                self.promised_to_pay_date.isoformat()
                if isinstance(self.promised_to_pay_date, datetime.date)
                else self.promised_to_pay_date
            )

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
            remote_created_at = (
                self.remote_created_at.isoformat()
                if isinstance(self.remote_created_at, datetime.datetime)
                else self.remote_created_at
            )

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
            remote_modified_at = (
                self.remote_modified_at.isoformat()
                if isinstance(self.remote_modified_at, datetime.datetime)
                else self.remote_modified_at
            )

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
            remote_payment_status = (
                self.remote_payment_status.value
                if isinstance(self.remote_payment_status, RemotePaymentStatus)
                else self.remote_payment_status
            )

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
            shipping_address = (
                self.shipping_address.to_dict() if isinstance(self.shipping_address, Address) else self.shipping_address
            )

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
            status = self.status.value if isinstance(self.status, InvoiceStatus) else self.status

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
            sync_status = self.sync_status.value if isinstance(self.sync_status, SyncStatus) else self.sync_status

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
            type_ = self.type_.value if isinstance(self.type_, InvoiceType) else self.type_

        else:
            type_ = self.type_

        voided_at: None | str | Unset
        if isinstance(self.voided_at, Unset):
            voided_at = UNSET
        elif isinstance(self.voided_at, datetime.datetime):
            voided_at = self.voided_at.isoformat() if isinstance(self.voided_at, datetime.datetime) else self.voided_at

        else:
            voided_at = self.voided_at

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
            _field = "amount_due"
            amount_due = get("amount_due", UNSET)
            if not (isinstance(amount_due, (int, float)) and not isinstance(amount_due, bool)):
                amount_due = deviation(amount_due, "a number", src_dict, _field, _SCHEMA)

            _field = "currency"
            _currency = get("currency", UNSET)
            currency = (Currency._by_value.get(_currency) if _currency.__class__ is str else None) or enum_or_deviation(
                Currency, _currency, src_dict, _field, _SCHEMA
            )

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_id"
            remote_id = get("remote_id", UNSET)
            if not (isinstance(remote_id, str)):
                remote_id = deviation(remote_id, "a string", src_dict, _field, _SCHEMA)

            _field = "total_amount"
            total_amount = get("total_amount", UNSET)
            if not (isinstance(total_amount, (int, float)) and not isinstance(total_amount, bool)):
                total_amount = deviation(total_amount, "a number", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "amount_paid"
            amount_paid: float | None | Unset
            _amount_paid_data = get("amount_paid", UNSET)
            if isinstance(_amount_paid_data, (int, float)) and not isinstance(_amount_paid_data, bool):
                amount_paid = _amount_paid_data
            elif _amount_paid_data is None or _amount_paid_data is UNSET:
                amount_paid = _amount_paid_data
            else:
                amount_paid = deviation(_amount_paid_data, "a number", src_dict, _field, _SCHEMA)

            _field = "assignee"
            assignee = (
                defer(_parse_assignee, get("assignee", UNSET), src_dict)
                if lazy
                else _parse_assignee(get("assignee", UNSET), False, src_dict)
            )

            _field = "billing_address"
            billing_address = (
                defer(_parse_billing_address, get("billing_address", UNSET), src_dict)
                if lazy
                else _parse_billing_address(get("billing_address", UNSET), False, src_dict)
            )

            _field = "billing_address_id"
            billing_address_id: int | None | Unset
            _billing_address_id_data = get("billing_address_id", UNSET)
            if isinstance(_billing_address_id_data, int) and not isinstance(_billing_address_id_data, bool):
                billing_address_id = _billing_address_id_data
            elif _billing_address_id_data is None or _billing_address_id_data is UNSET:
                billing_address_id = _billing_address_id_data
            else:
                billing_address_id = deviation(_billing_address_id_data, "an integer", src_dict, _field, _SCHEMA)

            _field = "billing_email"
            billing_email: None | str | Unset
            _billing_email_data = get("billing_email", UNSET)
            if isinstance(_billing_email_data, str):
                billing_email = _billing_email_data
            elif _billing_email_data is None or _billing_email_data is UNSET:
                billing_email = _billing_email_data
            else:
                billing_email = deviation(_billing_email_data, "a string", src_dict, _field, _SCHEMA)

            _field = "calls"
            calls = (
                defer(_parse_calls, get("calls", UNSET), src_dict)
                if lazy
                else _parse_calls(get("calls", UNSET), False, src_dict)
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

            _field = "due_date"
            due_date: datetime.datetime | None | Unset
            _due_date_data = get("due_date", UNSET)
            if isinstance(_due_date_data, str):
                try:
                    due_date_type_0 = datetime.datetime.fromisoformat(_due_date_data)
                except (TypeError, ValueError):
                    due_date_type_0 = datetime_or_deviation(_due_date_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_due_date_data):
                        due_date_type_0 = datetime_or_deviation(_due_date_data, src_dict, _field, _SCHEMA)

                due_date = due_date_type_0
            elif _due_date_data is None or _due_date_data is UNSET:
                due_date = _due_date_data
            else:
                due_date = deviation(_due_date_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "emails"
            emails = (
                defer(_parse_emails, get("emails", UNSET), src_dict)
                if lazy
                else _parse_emails(get("emails", UNSET), False, src_dict)
            )

            _field = "in_dispute"
            in_dispute: bool | None | Unset
            _in_dispute_data = get("in_dispute", UNSET)
            if isinstance(_in_dispute_data, bool):
                in_dispute = _in_dispute_data
            elif _in_dispute_data is None or _in_dispute_data is UNSET:
                in_dispute = _in_dispute_data
            else:
                in_dispute = deviation(_in_dispute_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_issued_email_sent"
            is_issued_email_sent: bool | None | Unset
            _is_issued_email_sent_data = get("is_issued_email_sent", UNSET)
            if isinstance(_is_issued_email_sent_data, bool):
                is_issued_email_sent = _is_issued_email_sent_data
            elif _is_issued_email_sent_data is None or _is_issued_email_sent_data is UNSET:
                is_issued_email_sent = _is_issued_email_sent_data
            else:
                is_issued_email_sent = deviation(_is_issued_email_sent_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "issued_at"
            issued_at: datetime.datetime | None | Unset
            _issued_at_data = get("issued_at", UNSET)
            if isinstance(_issued_at_data, str):
                try:
                    issued_at_type_0 = datetime.datetime.fromisoformat(_issued_at_data)
                except (TypeError, ValueError):
                    issued_at_type_0 = datetime_or_deviation(_issued_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_issued_at_data):
                        issued_at_type_0 = datetime_or_deviation(_issued_at_data, src_dict, _field, _SCHEMA)

                issued_at = issued_at_type_0
            elif _issued_at_data is None or _issued_at_data is UNSET:
                issued_at = _issued_at_data
            else:
                issued_at = deviation(_issued_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "last_outreach_at"
            last_outreach_at: datetime.datetime | None | Unset
            _last_outreach_at_data = get("last_outreach_at", UNSET)
            if isinstance(_last_outreach_at_data, str):
                try:
                    last_outreach_at_type_0 = datetime.datetime.fromisoformat(_last_outreach_at_data)
                except (TypeError, ValueError):
                    last_outreach_at_type_0 = datetime_or_deviation(_last_outreach_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_last_outreach_at_data):
                        last_outreach_at_type_0 = datetime_or_deviation(
                            _last_outreach_at_data, src_dict, _field, _SCHEMA
                        )

                last_outreach_at = last_outreach_at_type_0
            elif _last_outreach_at_data is None or _last_outreach_at_data is UNSET:
                last_outreach_at = _last_outreach_at_data
            else:
                last_outreach_at = deviation(_last_outreach_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "last_outreach_channel"
            last_outreach_channel: None | OutreachChannel | Unset
            _last_outreach_channel_data = get("last_outreach_channel", UNSET)
            if isinstance(_last_outreach_channel_data, str):
                _last_outreach_channel_type_0 = _last_outreach_channel_data
                last_outreach_channel_type_0 = (
                    OutreachChannel._by_value.get(_last_outreach_channel_type_0)
                    if _last_outreach_channel_type_0.__class__ is str
                    else None
                ) or enum_or_deviation(OutreachChannel, _last_outreach_channel_type_0, src_dict, _field, _SCHEMA)

                last_outreach_channel = last_outreach_channel_type_0
            elif _last_outreach_channel_data is None or _last_outreach_channel_data is UNSET:
                last_outreach_channel = _last_outreach_channel_data
            else:
                last_outreach_channel = deviation(
                    _last_outreach_channel_data, "OutreachChannel", src_dict, _field, _SCHEMA
                )

            _field = "last_outreach_to"
            last_outreach_to: None | str | Unset
            _last_outreach_to_data = get("last_outreach_to", UNSET)
            if isinstance(_last_outreach_to_data, str):
                last_outreach_to = _last_outreach_to_data
            elif _last_outreach_to_data is None or _last_outreach_to_data is UNSET:
                last_outreach_to = _last_outreach_to_data
            else:
                last_outreach_to = deviation(_last_outreach_to_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "line_items"
            line_items = (
                defer(_parse_line_items, get("line_items", UNSET), src_dict)
                if lazy
                else _parse_line_items(get("line_items", UNSET), False, src_dict)
            )

            _field = "linked_integration"
            linked_integration = (
                defer(_parse_linked_integration, get("linked_integration", UNSET), src_dict)
                if lazy
                else _parse_linked_integration(get("linked_integration", UNSET), False, src_dict)
            )

            _field = "marked_uncollectible_at"
            marked_uncollectible_at: datetime.datetime | None | Unset
            _marked_uncollectible_at_data = get("marked_uncollectible_at", UNSET)
            if isinstance(_marked_uncollectible_at_data, str):
                try:
                    marked_uncollectible_at_type_0 = datetime.datetime.fromisoformat(_marked_uncollectible_at_data)
                except (TypeError, ValueError):
                    marked_uncollectible_at_type_0 = datetime_or_deviation(
                        _marked_uncollectible_at_data, src_dict, _field, _SCHEMA
                    )
                else:
                    if not has_rfc3339_shape(_marked_uncollectible_at_data):
                        marked_uncollectible_at_type_0 = datetime_or_deviation(
                            _marked_uncollectible_at_data, src_dict, _field, _SCHEMA
                        )

                marked_uncollectible_at = marked_uncollectible_at_type_0
            elif _marked_uncollectible_at_data is None or _marked_uncollectible_at_data is UNSET:
                marked_uncollectible_at = _marked_uncollectible_at_data
            else:
                marked_uncollectible_at = deviation(
                    _marked_uncollectible_at_data, "a date-time string", src_dict, _field, _SCHEMA
                )

            _field = "memo"
            memo: None | str | Unset
            _memo_data = get("memo", UNSET)
            if isinstance(_memo_data, str):
                memo = _memo_data
            elif _memo_data is None or _memo_data is UNSET:
                memo = _memo_data
            else:
                memo = deviation(_memo_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "number"
            number: None | str | Unset
            _number_data = get("number", UNSET)
            if isinstance(_number_data, str):
                number = _number_data
            elif _number_data is None or _number_data is UNSET:
                number = _number_data
            else:
                number = deviation(_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "order_number"
            order_number: None | str | Unset
            _order_number_data = get("order_number", UNSET)
            if isinstance(_order_number_data, str):
                order_number = _order_number_data
            elif _order_number_data is None or _order_number_data is UNSET:
                order_number = _order_number_data
            else:
                order_number = deviation(_order_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "paid_at"
            paid_at: datetime.datetime | None | Unset
            _paid_at_data = get("paid_at", UNSET)
            if isinstance(_paid_at_data, str):
                try:
                    paid_at_type_0 = datetime.datetime.fromisoformat(_paid_at_data)
                except (TypeError, ValueError):
                    paid_at_type_0 = datetime_or_deviation(_paid_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_paid_at_data):
                        paid_at_type_0 = datetime_or_deviation(_paid_at_data, src_dict, _field, _SCHEMA)

                paid_at = paid_at_type_0
            elif _paid_at_data is None or _paid_at_data is UNSET:
                paid_at = _paid_at_data
            else:
                paid_at = deviation(_paid_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "partner"
            partner = (
                defer(_parse_partner, get("partner", UNSET), src_dict)
                if lazy
                else _parse_partner(get("partner", UNSET), False, src_dict)
            )

            _field = "partner_id"
            partner_id: None | str | Unset
            _partner_id_data = get("partner_id", UNSET)
            if isinstance(_partner_id_data, str):
                partner_id = _partner_id_data
            elif _partner_id_data is None or _partner_id_data is UNSET:
                partner_id = _partner_id_data
            else:
                partner_id = deviation(_partner_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "payments"
            payments = (
                defer(_parse_payments, get("payments", UNSET), src_dict)
                if lazy
                else _parse_payments(get("payments", UNSET), False, src_dict)
            )

            _field = "pdf"
            pdf = get("pdf", UNSET)

            _field = "pdf_id"
            pdf_id: None | str | Unset
            _pdf_id_data = get("pdf_id", UNSET)
            if isinstance(_pdf_id_data, str):
                pdf_id = _pdf_id_data
            elif _pdf_id_data is None or _pdf_id_data is UNSET:
                pdf_id = _pdf_id_data
            else:
                pdf_id = deviation(_pdf_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "period_end_date"
            period_end_date: datetime.datetime | None | Unset
            _period_end_date_data = get("period_end_date", UNSET)
            if isinstance(_period_end_date_data, str):
                try:
                    period_end_date_type_0 = datetime.datetime.fromisoformat(_period_end_date_data)
                except (TypeError, ValueError):
                    period_end_date_type_0 = datetime_or_deviation(_period_end_date_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_period_end_date_data):
                        period_end_date_type_0 = datetime_or_deviation(_period_end_date_data, src_dict, _field, _SCHEMA)

                period_end_date = period_end_date_type_0
            elif _period_end_date_data is None or _period_end_date_data is UNSET:
                period_end_date = _period_end_date_data
            else:
                period_end_date = deviation(_period_end_date_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "period_start_date"
            period_start_date: datetime.datetime | None | Unset
            _period_start_date_data = get("period_start_date", UNSET)
            if isinstance(_period_start_date_data, str):
                try:
                    period_start_date_type_0 = datetime.datetime.fromisoformat(_period_start_date_data)
                except (TypeError, ValueError):
                    period_start_date_type_0 = datetime_or_deviation(_period_start_date_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_period_start_date_data):
                        period_start_date_type_0 = datetime_or_deviation(
                            _period_start_date_data, src_dict, _field, _SCHEMA
                        )

                period_start_date = period_start_date_type_0
            elif _period_start_date_data is None or _period_start_date_data is UNSET:
                period_start_date = _period_start_date_data
            else:
                period_start_date = deviation(_period_start_date_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "private_note"
            private_note: None | str | Unset
            _private_note_data = get("private_note", UNSET)
            if isinstance(_private_note_data, str):
                private_note = _private_note_data
            elif _private_note_data is None or _private_note_data is UNSET:
                private_note = _private_note_data
            else:
                private_note = deviation(_private_note_data, "a string", src_dict, _field, _SCHEMA)

            _field = "promised_to_pay_date"
            promised_to_pay_date: datetime.date | None | Unset
            _promised_to_pay_date_data = get("promised_to_pay_date", UNSET)
            if isinstance(_promised_to_pay_date_data, str):
                try:
                    promised_to_pay_date_type_0 = datetime.date.fromisoformat(_promised_to_pay_date_data)
                except (TypeError, ValueError):
                    promised_to_pay_date_type_0 = date_or_deviation(
                        _promised_to_pay_date_data, src_dict, _field, _SCHEMA
                    )
                else:
                    if not is_full_date(_promised_to_pay_date_data):
                        promised_to_pay_date_type_0 = date_or_deviation(
                            _promised_to_pay_date_data, src_dict, _field, _SCHEMA
                        )

                promised_to_pay_date = promised_to_pay_date_type_0
            elif _promised_to_pay_date_data is None or _promised_to_pay_date_data is UNSET:
                promised_to_pay_date = _promised_to_pay_date_data
            else:
                promised_to_pay_date = deviation(_promised_to_pay_date_data, "a date string", src_dict, _field, _SCHEMA)

            _field = "purchase_order_number"
            purchase_order_number: None | str | Unset
            _purchase_order_number_data = get("purchase_order_number", UNSET)
            if isinstance(_purchase_order_number_data, str):
                purchase_order_number = _purchase_order_number_data
            elif _purchase_order_number_data is None or _purchase_order_number_data is UNSET:
                purchase_order_number = _purchase_order_number_data
            else:
                purchase_order_number = deviation(_purchase_order_number_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "remote_invoice_pdf"
            remote_invoice_pdf: None | str | Unset
            _remote_invoice_pdf_data = get("remote_invoice_pdf", UNSET)
            if isinstance(_remote_invoice_pdf_data, str):
                remote_invoice_pdf = _remote_invoice_pdf_data
            elif _remote_invoice_pdf_data is None or _remote_invoice_pdf_data is UNSET:
                remote_invoice_pdf = _remote_invoice_pdf_data
            else:
                remote_invoice_pdf = deviation(_remote_invoice_pdf_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "remote_partner_id"
            remote_partner_id: None | str | Unset
            _remote_partner_id_data = get("remote_partner_id", UNSET)
            if isinstance(_remote_partner_id_data, str):
                remote_partner_id = _remote_partner_id_data
            elif _remote_partner_id_data is None or _remote_partner_id_data is UNSET:
                remote_partner_id = _remote_partner_id_data
            else:
                remote_partner_id = deviation(_remote_partner_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_payment_portal_url"
            remote_payment_portal_url: None | str | Unset
            _remote_payment_portal_url_data = get("remote_payment_portal_url", UNSET)
            if isinstance(_remote_payment_portal_url_data, str):
                remote_payment_portal_url = _remote_payment_portal_url_data
            elif _remote_payment_portal_url_data is None or _remote_payment_portal_url_data is UNSET:
                remote_payment_portal_url = _remote_payment_portal_url_data
            else:
                remote_payment_portal_url = deviation(
                    _remote_payment_portal_url_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "remote_payment_status"
            remote_payment_status: None | RemotePaymentStatus | Unset
            _remote_payment_status_data = get("remote_payment_status", UNSET)
            if isinstance(_remote_payment_status_data, str):
                _remote_payment_status_type_0 = _remote_payment_status_data
                remote_payment_status_type_0 = (
                    RemotePaymentStatus._by_value.get(_remote_payment_status_type_0)
                    if _remote_payment_status_type_0.__class__ is str
                    else None
                ) or enum_or_deviation(RemotePaymentStatus, _remote_payment_status_type_0, src_dict, _field, _SCHEMA)

                remote_payment_status = remote_payment_status_type_0
            elif _remote_payment_status_data is None or _remote_payment_status_data is UNSET:
                remote_payment_status = _remote_payment_status_data
            else:
                remote_payment_status = deviation(
                    _remote_payment_status_data, "RemotePaymentStatus", src_dict, _field, _SCHEMA
                )

            _field = "remote_status"
            remote_status: None | str | Unset
            _remote_status_data = get("remote_status", UNSET)
            if isinstance(_remote_status_data, str):
                remote_status = _remote_status_data
            elif _remote_status_data is None or _remote_status_data is UNSET:
                remote_status = _remote_status_data
            else:
                remote_status = deviation(_remote_status_data, "a string", src_dict, _field, _SCHEMA)

            _field = "requires_line_item_sync"
            requires_line_item_sync: bool | None | Unset
            _requires_line_item_sync_data = get("requires_line_item_sync", UNSET)
            if isinstance(_requires_line_item_sync_data, bool):
                requires_line_item_sync = _requires_line_item_sync_data
            elif _requires_line_item_sync_data is None or _requires_line_item_sync_data is UNSET:
                requires_line_item_sync = _requires_line_item_sync_data
            else:
                requires_line_item_sync = deviation(
                    _requires_line_item_sync_data, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "shipping_address"
            shipping_address = (
                defer(_parse_shipping_address, get("shipping_address", UNSET), src_dict)
                if lazy
                else _parse_shipping_address(get("shipping_address", UNSET), False, src_dict)
            )

            _field = "shipping_address_id"
            shipping_address_id: int | None | Unset
            _shipping_address_id_data = get("shipping_address_id", UNSET)
            if isinstance(_shipping_address_id_data, int) and not isinstance(_shipping_address_id_data, bool):
                shipping_address_id = _shipping_address_id_data
            elif _shipping_address_id_data is None or _shipping_address_id_data is UNSET:
                shipping_address_id = _shipping_address_id_data
            else:
                shipping_address_id = deviation(_shipping_address_id_data, "an integer", src_dict, _field, _SCHEMA)

            _field = "status"
            status: InvoiceStatus | None | Unset
            _status_data = get("status", UNSET)
            if isinstance(_status_data, str):
                _status_type_0 = _status_data
                status_type_0 = (
                    InvoiceStatus._by_value.get(_status_type_0) if _status_type_0.__class__ is str else None
                ) or enum_or_deviation(InvoiceStatus, _status_type_0, src_dict, _field, _SCHEMA)

                status = status_type_0
            elif _status_data is None or _status_data is UNSET:
                status = _status_data
            else:
                status = deviation(_status_data, "InvoiceStatus", src_dict, _field, _SCHEMA)

            _field = "subtotal"
            subtotal: float | None | Unset
            _subtotal_data = get("subtotal", UNSET)
            if isinstance(_subtotal_data, (int, float)) and not isinstance(_subtotal_data, bool):
                subtotal = _subtotal_data
            elif _subtotal_data is None or _subtotal_data is UNSET:
                subtotal = _subtotal_data
            else:
                subtotal = deviation(_subtotal_data, "a number", src_dict, _field, _SCHEMA)

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

            _field = "total_discount"
            total_discount: float | None | Unset
            _total_discount_data = get("total_discount", UNSET)
            if isinstance(_total_discount_data, (int, float)) and not isinstance(_total_discount_data, bool):
                total_discount = _total_discount_data
            elif _total_discount_data is None or _total_discount_data is UNSET:
                total_discount = _total_discount_data
            else:
                total_discount = deviation(_total_discount_data, "a number", src_dict, _field, _SCHEMA)

            _field = "total_tax"
            total_tax: float | None | Unset
            _total_tax_data = get("total_tax", UNSET)
            if isinstance(_total_tax_data, (int, float)) and not isinstance(_total_tax_data, bool):
                total_tax = _total_tax_data
            elif _total_tax_data is None or _total_tax_data is UNSET:
                total_tax = _total_tax_data
            else:
                total_tax = deviation(_total_tax_data, "a number", src_dict, _field, _SCHEMA)

            _field = "type"
            type_: InvoiceType | None | Unset
            _type__data = get("type", UNSET)
            if isinstance(_type__data, str):
                _type_type_0 = _type__data
                type_type_0 = (
                    InvoiceType._by_value.get(_type_type_0) if _type_type_0.__class__ is str else None
                ) or enum_or_deviation(InvoiceType, _type_type_0, src_dict, _field, _SCHEMA)

                type_ = type_type_0
            elif _type__data is None or _type__data is UNSET:
                type_ = _type__data
            else:
                type_ = deviation(_type__data, "InvoiceType", src_dict, _field, _SCHEMA)

            _field = "voided_at"
            voided_at: datetime.datetime | None | Unset
            _voided_at_data = get("voided_at", UNSET)
            if isinstance(_voided_at_data, str):
                try:
                    voided_at_type_0 = datetime.datetime.fromisoformat(_voided_at_data)
                except (TypeError, ValueError):
                    voided_at_type_0 = datetime_or_deviation(_voided_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_voided_at_data):
                        voided_at_type_0 = datetime_or_deviation(_voided_at_data, src_dict, _field, _SCHEMA)

                voided_at = voided_at_type_0
            elif _voided_at_data is None or _voided_at_data is UNSET:
                voided_at = _voided_at_data
            else:
                voided_at = deviation(_voided_at_data, "a date-time string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        invoice = cls(
            amount_due,
            currency,
            object_,
            remote_id,
            total_amount,
            id,
            amount_paid,
            assignee,
            billing_address,
            billing_address_id,
            billing_email,
            calls,
            created_at,
            custom_fields,
            due_date,
            emails,
            in_dispute,
            is_issued_email_sent,
            issued_at,
            last_outreach_at,
            last_outreach_channel,
            last_outreach_to,
            last_synced_at,
            line_items,
            linked_integration,
            marked_uncollectible_at,
            memo,
            modified_at,
            number,
            order_number,
            paid_at,
            partner,
            partner_id,
            payments,
            pdf,
            pdf_id,
            period_end_date,
            period_start_date,
            private_note,
            promised_to_pay_date,
            purchase_order_number,
            remote_created_at,
            remote_invoice_pdf,
            remote_metadata,
            remote_modified_at,
            remote_partner_id,
            remote_payment_portal_url,
            remote_payment_status,
            remote_status,
            requires_line_item_sync,
            shipping_address,
            shipping_address_id,
            status,
            subtotal,
            sync_status,
            total_discount,
            total_tax,
            type_,
            voided_at,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(invoice, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            invoice.additional_properties = undeclared
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


def _parse_assignee(_json: Any, lazy: bool, src_dict: Any) -> None | Unset | User:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "assignee"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    assignee: None | Unset | User
    _assignee_data = _json
    if isinstance(_assignee_data, dict):
        _assignee_type_0 = _assignee_data
        assignee_type_0 = (
            User.from_dict(_assignee_type_0, lazy=lazy)
            if isinstance(_assignee_type_0, dict)
            else deviation(_assignee_type_0, "an object (User)", src_dict, _field, _SCHEMA)
        )

        assignee = assignee_type_0
    elif _assignee_data is None or _assignee_data is UNSET:
        assignee = _assignee_data
    else:
        assignee = deviation(_assignee_data, "an object (User)", src_dict, _field, _SCHEMA)

    return assignee


def _parse_billing_address(_json: Any, lazy: bool, src_dict: Any) -> Address | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "billing_address"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    billing_address: Address | None | Unset
    _billing_address_data = _json
    if isinstance(_billing_address_data, dict):
        _billing_address_type_0 = _billing_address_data
        billing_address_type_0 = (
            Address.from_dict(_billing_address_type_0, lazy=lazy)
            if isinstance(_billing_address_type_0, dict)
            else deviation(_billing_address_type_0, "an object (Address)", src_dict, _field, _SCHEMA)
        )

        billing_address = billing_address_type_0
    elif _billing_address_data is None or _billing_address_data is UNSET:
        billing_address = _billing_address_data
    else:
        billing_address = deviation(_billing_address_data, "an object (Address)", src_dict, _field, _SCHEMA)

    return billing_address


def _parse_calls(_json: Any, lazy: bool, src_dict: Any) -> list[Call] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "calls"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    calls: list[Call] | None | Unset
    _calls_data = _json
    if isinstance(_calls_data, list):
        _calls_type_0 = _calls_data
        calls_type_0: list[Call]
        if not isinstance(_calls_type_0, list):
            calls_type_0 = deviation(_calls_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            calls_type_0 = []
            for _calls_type_0_index, calls_type_0_item_data in enumerate(_calls_type_0):
                try:
                    _calls_type_0_item = calls_type_0_item_data
                    calls_type_0_item = (
                        Call.from_dict(_calls_type_0_item, lazy=lazy)
                        if isinstance(_calls_type_0_item, dict)
                        else deviation(
                            _calls_type_0_item, "an object (Call)", _calls_type_0, _calls_type_0_index, _SCHEMA, _field
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_calls_type_0_index,)
                    ) from _parse_failure
                calls_type_0.append(calls_type_0_item)

        calls = calls_type_0
    elif _calls_data is None or _calls_data is UNSET:
        calls = _calls_data
    else:
        calls = deviation(_calls_data, "an array", src_dict, _field, _SCHEMA)

    return calls


def _parse_emails(_json: Any, lazy: bool, src_dict: Any) -> list[Email] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "emails"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    emails: list[Email] | None | Unset
    _emails_data = _json
    if isinstance(_emails_data, list):
        _emails_type_0 = _emails_data
        emails_type_0: list[Email]
        if not isinstance(_emails_type_0, list):
            emails_type_0 = deviation(_emails_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            emails_type_0 = []
            for _emails_type_0_index, emails_type_0_item_data in enumerate(_emails_type_0):
                try:
                    _emails_type_0_item = emails_type_0_item_data
                    emails_type_0_item = (
                        Email.from_dict(_emails_type_0_item, lazy=lazy)
                        if isinstance(_emails_type_0_item, dict)
                        else deviation(
                            _emails_type_0_item,
                            "an object (Email)",
                            _emails_type_0,
                            _emails_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_emails_type_0_index,)
                    ) from _parse_failure
                emails_type_0.append(emails_type_0_item)

        emails = emails_type_0
    elif _emails_data is None or _emails_data is UNSET:
        emails = _emails_data
    else:
        emails = deviation(_emails_data, "an array", src_dict, _field, _SCHEMA)

    return emails


def _parse_line_items(_json: Any, lazy: bool, src_dict: Any) -> list[LineItem] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "line_items"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    line_items: list[LineItem] | None | Unset
    _line_items_data = _json
    if isinstance(_line_items_data, list):
        _line_items_type_0 = _line_items_data
        line_items_type_0: list[LineItem]
        if not isinstance(_line_items_type_0, list):
            line_items_type_0 = deviation(_line_items_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            line_items_type_0 = []
            for _line_items_type_0_index, line_items_type_0_item_data in enumerate(_line_items_type_0):
                try:
                    _line_items_type_0_item = line_items_type_0_item_data
                    line_items_type_0_item = (
                        LineItem.from_dict(_line_items_type_0_item, lazy=lazy)
                        if isinstance(_line_items_type_0_item, dict)
                        else deviation(
                            _line_items_type_0_item,
                            "an object (LineItem)",
                            _line_items_type_0,
                            _line_items_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_line_items_type_0_index,)
                    ) from _parse_failure
                line_items_type_0.append(line_items_type_0_item)

        line_items = line_items_type_0
    elif _line_items_data is None or _line_items_data is UNSET:
        line_items = _line_items_data
    else:
        line_items = deviation(_line_items_data, "an array", src_dict, _field, _SCHEMA)

    return line_items


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


def _parse_payments(_json: Any, lazy: bool, src_dict: Any) -> list[InvoicePayment] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "payments"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    payments: list[InvoicePayment] | None | Unset
    _payments_data = _json
    if isinstance(_payments_data, list):
        _payments_type_0 = _payments_data
        payments_type_0: list[InvoicePayment]
        if not isinstance(_payments_type_0, list):
            payments_type_0 = deviation(_payments_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            payments_type_0 = []
            for _payments_type_0_index, payments_type_0_item_data in enumerate(_payments_type_0):
                try:
                    _payments_type_0_item = payments_type_0_item_data
                    payments_type_0_item = (
                        InvoicePayment.from_dict(_payments_type_0_item, lazy=lazy)
                        if isinstance(_payments_type_0_item, dict)
                        else deviation(
                            _payments_type_0_item,
                            "an object (InvoicePayment)",
                            _payments_type_0,
                            _payments_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_payments_type_0_index,)
                    ) from _parse_failure
                payments_type_0.append(payments_type_0_item)

        payments = payments_type_0
    elif _payments_data is None or _payments_data is UNSET:
        payments = _payments_data
    else:
        payments = deviation(_payments_data, "an array", src_dict, _field, _SCHEMA)

    return payments


def _parse_shipping_address(_json: Any, lazy: bool, src_dict: Any) -> Address | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "shipping_address"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    shipping_address: Address | None | Unset
    _shipping_address_data = _json
    if isinstance(_shipping_address_data, dict):
        _shipping_address_type_0 = _shipping_address_data
        shipping_address_type_0 = (
            Address.from_dict(_shipping_address_type_0, lazy=lazy)
            if isinstance(_shipping_address_type_0, dict)
            else deviation(_shipping_address_type_0, "an object (Address)", src_dict, _field, _SCHEMA)
        )

        shipping_address = shipping_address_type_0
    elif _shipping_address_data is None or _shipping_address_data is UNSET:
        shipping_address = _shipping_address_data
    else:
        shipping_address = deviation(_shipping_address_data, "an object (Address)", src_dict, _field, _SCHEMA)

    return shipping_address


install_lazy_fields(
    Invoice,
    (
        "assignee",
        "billing_address",
        "calls",
        "emails",
        "line_items",
        "linked_integration",
        "partner",
        "payments",
        "shipping_address",
    ),
)


install_undeclared_on_demand(Invoice)
