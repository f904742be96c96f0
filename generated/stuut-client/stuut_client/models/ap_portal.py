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
from ..models.ap_portal_provider import APPortalProvider
from ..models.report_frequency import ReportFrequency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_portal_account import APPortalAccount


T = TypeVar("T", bound="APPortal")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "APPortal"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "object",
        "partner_id",
        "id",
        "account",
        "account_id",
        "account_key",
        "created_at",
        "customer_identifier",
        "customer_name",
        "invoice_submission_guidelines",
        "is_enabled",
        "is_invoice_submission_enabled",
        "is_report_download_enabled",
        "modified_at",
        "name",
        "provider",
        "report_email",
        "report_frequency",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.ap_portal_account import APPortalAccount  # noqa: PLC0415

    globals().update(
        APPortalAccount=APPortalAccount,
    )
    _references_unresolved = False


@_attrs_define
class APPortal:
    """
    Attributes:
        object_ (str):
        partner_id (str):
        id (None | str | Unset):
        account (APPortalAccount | None | Unset):
        account_id (None | str | Unset):
        account_key (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        customer_identifier (None | str | Unset):
        customer_name (None | str | Unset):
        invoice_submission_guidelines (None | str | Unset):
        is_enabled (bool | None | Unset):
        is_invoice_submission_enabled (bool | None | Unset):
        is_report_download_enabled (bool | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset):
        provider (APPortalProvider | None | Unset):
        report_email (None | str | Unset):
        report_frequency (None | ReportFrequency | Unset):
    """

    object_: str
    partner_id: str
    id: None | str | Unset = UNSET
    account: APPortalAccount | None | Unset = UNSET
    account_id: None | str | Unset = UNSET
    account_key: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    customer_identifier: None | str | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    invoice_submission_guidelines: None | str | Unset = UNSET
    is_enabled: bool | None | Unset = UNSET
    is_invoice_submission_enabled: bool | None | Unset = UNSET
    is_report_download_enabled: bool | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    provider: APPortalProvider | None | Unset = UNSET
    report_email: None | str | Unset = UNSET
    report_frequency: None | ReportFrequency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        object_ = self.object_

        partner_id = self.partner_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, APPortalAccount):
            account = self.account.to_dict() if isinstance(self.account, APPortalAccount) else self.account

        else:
            account = self.account

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_key: None | str | Unset
        if isinstance(self.account_key, Unset):
            account_key = UNSET
        else:
            account_key = self.account_key

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        customer_identifier: None | str | Unset
        if isinstance(self.customer_identifier, Unset):
            customer_identifier = UNSET
        else:
            customer_identifier = self.customer_identifier

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        invoice_submission_guidelines: None | str | Unset
        if isinstance(self.invoice_submission_guidelines, Unset):
            invoice_submission_guidelines = UNSET
        else:
            invoice_submission_guidelines = self.invoice_submission_guidelines

        is_enabled: bool | None | Unset
        if isinstance(self.is_enabled, Unset):
            is_enabled = UNSET
        else:
            is_enabled = self.is_enabled

        is_invoice_submission_enabled: bool | None | Unset
        if isinstance(self.is_invoice_submission_enabled, Unset):
            is_invoice_submission_enabled = UNSET
        else:
            is_invoice_submission_enabled = self.is_invoice_submission_enabled

        is_report_download_enabled: bool | None | Unset
        if isinstance(self.is_report_download_enabled, Unset):
            is_report_download_enabled = UNSET
        else:
            is_report_download_enabled = self.is_report_download_enabled

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

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, APPortalProvider):
            provider = self.provider.value if isinstance(self.provider, APPortalProvider) else self.provider

        else:
            provider = self.provider

        report_email: None | str | Unset
        if isinstance(self.report_email, Unset):
            report_email = UNSET
        else:
            report_email = self.report_email

        report_frequency: None | str | Unset
        if isinstance(self.report_frequency, Unset):
            report_frequency = UNSET
        elif isinstance(self.report_frequency, ReportFrequency):
            report_frequency = (
                self.report_frequency.value
                if isinstance(self.report_frequency, ReportFrequency)
                else self.report_frequency
            )

        else:
            report_frequency = self.report_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "object": object_,
                "partner_id": partner_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if account is not UNSET:
            field_dict["account"] = account
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_key is not UNSET:
            field_dict["account_key"] = account_key
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if customer_identifier is not UNSET:
            field_dict["customer_identifier"] = customer_identifier
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if invoice_submission_guidelines is not UNSET:
            field_dict["invoice_submission_guidelines"] = invoice_submission_guidelines
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if is_invoice_submission_enabled is not UNSET:
            field_dict["is_invoice_submission_enabled"] = is_invoice_submission_enabled
        if is_report_download_enabled is not UNSET:
            field_dict["is_report_download_enabled"] = is_report_download_enabled
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if report_email is not UNSET:
            field_dict["report_email"] = report_email
        if report_frequency is not UNSET:
            field_dict["report_frequency"] = report_frequency
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
            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "partner_id"
            partner_id = get("partner_id", UNSET)
            if not (isinstance(partner_id, str)):
                partner_id = deviation(partner_id, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "account"
            account = (
                defer(_parse_account, get("account", UNSET), src_dict)
                if lazy
                else _parse_account(get("account", UNSET), False, src_dict)
            )

            _field = "account_id"
            account_id: None | str | Unset
            _account_id_data = get("account_id", UNSET)
            if isinstance(_account_id_data, str):
                account_id = _account_id_data
            elif _account_id_data is None or _account_id_data is UNSET:
                account_id = _account_id_data
            else:
                account_id = deviation(_account_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "account_key"
            account_key: None | str | Unset
            _account_key_data = get("account_key", UNSET)
            if isinstance(_account_key_data, str):
                account_key = _account_key_data
            elif _account_key_data is None or _account_key_data is UNSET:
                account_key = _account_key_data
            else:
                account_key = deviation(_account_key_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "customer_identifier"
            customer_identifier: None | str | Unset
            _customer_identifier_data = get("customer_identifier", UNSET)
            if isinstance(_customer_identifier_data, str):
                customer_identifier = _customer_identifier_data
            elif _customer_identifier_data is None or _customer_identifier_data is UNSET:
                customer_identifier = _customer_identifier_data
            else:
                customer_identifier = deviation(_customer_identifier_data, "a string", src_dict, _field, _SCHEMA)

            _field = "customer_name"
            customer_name: None | str | Unset
            _customer_name_data = get("customer_name", UNSET)
            if isinstance(_customer_name_data, str):
                customer_name = _customer_name_data
            elif _customer_name_data is None or _customer_name_data is UNSET:
                customer_name = _customer_name_data
            else:
                customer_name = deviation(_customer_name_data, "a string", src_dict, _field, _SCHEMA)

            _field = "invoice_submission_guidelines"
            invoice_submission_guidelines: None | str | Unset
            _invoice_submission_guidelines_data = get("invoice_submission_guidelines", UNSET)
            if isinstance(_invoice_submission_guidelines_data, str):
                invoice_submission_guidelines = _invoice_submission_guidelines_data
            elif _invoice_submission_guidelines_data is None or _invoice_submission_guidelines_data is UNSET:
                invoice_submission_guidelines = _invoice_submission_guidelines_data
            else:
                invoice_submission_guidelines = deviation(
                    _invoice_submission_guidelines_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "is_enabled"
            is_enabled: bool | None | Unset
            _is_enabled_data = get("is_enabled", UNSET)
            if isinstance(_is_enabled_data, bool):
                is_enabled = _is_enabled_data
            elif _is_enabled_data is None or _is_enabled_data is UNSET:
                is_enabled = _is_enabled_data
            else:
                is_enabled = deviation(_is_enabled_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_invoice_submission_enabled"
            is_invoice_submission_enabled: bool | None | Unset
            _is_invoice_submission_enabled_data = get("is_invoice_submission_enabled", UNSET)
            if isinstance(_is_invoice_submission_enabled_data, bool):
                is_invoice_submission_enabled = _is_invoice_submission_enabled_data
            elif _is_invoice_submission_enabled_data is None or _is_invoice_submission_enabled_data is UNSET:
                is_invoice_submission_enabled = _is_invoice_submission_enabled_data
            else:
                is_invoice_submission_enabled = deviation(
                    _is_invoice_submission_enabled_data, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "is_report_download_enabled"
            is_report_download_enabled: bool | None | Unset
            _is_report_download_enabled_data = get("is_report_download_enabled", UNSET)
            if isinstance(_is_report_download_enabled_data, bool):
                is_report_download_enabled = _is_report_download_enabled_data
            elif _is_report_download_enabled_data is None or _is_report_download_enabled_data is UNSET:
                is_report_download_enabled = _is_report_download_enabled_data
            else:
                is_report_download_enabled = deviation(
                    _is_report_download_enabled_data, "a boolean", src_dict, _field, _SCHEMA
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

            _field = "provider"
            provider: APPortalProvider | None | Unset
            _provider_data = get("provider", UNSET)
            if isinstance(_provider_data, str):
                _provider_type_0 = _provider_data
                provider_type_0 = (
                    APPortalProvider._by_value.get(_provider_type_0) if _provider_type_0.__class__ is str else None
                ) or enum_or_deviation(APPortalProvider, _provider_type_0, src_dict, _field, _SCHEMA)

                provider = provider_type_0
            elif _provider_data is None or _provider_data is UNSET:
                provider = _provider_data
            else:
                provider = deviation(_provider_data, "APPortalProvider", src_dict, _field, _SCHEMA)

            _field = "report_email"
            report_email: None | str | Unset
            _report_email_data = get("report_email", UNSET)
            if isinstance(_report_email_data, str):
                report_email = _report_email_data
            elif _report_email_data is None or _report_email_data is UNSET:
                report_email = _report_email_data
            else:
                report_email = deviation(_report_email_data, "a string", src_dict, _field, _SCHEMA)

            _field = "report_frequency"
            report_frequency: None | ReportFrequency | Unset
            _report_frequency_data = get("report_frequency", UNSET)
            if isinstance(_report_frequency_data, str):
                _report_frequency_type_0 = _report_frequency_data
                report_frequency_type_0 = (
                    ReportFrequency._by_value.get(_report_frequency_type_0)
                    if _report_frequency_type_0.__class__ is str
                    else None
                ) or enum_or_deviation(ReportFrequency, _report_frequency_type_0, src_dict, _field, _SCHEMA)

                report_frequency = report_frequency_type_0
            elif _report_frequency_data is None or _report_frequency_data is UNSET:
                report_frequency = _report_frequency_data
            else:
                report_frequency = deviation(_report_frequency_data, "ReportFrequency", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        ap_portal = cls(
            object_,
            partner_id,
            id,
            account,
            account_id,
            account_key,
            created_at,
            customer_identifier,
            customer_name,
            invoice_submission_guidelines,
            is_enabled,
            is_invoice_submission_enabled,
            is_report_download_enabled,
            modified_at,
            name,
            provider,
            report_email,
            report_frequency,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(ap_portal, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            ap_portal.additional_properties = undeclared
        return ap_portal

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


def _parse_account(_json: Any, lazy: bool, src_dict: Any) -> APPortalAccount | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "account"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    account: APPortalAccount | None | Unset
    _account_data = _json
    if isinstance(_account_data, dict):
        _account_type_0 = _account_data
        account_type_0 = (
            APPortalAccount.from_dict(_account_type_0, lazy=lazy)
            if isinstance(_account_type_0, dict)
            else deviation(_account_type_0, "an object (APPortalAccount)", src_dict, _field, _SCHEMA)
        )

        account = account_type_0
    elif _account_data is None or _account_data is UNSET:
        account = _account_data
    else:
        account = deviation(_account_data, "an object (APPortalAccount)", src_dict, _field, _SCHEMA)

    return account


install_lazy_fields(APPortal, ("account",))


install_undeclared_on_demand(APPortal)
