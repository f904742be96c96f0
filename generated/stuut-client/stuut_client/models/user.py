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
    from ..models.dashboard_settings import DashboardSettings


T = TypeVar("T", bound="User")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dashboard_settings import DashboardSettings  # noqa: PLC0415

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
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        dashboard_settings: dict[str, Any] | None | Unset
        if isinstance(self.dashboard_settings, Unset):
            dashboard_settings = UNSET
        elif isinstance(self.dashboard_settings, DashboardSettings):
            dashboard_settings = self.dashboard_settings.to_dict()
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
            modified_at = self.modified_at.isoformat()
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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_settings import DashboardSettings  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "email"
            email = d.pop("email")
            if not (isinstance(email, str)):
                raise TypeError(f"expected a string, got {type(email).__name__}")

            _field = "family_name"
            family_name = d.pop("family_name")
            if not (isinstance(family_name, str)):
                raise TypeError(f"expected a string, got {type(family_name).__name__}")

            _field = "given_name"
            given_name = d.pop("given_name")
            if not (isinstance(given_name, str)):
                raise TypeError(f"expected a string, got {type(given_name).__name__}")

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "organization_id"
            organization_id = d.pop("organization_id")
            if not (isinstance(organization_id, str)):
                raise TypeError(f"expected a string, got {type(organization_id).__name__}")

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

            _field = "dashboard_settings"

            def _parse_dashboard_settings(data: object) -> DashboardSettings | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected DashboardSettings, got {type(data).__name__}")
                dashboard_settings_type_0 = DashboardSettings.from_dict(data)

                return dashboard_settings_type_0

            dashboard_settings = _parse_dashboard_settings(d.pop("dashboard_settings", UNSET))

            _field = "default_email_sender_id"

            def _parse_default_email_sender_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            default_email_sender_id = _parse_default_email_sender_id(d.pop("default_email_sender_id", UNSET))

            _field = "invited_by_user_id"

            def _parse_invited_by_user_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            invited_by_user_id = _parse_invited_by_user_id(d.pop("invited_by_user_id", UNSET))

            _field = "is_access_approved"

            def _parse_is_access_approved(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_access_approved = _parse_is_access_approved(d.pop("is_access_approved", UNSET))

            _field = "is_org_admin"

            def _parse_is_org_admin(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_org_admin = _parse_is_org_admin(d.pop("is_org_admin", UNSET))

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

            _field = "onboarding_required"

            def _parse_onboarding_required(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            onboarding_required = _parse_onboarding_required(d.pop("onboarding_required", UNSET))

            _field = "profile_picture"

            def _parse_profile_picture(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            profile_picture = _parse_profile_picture(d.pop("profile_picture", UNSET))

            _field = "selected"

            def _parse_selected(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            selected = _parse_selected(d.pop("selected", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        user = cls(
            email=email,
            family_name=family_name,
            given_name=given_name,
            object_=object_,
            organization_id=organization_id,
            id=id,
            created_at=created_at,
            dashboard_settings=dashboard_settings,
            default_email_sender_id=default_email_sender_id,
            invited_by_user_id=invited_by_user_id,
            is_access_approved=is_access_approved,
            is_org_admin=is_org_admin,
            modified_at=modified_at,
            name=name,
            onboarding_required=onboarding_required,
            profile_picture=profile_picture,
            selected=selected,
        )

        user.additional_properties = d
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
