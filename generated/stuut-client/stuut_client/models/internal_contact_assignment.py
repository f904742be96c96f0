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
from ..models.internal_role import InternalRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.internal_contact import InternalContact


T = TypeVar("T", bound="InternalContactAssignment")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "InternalContactAssignment"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "modified_at",
        "id",
        "internal_role",
        "partner_id",
        "remote_id",
        "internal_contact",
        "object",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.internal_contact import InternalContact  # noqa: PLC0415

    globals().update(
        InternalContact=InternalContact,
    )
    _references_unresolved = False


@_attrs_define
class InternalContactAssignment:
    """An InternalContact assigned to a Partner with a specific role. partner_id is null for "floating" assignments —
    contacts whose role is declared at the organization level but who have not yet been attached to a specific partner.
    The field list on the reference pages was cut off after `internal_role`; the flags of the later fields were not
    recovered.

        Attributes:
            created_at (datetime.datetime):
            modified_at (datetime.datetime | None):
            id (str):
            internal_role (InternalRole): The role an internal contact holds for a partner (values from the v2 internal-
                contact pages).
            partner_id (None | str | Unset):
            remote_id (None | str | Unset): Third-party sync identifier for upsert deduplication.
            internal_contact (InternalContact | None | Unset):
            object_ (None | str | Unset): String representing the object's type. Objects of the same type share the same
                value.
    """

    created_at: datetime.datetime
    modified_at: datetime.datetime | None
    id: str
    internal_role: InternalRole
    partner_id: None | str | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    internal_contact: InternalContact | None | Unset = UNSET
    object_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        created_at = self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at

        modified_at: None | str
        if isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        id = self.id

        internal_role = self.internal_role.value if isinstance(self.internal_role, InternalRole) else self.internal_role

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        internal_contact: dict[str, Any] | None | Unset
        if isinstance(self.internal_contact, Unset):
            internal_contact = UNSET
        elif isinstance(self.internal_contact, InternalContact):
            internal_contact = (
                self.internal_contact.to_dict()
                if isinstance(self.internal_contact, InternalContact)
                else self.internal_contact
            )

        else:
            internal_contact = self.internal_contact

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "created_at": created_at,
                "modified_at": modified_at,
                "id": id,
                "internal_role": internal_role,
            }
        )
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if internal_contact is not UNSET:
            field_dict["internal_contact"] = internal_contact
        if object_ is not UNSET:
            field_dict["object"] = object_
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
            _field = "created_at"
            try:
                created_at = datetime.datetime.fromisoformat(get("created_at", UNSET))
            except (TypeError, ValueError):
                created_at = datetime_or_deviation(get("created_at", UNSET), src_dict, _field, _SCHEMA)
            else:
                if not has_rfc3339_shape(get("created_at", UNSET)):
                    created_at = datetime_or_deviation(get("created_at", UNSET), src_dict, _field, _SCHEMA)

            _field = "modified_at"
            modified_at: datetime.datetime | None
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
            elif _modified_at_data is None:
                modified_at = _modified_at_data
            else:
                modified_at = deviation(_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "id"
            id = get("id", UNSET)
            if not (isinstance(id, str)):
                id = deviation(id, "a string", src_dict, _field, _SCHEMA)

            _field = "internal_role"
            _internal_role = get("internal_role", UNSET)
            internal_role = (
                InternalRole._by_value.get(_internal_role) if _internal_role.__class__ is str else None
            ) or enum_or_deviation(InternalRole, _internal_role, src_dict, _field, _SCHEMA)

            _field = "partner_id"
            partner_id: None | str | Unset
            _partner_id_data = get("partner_id", UNSET)
            if isinstance(_partner_id_data, str):
                partner_id = _partner_id_data
            elif _partner_id_data is None or _partner_id_data is UNSET:
                partner_id = _partner_id_data
            else:
                partner_id = deviation(_partner_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_id"
            remote_id: None | str | Unset
            _remote_id_data = get("remote_id", UNSET)
            if isinstance(_remote_id_data, str):
                remote_id = _remote_id_data
            elif _remote_id_data is None or _remote_id_data is UNSET:
                remote_id = _remote_id_data
            else:
                remote_id = deviation(_remote_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "internal_contact"
            internal_contact = (
                defer(_parse_internal_contact, get("internal_contact", UNSET), src_dict)
                if lazy
                else _parse_internal_contact(get("internal_contact", UNSET), False, src_dict)
            )

            _field = "object"
            object_: None | str | Unset
            _object__data = get("object", UNSET)
            if isinstance(_object__data, str):
                object_ = _object__data
            elif _object__data is None or _object__data is UNSET:
                object_ = _object__data
            else:
                object_ = deviation(_object__data, "a string", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        internal_contact_assignment = cls(
            created_at,
            modified_at,
            id,
            internal_role,
            partner_id,
            remote_id,
            internal_contact,
            object_,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(internal_contact_assignment, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            internal_contact_assignment.additional_properties = undeclared
        return internal_contact_assignment

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


def _parse_internal_contact(_json: Any, lazy: bool, src_dict: Any) -> InternalContact | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "internal_contact"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    internal_contact: InternalContact | None | Unset
    _internal_contact_data = _json
    if isinstance(_internal_contact_data, dict):
        _internal_contact_type_0 = _internal_contact_data
        internal_contact_type_0 = (
            InternalContact.from_dict(_internal_contact_type_0, lazy=lazy)
            if isinstance(_internal_contact_type_0, dict)
            else deviation(_internal_contact_type_0, "an object (InternalContact)", src_dict, _field, _SCHEMA)
        )

        internal_contact = internal_contact_type_0
    elif _internal_contact_data is None or _internal_contact_data is UNSET:
        internal_contact = _internal_contact_data
    else:
        internal_contact = deviation(_internal_contact_data, "an object (InternalContact)", src_dict, _field, _SCHEMA)

    return internal_contact


install_lazy_fields(InternalContactAssignment, ("internal_contact",))


install_undeclared_on_demand(InternalContactAssignment)
