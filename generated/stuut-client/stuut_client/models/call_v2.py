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

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
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

            _field = "approver"

            def _parse_approver(data: object) -> None | Unset | UserV2:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected UserV2, got {type(data).__name__}")
                approver_type_0 = UserV2.from_dict(data)

                return approver_type_0

            approver = _parse_approver(d.pop("approver", UNSET))

            _field = "classifications"

            def _parse_classifications(data: object) -> list[CallClassificationV2] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _classifications_type_0 = data
                if not isinstance(_classifications_type_0, list):
                    raise TypeError(f"expected an array, got {type(_classifications_type_0).__name__}")
                classifications_type_0 = []
                for _classifications_type_0_index, classifications_type_0_item_data in enumerate(
                    _classifications_type_0
                ):
                    try:
                        classifications_type_0_item = CallClassificationV2.from_dict(classifications_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_classifications_type_0_index,)
                        ) from _parse_failure
                    classifications_type_0.append(classifications_type_0_item)

                return classifications_type_0

            classifications = _parse_classifications(d.pop("classifications", UNSET))

            _field = "disconnection_reason"

            def _parse_disconnection_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            disconnection_reason = _parse_disconnection_reason(d.pop("disconnection_reason", UNSET))

            _field = "from_number"

            def _parse_from_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            from_number = _parse_from_number(d.pop("from_number", UNSET))

            _field = "in_voicemail"

            def _parse_in_voicemail(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            in_voicemail = _parse_in_voicemail(d.pop("in_voicemail", UNSET))

            _field = "invoices"

            def _parse_invoices(data: object) -> list[InvoiceV2] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _invoices_type_0 = data
                if not isinstance(_invoices_type_0, list):
                    raise TypeError(f"expected an array, got {type(_invoices_type_0).__name__}")
                invoices_type_0 = []
                for _invoices_type_0_index, invoices_type_0_item_data in enumerate(_invoices_type_0):
                    try:
                        invoices_type_0_item = InvoiceV2.from_dict(invoices_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_invoices_type_0_index,)
                        ) from _parse_failure
                    invoices_type_0.append(invoices_type_0_item)

                return invoices_type_0

            invoices = _parse_invoices(d.pop("invoices", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
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
