from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain import Domain
    from ..models.linked_integration import LinkedIntegration


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An organization using Stuut. `integrations` is a single linked integration in the reference page's example, not a
    list. The reference pages' examples of this object were cut off inside `integrations`; further fields exist but were
    not recovered.

        Attributes:
            name (str):
            object_ (str):
            remittance_inbox (str):
            id (None | str | Unset):
            agent_phone_number (None | str | Unset):
            ar_team_size (None | str | Unset):
            bank_statement_extraction_guidelines (None | str | Unset):
            contact_email_enrichment_enabled (bool | None | Unset):
            contact_email_validation_enabled (bool | None | Unset):
            contact_enrichment_domains (list[str] | None | Unset):
            contact_phone_enrichment_enabled (bool | None | Unset):
            created_at (datetime.datetime | None | Unset):
            credit_card_surcharge (bool | None | Unset):
            credit_card_surcharge_fixed (float | None | Unset):
            credit_card_surcharge_percentage (float | None | Unset):
            crm_software (None | str | Unset):
            customer_support_number (None | str | Unset):
            default_outreach_window_end (None | str | Unset):
            default_outreach_window_start (None | str | Unset):
            display_name (None | str | Unset):
            domains (list[Domain] | None | Unset):
            email_software (None | str | Unset):
            enterprise_auth_connection_name (None | str | Unset):
            erp_software (None | str | Unset):
            finix_merchant_id (None | str | Unset):
            finix_onboarding_form_id (None | str | Unset):
            finix_platform_application_id (None | str | Unset):
            finix_platform_merchant_id (None | str | Unset):
            inbound_grace_period_days (float | None | Unset):
            integrations (LinkedIntegration | None | Unset):
    """

    name: str
    object_: str
    remittance_inbox: str
    id: None | str | Unset = UNSET
    agent_phone_number: None | str | Unset = UNSET
    ar_team_size: None | str | Unset = UNSET
    bank_statement_extraction_guidelines: None | str | Unset = UNSET
    contact_email_enrichment_enabled: bool | None | Unset = UNSET
    contact_email_validation_enabled: bool | None | Unset = UNSET
    contact_enrichment_domains: list[str] | None | Unset = UNSET
    contact_phone_enrichment_enabled: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    credit_card_surcharge: bool | None | Unset = UNSET
    credit_card_surcharge_fixed: float | None | Unset = UNSET
    credit_card_surcharge_percentage: float | None | Unset = UNSET
    crm_software: None | str | Unset = UNSET
    customer_support_number: None | str | Unset = UNSET
    default_outreach_window_end: None | str | Unset = UNSET
    default_outreach_window_start: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    domains: list[Domain] | None | Unset = UNSET
    email_software: None | str | Unset = UNSET
    enterprise_auth_connection_name: None | str | Unset = UNSET
    erp_software: None | str | Unset = UNSET
    finix_merchant_id: None | str | Unset = UNSET
    finix_onboarding_form_id: None | str | Unset = UNSET
    finix_platform_application_id: None | str | Unset = UNSET
    finix_platform_merchant_id: None | str | Unset = UNSET
    inbound_grace_period_days: float | None | Unset = UNSET
    integrations: LinkedIntegration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415

        name = self.name

        object_ = self.object_

        remittance_inbox = self.remittance_inbox

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        agent_phone_number: None | str | Unset
        if isinstance(self.agent_phone_number, Unset):
            agent_phone_number = UNSET
        else:
            agent_phone_number = self.agent_phone_number

        ar_team_size: None | str | Unset
        if isinstance(self.ar_team_size, Unset):
            ar_team_size = UNSET
        else:
            ar_team_size = self.ar_team_size

        bank_statement_extraction_guidelines: None | str | Unset
        if isinstance(self.bank_statement_extraction_guidelines, Unset):
            bank_statement_extraction_guidelines = UNSET
        else:
            bank_statement_extraction_guidelines = self.bank_statement_extraction_guidelines

        contact_email_enrichment_enabled: bool | None | Unset
        if isinstance(self.contact_email_enrichment_enabled, Unset):
            contact_email_enrichment_enabled = UNSET
        else:
            contact_email_enrichment_enabled = self.contact_email_enrichment_enabled

        contact_email_validation_enabled: bool | None | Unset
        if isinstance(self.contact_email_validation_enabled, Unset):
            contact_email_validation_enabled = UNSET
        else:
            contact_email_validation_enabled = self.contact_email_validation_enabled

        contact_enrichment_domains: list[str] | None | Unset
        if isinstance(self.contact_enrichment_domains, Unset):
            contact_enrichment_domains = UNSET
        elif isinstance(self.contact_enrichment_domains, list):
            contact_enrichment_domains = self.contact_enrichment_domains

        else:
            contact_enrichment_domains = self.contact_enrichment_domains

        contact_phone_enrichment_enabled: bool | None | Unset
        if isinstance(self.contact_phone_enrichment_enabled, Unset):
            contact_phone_enrichment_enabled = UNSET
        else:
            contact_phone_enrichment_enabled = self.contact_phone_enrichment_enabled

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        credit_card_surcharge: bool | None | Unset
        if isinstance(self.credit_card_surcharge, Unset):
            credit_card_surcharge = UNSET
        else:
            credit_card_surcharge = self.credit_card_surcharge

        credit_card_surcharge_fixed: float | None | Unset
        if isinstance(self.credit_card_surcharge_fixed, Unset):
            credit_card_surcharge_fixed = UNSET
        else:
            credit_card_surcharge_fixed = self.credit_card_surcharge_fixed

        credit_card_surcharge_percentage: float | None | Unset
        if isinstance(self.credit_card_surcharge_percentage, Unset):
            credit_card_surcharge_percentage = UNSET
        else:
            credit_card_surcharge_percentage = self.credit_card_surcharge_percentage

        crm_software: None | str | Unset
        if isinstance(self.crm_software, Unset):
            crm_software = UNSET
        else:
            crm_software = self.crm_software

        customer_support_number: None | str | Unset
        if isinstance(self.customer_support_number, Unset):
            customer_support_number = UNSET
        else:
            customer_support_number = self.customer_support_number

        default_outreach_window_end: None | str | Unset
        if isinstance(self.default_outreach_window_end, Unset):
            default_outreach_window_end = UNSET
        else:
            default_outreach_window_end = self.default_outreach_window_end

        default_outreach_window_start: None | str | Unset
        if isinstance(self.default_outreach_window_start, Unset):
            default_outreach_window_start = UNSET
        else:
            default_outreach_window_start = self.default_outreach_window_start

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        domains: list[dict[str, Any]] | None | Unset
        if isinstance(self.domains, Unset):
            domains = UNSET
        elif isinstance(self.domains, list):
            domains = []
            for domains_type_0_item_data in self.domains:
                domains_type_0_item = domains_type_0_item_data.to_dict()
                domains.append(domains_type_0_item)

        else:
            domains = self.domains

        email_software: None | str | Unset
        if isinstance(self.email_software, Unset):
            email_software = UNSET
        else:
            email_software = self.email_software

        enterprise_auth_connection_name: None | str | Unset
        if isinstance(self.enterprise_auth_connection_name, Unset):
            enterprise_auth_connection_name = UNSET
        else:
            enterprise_auth_connection_name = self.enterprise_auth_connection_name

        erp_software: None | str | Unset
        if isinstance(self.erp_software, Unset):
            erp_software = UNSET
        else:
            erp_software = self.erp_software

        finix_merchant_id: None | str | Unset
        if isinstance(self.finix_merchant_id, Unset):
            finix_merchant_id = UNSET
        else:
            finix_merchant_id = self.finix_merchant_id

        finix_onboarding_form_id: None | str | Unset
        if isinstance(self.finix_onboarding_form_id, Unset):
            finix_onboarding_form_id = UNSET
        else:
            finix_onboarding_form_id = self.finix_onboarding_form_id

        finix_platform_application_id: None | str | Unset
        if isinstance(self.finix_platform_application_id, Unset):
            finix_platform_application_id = UNSET
        else:
            finix_platform_application_id = self.finix_platform_application_id

        finix_platform_merchant_id: None | str | Unset
        if isinstance(self.finix_platform_merchant_id, Unset):
            finix_platform_merchant_id = UNSET
        else:
            finix_platform_merchant_id = self.finix_platform_merchant_id

        inbound_grace_period_days: float | None | Unset
        if isinstance(self.inbound_grace_period_days, Unset):
            inbound_grace_period_days = UNSET
        else:
            inbound_grace_period_days = self.inbound_grace_period_days

        integrations: dict[str, Any] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(self.integrations, LinkedIntegration):
            integrations = self.integrations.to_dict()
        else:
            integrations = self.integrations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "object": object_,
                "remittance_inbox": remittance_inbox,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if agent_phone_number is not UNSET:
            field_dict["agent_phone_number"] = agent_phone_number
        if ar_team_size is not UNSET:
            field_dict["ar_team_size"] = ar_team_size
        if bank_statement_extraction_guidelines is not UNSET:
            field_dict["bank_statement_extraction_guidelines"] = bank_statement_extraction_guidelines
        if contact_email_enrichment_enabled is not UNSET:
            field_dict["contact_email_enrichment_enabled"] = contact_email_enrichment_enabled
        if contact_email_validation_enabled is not UNSET:
            field_dict["contact_email_validation_enabled"] = contact_email_validation_enabled
        if contact_enrichment_domains is not UNSET:
            field_dict["contact_enrichment_domains"] = contact_enrichment_domains
        if contact_phone_enrichment_enabled is not UNSET:
            field_dict["contact_phone_enrichment_enabled"] = contact_phone_enrichment_enabled
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if credit_card_surcharge is not UNSET:
            field_dict["credit_card_surcharge"] = credit_card_surcharge
        if credit_card_surcharge_fixed is not UNSET:
            field_dict["credit_card_surcharge_fixed"] = credit_card_surcharge_fixed
        if credit_card_surcharge_percentage is not UNSET:
            field_dict["credit_card_surcharge_percentage"] = credit_card_surcharge_percentage
        if crm_software is not UNSET:
            field_dict["crm_software"] = crm_software
        if customer_support_number is not UNSET:
            field_dict["customer_support_number"] = customer_support_number
        if default_outreach_window_end is not UNSET:
            field_dict["default_outreach_window_end"] = default_outreach_window_end
        if default_outreach_window_start is not UNSET:
            field_dict["default_outreach_window_start"] = default_outreach_window_start
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if domains is not UNSET:
            field_dict["domains"] = domains
        if email_software is not UNSET:
            field_dict["email_software"] = email_software
        if enterprise_auth_connection_name is not UNSET:
            field_dict["enterprise_auth_connection_name"] = enterprise_auth_connection_name
        if erp_software is not UNSET:
            field_dict["erp_software"] = erp_software
        if finix_merchant_id is not UNSET:
            field_dict["finix_merchant_id"] = finix_merchant_id
        if finix_onboarding_form_id is not UNSET:
            field_dict["finix_onboarding_form_id"] = finix_onboarding_form_id
        if finix_platform_application_id is not UNSET:
            field_dict["finix_platform_application_id"] = finix_platform_application_id
        if finix_platform_merchant_id is not UNSET:
            field_dict["finix_platform_merchant_id"] = finix_platform_merchant_id
        if inbound_grace_period_days is not UNSET:
            field_dict["inbound_grace_period_days"] = inbound_grace_period_days
        if integrations is not UNSET:
            field_dict["integrations"] = integrations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain import Domain  # noqa: PLC0415
        from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "name"
            name = d.pop("name")
            if not (isinstance(name, str)):
                raise TypeError(f"expected a string, got {type(name).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "remittance_inbox"
            remittance_inbox = d.pop("remittance_inbox")
            if not (isinstance(remittance_inbox, str)):
                raise TypeError(f"expected a string, got {type(remittance_inbox).__name__}")

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

            _field = "agent_phone_number"

            def _parse_agent_phone_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            agent_phone_number = _parse_agent_phone_number(d.pop("agent_phone_number", UNSET))

            _field = "ar_team_size"

            def _parse_ar_team_size(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            ar_team_size = _parse_ar_team_size(d.pop("ar_team_size", UNSET))

            _field = "bank_statement_extraction_guidelines"

            def _parse_bank_statement_extraction_guidelines(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            bank_statement_extraction_guidelines = _parse_bank_statement_extraction_guidelines(
                d.pop("bank_statement_extraction_guidelines", UNSET)
            )

            _field = "contact_email_enrichment_enabled"

            def _parse_contact_email_enrichment_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            contact_email_enrichment_enabled = _parse_contact_email_enrichment_enabled(
                d.pop("contact_email_enrichment_enabled", UNSET)
            )

            _field = "contact_email_validation_enabled"

            def _parse_contact_email_validation_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            contact_email_validation_enabled = _parse_contact_email_validation_enabled(
                d.pop("contact_email_validation_enabled", UNSET)
            )

            _field = "contact_enrichment_domains"

            def _parse_contact_enrichment_domains(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _contact_enrichment_domains_type_0 = data
                if not isinstance(_contact_enrichment_domains_type_0, list):
                    raise TypeError(f"expected an array, got {type(_contact_enrichment_domains_type_0).__name__}")
                contact_enrichment_domains_type_0 = _contact_enrichment_domains_type_0

                return contact_enrichment_domains_type_0

            contact_enrichment_domains = _parse_contact_enrichment_domains(d.pop("contact_enrichment_domains", UNSET))

            _field = "contact_phone_enrichment_enabled"

            def _parse_contact_phone_enrichment_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            contact_phone_enrichment_enabled = _parse_contact_phone_enrichment_enabled(
                d.pop("contact_phone_enrichment_enabled", UNSET)
            )

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

            _field = "credit_card_surcharge"

            def _parse_credit_card_surcharge(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            credit_card_surcharge = _parse_credit_card_surcharge(d.pop("credit_card_surcharge", UNSET))

            _field = "credit_card_surcharge_fixed"

            def _parse_credit_card_surcharge_fixed(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            credit_card_surcharge_fixed = _parse_credit_card_surcharge_fixed(
                d.pop("credit_card_surcharge_fixed", UNSET)
            )

            _field = "credit_card_surcharge_percentage"

            def _parse_credit_card_surcharge_percentage(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            credit_card_surcharge_percentage = _parse_credit_card_surcharge_percentage(
                d.pop("credit_card_surcharge_percentage", UNSET)
            )

            _field = "crm_software"

            def _parse_crm_software(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            crm_software = _parse_crm_software(d.pop("crm_software", UNSET))

            _field = "customer_support_number"

            def _parse_customer_support_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            customer_support_number = _parse_customer_support_number(d.pop("customer_support_number", UNSET))

            _field = "default_outreach_window_end"

            def _parse_default_outreach_window_end(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            default_outreach_window_end = _parse_default_outreach_window_end(
                d.pop("default_outreach_window_end", UNSET)
            )

            _field = "default_outreach_window_start"

            def _parse_default_outreach_window_start(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            default_outreach_window_start = _parse_default_outreach_window_start(
                d.pop("default_outreach_window_start", UNSET)
            )

            _field = "display_name"

            def _parse_display_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            display_name = _parse_display_name(d.pop("display_name", UNSET))

            _field = "domains"

            def _parse_domains(data: object) -> list[Domain] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _domains_type_0 = data
                if not isinstance(_domains_type_0, list):
                    raise TypeError(f"expected an array, got {type(_domains_type_0).__name__}")
                domains_type_0 = []
                for _domains_type_0_index, domains_type_0_item_data in enumerate(_domains_type_0):
                    try:
                        domains_type_0_item = Domain.from_dict(domains_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_domains_type_0_index,)
                        ) from _parse_failure
                    domains_type_0.append(domains_type_0_item)

                return domains_type_0

            domains = _parse_domains(d.pop("domains", UNSET))

            _field = "email_software"

            def _parse_email_software(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            email_software = _parse_email_software(d.pop("email_software", UNSET))

            _field = "enterprise_auth_connection_name"

            def _parse_enterprise_auth_connection_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            enterprise_auth_connection_name = _parse_enterprise_auth_connection_name(
                d.pop("enterprise_auth_connection_name", UNSET)
            )

            _field = "erp_software"

            def _parse_erp_software(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            erp_software = _parse_erp_software(d.pop("erp_software", UNSET))

            _field = "finix_merchant_id"

            def _parse_finix_merchant_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            finix_merchant_id = _parse_finix_merchant_id(d.pop("finix_merchant_id", UNSET))

            _field = "finix_onboarding_form_id"

            def _parse_finix_onboarding_form_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            finix_onboarding_form_id = _parse_finix_onboarding_form_id(d.pop("finix_onboarding_form_id", UNSET))

            _field = "finix_platform_application_id"

            def _parse_finix_platform_application_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            finix_platform_application_id = _parse_finix_platform_application_id(
                d.pop("finix_platform_application_id", UNSET)
            )

            _field = "finix_platform_merchant_id"

            def _parse_finix_platform_merchant_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            finix_platform_merchant_id = _parse_finix_platform_merchant_id(d.pop("finix_platform_merchant_id", UNSET))

            _field = "inbound_grace_period_days"

            def _parse_inbound_grace_period_days(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                raise TypeError(f"expected a number, got {type(data).__name__}")

            inbound_grace_period_days = _parse_inbound_grace_period_days(d.pop("inbound_grace_period_days", UNSET))

            _field = "integrations"

            def _parse_integrations(data: object) -> LinkedIntegration | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected LinkedIntegration, got {type(data).__name__}")
                integrations_type_0 = LinkedIntegration.from_dict(data)

                return integrations_type_0

            integrations = _parse_integrations(d.pop("integrations", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        organization = cls(
            name=name,
            object_=object_,
            remittance_inbox=remittance_inbox,
            id=id,
            agent_phone_number=agent_phone_number,
            ar_team_size=ar_team_size,
            bank_statement_extraction_guidelines=bank_statement_extraction_guidelines,
            contact_email_enrichment_enabled=contact_email_enrichment_enabled,
            contact_email_validation_enabled=contact_email_validation_enabled,
            contact_enrichment_domains=contact_enrichment_domains,
            contact_phone_enrichment_enabled=contact_phone_enrichment_enabled,
            created_at=created_at,
            credit_card_surcharge=credit_card_surcharge,
            credit_card_surcharge_fixed=credit_card_surcharge_fixed,
            credit_card_surcharge_percentage=credit_card_surcharge_percentage,
            crm_software=crm_software,
            customer_support_number=customer_support_number,
            default_outreach_window_end=default_outreach_window_end,
            default_outreach_window_start=default_outreach_window_start,
            display_name=display_name,
            domains=domains,
            email_software=email_software,
            enterprise_auth_connection_name=enterprise_auth_connection_name,
            erp_software=erp_software,
            finix_merchant_id=finix_merchant_id,
            finix_onboarding_form_id=finix_onboarding_form_id,
            finix_platform_application_id=finix_platform_application_id,
            finix_platform_merchant_id=finix_platform_merchant_id,
            inbound_grace_period_days=inbound_grace_period_days,
            integrations=integrations,
        )

        organization.additional_properties = d
        return organization

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
