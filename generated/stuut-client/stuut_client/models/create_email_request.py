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


T = TypeVar("T", bound="CreateEmailRequest")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "CreateEmailRequest"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "bcc",
        "body",
        "cc",
        "email_sender",
        "email_template",
        "invoices",
        "partner",
        "options",
        "parent_email",
        "reply_to",
        "subject",
        "to",
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
class CreateEmailRequest:
    """Request body of Create An Email. The field list was recovered without field names or required flags, so no field is
    marked required.

        Attributes:
            bcc (list[str] | Unset):
            body (str | Unset):
            cc (list[str] | Unset):
            email_sender (str | Unset): The EmailSender identifier, (e.g. sndr_abc123).
            email_template (str | Unset): The EmailTemplate identifier, (e.g. eml_tmpl_abc123).
            invoices (list[str] | Unset): Invoice identifiers, (e.g. inv_abc123).
            partner (str | Unset): The Partner identifier, (e.g. ptn_abc123).
            options (EmailOptions | Unset): Options for writing an email's body. Only the curl samples were recovered; they
                show every option as `false`.
            parent_email (str | Unset): The Email identifier, (e.g. eml_abc123).
            reply_to (list[str] | Unset):
            subject (str | Unset):
            to (list[str] | Unset):
    """

    bcc: list[str] | Unset = UNSET
    body: str | Unset = UNSET
    cc: list[str] | Unset = UNSET
    email_sender: str | Unset = UNSET
    email_template: str | Unset = UNSET
    invoices: list[str] | Unset = UNSET
    partner: str | Unset = UNSET
    options: EmailOptions | Unset = UNSET
    parent_email: str | Unset = UNSET
    reply_to: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    to: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        bcc: list[str] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc

        body = self.body

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        email_sender = self.email_sender

        email_template = self.email_template

        invoices: list[str] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = self.invoices

        partner = self.partner

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict() if isinstance(self.options, EmailOptions) else self.options

        parent_email = self.parent_email

        reply_to: list[str] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to

        subject = self.subject

        to: list[str] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update({})
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if body is not UNSET:
            field_dict["body"] = body
        if cc is not UNSET:
            field_dict["cc"] = cc
        if email_sender is not UNSET:
            field_dict["email_sender"] = email_sender
        if email_template is not UNSET:
            field_dict["email_template"] = email_template
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if partner is not UNSET:
            field_dict["partner"] = partner
        if options is not UNSET:
            field_dict["options"] = options
        if parent_email is not UNSET:
            field_dict["parent_email"] = parent_email
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if subject is not UNSET:
            field_dict["subject"] = subject
        if to is not UNSET:
            field_dict["to"] = to

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
            _field = "bcc"
            _bcc = get("bcc", UNSET)
            bcc: list[str] | Unset
            if _bcc is UNSET:
                bcc = UNSET
            elif not isinstance(_bcc, list):
                bcc = deviation(_bcc, "an array", src_dict, _field, _SCHEMA)
            else:
                bcc = _bcc
                for _bcc_index, _bcc_item in enumerate(_bcc):
                    if not (isinstance(_bcc_item, str)):
                        try:
                            deviation(_bcc_item, "a string", _bcc, _bcc_index, _SCHEMA, _field)
                        except (KeyError, TypeError, ValueError) as _parse_failure:
                            raise ResponseValidationError.from_exception(
                                _parse_failure, (_bcc_index,)
                            ) from _parse_failure

            _field = "body"
            body = get("body", UNSET)
            if not isinstance(body, Unset) and not (isinstance(body, str)):
                body = deviation(body, "a string", src_dict, _field, _SCHEMA)

            _field = "cc"
            _cc = get("cc", UNSET)
            cc: list[str] | Unset
            if _cc is UNSET:
                cc = UNSET
            elif not isinstance(_cc, list):
                cc = deviation(_cc, "an array", src_dict, _field, _SCHEMA)
            else:
                cc = _cc
                for _cc_index, _cc_item in enumerate(_cc):
                    if not (isinstance(_cc_item, str)):
                        try:
                            deviation(_cc_item, "a string", _cc, _cc_index, _SCHEMA, _field)
                        except (KeyError, TypeError, ValueError) as _parse_failure:
                            raise ResponseValidationError.from_exception(
                                _parse_failure, (_cc_index,)
                            ) from _parse_failure

            _field = "email_sender"
            email_sender = get("email_sender", UNSET)
            if not isinstance(email_sender, Unset) and not (isinstance(email_sender, str)):
                email_sender = deviation(email_sender, "a string", src_dict, _field, _SCHEMA)

            _field = "email_template"
            email_template = get("email_template", UNSET)
            if not isinstance(email_template, Unset) and not (isinstance(email_template, str)):
                email_template = deviation(email_template, "a string", src_dict, _field, _SCHEMA)

            _field = "invoices"
            _invoices = get("invoices", UNSET)
            invoices: list[str] | Unset
            if _invoices is UNSET:
                invoices = UNSET
            elif not isinstance(_invoices, list):
                invoices = deviation(_invoices, "an array", src_dict, _field, _SCHEMA)
            else:
                invoices = _invoices
                for _invoices_index, _invoices_item in enumerate(_invoices):
                    if not (isinstance(_invoices_item, str)):
                        try:
                            deviation(_invoices_item, "a string", _invoices, _invoices_index, _SCHEMA, _field)
                        except (KeyError, TypeError, ValueError) as _parse_failure:
                            raise ResponseValidationError.from_exception(
                                _parse_failure, (_invoices_index,)
                            ) from _parse_failure

            _field = "partner"
            partner = get("partner", UNSET)
            if not isinstance(partner, Unset) and not (isinstance(partner, str)):
                partner = deviation(partner, "a string", src_dict, _field, _SCHEMA)

            _field = "options"
            options = (
                defer(_parse_options, get("options", UNSET), src_dict)
                if lazy
                else _parse_options(get("options", UNSET), False, src_dict)
            )

            _field = "parent_email"
            parent_email = get("parent_email", UNSET)
            if not isinstance(parent_email, Unset) and not (isinstance(parent_email, str)):
                parent_email = deviation(parent_email, "a string", src_dict, _field, _SCHEMA)

            _field = "reply_to"
            _reply_to = get("reply_to", UNSET)
            reply_to: list[str] | Unset
            if _reply_to is UNSET:
                reply_to = UNSET
            elif not isinstance(_reply_to, list):
                reply_to = deviation(_reply_to, "an array", src_dict, _field, _SCHEMA)
            else:
                reply_to = _reply_to
                for _reply_to_index, _reply_to_item in enumerate(_reply_to):
                    if not (isinstance(_reply_to_item, str)):
                        try:
                            deviation(_reply_to_item, "a string", _reply_to, _reply_to_index, _SCHEMA, _field)
                        except (KeyError, TypeError, ValueError) as _parse_failure:
                            raise ResponseValidationError.from_exception(
                                _parse_failure, (_reply_to_index,)
                            ) from _parse_failure

            _field = "subject"
            subject = get("subject", UNSET)
            if not isinstance(subject, Unset) and not (isinstance(subject, str)):
                subject = deviation(subject, "a string", src_dict, _field, _SCHEMA)

            _field = "to"
            _to = get("to", UNSET)
            to: list[str] | Unset
            if _to is UNSET:
                to = UNSET
            elif not isinstance(_to, list):
                to = deviation(_to, "an array", src_dict, _field, _SCHEMA)
            else:
                to = _to
                for _to_index, _to_item in enumerate(_to):
                    if not (isinstance(_to_item, str)):
                        try:
                            deviation(_to_item, "a string", _to, _to_index, _SCHEMA, _field)
                        except (KeyError, TypeError, ValueError) as _parse_failure:
                            raise ResponseValidationError.from_exception(
                                _parse_failure, (_to_index,)
                            ) from _parse_failure

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        create_email_request = cls(
            bcc,
            body,
            cc,
            email_sender,
            email_template,
            invoices,
            partner,
            options,
            parent_email,
            reply_to,
            subject,
            to,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            create_email_request.additional_properties = undeclared
        return create_email_request

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


install_lazy_fields(CreateEmailRequest, ("options",))


install_undeclared_on_demand(CreateEmailRequest)
