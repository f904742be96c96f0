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
from ..models.partner_type import PartnerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_portal import APPortal
    from ..models.user import User


T = TypeVar("T", bound="PartnerDetail")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "PartnerDetail"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "invoice_balance",
        "is_call_outreach_manually_paused",
        "is_contact_enrichment_enabled",
        "is_email_outreach_manually_paused",
        "last_inbound_at",
        "num_open_invoices",
        "object",
        "organization_id",
        "remote_id",
        "total_overdue",
        "type",
        "id",
        "account_number",
        "ap_portals",
        "assignee",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.ap_portal import APPortal  # noqa: PLC0415
    from ..models.user import User  # noqa: PLC0415

    globals().update(
        APPortal=APPortal,
        User=User,
    )
    _references_unresolved = False


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
            num_open_invoices (int): An integer: an assumption, because the page shows only `123`, which the docs renderer
                prints for integers and numbers alike; the name says it counts invoices.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        invoice_balance = self.invoice_balance

        is_call_outreach_manually_paused = self.is_call_outreach_manually_paused

        is_contact_enrichment_enabled = self.is_contact_enrichment_enabled

        is_email_outreach_manually_paused = self.is_email_outreach_manually_paused

        last_inbound_at = (
            self.last_inbound_at.isoformat()
            if isinstance(self.last_inbound_at, datetime.datetime)
            else self.last_inbound_at
        )

        num_open_invoices = self.num_open_invoices

        object_ = self.object_

        organization_id = self.organization_id

        remote_id = self.remote_id

        total_overdue = self.total_overdue

        type_ = self.type_.value if isinstance(self.type_, PartnerType) else self.type_

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

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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
            _field = "invoice_balance"
            invoice_balance = get("invoice_balance", UNSET)
            if not (isinstance(invoice_balance, (int, float)) and not isinstance(invoice_balance, bool)):
                invoice_balance = deviation(invoice_balance, "a number", src_dict, _field, _SCHEMA)

            _field = "is_call_outreach_manually_paused"
            is_call_outreach_manually_paused = get("is_call_outreach_manually_paused", UNSET)
            if not (isinstance(is_call_outreach_manually_paused, bool)):
                is_call_outreach_manually_paused = deviation(
                    is_call_outreach_manually_paused, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "is_contact_enrichment_enabled"
            is_contact_enrichment_enabled = get("is_contact_enrichment_enabled", UNSET)
            if not (isinstance(is_contact_enrichment_enabled, bool)):
                is_contact_enrichment_enabled = deviation(
                    is_contact_enrichment_enabled, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "is_email_outreach_manually_paused"
            is_email_outreach_manually_paused = get("is_email_outreach_manually_paused", UNSET)
            if not (isinstance(is_email_outreach_manually_paused, bool)):
                is_email_outreach_manually_paused = deviation(
                    is_email_outreach_manually_paused, "a boolean", src_dict, _field, _SCHEMA
                )

            _field = "last_inbound_at"
            try:
                last_inbound_at = datetime.datetime.fromisoformat(get("last_inbound_at", UNSET))
            except (TypeError, ValueError):
                last_inbound_at = datetime_or_deviation(get("last_inbound_at", UNSET), src_dict, _field, _SCHEMA)
            else:
                if not has_rfc3339_shape(get("last_inbound_at", UNSET)):
                    last_inbound_at = datetime_or_deviation(get("last_inbound_at", UNSET), src_dict, _field, _SCHEMA)

            _field = "num_open_invoices"
            num_open_invoices = get("num_open_invoices", UNSET)
            if not (isinstance(num_open_invoices, int) and not isinstance(num_open_invoices, bool)):
                num_open_invoices = deviation(num_open_invoices, "an integer", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "organization_id"
            organization_id = get("organization_id", UNSET)
            if not (isinstance(organization_id, str)):
                organization_id = deviation(organization_id, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_id"
            remote_id = get("remote_id", UNSET)
            if not (isinstance(remote_id, str)):
                remote_id = deviation(remote_id, "a string", src_dict, _field, _SCHEMA)

            _field = "total_overdue"
            total_overdue = get("total_overdue", UNSET)
            if not (isinstance(total_overdue, (int, float)) and not isinstance(total_overdue, bool)):
                total_overdue = deviation(total_overdue, "a number", src_dict, _field, _SCHEMA)

            _field = "type"
            _type_ = get("type", UNSET)
            type_ = (PartnerType._by_value.get(_type_) if _type_.__class__ is str else None) or enum_or_deviation(
                PartnerType, _type_, src_dict, _field, _SCHEMA
            )

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

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        partner_detail = cls(
            invoice_balance,
            is_call_outreach_manually_paused,
            is_contact_enrichment_enabled,
            is_email_outreach_manually_paused,
            last_inbound_at,
            num_open_invoices,
            object_,
            organization_id,
            remote_id,
            total_overdue,
            type_,
            id,
            account_number,
            ap_portals,
            assignee,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(partner_detail, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            partner_detail.additional_properties = undeclared
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


install_lazy_fields(
    PartnerDetail,
    (
        "ap_portals",
        "assignee",
    ),
)


install_undeclared_on_demand(PartnerDetail)
