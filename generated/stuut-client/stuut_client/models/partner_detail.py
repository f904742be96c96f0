from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.partner_type import PartnerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_portal import APPortal
    from ..models.user import User


T = TypeVar("T", bound="PartnerDetail")


@_attrs_define
class PartnerDetail:
    """A partner as List Partners returns it: the partner's own fields plus its balance figures. Partners embedded in other
    objects have the smaller `Partner` shape. The reference pages' examples of this object were cut off inside
    `assignee`; further fields exist but were not recovered.

        Attributes:
            invoice_balance (float):
            is_call_outreach_manually_paused (bool):
            is_contact_enrichment_enabled (bool):
            is_email_outreach_manually_paused (bool):
            last_inbound_at (datetime.datetime):
            num_open_invoices (int):
            object_ (str):
            organization_id (str):
            remote_id (str):
            total_overdue (float):
            type_ (PartnerType): The kind of partner. The reference page shows only the value `customer`; the complete list
                was not recovered. Values the server sends that are not listed here parse as unknown members (see the client's
                tolerant enums).
            id (None | str | Unset):
            account_number (None | str | Unset):
            ap_portals (list[APPortal] | None | Unset):
            assignee (None | Unset | User):
    """

    invoice_balance: float
    is_call_outreach_manually_paused: bool
    is_contact_enrichment_enabled: bool
    is_email_outreach_manually_paused: bool
    last_inbound_at: datetime.datetime
    num_open_invoices: int
    object_: str
    organization_id: str
    remote_id: str
    total_overdue: float
    type_: PartnerType
    id: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    ap_portals: list[APPortal] | None | Unset = UNSET
    assignee: None | Unset | User = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user import User  # noqa: PLC0415

        invoice_balance = self.invoice_balance

        is_call_outreach_manually_paused = self.is_call_outreach_manually_paused

        is_contact_enrichment_enabled = self.is_contact_enrichment_enabled

        is_email_outreach_manually_paused = self.is_email_outreach_manually_paused

        last_inbound_at = self.last_inbound_at.isoformat()

        num_open_invoices = self.num_open_invoices

        object_ = self.object_

        organization_id = self.organization_id

        remote_id = self.remote_id

        total_overdue = self.total_overdue

        type_ = self.type_.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_balance": invoice_balance,
                "is_call_outreach_manually_paused": is_call_outreach_manually_paused,
                "is_contact_enrichment_enabled": is_contact_enrichment_enabled,
                "is_email_outreach_manually_paused": is_email_outreach_manually_paused,
                "last_inbound_at": last_inbound_at,
                "num_open_invoices": num_open_invoices,
                "object": object_,
                "organization_id": organization_id,
                "remote_id": remote_id,
                "total_overdue": total_overdue,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if ap_portals is not UNSET:
            field_dict["ap_portals"] = ap_portals
        if assignee is not UNSET:
            field_dict["assignee"] = assignee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_portal import APPortal  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "invoice_balance"
            invoice_balance = d.pop("invoice_balance")
            if not (isinstance(invoice_balance, (int, float)) and not isinstance(invoice_balance, bool)):
                raise TypeError(f"expected a number, got {type(invoice_balance).__name__}")

            _field = "is_call_outreach_manually_paused"
            is_call_outreach_manually_paused = d.pop("is_call_outreach_manually_paused")
            if not (isinstance(is_call_outreach_manually_paused, bool)):
                raise TypeError(f"expected a boolean, got {type(is_call_outreach_manually_paused).__name__}")

            _field = "is_contact_enrichment_enabled"
            is_contact_enrichment_enabled = d.pop("is_contact_enrichment_enabled")
            if not (isinstance(is_contact_enrichment_enabled, bool)):
                raise TypeError(f"expected a boolean, got {type(is_contact_enrichment_enabled).__name__}")

            _field = "is_email_outreach_manually_paused"
            is_email_outreach_manually_paused = d.pop("is_email_outreach_manually_paused")
            if not (isinstance(is_email_outreach_manually_paused, bool)):
                raise TypeError(f"expected a boolean, got {type(is_email_outreach_manually_paused).__name__}")

            _field = "last_inbound_at"
            last_inbound_at = parse_datetime(d.pop("last_inbound_at"))

            _field = "num_open_invoices"
            num_open_invoices = d.pop("num_open_invoices")
            if not (isinstance(num_open_invoices, int) and not isinstance(num_open_invoices, bool)):
                raise TypeError(f"expected an integer, got {type(num_open_invoices).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "organization_id"
            organization_id = d.pop("organization_id")
            if not (isinstance(organization_id, str)):
                raise TypeError(f"expected a string, got {type(organization_id).__name__}")

            _field = "remote_id"
            remote_id = d.pop("remote_id")
            if not (isinstance(remote_id, str)):
                raise TypeError(f"expected a string, got {type(remote_id).__name__}")

            _field = "total_overdue"
            total_overdue = d.pop("total_overdue")
            if not (isinstance(total_overdue, (int, float)) and not isinstance(total_overdue, bool)):
                raise TypeError(f"expected a number, got {type(total_overdue).__name__}")

            _field = "type"
            type_ = PartnerType(d.pop("type"))

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

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        partner_detail = cls(
            invoice_balance=invoice_balance,
            is_call_outreach_manually_paused=is_call_outreach_manually_paused,
            is_contact_enrichment_enabled=is_contact_enrichment_enabled,
            is_email_outreach_manually_paused=is_email_outreach_manually_paused,
            last_inbound_at=last_inbound_at,
            num_open_invoices=num_open_invoices,
            object_=object_,
            organization_id=organization_id,
            remote_id=remote_id,
            total_overdue=total_overdue,
            type_=type_,
            id=id,
            account_number=account_number,
            ap_portals=ap_portals,
            assignee=assignee,
        )

        partner_detail.additional_properties = d
        return partner_detail

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
