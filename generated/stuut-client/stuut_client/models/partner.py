from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._decode import Decoded
from .._deviations import (
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    enum_or_deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.currency import Currency
from ..models.outreach_channel import OutreachChannel
from ..models.sync_status import SyncStatus
from ..models.timezone import Timezone
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.ap_portal import APPortal
    from ..models.contact import Contact
    from ..models.linked_integration import LinkedIntegration
    from ..models.partner_tag import PartnerTag
    from ..models.user import User


T = TypeVar("T", bound="Partner")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Partner"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "account_number",
        "ap_portals",
        "assignee",
        "assignee_id",
        "billing_address",
        "billing_address_id",
        "contacts",
        "created_at",
        "currency",
        "custom_fields",
        "description",
        "email",
        "family_name",
        "finix_identity_id",
        "given_name",
        "invoice_prefix",
        "is_active",
        "is_call_outreach_manually_paused",
        "is_company",
        "is_email_disabled",
        "is_email_outreach_manually_paused",
        "is_phone_disabled",
        "is_primary_email",
        "is_primary_phone",
        "last_outreach_at",
        "last_outreach_channel",
        "last_outreach_to",
        "last_synced_at",
        "legal_name",
        "linked_integration",
        "modified_at",
        "name",
        "object",
        "on_behalf_of",
        "on_behalf_of_phone",
        "organization_id",
        "parent_id",
        "phone",
        "remote_created_at",
        "remote_id",
        "remote_metadata",
        "remote_modified_at",
        "remote_parent_id",
        "remote_payment_portal_url",
        "shipping_address",
        "status_metadata",
        "sync_status",
        "tags",
        "tax_number",
        "timezone",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.address import Address  # noqa: PLC0415
    from ..models.ap_portal import APPortal  # noqa: PLC0415
    from ..models.contact import Contact  # noqa: PLC0415
    from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415
    from ..models.partner_tag import PartnerTag  # noqa: PLC0415
    from ..models.user import User  # noqa: PLC0415

    globals().update(
        Address=Address,
        APPortal=APPortal,
        Contact=Contact,
        LinkedIntegration=LinkedIntegration,
        PartnerTag=PartnerTag,
        User=User,
    )
    _references_unresolved = False


@_attrs_define
class Partner:
    """
    Attributes:
        id (None | str | Unset):
        account_number (None | str | Unset):
        ap_portals (list[APPortal] | None | Unset):
        assignee (None | Unset | User):
        assignee_id (None | str | Unset):
        billing_address (Address | None | Unset):
        billing_address_id (int | None | Unset): An integer: an assumption, because the page shows only `123`, which the
            docs renderer prints for integers and numbers alike; the name says it is the numeric id of an address (the only
            id the pages show as a number).
        contacts (list[Contact] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        currency (Currency | None | Unset):
        custom_fields (Any | Unset): Untyped on the reference page (`<unknown>`).
        description (None | str | Unset):
        email (None | str | Unset):
        family_name (None | str | Unset):
        finix_identity_id (None | str | Unset):
        given_name (None | str | Unset):
        invoice_prefix (None | str | Unset):
        is_active (bool | None | Unset):
        is_call_outreach_manually_paused (bool | None | Unset):
        is_company (bool | None | Unset):
        is_email_disabled (bool | None | Unset):
        is_email_outreach_manually_paused (bool | None | Unset):
        is_phone_disabled (bool | None | Unset):
        is_primary_email (bool | None | Unset):
        is_primary_phone (bool | None | Unset):
        last_outreach_at (datetime.datetime | None | Unset):
        last_outreach_channel (None | OutreachChannel | Unset):
        last_outreach_to (None | str | Unset):
        last_synced_at (datetime.datetime | None | Unset):
        legal_name (None | str | Unset):
        linked_integration (LinkedIntegration | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset):
        object_ (None | str | Unset):
        on_behalf_of (None | str | Unset):
        on_behalf_of_phone (None | str | Unset):
        organization_id (None | str | Unset):
        parent_id (None | str | Unset):
        phone (None | str | Unset):
        remote_created_at (datetime.datetime | None | Unset):
        remote_id (None | str | Unset):
        remote_metadata (Any | Unset): Untyped on the reference page (`<unknown>`).
        remote_modified_at (datetime.datetime | None | Unset):
        remote_parent_id (None | str | Unset):
        remote_payment_portal_url (None | str | Unset):
        shipping_address (Address | None | Unset):
        status_metadata (Any | Unset): Untyped on the reference page (`<unknown>`).
        sync_status (None | SyncStatus | Unset):
        tags (list[PartnerTag] | None | Unset):
        tax_number (None | str | Unset):
        timezone (None | Timezone | Unset):
    """

    id: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    ap_portals: list[APPortal] | None | Unset = UNSET
    assignee: None | Unset | User = UNSET
    assignee_id: None | str | Unset = UNSET
    billing_address: Address | None | Unset = UNSET
    billing_address_id: int | None | Unset = UNSET
    contacts: list[Contact] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    currency: Currency | None | Unset = UNSET
    custom_fields: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    finix_identity_id: None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    invoice_prefix: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    is_call_outreach_manually_paused: bool | None | Unset = UNSET
    is_company: bool | None | Unset = UNSET
    is_email_disabled: bool | None | Unset = UNSET
    is_email_outreach_manually_paused: bool | None | Unset = UNSET
    is_phone_disabled: bool | None | Unset = UNSET
    is_primary_email: bool | None | Unset = UNSET
    is_primary_phone: bool | None | Unset = UNSET
    last_outreach_at: datetime.datetime | None | Unset = UNSET
    last_outreach_channel: None | OutreachChannel | Unset = UNSET
    last_outreach_to: None | str | Unset = UNSET
    last_synced_at: datetime.datetime | None | Unset = UNSET
    legal_name: None | str | Unset = UNSET
    linked_integration: LinkedIntegration | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    object_: None | str | Unset = UNSET
    on_behalf_of: None | str | Unset = UNSET
    on_behalf_of_phone: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    remote_created_at: datetime.datetime | None | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    remote_metadata: Any | Unset = UNSET
    remote_modified_at: datetime.datetime | None | Unset = UNSET
    remote_parent_id: None | str | Unset = UNSET
    remote_payment_portal_url: None | str | Unset = UNSET
    shipping_address: Address | None | Unset = UNSET
    status_metadata: Any | Unset = UNSET
    sync_status: None | SyncStatus | Unset = UNSET
    tags: list[PartnerTag] | None | Unset = UNSET
    tax_number: None | str | Unset = UNSET
    timezone: None | Timezone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        ap_portals: list[dict[str, Any]] | None | Unset
        if isinstance(self.ap_portals, Unset):
            ap_portals = UNSET
        elif isinstance(self.ap_portals, list):
            if isinstance(self.ap_portals, list):
                ap_portals = []
                for ap_portals_type_0_item_data in self.ap_portals:
                    ap_portals_type_0_item = (
                        ap_portals_type_0_item_data.to_dict()
                        if isinstance(ap_portals_type_0_item_data, APPortal)
                        else ap_portals_type_0_item_data
                    )

                    ap_portals.append(ap_portals_type_0_item)
            else:
                ap_portals = self.ap_portals

        else:
            ap_portals = self.ap_portals

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, User):
            assignee = self.assignee.to_dict() if isinstance(self.assignee, User) else self.assignee

        else:
            assignee = self.assignee

        assignee_id: None | str | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

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

        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            if isinstance(self.contacts, list):
                contacts = []
                for contacts_type_0_item_data in self.contacts:
                    contacts_type_0_item = (
                        contacts_type_0_item_data.to_dict()
                        if isinstance(contacts_type_0_item_data, Contact)
                        else contacts_type_0_item_data
                    )

                    contacts.append(contacts_type_0_item)
            else:
                contacts = self.contacts

        else:
            contacts = self.contacts

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

        custom_fields = self.custom_fields

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        finix_identity_id: None | str | Unset
        if isinstance(self.finix_identity_id, Unset):
            finix_identity_id = UNSET
        else:
            finix_identity_id = self.finix_identity_id

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        invoice_prefix: None | str | Unset
        if isinstance(self.invoice_prefix, Unset):
            invoice_prefix = UNSET
        else:
            invoice_prefix = self.invoice_prefix

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        is_call_outreach_manually_paused: bool | None | Unset
        if isinstance(self.is_call_outreach_manually_paused, Unset):
            is_call_outreach_manually_paused = UNSET
        else:
            is_call_outreach_manually_paused = self.is_call_outreach_manually_paused

        is_company: bool | None | Unset
        if isinstance(self.is_company, Unset):
            is_company = UNSET
        else:
            is_company = self.is_company

        is_email_disabled: bool | None | Unset
        if isinstance(self.is_email_disabled, Unset):
            is_email_disabled = UNSET
        else:
            is_email_disabled = self.is_email_disabled

        is_email_outreach_manually_paused: bool | None | Unset
        if isinstance(self.is_email_outreach_manually_paused, Unset):
            is_email_outreach_manually_paused = UNSET
        else:
            is_email_outreach_manually_paused = self.is_email_outreach_manually_paused

        is_phone_disabled: bool | None | Unset
        if isinstance(self.is_phone_disabled, Unset):
            is_phone_disabled = UNSET
        else:
            is_phone_disabled = self.is_phone_disabled

        is_primary_email: bool | None | Unset
        if isinstance(self.is_primary_email, Unset):
            is_primary_email = UNSET
        else:
            is_primary_email = self.is_primary_email

        is_primary_phone: bool | None | Unset
        if isinstance(self.is_primary_phone, Unset):
            is_primary_phone = UNSET
        else:
            is_primary_phone = self.is_primary_phone

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

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

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

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        on_behalf_of: None | str | Unset
        if isinstance(self.on_behalf_of, Unset):
            on_behalf_of = UNSET
        else:
            on_behalf_of = self.on_behalf_of

        on_behalf_of_phone: None | str | Unset
        if isinstance(self.on_behalf_of_phone, Unset):
            on_behalf_of_phone = UNSET
        else:
            on_behalf_of_phone = self.on_behalf_of_phone

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

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

        remote_parent_id: None | str | Unset
        if isinstance(self.remote_parent_id, Unset):
            remote_parent_id = UNSET
        else:
            remote_parent_id = self.remote_parent_id

        remote_payment_portal_url: None | str | Unset
        if isinstance(self.remote_payment_portal_url, Unset):
            remote_payment_portal_url = UNSET
        else:
            remote_payment_portal_url = self.remote_payment_portal_url

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, Address):
            shipping_address = (
                self.shipping_address.to_dict() if isinstance(self.shipping_address, Address) else self.shipping_address
            )

        else:
            shipping_address = self.shipping_address

        status_metadata = self.status_metadata

        sync_status: None | str | Unset
        if isinstance(self.sync_status, Unset):
            sync_status = UNSET
        elif isinstance(self.sync_status, SyncStatus):
            sync_status = self.sync_status.value if isinstance(self.sync_status, SyncStatus) else self.sync_status

        else:
            sync_status = self.sync_status

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            if isinstance(self.tags, list):
                tags = []
                for tags_type_0_item_data in self.tags:
                    tags_type_0_item = (
                        tags_type_0_item_data.to_dict()
                        if isinstance(tags_type_0_item_data, PartnerTag)
                        else tags_type_0_item_data
                    )

                    tags.append(tags_type_0_item)
            else:
                tags = self.tags

        else:
            tags = self.tags

        tax_number: None | str | Unset
        if isinstance(self.tax_number, Unset):
            tax_number = UNSET
        else:
            tax_number = self.tax_number

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        elif isinstance(self.timezone, Timezone):
            timezone = self.timezone.value if isinstance(self.timezone, Timezone) else self.timezone

        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if ap_portals is not UNSET:
            field_dict["ap_portals"] = ap_portals
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if billing_address_id is not UNSET:
            field_dict["billing_address_id"] = billing_address_id
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if finix_identity_id is not UNSET:
            field_dict["finix_identity_id"] = finix_identity_id
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if invoice_prefix is not UNSET:
            field_dict["invoice_prefix"] = invoice_prefix
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_call_outreach_manually_paused is not UNSET:
            field_dict["is_call_outreach_manually_paused"] = is_call_outreach_manually_paused
        if is_company is not UNSET:
            field_dict["is_company"] = is_company
        if is_email_disabled is not UNSET:
            field_dict["is_email_disabled"] = is_email_disabled
        if is_email_outreach_manually_paused is not UNSET:
            field_dict["is_email_outreach_manually_paused"] = is_email_outreach_manually_paused
        if is_phone_disabled is not UNSET:
            field_dict["is_phone_disabled"] = is_phone_disabled
        if is_primary_email is not UNSET:
            field_dict["is_primary_email"] = is_primary_email
        if is_primary_phone is not UNSET:
            field_dict["is_primary_phone"] = is_primary_phone
        if last_outreach_at is not UNSET:
            field_dict["last_outreach_at"] = last_outreach_at
        if last_outreach_channel is not UNSET:
            field_dict["last_outreach_channel"] = last_outreach_channel
        if last_outreach_to is not UNSET:
            field_dict["last_outreach_to"] = last_outreach_to
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if linked_integration is not UNSET:
            field_dict["linked_integration"] = linked_integration
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if object_ is not UNSET:
            field_dict["object"] = object_
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of
        if on_behalf_of_phone is not UNSET:
            field_dict["on_behalf_of_phone"] = on_behalf_of_phone
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if remote_metadata is not UNSET:
            field_dict["remote_metadata"] = remote_metadata
        if remote_modified_at is not UNSET:
            field_dict["remote_modified_at"] = remote_modified_at
        if remote_parent_id is not UNSET:
            field_dict["remote_parent_id"] = remote_parent_id
        if remote_payment_portal_url is not UNSET:
            field_dict["remote_payment_portal_url"] = remote_payment_portal_url
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if status_metadata is not UNSET:
            field_dict["status_metadata"] = status_metadata
        if sync_status is not UNSET:
            field_dict["sync_status"] = sync_status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tax_number is not UNSET:
            field_dict["tax_number"] = tax_number
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

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
            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "account_number"
            account_number: None | str | Unset
            _account_number_data = get("account_number", UNSET)
            if isinstance(_account_number_data, str):
                account_number = _account_number_data
            elif _account_number_data is None or _account_number_data is UNSET:
                account_number = _account_number_data
            else:
                account_number = deviation(_account_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "ap_portals"
            ap_portals = (
                defer(_parse_ap_portals, get("ap_portals", UNSET), src_dict)
                if lazy
                else _parse_ap_portals(get("ap_portals", UNSET), False, src_dict)
            )

            _field = "assignee"
            assignee = (
                defer(_parse_assignee, get("assignee", UNSET), src_dict)
                if lazy
                else _parse_assignee(get("assignee", UNSET), False, src_dict)
            )

            _field = "assignee_id"
            assignee_id: None | str | Unset
            _assignee_id_data = get("assignee_id", UNSET)
            if isinstance(_assignee_id_data, str):
                assignee_id = _assignee_id_data
            elif _assignee_id_data is None or _assignee_id_data is UNSET:
                assignee_id = _assignee_id_data
            else:
                assignee_id = deviation(_assignee_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "contacts"
            contacts = (
                defer(_parse_contacts, get("contacts", UNSET), src_dict)
                if lazy
                else _parse_contacts(get("contacts", UNSET), False, src_dict)
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

            _field = "email"
            email: None | str | Unset
            _email_data = get("email", UNSET)
            if isinstance(_email_data, str):
                email = _email_data
            elif _email_data is None or _email_data is UNSET:
                email = _email_data
            else:
                email = deviation(_email_data, "a string", src_dict, _field, _SCHEMA)

            _field = "family_name"
            family_name: None | str | Unset
            _family_name_data = get("family_name", UNSET)
            if isinstance(_family_name_data, str):
                family_name = _family_name_data
            elif _family_name_data is None or _family_name_data is UNSET:
                family_name = _family_name_data
            else:
                family_name = deviation(_family_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "finix_identity_id"
            finix_identity_id: None | str | Unset
            _finix_identity_id_data = get("finix_identity_id", UNSET)
            if isinstance(_finix_identity_id_data, str):
                finix_identity_id = _finix_identity_id_data
            elif _finix_identity_id_data is None or _finix_identity_id_data is UNSET:
                finix_identity_id = _finix_identity_id_data
            else:
                finix_identity_id = deviation(_finix_identity_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "given_name"
            given_name: None | str | Unset
            _given_name_data = get("given_name", UNSET)
            if isinstance(_given_name_data, str):
                given_name = _given_name_data
            elif _given_name_data is None or _given_name_data is UNSET:
                given_name = _given_name_data
            else:
                given_name = deviation(_given_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "invoice_prefix"
            invoice_prefix: None | str | Unset
            _invoice_prefix_data = get("invoice_prefix", UNSET)
            if isinstance(_invoice_prefix_data, str):
                invoice_prefix = _invoice_prefix_data
            elif _invoice_prefix_data is None or _invoice_prefix_data is UNSET:
                invoice_prefix = _invoice_prefix_data
            else:
                invoice_prefix = deviation(_invoice_prefix_data, "a string", src_dict, _field, _SCHEMA)

            _field = "is_active"
            is_active: bool | None | Unset
            _is_active_data = get("is_active", UNSET)
            if isinstance(_is_active_data, bool):
                is_active = _is_active_data
            elif _is_active_data is None or _is_active_data is UNSET:
                is_active = _is_active_data
            else:
                is_active = deviation(_is_active_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_call_outreach_manually_paused"
            is_call_outreach_manually_paused: bool | None | Unset
            _is_call_outreach_manually_paused_data = get("is_call_outreach_manually_paused", UNSET)
            if isinstance(_is_call_outreach_manually_paused_data, bool):
                is_call_outreach_manually_paused = _is_call_outreach_manually_paused_data
            elif _is_call_outreach_manually_paused_data is None or _is_call_outreach_manually_paused_data is UNSET:
                is_call_outreach_manually_paused = _is_call_outreach_manually_paused_data
            else:
                is_call_outreach_manually_paused = deviation(
                    _is_call_outreach_manually_paused_data, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "is_company"
            is_company: bool | None | Unset
            _is_company_data = get("is_company", UNSET)
            if isinstance(_is_company_data, bool):
                is_company = _is_company_data
            elif _is_company_data is None or _is_company_data is UNSET:
                is_company = _is_company_data
            else:
                is_company = deviation(_is_company_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_email_disabled"
            is_email_disabled: bool | None | Unset
            _is_email_disabled_data = get("is_email_disabled", UNSET)
            if isinstance(_is_email_disabled_data, bool):
                is_email_disabled = _is_email_disabled_data
            elif _is_email_disabled_data is None or _is_email_disabled_data is UNSET:
                is_email_disabled = _is_email_disabled_data
            else:
                is_email_disabled = deviation(_is_email_disabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_email_outreach_manually_paused"
            is_email_outreach_manually_paused: bool | None | Unset
            _is_email_outreach_manually_paused_data = get("is_email_outreach_manually_paused", UNSET)
            if isinstance(_is_email_outreach_manually_paused_data, bool):
                is_email_outreach_manually_paused = _is_email_outreach_manually_paused_data
            elif _is_email_outreach_manually_paused_data is None or _is_email_outreach_manually_paused_data is UNSET:
                is_email_outreach_manually_paused = _is_email_outreach_manually_paused_data
            else:
                is_email_outreach_manually_paused = deviation(
                    _is_email_outreach_manually_paused_data, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "is_phone_disabled"
            is_phone_disabled: bool | None | Unset
            _is_phone_disabled_data = get("is_phone_disabled", UNSET)
            if isinstance(_is_phone_disabled_data, bool):
                is_phone_disabled = _is_phone_disabled_data
            elif _is_phone_disabled_data is None or _is_phone_disabled_data is UNSET:
                is_phone_disabled = _is_phone_disabled_data
            else:
                is_phone_disabled = deviation(_is_phone_disabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_primary_email"
            is_primary_email: bool | None | Unset
            _is_primary_email_data = get("is_primary_email", UNSET)
            if isinstance(_is_primary_email_data, bool):
                is_primary_email = _is_primary_email_data
            elif _is_primary_email_data is None or _is_primary_email_data is UNSET:
                is_primary_email = _is_primary_email_data
            else:
                is_primary_email = deviation(_is_primary_email_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_primary_phone"
            is_primary_phone: bool | None | Unset
            _is_primary_phone_data = get("is_primary_phone", UNSET)
            if isinstance(_is_primary_phone_data, bool):
                is_primary_phone = _is_primary_phone_data
            elif _is_primary_phone_data is None or _is_primary_phone_data is UNSET:
                is_primary_phone = _is_primary_phone_data
            else:
                is_primary_phone = deviation(_is_primary_phone_data, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "legal_name"
            legal_name: None | str | Unset
            _legal_name_data = get("legal_name", UNSET)
            if isinstance(_legal_name_data, str):
                legal_name = _legal_name_data
            elif _legal_name_data is None or _legal_name_data is UNSET:
                legal_name = _legal_name_data
            else:
                legal_name = deviation(_legal_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "linked_integration"
            linked_integration = (
                defer(_parse_linked_integration, get("linked_integration", UNSET), src_dict)
                if lazy
                else _parse_linked_integration(get("linked_integration", UNSET), False, src_dict)
            )

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

            _field = "name"
            name: None | str | Unset
            _name_data = get("name", UNSET)
            if isinstance(_name_data, str):
                name = _name_data
            elif _name_data is None or _name_data is UNSET:
                name = _name_data
            else:
                name = deviation(_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_: None | str | Unset
            _object__data = get("object", UNSET)
            if isinstance(_object__data, str):
                object_ = _object__data
            elif _object__data is None or _object__data is UNSET:
                object_ = _object__data
            else:
                object_ = deviation(_object__data, "a string", src_dict, _field, _SCHEMA)

            _field = "on_behalf_of"
            on_behalf_of: None | str | Unset
            _on_behalf_of_data = get("on_behalf_of", UNSET)
            if isinstance(_on_behalf_of_data, str):
                on_behalf_of = _on_behalf_of_data
            elif _on_behalf_of_data is None or _on_behalf_of_data is UNSET:
                on_behalf_of = _on_behalf_of_data
            else:
                on_behalf_of = deviation(_on_behalf_of_data, "a string", src_dict, _field, _SCHEMA)

            _field = "on_behalf_of_phone"
            on_behalf_of_phone: None | str | Unset
            _on_behalf_of_phone_data = get("on_behalf_of_phone", UNSET)
            if isinstance(_on_behalf_of_phone_data, str):
                on_behalf_of_phone = _on_behalf_of_phone_data
            elif _on_behalf_of_phone_data is None or _on_behalf_of_phone_data is UNSET:
                on_behalf_of_phone = _on_behalf_of_phone_data
            else:
                on_behalf_of_phone = deviation(_on_behalf_of_phone_data, "a string", src_dict, _field, _SCHEMA)

            _field = "organization_id"
            organization_id: None | str | Unset
            _organization_id_data = get("organization_id", UNSET)
            if isinstance(_organization_id_data, str):
                organization_id = _organization_id_data
            elif _organization_id_data is None or _organization_id_data is UNSET:
                organization_id = _organization_id_data
            else:
                organization_id = deviation(_organization_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "parent_id"
            parent_id: None | str | Unset
            _parent_id_data = get("parent_id", UNSET)
            if isinstance(_parent_id_data, str):
                parent_id = _parent_id_data
            elif _parent_id_data is None or _parent_id_data is UNSET:
                parent_id = _parent_id_data
            else:
                parent_id = deviation(_parent_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "phone"
            phone: None | str | Unset
            _phone_data = get("phone", UNSET)
            if isinstance(_phone_data, str):
                phone = _phone_data
            elif _phone_data is None or _phone_data is UNSET:
                phone = _phone_data
            else:
                phone = deviation(_phone_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "remote_parent_id"
            remote_parent_id: None | str | Unset
            _remote_parent_id_data = get("remote_parent_id", UNSET)
            if isinstance(_remote_parent_id_data, str):
                remote_parent_id = _remote_parent_id_data
            elif _remote_parent_id_data is None or _remote_parent_id_data is UNSET:
                remote_parent_id = _remote_parent_id_data
            else:
                remote_parent_id = deviation(_remote_parent_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "shipping_address"
            shipping_address = (
                defer(_parse_shipping_address, get("shipping_address", UNSET), src_dict)
                if lazy
                else _parse_shipping_address(get("shipping_address", UNSET), False, src_dict)
            )

            _field = "status_metadata"
            status_metadata = get("status_metadata", UNSET)

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

            _field = "tags"
            tags = (
                defer(_parse_tags, get("tags", UNSET), src_dict)
                if lazy
                else _parse_tags(get("tags", UNSET), False, src_dict)
            )

            _field = "tax_number"
            tax_number: None | str | Unset
            _tax_number_data = get("tax_number", UNSET)
            if isinstance(_tax_number_data, str):
                tax_number = _tax_number_data
            elif _tax_number_data is None or _tax_number_data is UNSET:
                tax_number = _tax_number_data
            else:
                tax_number = deviation(_tax_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "timezone"
            timezone: None | Timezone | Unset
            _timezone_data = get("timezone", UNSET)
            if isinstance(_timezone_data, str):
                _timezone_type_0 = _timezone_data
                timezone_type_0 = (
                    Timezone._by_value.get(_timezone_type_0) if _timezone_type_0.__class__ is str else None
                ) or enum_or_deviation(Timezone, _timezone_type_0, src_dict, _field, _SCHEMA)

                timezone = timezone_type_0
            elif _timezone_data is None or _timezone_data is UNSET:
                timezone = _timezone_data
            else:
                timezone = deviation(_timezone_data, "Timezone", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        partner = cls(
            id,
            account_number,
            ap_portals,
            assignee,
            assignee_id,
            billing_address,
            billing_address_id,
            contacts,
            created_at,
            currency,
            custom_fields,
            description,
            email,
            family_name,
            finix_identity_id,
            given_name,
            invoice_prefix,
            is_active,
            is_call_outreach_manually_paused,
            is_company,
            is_email_disabled,
            is_email_outreach_manually_paused,
            is_phone_disabled,
            is_primary_email,
            is_primary_phone,
            last_outreach_at,
            last_outreach_channel,
            last_outreach_to,
            last_synced_at,
            legal_name,
            linked_integration,
            modified_at,
            name,
            object_,
            on_behalf_of,
            on_behalf_of_phone,
            organization_id,
            parent_id,
            phone,
            remote_created_at,
            remote_id,
            remote_metadata,
            remote_modified_at,
            remote_parent_id,
            remote_payment_portal_url,
            shipping_address,
            status_metadata,
            sync_status,
            tags,
            tax_number,
            timezone,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            partner.additional_properties = undeclared
        return partner

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


def _parse_ap_portals(_json: Any, lazy: bool, src_dict: Any) -> list[APPortal] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "ap_portals"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    ap_portals: list[APPortal] | None | Unset
    _ap_portals_data = _json
    if isinstance(_ap_portals_data, list):
        _ap_portals_type_0 = _ap_portals_data
        ap_portals_type_0: list[APPortal]
        if not isinstance(_ap_portals_type_0, list):
            ap_portals_type_0 = deviation(_ap_portals_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            ap_portals_type_0 = []
            for _ap_portals_type_0_index, ap_portals_type_0_item_data in enumerate(_ap_portals_type_0):
                try:
                    _ap_portals_type_0_item = ap_portals_type_0_item_data
                    ap_portals_type_0_item = (
                        APPortal.from_dict(_ap_portals_type_0_item, lazy=lazy)
                        if isinstance(_ap_portals_type_0_item, dict)
                        else deviation(
                            _ap_portals_type_0_item,
                            "an object (APPortal)",
                            _ap_portals_type_0,
                            _ap_portals_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_ap_portals_type_0_index,)
                    ) from _parse_failure
                ap_portals_type_0.append(ap_portals_type_0_item)

        ap_portals = ap_portals_type_0
    elif _ap_portals_data is None or _ap_portals_data is UNSET:
        ap_portals = _ap_portals_data
    else:
        ap_portals = deviation(_ap_portals_data, "an array", src_dict, _field, _SCHEMA)

    return ap_portals


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


def _parse_contacts(_json: Any, lazy: bool, src_dict: Any) -> list[Contact] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "contacts"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    contacts: list[Contact] | None | Unset
    _contacts_data = _json
    if isinstance(_contacts_data, list):
        _contacts_type_0 = _contacts_data
        contacts_type_0: list[Contact]
        if not isinstance(_contacts_type_0, list):
            contacts_type_0 = deviation(_contacts_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            contacts_type_0 = []
            for _contacts_type_0_index, contacts_type_0_item_data in enumerate(_contacts_type_0):
                try:
                    _contacts_type_0_item = contacts_type_0_item_data
                    contacts_type_0_item = (
                        Contact.from_dict(_contacts_type_0_item, lazy=lazy)
                        if isinstance(_contacts_type_0_item, dict)
                        else deviation(
                            _contacts_type_0_item,
                            "an object (Contact)",
                            _contacts_type_0,
                            _contacts_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_contacts_type_0_index,)
                    ) from _parse_failure
                contacts_type_0.append(contacts_type_0_item)

        contacts = contacts_type_0
    elif _contacts_data is None or _contacts_data is UNSET:
        contacts = _contacts_data
    else:
        contacts = deviation(_contacts_data, "an array", src_dict, _field, _SCHEMA)

    return contacts


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


def _parse_tags(_json: Any, lazy: bool, src_dict: Any) -> list[PartnerTag] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "tags"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    tags: list[PartnerTag] | None | Unset
    _tags_data = _json
    if isinstance(_tags_data, list):
        _tags_type_0 = _tags_data
        tags_type_0: list[PartnerTag]
        if not isinstance(_tags_type_0, list):
            tags_type_0 = deviation(_tags_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            tags_type_0 = []
            for _tags_type_0_index, tags_type_0_item_data in enumerate(_tags_type_0):
                try:
                    _tags_type_0_item = tags_type_0_item_data
                    tags_type_0_item = (
                        PartnerTag.from_dict(_tags_type_0_item, lazy=lazy)
                        if isinstance(_tags_type_0_item, dict)
                        else deviation(
                            _tags_type_0_item,
                            "an object (PartnerTag)",
                            _tags_type_0,
                            _tags_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_tags_type_0_index,)
                    ) from _parse_failure
                tags_type_0.append(tags_type_0_item)

        tags = tags_type_0
    elif _tags_data is None or _tags_data is UNSET:
        tags = _tags_data
    else:
        tags = deviation(_tags_data, "an array", src_dict, _field, _SCHEMA)

    return tags


install_lazy_fields(
    Partner,
    (
        "ap_portals",
        "assignee",
        "billing_address",
        "contacts",
        "linked_integration",
        "shipping_address",
        "tags",
    ),
)


install_undeclared_on_demand(Partner)
