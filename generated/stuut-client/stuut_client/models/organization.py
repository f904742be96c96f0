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
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain import Domain
    from ..models.linked_integration import LinkedIntegration


T = TypeVar("T", bound="Organization")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Organization"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "object",
        "remittance_inbox",
        "id",
        "agent_phone_number",
        "ar_team_size",
        "bank_statement_extraction_guidelines",
        "contact_email_enrichment_enabled",
        "contact_email_validation_enabled",
        "contact_enrichment_domains",
        "contact_phone_enrichment_enabled",
        "created_at",
        "credit_card_surcharge",
        "credit_card_surcharge_fixed",
        "credit_card_surcharge_percentage",
        "crm_software",
        "customer_support_number",
        "default_outreach_window_end",
        "default_outreach_window_start",
        "display_name",
        "domains",
        "email_software",
        "enterprise_auth_connection_name",
        "erp_software",
        "finix_merchant_id",
        "finix_onboarding_form_id",
        "finix_platform_application_id",
        "finix_platform_merchant_id",
        "inbound_grace_period_days",
        "integrations",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.domain import Domain  # noqa: PLC0415
    from ..models.linked_integration import LinkedIntegration  # noqa: PLC0415

    globals().update(
        Domain=Domain,
        LinkedIntegration=LinkedIntegration,
    )
    _references_unresolved = False


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

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
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

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
            if isinstance(self.domains, list):
                domains = []
                for domains_type_0_item_data in self.domains:
                    domains_type_0_item = (
                        domains_type_0_item_data.to_dict()
                        if isinstance(domains_type_0_item_data, Domain)
                        else domains_type_0_item_data
                    )

                    domains.append(domains_type_0_item)
            else:
                domains = self.domains

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
            integrations = (
                self.integrations.to_dict() if isinstance(self.integrations, LinkedIntegration) else self.integrations
            )

        else:
            integrations = self.integrations

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
            _field = "name"
            name = get("name", UNSET)
            if not (isinstance(name, str)):
                name = deviation(name, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "remittance_inbox"
            remittance_inbox = get("remittance_inbox", UNSET)
            if not (isinstance(remittance_inbox, str)):
                remittance_inbox = deviation(remittance_inbox, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "agent_phone_number"
            agent_phone_number: None | str | Unset
            _agent_phone_number_data = get("agent_phone_number", UNSET)
            if isinstance(_agent_phone_number_data, str):
                agent_phone_number = _agent_phone_number_data
            elif _agent_phone_number_data is None or _agent_phone_number_data is UNSET:
                agent_phone_number = _agent_phone_number_data
            else:
                agent_phone_number = deviation(_agent_phone_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "ar_team_size"
            ar_team_size: None | str | Unset
            _ar_team_size_data = get("ar_team_size", UNSET)
            if isinstance(_ar_team_size_data, str):
                ar_team_size = _ar_team_size_data
            elif _ar_team_size_data is None or _ar_team_size_data is UNSET:
                ar_team_size = _ar_team_size_data
            else:
                ar_team_size = deviation(_ar_team_size_data, "a string", src_dict, _field, _SCHEMA)

            _field = "bank_statement_extraction_guidelines"
            bank_statement_extraction_guidelines: None | str | Unset
            _bank_statement_extraction_guidelines_data = get("bank_statement_extraction_guidelines", UNSET)
            if isinstance(_bank_statement_extraction_guidelines_data, str):
                bank_statement_extraction_guidelines = _bank_statement_extraction_guidelines_data
            elif (
                _bank_statement_extraction_guidelines_data is None
                or _bank_statement_extraction_guidelines_data is UNSET
            ):
                bank_statement_extraction_guidelines = _bank_statement_extraction_guidelines_data
            else:
                bank_statement_extraction_guidelines = deviation(
                    _bank_statement_extraction_guidelines_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "contact_email_enrichment_enabled"
            contact_email_enrichment_enabled: bool | None | Unset
            _contact_email_enrichment_enabled_data = get("contact_email_enrichment_enabled", UNSET)
            if isinstance(_contact_email_enrichment_enabled_data, bool):
                contact_email_enrichment_enabled = _contact_email_enrichment_enabled_data
            elif _contact_email_enrichment_enabled_data is None or _contact_email_enrichment_enabled_data is UNSET:
                contact_email_enrichment_enabled = _contact_email_enrichment_enabled_data
            else:
                contact_email_enrichment_enabled = deviation(
                    _contact_email_enrichment_enabled_data, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "contact_email_validation_enabled"
            contact_email_validation_enabled: bool | None | Unset
            _contact_email_validation_enabled_data = get("contact_email_validation_enabled", UNSET)
            if isinstance(_contact_email_validation_enabled_data, bool):
                contact_email_validation_enabled = _contact_email_validation_enabled_data
            elif _contact_email_validation_enabled_data is None or _contact_email_validation_enabled_data is UNSET:
                contact_email_validation_enabled = _contact_email_validation_enabled_data
            else:
                contact_email_validation_enabled = deviation(
                    _contact_email_validation_enabled_data, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "contact_enrichment_domains"
            contact_enrichment_domains: list[str] | None | Unset
            _contact_enrichment_domains_data = get("contact_enrichment_domains", UNSET)
            if isinstance(_contact_enrichment_domains_data, list):
                _contact_enrichment_domains_type_0 = _contact_enrichment_domains_data
                contact_enrichment_domains_type_0: list[str]
                if not isinstance(_contact_enrichment_domains_type_0, list):
                    contact_enrichment_domains_type_0 = deviation(
                        _contact_enrichment_domains_type_0, "an array", src_dict, _field, _SCHEMA
                    )
                else:
                    contact_enrichment_domains_type_0 = _contact_enrichment_domains_type_0
                    for _contact_enrichment_domains_type_0_index, _contact_enrichment_domains_type_0_item in enumerate(
                        _contact_enrichment_domains_type_0
                    ):
                        if not (isinstance(_contact_enrichment_domains_type_0_item, str)):
                            try:
                                deviation(
                                    _contact_enrichment_domains_type_0_item,
                                    "a string",
                                    _contact_enrichment_domains_type_0,
                                    _contact_enrichment_domains_type_0_index,
                                    _SCHEMA,
                                    _field,
                                )
                            except (KeyError, TypeError, ValueError) as _parse_failure:
                                raise ResponseValidationError.from_exception(
                                    _parse_failure, (_contact_enrichment_domains_type_0_index,)
                                ) from _parse_failure

                contact_enrichment_domains = contact_enrichment_domains_type_0
            elif _contact_enrichment_domains_data is None or _contact_enrichment_domains_data is UNSET:
                contact_enrichment_domains = _contact_enrichment_domains_data
            else:
                contact_enrichment_domains = deviation(
                    _contact_enrichment_domains_data, "an array", src_dict, _field, _SCHEMA
                )

            _field = "contact_phone_enrichment_enabled"
            contact_phone_enrichment_enabled: bool | None | Unset
            _contact_phone_enrichment_enabled_data = get("contact_phone_enrichment_enabled", UNSET)
            if isinstance(_contact_phone_enrichment_enabled_data, bool):
                contact_phone_enrichment_enabled = _contact_phone_enrichment_enabled_data
            elif _contact_phone_enrichment_enabled_data is None or _contact_phone_enrichment_enabled_data is UNSET:
                contact_phone_enrichment_enabled = _contact_phone_enrichment_enabled_data
            else:
                contact_phone_enrichment_enabled = deviation(
                    _contact_phone_enrichment_enabled_data, "a boolean", src_dict, _field, _SCHEMA
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

            _field = "credit_card_surcharge"
            credit_card_surcharge: bool | None | Unset
            _credit_card_surcharge_data = get("credit_card_surcharge", UNSET)
            if isinstance(_credit_card_surcharge_data, bool):
                credit_card_surcharge = _credit_card_surcharge_data
            elif _credit_card_surcharge_data is None or _credit_card_surcharge_data is UNSET:
                credit_card_surcharge = _credit_card_surcharge_data
            else:
                credit_card_surcharge = deviation(_credit_card_surcharge_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "credit_card_surcharge_fixed"
            credit_card_surcharge_fixed: float | None | Unset
            _credit_card_surcharge_fixed_data = get("credit_card_surcharge_fixed", UNSET)
            if isinstance(_credit_card_surcharge_fixed_data, (int, float)) and not isinstance(
                _credit_card_surcharge_fixed_data, bool
            ):
                credit_card_surcharge_fixed = _credit_card_surcharge_fixed_data
            elif _credit_card_surcharge_fixed_data is None or _credit_card_surcharge_fixed_data is UNSET:
                credit_card_surcharge_fixed = _credit_card_surcharge_fixed_data
            else:
                credit_card_surcharge_fixed = deviation(
                    _credit_card_surcharge_fixed_data, "a number", src_dict, _field, _SCHEMA
                )

            _field = "credit_card_surcharge_percentage"
            credit_card_surcharge_percentage: float | None | Unset
            _credit_card_surcharge_percentage_data = get("credit_card_surcharge_percentage", UNSET)
            if isinstance(_credit_card_surcharge_percentage_data, (int, float)) and not isinstance(
                _credit_card_surcharge_percentage_data, bool
            ):
                credit_card_surcharge_percentage = _credit_card_surcharge_percentage_data
            elif _credit_card_surcharge_percentage_data is None or _credit_card_surcharge_percentage_data is UNSET:
                credit_card_surcharge_percentage = _credit_card_surcharge_percentage_data
            else:
                credit_card_surcharge_percentage = deviation(
                    _credit_card_surcharge_percentage_data, "a number", src_dict, _field, _SCHEMA
                )

            _field = "crm_software"
            crm_software: None | str | Unset
            _crm_software_data = get("crm_software", UNSET)
            if isinstance(_crm_software_data, str):
                crm_software = _crm_software_data
            elif _crm_software_data is None or _crm_software_data is UNSET:
                crm_software = _crm_software_data
            else:
                crm_software = deviation(_crm_software_data, "a string", src_dict, _field, _SCHEMA)

            _field = "customer_support_number"
            customer_support_number: None | str | Unset
            _customer_support_number_data = get("customer_support_number", UNSET)
            if isinstance(_customer_support_number_data, str):
                customer_support_number = _customer_support_number_data
            elif _customer_support_number_data is None or _customer_support_number_data is UNSET:
                customer_support_number = _customer_support_number_data
            else:
                customer_support_number = deviation(
                    _customer_support_number_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "default_outreach_window_end"
            default_outreach_window_end: None | str | Unset
            _default_outreach_window_end_data = get("default_outreach_window_end", UNSET)
            if isinstance(_default_outreach_window_end_data, str):
                default_outreach_window_end = _default_outreach_window_end_data
            elif _default_outreach_window_end_data is None or _default_outreach_window_end_data is UNSET:
                default_outreach_window_end = _default_outreach_window_end_data
            else:
                default_outreach_window_end = deviation(
                    _default_outreach_window_end_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "default_outreach_window_start"
            default_outreach_window_start: None | str | Unset
            _default_outreach_window_start_data = get("default_outreach_window_start", UNSET)
            if isinstance(_default_outreach_window_start_data, str):
                default_outreach_window_start = _default_outreach_window_start_data
            elif _default_outreach_window_start_data is None or _default_outreach_window_start_data is UNSET:
                default_outreach_window_start = _default_outreach_window_start_data
            else:
                default_outreach_window_start = deviation(
                    _default_outreach_window_start_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "display_name"
            display_name: None | str | Unset
            _display_name_data = get("display_name", UNSET)
            if isinstance(_display_name_data, str):
                display_name = _display_name_data
            elif _display_name_data is None or _display_name_data is UNSET:
                display_name = _display_name_data
            else:
                display_name = deviation(_display_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "domains"
            domains = (
                defer(_parse_domains, get("domains", UNSET), src_dict)
                if lazy
                else _parse_domains(get("domains", UNSET), False, src_dict)
            )

            _field = "email_software"
            email_software: None | str | Unset
            _email_software_data = get("email_software", UNSET)
            if isinstance(_email_software_data, str):
                email_software = _email_software_data
            elif _email_software_data is None or _email_software_data is UNSET:
                email_software = _email_software_data
            else:
                email_software = deviation(_email_software_data, "a string", src_dict, _field, _SCHEMA)

            _field = "enterprise_auth_connection_name"
            enterprise_auth_connection_name: None | str | Unset
            _enterprise_auth_connection_name_data = get("enterprise_auth_connection_name", UNSET)
            if isinstance(_enterprise_auth_connection_name_data, str):
                enterprise_auth_connection_name = _enterprise_auth_connection_name_data
            elif _enterprise_auth_connection_name_data is None or _enterprise_auth_connection_name_data is UNSET:
                enterprise_auth_connection_name = _enterprise_auth_connection_name_data
            else:
                enterprise_auth_connection_name = deviation(
                    _enterprise_auth_connection_name_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "erp_software"
            erp_software: None | str | Unset
            _erp_software_data = get("erp_software", UNSET)
            if isinstance(_erp_software_data, str):
                erp_software = _erp_software_data
            elif _erp_software_data is None or _erp_software_data is UNSET:
                erp_software = _erp_software_data
            else:
                erp_software = deviation(_erp_software_data, "a string", src_dict, _field, _SCHEMA)

            _field = "finix_merchant_id"
            finix_merchant_id: None | str | Unset
            _finix_merchant_id_data = get("finix_merchant_id", UNSET)
            if isinstance(_finix_merchant_id_data, str):
                finix_merchant_id = _finix_merchant_id_data
            elif _finix_merchant_id_data is None or _finix_merchant_id_data is UNSET:
                finix_merchant_id = _finix_merchant_id_data
            else:
                finix_merchant_id = deviation(_finix_merchant_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "finix_onboarding_form_id"
            finix_onboarding_form_id: None | str | Unset
            _finix_onboarding_form_id_data = get("finix_onboarding_form_id", UNSET)
            if isinstance(_finix_onboarding_form_id_data, str):
                finix_onboarding_form_id = _finix_onboarding_form_id_data
            elif _finix_onboarding_form_id_data is None or _finix_onboarding_form_id_data is UNSET:
                finix_onboarding_form_id = _finix_onboarding_form_id_data
            else:
                finix_onboarding_form_id = deviation(
                    _finix_onboarding_form_id_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "finix_platform_application_id"
            finix_platform_application_id: None | str | Unset
            _finix_platform_application_id_data = get("finix_platform_application_id", UNSET)
            if isinstance(_finix_platform_application_id_data, str):
                finix_platform_application_id = _finix_platform_application_id_data
            elif _finix_platform_application_id_data is None or _finix_platform_application_id_data is UNSET:
                finix_platform_application_id = _finix_platform_application_id_data
            else:
                finix_platform_application_id = deviation(
                    _finix_platform_application_id_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "finix_platform_merchant_id"
            finix_platform_merchant_id: None | str | Unset
            _finix_platform_merchant_id_data = get("finix_platform_merchant_id", UNSET)
            if isinstance(_finix_platform_merchant_id_data, str):
                finix_platform_merchant_id = _finix_platform_merchant_id_data
            elif _finix_platform_merchant_id_data is None or _finix_platform_merchant_id_data is UNSET:
                finix_platform_merchant_id = _finix_platform_merchant_id_data
            else:
                finix_platform_merchant_id = deviation(
                    _finix_platform_merchant_id_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "inbound_grace_period_days"
            inbound_grace_period_days: float | None | Unset
            _inbound_grace_period_days_data = get("inbound_grace_period_days", UNSET)
            if isinstance(_inbound_grace_period_days_data, (int, float)) and not isinstance(
                _inbound_grace_period_days_data, bool
            ):
                inbound_grace_period_days = _inbound_grace_period_days_data
            elif _inbound_grace_period_days_data is None or _inbound_grace_period_days_data is UNSET:
                inbound_grace_period_days = _inbound_grace_period_days_data
            else:
                inbound_grace_period_days = deviation(
                    _inbound_grace_period_days_data, "a number", src_dict, _field, _SCHEMA
                )

            _field = "integrations"
            integrations = (
                defer(_parse_integrations, get("integrations", UNSET), src_dict)
                if lazy
                else _parse_integrations(get("integrations", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        organization = cls(
            name,
            object_,
            remittance_inbox,
            id,
            agent_phone_number,
            ar_team_size,
            bank_statement_extraction_guidelines,
            contact_email_enrichment_enabled,
            contact_email_validation_enabled,
            contact_enrichment_domains,
            contact_phone_enrichment_enabled,
            created_at,
            credit_card_surcharge,
            credit_card_surcharge_fixed,
            credit_card_surcharge_percentage,
            crm_software,
            customer_support_number,
            default_outreach_window_end,
            default_outreach_window_start,
            display_name,
            domains,
            email_software,
            enterprise_auth_connection_name,
            erp_software,
            finix_merchant_id,
            finix_onboarding_form_id,
            finix_platform_application_id,
            finix_platform_merchant_id,
            inbound_grace_period_days,
            integrations,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(organization, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            organization.additional_properties = undeclared
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


def _parse_domains(_json: Any, lazy: bool, src_dict: Any) -> list[Domain] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "domains"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    domains: list[Domain] | None | Unset
    _domains_data = _json
    if isinstance(_domains_data, list):
        _domains_type_0 = _domains_data
        domains_type_0: list[Domain]
        if not isinstance(_domains_type_0, list):
            domains_type_0 = deviation(_domains_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            domains_type_0 = []
            for _domains_type_0_index, domains_type_0_item_data in enumerate(_domains_type_0):
                try:
                    _domains_type_0_item = domains_type_0_item_data
                    domains_type_0_item = (
                        Domain.from_dict(_domains_type_0_item, lazy=lazy)
                        if isinstance(_domains_type_0_item, dict)
                        else deviation(
                            _domains_type_0_item,
                            "an object (Domain)",
                            _domains_type_0,
                            _domains_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_domains_type_0_index,)
                    ) from _parse_failure
                domains_type_0.append(domains_type_0_item)

        domains = domains_type_0
    elif _domains_data is None or _domains_data is UNSET:
        domains = _domains_data
    else:
        domains = deviation(_domains_data, "an array", src_dict, _field, _SCHEMA)

    return domains


def _parse_integrations(_json: Any, lazy: bool, src_dict: Any) -> LinkedIntegration | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "integrations"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    integrations: LinkedIntegration | None | Unset
    _integrations_data = _json
    if isinstance(_integrations_data, dict):
        _integrations_type_0 = _integrations_data
        integrations_type_0 = (
            LinkedIntegration.from_dict(_integrations_type_0, lazy=lazy)
            if isinstance(_integrations_type_0, dict)
            else deviation(_integrations_type_0, "an object (LinkedIntegration)", src_dict, _field, _SCHEMA)
        )

        integrations = integrations_type_0
    elif _integrations_data is None or _integrations_data is UNSET:
        integrations = _integrations_data
    else:
        integrations = deviation(_integrations_data, "an object (LinkedIntegration)", src_dict, _field, _SCHEMA)

    return integrations


install_lazy_fields(
    Organization,
    (
        "domains",
        "integrations",
    ),
)


install_undeclared_on_demand(Organization)
