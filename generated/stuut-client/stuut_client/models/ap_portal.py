from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.ap_portal_provider import APPortalProvider
from ..models.report_frequency import ReportFrequency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_portal_account import APPortalAccount


T = TypeVar("T", bound="APPortal")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ap_portal_account import APPortalAccount  # noqa: PLC0415

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
            account = self.account.to_dict()
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
            created_at = self.created_at.isoformat()
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
            modified_at = self.modified_at.isoformat()
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
            provider = self.provider.value
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
            report_frequency = self.report_frequency.value
        else:
            report_frequency = self.report_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_portal_account import APPortalAccount  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "partner_id"
            partner_id = d.pop("partner_id")
            if not (isinstance(partner_id, str)):
                raise TypeError(f"expected a string, got {type(partner_id).__name__}")

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

            _field = "account"

            def _parse_account(data: object) -> APPortalAccount | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected APPortalAccount, got {type(data).__name__}")
                account_type_0 = APPortalAccount.from_dict(data)

                return account_type_0

            account = _parse_account(d.pop("account", UNSET))

            _field = "account_id"

            def _parse_account_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            account_id = _parse_account_id(d.pop("account_id", UNSET))

            _field = "account_key"

            def _parse_account_key(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            account_key = _parse_account_key(d.pop("account_key", UNSET))

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

            _field = "customer_identifier"

            def _parse_customer_identifier(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            customer_identifier = _parse_customer_identifier(d.pop("customer_identifier", UNSET))

            _field = "customer_name"

            def _parse_customer_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            customer_name = _parse_customer_name(d.pop("customer_name", UNSET))

            _field = "invoice_submission_guidelines"

            def _parse_invoice_submission_guidelines(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            invoice_submission_guidelines = _parse_invoice_submission_guidelines(
                d.pop("invoice_submission_guidelines", UNSET)
            )

            _field = "is_enabled"

            def _parse_is_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_enabled = _parse_is_enabled(d.pop("is_enabled", UNSET))

            _field = "is_invoice_submission_enabled"

            def _parse_is_invoice_submission_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_invoice_submission_enabled = _parse_is_invoice_submission_enabled(
                d.pop("is_invoice_submission_enabled", UNSET)
            )

            _field = "is_report_download_enabled"

            def _parse_is_report_download_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_report_download_enabled = _parse_is_report_download_enabled(d.pop("is_report_download_enabled", UNSET))

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

            _field = "provider"

            def _parse_provider(data: object) -> APPortalProvider | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected APPortalProvider, got {type(data).__name__}")
                provider_type_0 = APPortalProvider(data)

                return provider_type_0

            provider = _parse_provider(d.pop("provider", UNSET))

            _field = "report_email"

            def _parse_report_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            report_email = _parse_report_email(d.pop("report_email", UNSET))

            _field = "report_frequency"

            def _parse_report_frequency(data: object) -> None | ReportFrequency | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected ReportFrequency, got {type(data).__name__}")
                report_frequency_type_0 = ReportFrequency(data)

                return report_frequency_type_0

            report_frequency = _parse_report_frequency(d.pop("report_frequency", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        ap_portal = cls(
            object_=object_,
            partner_id=partner_id,
            id=id,
            account=account,
            account_id=account_id,
            account_key=account_key,
            created_at=created_at,
            customer_identifier=customer_identifier,
            customer_name=customer_name,
            invoice_submission_guidelines=invoice_submission_guidelines,
            is_enabled=is_enabled,
            is_invoice_submission_enabled=is_invoice_submission_enabled,
            is_report_download_enabled=is_report_download_enabled,
            modified_at=modified_at,
            name=name,
            provider=provider,
            report_email=report_email,
            report_frequency=report_frequency,
        )

        ap_portal.additional_properties = d
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
