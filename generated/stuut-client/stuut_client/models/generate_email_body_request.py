from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import Decoded
from .._deviations import (
    PENDING_MISSING,
    deviation,
    forget_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_options import EmailOptions


T = TypeVar("T", bound="GenerateEmailBodyRequest")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "GenerateEmailBodyRequest"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "email_template",
        "options",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.email_options import EmailOptions  # noqa: PLC0415

    globals().update(
        EmailOptions=EmailOptions,
    )
    _references_unresolved = False


@_attrs_define
class GenerateEmailBodyRequest:
    """Request body of Generate An Email Body (only the curl sample was recovered).

    Attributes:
        email_template (str | Unset): The EmailTemplate identifier, (e.g. eml_tmpl_abc123).
        options (EmailOptions | Unset): Options for writing an email's body. Only the curl samples were recovered; they
            show every option as `false`.
    """

    email_template: str | Unset = UNSET
    options: EmailOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        email_template = self.email_template

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict() if isinstance(self.options, EmailOptions) else self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if email_template is not UNSET:
            field_dict["email_template"] = email_template
        if options is not UNSET:
            field_dict["options"] = options

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
            _field = "email_template"
            email_template = get("email_template", UNSET)
            if not isinstance(email_template, Unset) and not (isinstance(email_template, str)):
                email_template = deviation(email_template, "a string", src_dict, _field, _SCHEMA)

            _field = "options"
            options = (
                defer(_parse_options, get("options", UNSET), src_dict)
                if lazy
                else _parse_options(get("options", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        generate_email_body_request = cls(
            email_template,
            options,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            generate_email_body_request.additional_properties = undeclared
        return generate_email_body_request

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


def _parse_options(_json: Any, lazy: bool, src_dict: Any) -> EmailOptions | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "options"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    _options = _json
    options: EmailOptions | Unset
    if isinstance(_options, dict):
        options = EmailOptions.from_dict(_options, lazy=lazy)

    elif _options is UNSET:
        options = _options
    else:
        options = deviation(_options, "an object (EmailOptions)", src_dict, _field, _SCHEMA)

    return options


install_lazy_fields(GenerateEmailBodyRequest, ("options",))


install_undeclared_on_demand(GenerateEmailBodyRequest)
