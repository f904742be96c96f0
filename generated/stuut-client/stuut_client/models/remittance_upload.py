from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.presigned_url import PresignedUrl
    from ..models.remittance import Remittance


T = TypeVar("T", bound="RemittanceUpload")


@_attrs_define
class RemittanceUpload:
    """A new remittance and the presigned URL to upload its file to. The reference pages' examples of this object were cut
    off inside `remittance`; further fields exist but were not recovered.

        Attributes:
            presigned_url (None | PresignedUrl | Unset):
            remittance (None | Remittance | Unset):
    """

    presigned_url: None | PresignedUrl | Unset = UNSET
    remittance: None | Remittance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.presigned_url import PresignedUrl  # noqa: PLC0415
        from ..models.remittance import Remittance  # noqa: PLC0415

        presigned_url: dict[str, Any] | None | Unset
        if isinstance(self.presigned_url, Unset):
            presigned_url = UNSET
        elif isinstance(self.presigned_url, PresignedUrl):
            presigned_url = self.presigned_url.to_dict()
        else:
            presigned_url = self.presigned_url

        remittance: dict[str, Any] | None | Unset
        if isinstance(self.remittance, Unset):
            remittance = UNSET
        elif isinstance(self.remittance, Remittance):
            remittance = self.remittance.to_dict()
        else:
            remittance = self.remittance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if presigned_url is not UNSET:
            field_dict["presigned_url"] = presigned_url
        if remittance is not UNSET:
            field_dict["remittance"] = remittance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.presigned_url import PresignedUrl  # noqa: PLC0415
        from ..models.remittance import Remittance  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "presigned_url"

            def _parse_presigned_url(data: object) -> None | PresignedUrl | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected PresignedUrl, got {type(data).__name__}")
                presigned_url_type_0 = PresignedUrl.from_dict(data)

                return presigned_url_type_0

            presigned_url = _parse_presigned_url(d.pop("presigned_url", UNSET))

            _field = "remittance"

            def _parse_remittance(data: object) -> None | Remittance | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Remittance, got {type(data).__name__}")
                remittance_type_0 = Remittance.from_dict(data)

                return remittance_type_0

            remittance = _parse_remittance(d.pop("remittance", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        remittance_upload = cls(
            presigned_url=presigned_url,
            remittance=remittance,
        )

        remittance_upload.additional_properties = d
        return remittance_upload

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
