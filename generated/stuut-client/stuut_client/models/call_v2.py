from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_classification_v2 import CallClassificationV2
    from ..models.invoice_v2 import InvoiceV2
    from ..models.user_v2 import UserV2


T = TypeVar("T", bound="CallV2")


@_attrs_define
class CallV2:
    """A phone call as the v2 API returns it. The reference pages' examples of this object were cut off inside `invoices`;
    further fields exist but were not recovered.

        Attributes:
            created_at (datetime.datetime | None | Unset):
            modified_at (datetime.datetime | None | Unset):
            id (None | str | Unset):
            approver (None | Unset | UserV2):
            classifications (list[CallClassificationV2] | None | Unset):
            disconnection_reason (None | str | Unset):
            from_number (None | str | Unset):
            in_voicemail (bool | None | Unset):
            invoices (list[InvoiceV2] | None | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    id: None | str | Unset = UNSET
    approver: None | Unset | UserV2 = UNSET
    classifications: list[CallClassificationV2] | None | Unset = UNSET
    disconnection_reason: None | str | Unset = UNSET
    from_number: None | str | Unset = UNSET
    in_voicemail: bool | None | Unset = UNSET
    invoices: list[InvoiceV2] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_v2 import UserV2  # noqa: PLC0415

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        approver: dict[str, Any] | None | Unset
        if isinstance(self.approver, Unset):
            approver = UNSET
        elif isinstance(self.approver, UserV2):
            approver = self.approver.to_dict()
        else:
            approver = self.approver

        classifications: list[dict[str, Any]] | None | Unset
        if isinstance(self.classifications, Unset):
            classifications = UNSET
        elif isinstance(self.classifications, list):
            classifications = []
            for classifications_type_0_item_data in self.classifications:
                classifications_type_0_item = classifications_type_0_item_data.to_dict()
                classifications.append(classifications_type_0_item)

        else:
            classifications = self.classifications

        disconnection_reason: None | str | Unset
        if isinstance(self.disconnection_reason, Unset):
            disconnection_reason = UNSET
        else:
            disconnection_reason = self.disconnection_reason

        from_number: None | str | Unset
        if isinstance(self.from_number, Unset):
            from_number = UNSET
        else:
            from_number = self.from_number

        in_voicemail: bool | None | Unset
        if isinstance(self.in_voicemail, Unset):
            in_voicemail = UNSET
        else:
            in_voicemail = self.in_voicemail

        invoices: list[dict[str, Any]] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, list):
            invoices = []
            for invoices_type_0_item_data in self.invoices:
                invoices_type_0_item = invoices_type_0_item_data.to_dict()
                invoices.append(invoices_type_0_item)

        else:
            invoices = self.invoices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if id is not UNSET:
            field_dict["id"] = id
        if approver is not UNSET:
            field_dict["approver"] = approver
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if disconnection_reason is not UNSET:
            field_dict["disconnection_reason"] = disconnection_reason
        if from_number is not UNSET:
            field_dict["from_number"] = from_number
        if in_voicemail is not UNSET:
            field_dict["in_voicemail"] = in_voicemail
        if invoices is not UNSET:
            field_dict["invoices"] = invoices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_classification_v2 import CallClassificationV2  # noqa: PLC0415
        from ..models.invoice_v2 import InvoiceV2  # noqa: PLC0415
        from ..models.user_v2 import UserV2  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_at_type_0 = datetime.datetime.fromisoformat(data)

                return modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_approver(data: object) -> None | Unset | UserV2:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approver_type_0 = UserV2.from_dict(data)

                return approver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserV2, data)

        approver = _parse_approver(d.pop("approver", UNSET))

        def _parse_classifications(data: object) -> list[CallClassificationV2] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                classifications_type_0 = []
                _classifications_type_0 = data
                for classifications_type_0_item_data in _classifications_type_0:
                    classifications_type_0_item = CallClassificationV2.from_dict(classifications_type_0_item_data)

                    classifications_type_0.append(classifications_type_0_item)

                return classifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CallClassificationV2] | None | Unset, data)

        classifications = _parse_classifications(d.pop("classifications", UNSET))

        def _parse_disconnection_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disconnection_reason = _parse_disconnection_reason(d.pop("disconnection_reason", UNSET))

        def _parse_from_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_number = _parse_from_number(d.pop("from_number", UNSET))

        def _parse_in_voicemail(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        in_voicemail = _parse_in_voicemail(d.pop("in_voicemail", UNSET))

        def _parse_invoices(data: object) -> list[InvoiceV2] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invoices_type_0 = []
                _invoices_type_0 = data
                for invoices_type_0_item_data in _invoices_type_0:
                    invoices_type_0_item = InvoiceV2.from_dict(invoices_type_0_item_data)

                    invoices_type_0.append(invoices_type_0_item)

                return invoices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceV2] | None | Unset, data)

        invoices = _parse_invoices(d.pop("invoices", UNSET))

        call_v2 = cls(
            created_at=created_at,
            modified_at=modified_at,
            id=id,
            approver=approver,
            classifications=classifications,
            disconnection_reason=disconnection_reason,
            from_number=from_number,
            in_voicemail=in_voicemail,
            invoices=invoices,
        )

        call_v2.additional_properties = d
        return call_v2

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
