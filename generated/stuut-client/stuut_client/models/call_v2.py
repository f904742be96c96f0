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
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_classification_v2 import CallClassificationV2
    from ..models.invoice_v2 import InvoiceV2
    from ..models.user_v2 import UserV2


T = TypeVar("T", bound="CallV2")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "CallV2"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "modified_at",
        "id",
        "approver",
        "classifications",
        "disconnection_reason",
        "from_number",
        "in_voicemail",
        "invoices",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.call_classification_v2 import CallClassificationV2  # noqa: PLC0415
    from ..models.invoice_v2 import InvoiceV2  # noqa: PLC0415
    from ..models.user_v2 import UserV2  # noqa: PLC0415

    globals().update(
        CallClassificationV2=CallClassificationV2,
        InvoiceV2=InvoiceV2,
        UserV2=UserV2,
    )
    _references_unresolved = False


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

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
            approver = self.approver.to_dict() if isinstance(self.approver, UserV2) else self.approver

        else:
            approver = self.approver

        classifications: list[dict[str, Any]] | None | Unset
        if isinstance(self.classifications, Unset):
            classifications = UNSET
        elif isinstance(self.classifications, list):
            if isinstance(self.classifications, list):
                classifications = []
                for classifications_type_0_item_data in self.classifications:
                    classifications_type_0_item = (
                        classifications_type_0_item_data.to_dict()
                        if isinstance(classifications_type_0_item_data, CallClassificationV2)
                        else classifications_type_0_item_data
                    )

                    classifications.append(classifications_type_0_item)
            else:
                classifications = self.classifications

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
            if isinstance(self.invoices, list):
                invoices = []
                for invoices_type_0_item_data in self.invoices:
                    invoices_type_0_item = (
                        invoices_type_0_item_data.to_dict()
                        if isinstance(invoices_type_0_item_data, InvoiceV2)
                        else invoices_type_0_item_data
                    )

                    invoices.append(invoices_type_0_item)
            else:
                invoices = self.invoices

        else:
            invoices = self.invoices

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
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

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "approver"
            approver = (
                defer(_parse_approver, get("approver", UNSET), src_dict)
                if lazy
                else _parse_approver(get("approver", UNSET), False, src_dict)
            )

            _field = "classifications"
            classifications = (
                defer(_parse_classifications, get("classifications", UNSET), src_dict)
                if lazy
                else _parse_classifications(get("classifications", UNSET), False, src_dict)
            )

            _field = "disconnection_reason"
            disconnection_reason: None | str | Unset
            _disconnection_reason_data = get("disconnection_reason", UNSET)
            if isinstance(_disconnection_reason_data, str):
                disconnection_reason = _disconnection_reason_data
            elif _disconnection_reason_data is None or _disconnection_reason_data is UNSET:
                disconnection_reason = _disconnection_reason_data
            else:
                disconnection_reason = deviation(_disconnection_reason_data, "a string", src_dict, _field, _SCHEMA)

            _field = "from_number"
            from_number: None | str | Unset
            _from_number_data = get("from_number", UNSET)
            if isinstance(_from_number_data, str):
                from_number = _from_number_data
            elif _from_number_data is None or _from_number_data is UNSET:
                from_number = _from_number_data
            else:
                from_number = deviation(_from_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "in_voicemail"
            in_voicemail: bool | None | Unset
            _in_voicemail_data = get("in_voicemail", UNSET)
            if isinstance(_in_voicemail_data, bool):
                in_voicemail = _in_voicemail_data
            elif _in_voicemail_data is None or _in_voicemail_data is UNSET:
                in_voicemail = _in_voicemail_data
            else:
                in_voicemail = deviation(_in_voicemail_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "invoices"
            invoices = (
                defer(_parse_invoices, get("invoices", UNSET), src_dict)
                if lazy
                else _parse_invoices(get("invoices", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        call_v2 = cls(
            created_at,
            modified_at,
            id,
            approver,
            classifications,
            disconnection_reason,
            from_number,
            in_voicemail,
            invoices,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            call_v2.additional_properties = undeclared
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


def _parse_approver(_json: Any, lazy: bool, src_dict: Any) -> None | Unset | UserV2:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "approver"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    approver: None | Unset | UserV2
    _approver_data = _json
    if isinstance(_approver_data, dict):
        _approver_type_0 = _approver_data
        approver_type_0 = (
            UserV2.from_dict(_approver_type_0, lazy=lazy)
            if isinstance(_approver_type_0, dict)
            else deviation(_approver_type_0, "an object (UserV2)", src_dict, _field, _SCHEMA)
        )

        approver = approver_type_0
    elif _approver_data is None or _approver_data is UNSET:
        approver = _approver_data
    else:
        approver = deviation(_approver_data, "an object (UserV2)", src_dict, _field, _SCHEMA)

    return approver


def _parse_classifications(_json: Any, lazy: bool, src_dict: Any) -> list[CallClassificationV2] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "classifications"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    classifications: list[CallClassificationV2] | None | Unset
    _classifications_data = _json
    if isinstance(_classifications_data, list):
        _classifications_type_0 = _classifications_data
        classifications_type_0: list[CallClassificationV2]
        if not isinstance(_classifications_type_0, list):
            classifications_type_0 = deviation(_classifications_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            classifications_type_0 = []
            for _classifications_type_0_index, classifications_type_0_item_data in enumerate(_classifications_type_0):
                try:
                    _classifications_type_0_item = classifications_type_0_item_data
                    classifications_type_0_item = (
                        CallClassificationV2.from_dict(_classifications_type_0_item, lazy=lazy)
                        if isinstance(_classifications_type_0_item, dict)
                        else deviation(
                            _classifications_type_0_item,
                            "an object (CallClassificationV2)",
                            _classifications_type_0,
                            _classifications_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_classifications_type_0_index,)
                    ) from _parse_failure
                classifications_type_0.append(classifications_type_0_item)

        classifications = classifications_type_0
    elif _classifications_data is None or _classifications_data is UNSET:
        classifications = _classifications_data
    else:
        classifications = deviation(_classifications_data, "an array", src_dict, _field, _SCHEMA)

    return classifications


def _parse_invoices(_json: Any, lazy: bool, src_dict: Any) -> list[InvoiceV2] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "invoices"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    invoices: list[InvoiceV2] | None | Unset
    _invoices_data = _json
    if isinstance(_invoices_data, list):
        _invoices_type_0 = _invoices_data
        invoices_type_0: list[InvoiceV2]
        if not isinstance(_invoices_type_0, list):
            invoices_type_0 = deviation(_invoices_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            invoices_type_0 = []
            for _invoices_type_0_index, invoices_type_0_item_data in enumerate(_invoices_type_0):
                try:
                    _invoices_type_0_item = invoices_type_0_item_data
                    invoices_type_0_item = (
                        InvoiceV2.from_dict(_invoices_type_0_item, lazy=lazy)
                        if isinstance(_invoices_type_0_item, dict)
                        else deviation(
                            _invoices_type_0_item,
                            "an object (InvoiceV2)",
                            _invoices_type_0,
                            _invoices_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_invoices_type_0_index,)
                    ) from _parse_failure
                invoices_type_0.append(invoices_type_0_item)

        invoices = invoices_type_0
    elif _invoices_data is None or _invoices_data is UNSET:
        invoices = _invoices_data
    else:
        invoices = deviation(_invoices_data, "an array", src_dict, _field, _SCHEMA)

    return invoices


install_lazy_fields(
    CallV2,
    (
        "approver",
        "classifications",
        "invoices",
    ),
)


install_undeclared_on_demand(CallV2)
