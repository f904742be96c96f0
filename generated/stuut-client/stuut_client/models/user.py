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
    from ..models.dashboard_settings import DashboardSettings


T = TypeVar("T", bound="User")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "User"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "family_name",
        "given_name",
        "object",
        "organization_id",
        "id",
        "created_at",
        "dashboard_settings",
        "default_email_sender_id",
        "invited_by_user_id",
        "is_access_approved",
        "is_org_admin",
        "modified_at",
        "name",
        "onboarding_required",
        "profile_picture",
        "selected",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.dashboard_settings import DashboardSettings  # noqa: PLC0415

    globals().update(
        DashboardSettings=DashboardSettings,
    )
    _references_unresolved = False


@_attrs_define
class User:
    """
    Attributes:
        email (str):
        family_name (str):
        given_name (str):
        object_ (str):
        organization_id (str):
        id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        dashboard_settings (DashboardSettings | None | Unset):
        default_email_sender_id (None | str | Unset):
        invited_by_user_id (None | str | Unset):
        is_access_approved (bool | None | Unset):
        is_org_admin (bool | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        name (None | str | Unset):
        onboarding_required (bool | None | Unset):
        profile_picture (None | str | Unset):
        selected (bool | None | Unset):
    """

    email: str
    family_name: str
    given_name: str
    object_: str
    organization_id: str
    id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    dashboard_settings: DashboardSettings | None | Unset = UNSET
    default_email_sender_id: None | str | Unset = UNSET
    invited_by_user_id: None | str | Unset = UNSET
    is_access_approved: bool | None | Unset = UNSET
    is_org_admin: bool | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    onboarding_required: bool | None | Unset = UNSET
    profile_picture: None | str | Unset = UNSET
    selected: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        email = self.email

        family_name = self.family_name

        given_name = self.given_name

        object_ = self.object_

        organization_id = self.organization_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        dashboard_settings: dict[str, Any] | None | Unset
        if isinstance(self.dashboard_settings, Unset):
            dashboard_settings = UNSET
        elif isinstance(self.dashboard_settings, DashboardSettings):
            dashboard_settings = (
                self.dashboard_settings.to_dict()
                if isinstance(self.dashboard_settings, DashboardSettings)
                else self.dashboard_settings
            )

        else:
            dashboard_settings = self.dashboard_settings

        default_email_sender_id: None | str | Unset
        if isinstance(self.default_email_sender_id, Unset):
            default_email_sender_id = UNSET
        else:
            default_email_sender_id = self.default_email_sender_id

        invited_by_user_id: None | str | Unset
        if isinstance(self.invited_by_user_id, Unset):
            invited_by_user_id = UNSET
        else:
            invited_by_user_id = self.invited_by_user_id

        is_access_approved: bool | None | Unset
        if isinstance(self.is_access_approved, Unset):
            is_access_approved = UNSET
        else:
            is_access_approved = self.is_access_approved

        is_org_admin: bool | None | Unset
        if isinstance(self.is_org_admin, Unset):
            is_org_admin = UNSET
        else:
            is_org_admin = self.is_org_admin

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

        onboarding_required: bool | None | Unset
        if isinstance(self.onboarding_required, Unset):
            onboarding_required = UNSET
        else:
            onboarding_required = self.onboarding_required

        profile_picture: None | str | Unset
        if isinstance(self.profile_picture, Unset):
            profile_picture = UNSET
        else:
            profile_picture = self.profile_picture

        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "email": email,
                "family_name": family_name,
                "given_name": given_name,
                "object": object_,
                "organization_id": organization_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dashboard_settings is not UNSET:
            field_dict["dashboard_settings"] = dashboard_settings
        if default_email_sender_id is not UNSET:
            field_dict["default_email_sender_id"] = default_email_sender_id
        if invited_by_user_id is not UNSET:
            field_dict["invited_by_user_id"] = invited_by_user_id
        if is_access_approved is not UNSET:
            field_dict["is_access_approved"] = is_access_approved
        if is_org_admin is not UNSET:
            field_dict["is_org_admin"] = is_org_admin
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if onboarding_required is not UNSET:
            field_dict["onboarding_required"] = onboarding_required
        if profile_picture is not UNSET:
            field_dict["profile_picture"] = profile_picture
        if selected is not UNSET:
            field_dict["selected"] = selected
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
            _field = "email"
            email = get("email", UNSET)
            if not (isinstance(email, str)):
                email = deviation(email, "a string", src_dict, _field, _SCHEMA)

            _field = "family_name"
            family_name = get("family_name", UNSET)
            if not (isinstance(family_name, str)):
                family_name = deviation(family_name, "a string", src_dict, _field, _SCHEMA)

            _field = "given_name"
            given_name = get("given_name", UNSET)
            if not (isinstance(given_name, str)):
                given_name = deviation(given_name, "a string", src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "organization_id"
            organization_id = get("organization_id", UNSET)
            if not (isinstance(organization_id, str)):
                organization_id = deviation(organization_id, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

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

            _field = "dashboard_settings"
            dashboard_settings = (
                defer(_parse_dashboard_settings, get("dashboard_settings", UNSET), src_dict)
                if lazy
                else _parse_dashboard_settings(get("dashboard_settings", UNSET), False, src_dict)
            )

            _field = "default_email_sender_id"
            default_email_sender_id: None | str | Unset
            _default_email_sender_id_data = get("default_email_sender_id", UNSET)
            if isinstance(_default_email_sender_id_data, str):
                default_email_sender_id = _default_email_sender_id_data
            elif _default_email_sender_id_data is None or _default_email_sender_id_data is UNSET:
                default_email_sender_id = _default_email_sender_id_data
            else:
                default_email_sender_id = deviation(
                    _default_email_sender_id_data, "a string", src_dict, _field, _SCHEMA
                )

            _field = "invited_by_user_id"
            invited_by_user_id: None | str | Unset
            _invited_by_user_id_data = get("invited_by_user_id", UNSET)
            if isinstance(_invited_by_user_id_data, str):
                invited_by_user_id = _invited_by_user_id_data
            elif _invited_by_user_id_data is None or _invited_by_user_id_data is UNSET:
                invited_by_user_id = _invited_by_user_id_data
            else:
                invited_by_user_id = deviation(_invited_by_user_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "is_access_approved"
            is_access_approved: bool | None | Unset
            _is_access_approved_data = get("is_access_approved", UNSET)
            if isinstance(_is_access_approved_data, bool):
                is_access_approved = _is_access_approved_data
            elif _is_access_approved_data is None or _is_access_approved_data is UNSET:
                is_access_approved = _is_access_approved_data
            else:
                is_access_approved = deviation(_is_access_approved_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_org_admin"
            is_org_admin: bool | None | Unset
            _is_org_admin_data = get("is_org_admin", UNSET)
            if isinstance(_is_org_admin_data, bool):
                is_org_admin = _is_org_admin_data
            elif _is_org_admin_data is None or _is_org_admin_data is UNSET:
                is_org_admin = _is_org_admin_data
            else:
                is_org_admin = deviation(_is_org_admin_data, "a boolean", src_dict, _field, _SCHEMA)

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

            _field = "onboarding_required"
            onboarding_required: bool | None | Unset
            _onboarding_required_data = get("onboarding_required", UNSET)
            if isinstance(_onboarding_required_data, bool):
                onboarding_required = _onboarding_required_data
            elif _onboarding_required_data is None or _onboarding_required_data is UNSET:
                onboarding_required = _onboarding_required_data
            else:
                onboarding_required = deviation(_onboarding_required_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "profile_picture"
            profile_picture: None | str | Unset
            _profile_picture_data = get("profile_picture", UNSET)
            if isinstance(_profile_picture_data, str):
                profile_picture = _profile_picture_data
            elif _profile_picture_data is None or _profile_picture_data is UNSET:
                profile_picture = _profile_picture_data
            else:
                profile_picture = deviation(_profile_picture_data, "a string", src_dict, _field, _SCHEMA)

            _field = "selected"
            selected: bool | None | Unset
            _selected_data = get("selected", UNSET)
            if isinstance(_selected_data, bool):
                selected = _selected_data
            elif _selected_data is None or _selected_data is UNSET:
                selected = _selected_data
            else:
                selected = deviation(_selected_data, "a boolean", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        user = cls(
            email,
            family_name,
            given_name,
            object_,
            organization_id,
            id,
            created_at,
            dashboard_settings,
            default_email_sender_id,
            invited_by_user_id,
            is_access_approved,
            is_org_admin,
            modified_at,
            name,
            onboarding_required,
            profile_picture,
            selected,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(user, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            user.additional_properties = undeclared
        return user

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


def _parse_dashboard_settings(_json: Any, lazy: bool, src_dict: Any) -> DashboardSettings | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "dashboard_settings"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    dashboard_settings: DashboardSettings | None | Unset
    _dashboard_settings_data = _json
    if isinstance(_dashboard_settings_data, dict):
        _dashboard_settings_type_0 = _dashboard_settings_data
        dashboard_settings_type_0 = (
            DashboardSettings.from_dict(_dashboard_settings_type_0, lazy=lazy)
            if isinstance(_dashboard_settings_type_0, dict)
            else deviation(_dashboard_settings_type_0, "an object (DashboardSettings)", src_dict, _field, _SCHEMA)
        )

        dashboard_settings = dashboard_settings_type_0
    elif _dashboard_settings_data is None or _dashboard_settings_data is UNSET:
        dashboard_settings = _dashboard_settings_data
    else:
        dashboard_settings = deviation(
            _dashboard_settings_data, "an object (DashboardSettings)", src_dict, _field, _SCHEMA
        )

    return dashboard_settings


install_lazy_fields(User, ("dashboard_settings",))


install_undeclared_on_demand(User)
