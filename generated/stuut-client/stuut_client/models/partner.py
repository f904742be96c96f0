from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
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
        billing_address_id (int | None | Unset):
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
        is_company (bool | None | Unset):
        is_email_disabled (bool | None | Unset):
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
        is_call_outreach_manually_paused (bool | None | Unset):
        is_email_outreach_manually_paused (bool | None | Unset):
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
    is_company: bool | None | Unset = UNSET
    is_email_disabled: bool | None | Unset = UNSET
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
    is_call_outreach_manually_paused: bool | None | Unset = UNSET
    is_email_outreach_manually_paused: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

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
            ap_portals = []
            for ap_portals_type_0_item_data in self.ap_portals:
                ap_portals_type_0_item = ap_portals_type_0_item_data.to_dict()
                ap_portals.append(ap_portals_type_0_item)

        else:
            ap_portals = self.ap_portals

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, User):
            assignee = self.assignee.to_dict()
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
            billing_address = self.billing_address.to_dict()
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
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts

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

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        linked_integration: dict[str, Any] | None | Unset
        if isinstance(self.linked_integration, Unset):
            linked_integration = UNSET
        elif isinstance(self.linked_integration, LinkedIntegration):
            linked_integration = self.linked_integration.to_dict()
        else:
            linked_integration = self.linked_integration

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
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
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        status_metadata = self.status_metadata

        sync_status: None | str | Unset
        if isinstance(self.sync_status, Unset):
            sync_status = UNSET
        elif isinstance(self.sync_status, SyncStatus):
            sync_status = self.sync_status.value
        else:
            sync_status = self.sync_status

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

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
            timezone = self.timezone.value
        else:
            timezone = self.timezone

        is_call_outreach_manually_paused: bool | None | Unset
        if isinstance(self.is_call_outreach_manually_paused, Unset):
            is_call_outreach_manually_paused = UNSET
        else:
            is_call_outreach_manually_paused = self.is_call_outreach_manually_paused

        is_email_outreach_manually_paused: bool | None | Unset
        if isinstance(self.is_email_outreach_manually_paused, Unset):
            is_email_outreach_manually_paused = UNSET
        else:
            is_email_outreach_manually_paused = self.is_email_outreach_manually_paused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if is_company is not UNSET:
            field_dict["is_company"] = is_company
        if is_email_disabled is not UNSET:
            field_dict["is_email_disabled"] = is_email_disabled
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
        if is_call_outreach_manually_paused is not UNSET:
            field_dict["is_call_outreach_manually_paused"] = is_call_outreach_manually_paused
        if is_email_outreach_manually_paused is not UNSET:
            field_dict["is_email_outreach_manually_paused"] = is_email_outreach_manually_paused

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.ap_portal import APPortal  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415
        from ..models.partner_tag import PartnerTag  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

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

            _field = "account_number"

            def _parse_account_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            account_number = _parse_account_number(d.pop("account_number", UNSET))

            _field = "ap_portals"

            def _parse_ap_portals(data: object) -> list[APPortal] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _ap_portals_type_0 = data
                if not isinstance(_ap_portals_type_0, list):
                    raise TypeError(f"expected an array, got {type(_ap_portals_type_0).__name__}")
                ap_portals_type_0 = []
                for _ap_portals_type_0_index, ap_portals_type_0_item_data in enumerate(_ap_portals_type_0):
                    try:
                        ap_portals_type_0_item = APPortal.from_dict(ap_portals_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_ap_portals_type_0_index,)
                        ) from _parse_failure
                    ap_portals_type_0.append(ap_portals_type_0_item)

                return ap_portals_type_0

            ap_portals = _parse_ap_portals(d.pop("ap_portals", UNSET))

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

            _field = "assignee_id"

            def _parse_assignee_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            assignee_id = _parse_assignee_id(d.pop("assignee_id", UNSET))

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

            _field = "contacts"

            def _parse_contacts(data: object) -> list[Contact] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _contacts_type_0 = data
                if not isinstance(_contacts_type_0, list):
                    raise TypeError(f"expected an array, got {type(_contacts_type_0).__name__}")
                contacts_type_0 = []
                for _contacts_type_0_index, contacts_type_0_item_data in enumerate(_contacts_type_0):
                    try:
                        contacts_type_0_item = Contact.from_dict(contacts_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_contacts_type_0_index,)
                        ) from _parse_failure
                    contacts_type_0.append(contacts_type_0_item)

                return contacts_type_0

            contacts = _parse_contacts(d.pop("contacts", UNSET))

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

            _field = "email"

            def _parse_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            email = _parse_email(d.pop("email", UNSET))

            _field = "family_name"

            def _parse_family_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            family_name = _parse_family_name(d.pop("family_name", UNSET))

            _field = "finix_identity_id"

            def _parse_finix_identity_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            finix_identity_id = _parse_finix_identity_id(d.pop("finix_identity_id", UNSET))

            _field = "given_name"

            def _parse_given_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            given_name = _parse_given_name(d.pop("given_name", UNSET))

            _field = "invoice_prefix"

            def _parse_invoice_prefix(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            invoice_prefix = _parse_invoice_prefix(d.pop("invoice_prefix", UNSET))

            _field = "is_active"

            def _parse_is_active(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_active = _parse_is_active(d.pop("is_active", UNSET))

            _field = "is_company"

            def _parse_is_company(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_company = _parse_is_company(d.pop("is_company", UNSET))

            _field = "is_email_disabled"

            def _parse_is_email_disabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_email_disabled = _parse_is_email_disabled(d.pop("is_email_disabled", UNSET))

            _field = "is_phone_disabled"

            def _parse_is_phone_disabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_phone_disabled = _parse_is_phone_disabled(d.pop("is_phone_disabled", UNSET))

            _field = "is_primary_email"

            def _parse_is_primary_email(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_primary_email = _parse_is_primary_email(d.pop("is_primary_email", UNSET))

            _field = "is_primary_phone"

            def _parse_is_primary_phone(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_primary_phone = _parse_is_primary_phone(d.pop("is_primary_phone", UNSET))

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

            _field = "legal_name"

            def _parse_legal_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            legal_name = _parse_legal_name(d.pop("legal_name", UNSET))

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

            _field = "name"

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            name = _parse_name(d.pop("name", UNSET))

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

            _field = "on_behalf_of"

            def _parse_on_behalf_of(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            on_behalf_of = _parse_on_behalf_of(d.pop("on_behalf_of", UNSET))

            _field = "on_behalf_of_phone"

            def _parse_on_behalf_of_phone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            on_behalf_of_phone = _parse_on_behalf_of_phone(d.pop("on_behalf_of_phone", UNSET))

            _field = "organization_id"

            def _parse_organization_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

            _field = "parent_id"

            def _parse_parent_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

            _field = "phone"

            def _parse_phone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            phone = _parse_phone(d.pop("phone", UNSET))

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

            _field = "remote_parent_id"

            def _parse_remote_parent_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_parent_id = _parse_remote_parent_id(d.pop("remote_parent_id", UNSET))

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

            _field = "status_metadata"
            status_metadata = d.pop("status_metadata", UNSET)

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

            _field = "tags"

            def _parse_tags(data: object) -> list[PartnerTag] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _tags_type_0 = data
                if not isinstance(_tags_type_0, list):
                    raise TypeError(f"expected an array, got {type(_tags_type_0).__name__}")
                tags_type_0 = []
                for _tags_type_0_index, tags_type_0_item_data in enumerate(_tags_type_0):
                    try:
                        tags_type_0_item = PartnerTag.from_dict(tags_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_tags_type_0_index,)
                        ) from _parse_failure
                    tags_type_0.append(tags_type_0_item)

                return tags_type_0

            tags = _parse_tags(d.pop("tags", UNSET))

            _field = "tax_number"

            def _parse_tax_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            tax_number = _parse_tax_number(d.pop("tax_number", UNSET))

            _field = "timezone"

            def _parse_timezone(data: object) -> None | Timezone | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected Timezone, got {type(data).__name__}")
                timezone_type_0 = Timezone(data)

                return timezone_type_0

            timezone = _parse_timezone(d.pop("timezone", UNSET))

            _field = "is_call_outreach_manually_paused"

            def _parse_is_call_outreach_manually_paused(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_call_outreach_manually_paused = _parse_is_call_outreach_manually_paused(
                d.pop("is_call_outreach_manually_paused", UNSET)
            )

            _field = "is_email_outreach_manually_paused"

            def _parse_is_email_outreach_manually_paused(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_email_outreach_manually_paused = _parse_is_email_outreach_manually_paused(
                d.pop("is_email_outreach_manually_paused", UNSET)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        partner = cls(
            id=id,
            account_number=account_number,
            ap_portals=ap_portals,
            assignee=assignee,
            assignee_id=assignee_id,
            billing_address=billing_address,
            billing_address_id=billing_address_id,
            contacts=contacts,
            created_at=created_at,
            currency=currency,
            custom_fields=custom_fields,
            description=description,
            email=email,
            family_name=family_name,
            finix_identity_id=finix_identity_id,
            given_name=given_name,
            invoice_prefix=invoice_prefix,
            is_active=is_active,
            is_company=is_company,
            is_email_disabled=is_email_disabled,
            is_phone_disabled=is_phone_disabled,
            is_primary_email=is_primary_email,
            is_primary_phone=is_primary_phone,
            last_outreach_at=last_outreach_at,
            last_outreach_channel=last_outreach_channel,
            last_outreach_to=last_outreach_to,
            last_synced_at=last_synced_at,
            legal_name=legal_name,
            linked_integration=linked_integration,
            modified_at=modified_at,
            name=name,
            object_=object_,
            on_behalf_of=on_behalf_of,
            on_behalf_of_phone=on_behalf_of_phone,
            organization_id=organization_id,
            parent_id=parent_id,
            phone=phone,
            remote_created_at=remote_created_at,
            remote_id=remote_id,
            remote_metadata=remote_metadata,
            remote_modified_at=remote_modified_at,
            remote_parent_id=remote_parent_id,
            remote_payment_portal_url=remote_payment_portal_url,
            shipping_address=shipping_address,
            status_metadata=status_metadata,
            sync_status=sync_status,
            tags=tags,
            tax_number=tax_number,
            timezone=timezone,
            is_call_outreach_manually_paused=is_call_outreach_manually_paused,
            is_email_outreach_manually_paused=is_email_outreach_manually_paused,
        )

        partner.additional_properties = d
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
