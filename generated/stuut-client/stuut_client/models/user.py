from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)
        email = d.pop("email")

        family_name = d.pop("family_name")

        given_name = d.pop("given_name")

        object_ = d.pop("object")

        organization_id = d.pop("organization_id")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        def _parse_dashboard_settings(data: object) -> DashboardSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dashboard_settings_type_0 = DashboardSettings.from_dict(data)

                return dashboard_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardSettings | None | Unset, data)

        dashboard_settings = _parse_dashboard_settings(d.pop("dashboard_settings", UNSET))

        def _parse_default_email_sender_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_email_sender_id = _parse_default_email_sender_id(d.pop("default_email_sender_id", UNSET))

        def _parse_invited_by_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invited_by_user_id = _parse_invited_by_user_id(d.pop("invited_by_user_id", UNSET))

        def _parse_is_access_approved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_access_approved = _parse_is_access_approved(d.pop("is_access_approved", UNSET))

        def _parse_is_org_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_org_admin = _parse_is_org_admin(d.pop("is_org_admin", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_onboarding_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        onboarding_required = _parse_onboarding_required(d.pop("onboarding_required", UNSET))

        def _parse_profile_picture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_picture = _parse_profile_picture(d.pop("profile_picture", UNSET))

        def _parse_selected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        selected = _parse_selected(d.pop("selected", UNSET))

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
