from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._deviations import datetime_or_deviation, deviation, enum_or_deviation
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from ..models.direction import Direction
from ..models.email_status import EmailStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.email_remote_link import EmailRemoteLink
    from ..models.email_sender import EmailSender
    from ..models.user import User


T = TypeVar("T", bound="Email")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Email"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "object",
        "thread_id",
        "id",
        "attachments",
        "author",
        "author_id",
        "bcc",
        "body",
        "bounced_addresses",
        "bulk_email_request_id",
        "cc",
        "created_at",
        "custom_headers",
        "direction",
        "email_reason",
        "email_sender",
        "email_sender_id",
        "error_message",
        "from_email",
        "generated_body",
        "is_automated",
        "is_generated",
        "is_originated_in_stuut",
        "is_unread",
        "modified_at",
        "parent_email_id",
        "participants",
        "remote_id",
        "remote_links",
        "reply_to",
        "send_separately",
        "sent_at",
        "sent_by_id",
        "snippet",
        "status",
        "subject",
        "to",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.attachment import Attachment  # noqa: PLC0415
    from ..models.email_remote_link import EmailRemoteLink  # noqa: PLC0415
    from ..models.email_sender import EmailSender  # noqa: PLC0415
    from ..models.user import User  # noqa: PLC0415

    globals().update(
        Attachment=Attachment,
        EmailRemoteLink=EmailRemoteLink,
        EmailSender=EmailSender,
        User=User,
    )
    _references_unresolved = False


@_attrs_define
class Email:
    """
    Attributes:
        object_ (str):
        thread_id (str):
        id (None | str | Unset):
        attachments (list[Attachment] | None | Unset):
        author (None | Unset | User):
        author_id (None | str | Unset):
        bcc (list[str] | None | Unset):
        body (None | str | Unset):
        bounced_addresses (list[str] | None | Unset):
        bulk_email_request_id (None | str | Unset):
        cc (list[str] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        custom_headers (Any | Unset): Untyped on the reference page (`<unknown>`).
        direction (Direction | None | Unset):
        email_reason (None | str | Unset):
        email_sender (EmailSender | None | Unset):
        email_sender_id (None | str | Unset):
        error_message (None | str | Unset):
        from_email (None | str | Unset):
        generated_body (None | str | Unset):
        is_automated (bool | None | Unset):
        is_generated (bool | None | Unset):
        is_originated_in_stuut (bool | None | Unset):
        is_unread (bool | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        parent_email_id (None | str | Unset):
        participants (list[str] | None | Unset):
        remote_id (None | str | Unset):
        remote_links (list[EmailRemoteLink] | None | Unset):
        reply_to (list[str] | None | Unset):
        send_separately (bool | None | Unset):
        sent_at (datetime.datetime | None | Unset):
        sent_by_id (None | str | Unset):
        snippet (None | str | Unset):
        status (EmailStatus | None | Unset):
        subject (None | str | Unset):
        to (list[str] | None | Unset):
    """

    object_: str
    thread_id: str
    id: None | str | Unset = UNSET
    attachments: list[Attachment] | None | Unset = UNSET
    author: None | Unset | User = UNSET
    author_id: None | str | Unset = UNSET
    bcc: list[str] | None | Unset = UNSET
    body: None | str | Unset = UNSET
    bounced_addresses: list[str] | None | Unset = UNSET
    bulk_email_request_id: None | str | Unset = UNSET
    cc: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_headers: Any | Unset = UNSET
    direction: Direction | None | Unset = UNSET
    email_reason: None | str | Unset = UNSET
    email_sender: EmailSender | None | Unset = UNSET
    email_sender_id: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    from_email: None | str | Unset = UNSET
    generated_body: None | str | Unset = UNSET
    is_automated: bool | None | Unset = UNSET
    is_generated: bool | None | Unset = UNSET
    is_originated_in_stuut: bool | None | Unset = UNSET
    is_unread: bool | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    parent_email_id: None | str | Unset = UNSET
    participants: list[str] | None | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    remote_links: list[EmailRemoteLink] | None | Unset = UNSET
    reply_to: list[str] | None | Unset = UNSET
    send_separately: bool | None | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    sent_by_id: None | str | Unset = UNSET
    snippet: None | str | Unset = UNSET
    status: EmailStatus | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    to: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        object_ = self.object_

        thread_id = self.thread_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            if isinstance(self.attachments, list):
                attachments = []
                for attachments_type_0_item_data in self.attachments:
                    attachments_type_0_item = (
                        attachments_type_0_item_data.to_dict()
                        if isinstance(attachments_type_0_item_data, Attachment)
                        else attachments_type_0_item_data
                    )

                    attachments.append(attachments_type_0_item)
            else:
                attachments = self.attachments

        else:
            attachments = self.attachments

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, User):
            author = self.author.to_dict() if isinstance(self.author, User) else self.author

        else:
            author = self.author

        author_id: None | str | Unset
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

        bcc: list[str] | None | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, list):
            bcc = self.bcc

        else:
            bcc = self.bcc

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        bounced_addresses: list[str] | None | Unset
        if isinstance(self.bounced_addresses, Unset):
            bounced_addresses = UNSET
        elif isinstance(self.bounced_addresses, list):
            bounced_addresses = self.bounced_addresses

        else:
            bounced_addresses = self.bounced_addresses

        bulk_email_request_id: None | str | Unset
        if isinstance(self.bulk_email_request_id, Unset):
            bulk_email_request_id = UNSET
        else:
            bulk_email_request_id = self.bulk_email_request_id

        cc: list[str] | None | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = self.cc

        else:
            cc = self.cc

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        custom_headers = self.custom_headers

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, Direction):
            direction = self.direction.value if isinstance(self.direction, Direction) else self.direction

        else:
            direction = self.direction

        email_reason: None | str | Unset
        if isinstance(self.email_reason, Unset):
            email_reason = UNSET
        else:
            email_reason = self.email_reason

        email_sender: dict[str, Any] | None | Unset
        if isinstance(self.email_sender, Unset):
            email_sender = UNSET
        elif isinstance(self.email_sender, EmailSender):
            email_sender = (
                self.email_sender.to_dict() if isinstance(self.email_sender, EmailSender) else self.email_sender
            )

        else:
            email_sender = self.email_sender

        email_sender_id: None | str | Unset
        if isinstance(self.email_sender_id, Unset):
            email_sender_id = UNSET
        else:
            email_sender_id = self.email_sender_id

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        from_email: None | str | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        else:
            from_email = self.from_email

        generated_body: None | str | Unset
        if isinstance(self.generated_body, Unset):
            generated_body = UNSET
        else:
            generated_body = self.generated_body

        is_automated: bool | None | Unset
        if isinstance(self.is_automated, Unset):
            is_automated = UNSET
        else:
            is_automated = self.is_automated

        is_generated: bool | None | Unset
        if isinstance(self.is_generated, Unset):
            is_generated = UNSET
        else:
            is_generated = self.is_generated

        is_originated_in_stuut: bool | None | Unset
        if isinstance(self.is_originated_in_stuut, Unset):
            is_originated_in_stuut = UNSET
        else:
            is_originated_in_stuut = self.is_originated_in_stuut

        is_unread: bool | None | Unset
        if isinstance(self.is_unread, Unset):
            is_unread = UNSET
        else:
            is_unread = self.is_unread

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        parent_email_id: None | str | Unset
        if isinstance(self.parent_email_id, Unset):
            parent_email_id = UNSET
        else:
            parent_email_id = self.parent_email_id

        participants: list[str] | None | Unset
        if isinstance(self.participants, Unset):
            participants = UNSET
        elif isinstance(self.participants, list):
            participants = self.participants

        else:
            participants = self.participants

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        remote_links: list[dict[str, Any]] | None | Unset
        if isinstance(self.remote_links, Unset):
            remote_links = UNSET
        elif isinstance(self.remote_links, list):
            if isinstance(self.remote_links, list):
                remote_links = []
                for remote_links_type_0_item_data in self.remote_links:
                    remote_links_type_0_item = (
                        remote_links_type_0_item_data.to_dict()
                        if isinstance(remote_links_type_0_item_data, EmailRemoteLink)
                        else remote_links_type_0_item_data
                    )

                    remote_links.append(remote_links_type_0_item)
            else:
                remote_links = self.remote_links

        else:
            remote_links = self.remote_links

        reply_to: list[str] | None | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        elif isinstance(self.reply_to, list):
            reply_to = self.reply_to

        else:
            reply_to = self.reply_to

        send_separately: bool | None | Unset
        if isinstance(self.send_separately, Unset):
            send_separately = UNSET
        else:
            send_separately = self.send_separately

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat() if isinstance(self.sent_at, datetime.datetime) else self.sent_at

        else:
            sent_at = self.sent_at

        sent_by_id: None | str | Unset
        if isinstance(self.sent_by_id, Unset):
            sent_by_id = UNSET
        else:
            sent_by_id = self.sent_by_id

        snippet: None | str | Unset
        if isinstance(self.snippet, Unset):
            snippet = UNSET
        else:
            snippet = self.snippet

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EmailStatus):
            status = self.status.value if isinstance(self.status, EmailStatus) else self.status

        else:
            status = self.status

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        to: list[str] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, list):
            to = self.to

        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "thread_id": thread_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if author is not UNSET:
            field_dict["author"] = author
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if body is not UNSET:
            field_dict["body"] = body
        if bounced_addresses is not UNSET:
            field_dict["bounced_addresses"] = bounced_addresses
        if bulk_email_request_id is not UNSET:
            field_dict["bulk_email_request_id"] = bulk_email_request_id
        if cc is not UNSET:
            field_dict["cc"] = cc
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        if direction is not UNSET:
            field_dict["direction"] = direction
        if email_reason is not UNSET:
            field_dict["email_reason"] = email_reason
        if email_sender is not UNSET:
            field_dict["email_sender"] = email_sender
        if email_sender_id is not UNSET:
            field_dict["email_sender_id"] = email_sender_id
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if generated_body is not UNSET:
            field_dict["generated_body"] = generated_body
        if is_automated is not UNSET:
            field_dict["is_automated"] = is_automated
        if is_generated is not UNSET:
            field_dict["is_generated"] = is_generated
        if is_originated_in_stuut is not UNSET:
            field_dict["is_originated_in_stuut"] = is_originated_in_stuut
        if is_unread is not UNSET:
            field_dict["is_unread"] = is_unread
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if parent_email_id is not UNSET:
            field_dict["parent_email_id"] = parent_email_id
        if participants is not UNSET:
            field_dict["participants"] = participants
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if remote_links is not UNSET:
            field_dict["remote_links"] = remote_links
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if send_separately is not UNSET:
            field_dict["send_separately"] = send_separately
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if sent_by_id is not UNSET:
            field_dict["sent_by_id"] = sent_by_id
        if snippet is not UNSET:
            field_dict["snippet"] = snippet
        if status is not UNSET:
            field_dict["status"] = status
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
            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "thread_id"
            thread_id = get("thread_id", UNSET)
            if not (isinstance(thread_id, str)):
                thread_id = deviation(thread_id, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "attachments"
            attachments = (
                defer(_parse_attachments, get("attachments", UNSET), src_dict)
                if lazy
                else _parse_attachments(get("attachments", UNSET), False, src_dict)
            )

            _field = "author"
            author = (
                defer(_parse_author, get("author", UNSET), src_dict)
                if lazy
                else _parse_author(get("author", UNSET), False, src_dict)
            )

            _field = "author_id"
            author_id: None | str | Unset
            _author_id_data = get("author_id", UNSET)
            if isinstance(_author_id_data, str):
                author_id = _author_id_data
            elif _author_id_data is None or _author_id_data is UNSET:
                author_id = _author_id_data
            else:
                author_id = deviation(_author_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "bcc"
            bcc: list[str] | None | Unset
            _bcc_data = get("bcc", UNSET)
            if isinstance(_bcc_data, list):
                _bcc_type_0 = _bcc_data
                bcc_type_0: list[str]
                if not isinstance(_bcc_type_0, list):
                    bcc_type_0 = deviation(_bcc_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    bcc_type_0 = _bcc_type_0

                bcc = bcc_type_0
            elif _bcc_data is None or _bcc_data is UNSET:
                bcc = _bcc_data
            else:
                bcc = deviation(_bcc_data, "an array", src_dict, _field, _SCHEMA)

            _field = "body"
            body: None | str | Unset
            _body_data = get("body", UNSET)
            if isinstance(_body_data, str):
                body = _body_data
            elif _body_data is None or _body_data is UNSET:
                body = _body_data
            else:
                body = deviation(_body_data, "a string", src_dict, _field, _SCHEMA)

            _field = "bounced_addresses"
            bounced_addresses: list[str] | None | Unset
            _bounced_addresses_data = get("bounced_addresses", UNSET)
            if isinstance(_bounced_addresses_data, list):
                _bounced_addresses_type_0 = _bounced_addresses_data
                bounced_addresses_type_0: list[str]
                if not isinstance(_bounced_addresses_type_0, list):
                    bounced_addresses_type_0 = deviation(
                        _bounced_addresses_type_0, "an array", src_dict, _field, _SCHEMA
                    )
                else:
                    bounced_addresses_type_0 = _bounced_addresses_type_0

                bounced_addresses = bounced_addresses_type_0
            elif _bounced_addresses_data is None or _bounced_addresses_data is UNSET:
                bounced_addresses = _bounced_addresses_data
            else:
                bounced_addresses = deviation(_bounced_addresses_data, "an array", src_dict, _field, _SCHEMA)

            _field = "bulk_email_request_id"
            bulk_email_request_id: None | str | Unset
            _bulk_email_request_id_data = get("bulk_email_request_id", UNSET)
            if isinstance(_bulk_email_request_id_data, str):
                bulk_email_request_id = _bulk_email_request_id_data
            elif _bulk_email_request_id_data is None or _bulk_email_request_id_data is UNSET:
                bulk_email_request_id = _bulk_email_request_id_data
            else:
                bulk_email_request_id = deviation(_bulk_email_request_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "cc"
            cc: list[str] | None | Unset
            _cc_data = get("cc", UNSET)
            if isinstance(_cc_data, list):
                _cc_type_0 = _cc_data
                cc_type_0: list[str]
                if not isinstance(_cc_type_0, list):
                    cc_type_0 = deviation(_cc_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    cc_type_0 = _cc_type_0

                cc = cc_type_0
            elif _cc_data is None or _cc_data is UNSET:
                cc = _cc_data
            else:
                cc = deviation(_cc_data, "an array", src_dict, _field, _SCHEMA)

            _field = "created_at"
            created_at: datetime.datetime | None | Unset
            _created_at_data = get("created_at", UNSET)
            if isinstance(_created_at_data, str):
                try:
                    created_at_type_0 = datetime.datetime.fromisoformat(_created_at_data)
                except (TypeError, ValueError):
                    created_at_type_0 = datetime_or_deviation(_created_at_data, src_dict, _field, _SCHEMA)

                created_at = created_at_type_0
            elif _created_at_data is None or _created_at_data is UNSET:
                created_at = _created_at_data
            else:
                created_at = deviation(_created_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "custom_headers"
            custom_headers = get("custom_headers", UNSET)

            _field = "direction"
            direction: Direction | None | Unset
            _direction_data = get("direction", UNSET)
            if isinstance(_direction_data, str):
                _direction_type_0 = _direction_data
                direction_type_0 = (
                    Direction._by_value.get(_direction_type_0) if _direction_type_0.__class__ is str else None
                ) or enum_or_deviation(Direction, _direction_type_0, src_dict, _field, _SCHEMA)

                direction = direction_type_0
            elif _direction_data is None or _direction_data is UNSET:
                direction = _direction_data
            else:
                direction = deviation(_direction_data, "Direction", src_dict, _field, _SCHEMA)

            _field = "email_reason"
            email_reason: None | str | Unset
            _email_reason_data = get("email_reason", UNSET)
            if isinstance(_email_reason_data, str):
                email_reason = _email_reason_data
            elif _email_reason_data is None or _email_reason_data is UNSET:
                email_reason = _email_reason_data
            else:
                email_reason = deviation(_email_reason_data, "a string", src_dict, _field, _SCHEMA)

            _field = "email_sender"
            email_sender = (
                defer(_parse_email_sender, get("email_sender", UNSET), src_dict)
                if lazy
                else _parse_email_sender(get("email_sender", UNSET), False, src_dict)
            )

            _field = "email_sender_id"
            email_sender_id: None | str | Unset
            _email_sender_id_data = get("email_sender_id", UNSET)
            if isinstance(_email_sender_id_data, str):
                email_sender_id = _email_sender_id_data
            elif _email_sender_id_data is None or _email_sender_id_data is UNSET:
                email_sender_id = _email_sender_id_data
            else:
                email_sender_id = deviation(_email_sender_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "error_message"
            error_message: None | str | Unset
            _error_message_data = get("error_message", UNSET)
            if isinstance(_error_message_data, str):
                error_message = _error_message_data
            elif _error_message_data is None or _error_message_data is UNSET:
                error_message = _error_message_data
            else:
                error_message = deviation(_error_message_data, "a string", src_dict, _field, _SCHEMA)

            _field = "from_email"
            from_email: None | str | Unset
            _from_email_data = get("from_email", UNSET)
            if isinstance(_from_email_data, str):
                from_email = _from_email_data
            elif _from_email_data is None or _from_email_data is UNSET:
                from_email = _from_email_data
            else:
                from_email = deviation(_from_email_data, "a string", src_dict, _field, _SCHEMA)

            _field = "generated_body"
            generated_body: None | str | Unset
            _generated_body_data = get("generated_body", UNSET)
            if isinstance(_generated_body_data, str):
                generated_body = _generated_body_data
            elif _generated_body_data is None or _generated_body_data is UNSET:
                generated_body = _generated_body_data
            else:
                generated_body = deviation(_generated_body_data, "a string", src_dict, _field, _SCHEMA)

            _field = "is_automated"
            is_automated: bool | None | Unset
            _is_automated_data = get("is_automated", UNSET)
            if isinstance(_is_automated_data, bool):
                is_automated = _is_automated_data
            elif _is_automated_data is None or _is_automated_data is UNSET:
                is_automated = _is_automated_data
            else:
                is_automated = deviation(_is_automated_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_generated"
            is_generated: bool | None | Unset
            _is_generated_data = get("is_generated", UNSET)
            if isinstance(_is_generated_data, bool):
                is_generated = _is_generated_data
            elif _is_generated_data is None or _is_generated_data is UNSET:
                is_generated = _is_generated_data
            else:
                is_generated = deviation(_is_generated_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_originated_in_stuut"
            is_originated_in_stuut: bool | None | Unset
            _is_originated_in_stuut_data = get("is_originated_in_stuut", UNSET)
            if isinstance(_is_originated_in_stuut_data, bool):
                is_originated_in_stuut = _is_originated_in_stuut_data
            elif _is_originated_in_stuut_data is None or _is_originated_in_stuut_data is UNSET:
                is_originated_in_stuut = _is_originated_in_stuut_data
            else:
                is_originated_in_stuut = deviation(_is_originated_in_stuut_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "is_unread"
            is_unread: bool | None | Unset
            _is_unread_data = get("is_unread", UNSET)
            if isinstance(_is_unread_data, bool):
                is_unread = _is_unread_data
            elif _is_unread_data is None or _is_unread_data is UNSET:
                is_unread = _is_unread_data
            else:
                is_unread = deviation(_is_unread_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "modified_at"
            modified_at: datetime.datetime | None | Unset
            _modified_at_data = get("modified_at", UNSET)
            if isinstance(_modified_at_data, str):
                try:
                    modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at_data)
                except (TypeError, ValueError):
                    modified_at_type_0 = datetime_or_deviation(_modified_at_data, src_dict, _field, _SCHEMA)

                modified_at = modified_at_type_0
            elif _modified_at_data is None or _modified_at_data is UNSET:
                modified_at = _modified_at_data
            else:
                modified_at = deviation(_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "parent_email_id"
            parent_email_id: None | str | Unset
            _parent_email_id_data = get("parent_email_id", UNSET)
            if isinstance(_parent_email_id_data, str):
                parent_email_id = _parent_email_id_data
            elif _parent_email_id_data is None or _parent_email_id_data is UNSET:
                parent_email_id = _parent_email_id_data
            else:
                parent_email_id = deviation(_parent_email_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "participants"
            participants: list[str] | None | Unset
            _participants_data = get("participants", UNSET)
            if isinstance(_participants_data, list):
                _participants_type_0 = _participants_data
                participants_type_0: list[str]
                if not isinstance(_participants_type_0, list):
                    participants_type_0 = deviation(_participants_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    participants_type_0 = _participants_type_0

                participants = participants_type_0
            elif _participants_data is None or _participants_data is UNSET:
                participants = _participants_data
            else:
                participants = deviation(_participants_data, "an array", src_dict, _field, _SCHEMA)

            _field = "remote_id"
            remote_id: None | str | Unset
            _remote_id_data = get("remote_id", UNSET)
            if isinstance(_remote_id_data, str):
                remote_id = _remote_id_data
            elif _remote_id_data is None or _remote_id_data is UNSET:
                remote_id = _remote_id_data
            else:
                remote_id = deviation(_remote_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "remote_links"
            remote_links = (
                defer(_parse_remote_links, get("remote_links", UNSET), src_dict)
                if lazy
                else _parse_remote_links(get("remote_links", UNSET), False, src_dict)
            )

            _field = "reply_to"
            reply_to: list[str] | None | Unset
            _reply_to_data = get("reply_to", UNSET)
            if isinstance(_reply_to_data, list):
                _reply_to_type_0 = _reply_to_data
                reply_to_type_0: list[str]
                if not isinstance(_reply_to_type_0, list):
                    reply_to_type_0 = deviation(_reply_to_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    reply_to_type_0 = _reply_to_type_0

                reply_to = reply_to_type_0
            elif _reply_to_data is None or _reply_to_data is UNSET:
                reply_to = _reply_to_data
            else:
                reply_to = deviation(_reply_to_data, "an array", src_dict, _field, _SCHEMA)

            _field = "send_separately"
            send_separately: bool | None | Unset
            _send_separately_data = get("send_separately", UNSET)
            if isinstance(_send_separately_data, bool):
                send_separately = _send_separately_data
            elif _send_separately_data is None or _send_separately_data is UNSET:
                send_separately = _send_separately_data
            else:
                send_separately = deviation(_send_separately_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "sent_at"
            sent_at: datetime.datetime | None | Unset
            _sent_at_data = get("sent_at", UNSET)
            if isinstance(_sent_at_data, str):
                try:
                    sent_at_type_0 = datetime.datetime.fromisoformat(_sent_at_data)
                except (TypeError, ValueError):
                    sent_at_type_0 = datetime_or_deviation(_sent_at_data, src_dict, _field, _SCHEMA)

                sent_at = sent_at_type_0
            elif _sent_at_data is None or _sent_at_data is UNSET:
                sent_at = _sent_at_data
            else:
                sent_at = deviation(_sent_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "sent_by_id"
            sent_by_id: None | str | Unset
            _sent_by_id_data = get("sent_by_id", UNSET)
            if isinstance(_sent_by_id_data, str):
                sent_by_id = _sent_by_id_data
            elif _sent_by_id_data is None or _sent_by_id_data is UNSET:
                sent_by_id = _sent_by_id_data
            else:
                sent_by_id = deviation(_sent_by_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "snippet"
            snippet: None | str | Unset
            _snippet_data = get("snippet", UNSET)
            if isinstance(_snippet_data, str):
                snippet = _snippet_data
            elif _snippet_data is None or _snippet_data is UNSET:
                snippet = _snippet_data
            else:
                snippet = deviation(_snippet_data, "a string", src_dict, _field, _SCHEMA)

            _field = "status"
            status: EmailStatus | None | Unset
            _status_data = get("status", UNSET)
            if isinstance(_status_data, str):
                _status_type_0 = _status_data
                status_type_0 = (
                    EmailStatus._by_value.get(_status_type_0) if _status_type_0.__class__ is str else None
                ) or enum_or_deviation(EmailStatus, _status_type_0, src_dict, _field, _SCHEMA)

                status = status_type_0
            elif _status_data is None or _status_data is UNSET:
                status = _status_data
            else:
                status = deviation(_status_data, "EmailStatus", src_dict, _field, _SCHEMA)

            _field = "subject"
            subject: None | str | Unset
            _subject_data = get("subject", UNSET)
            if isinstance(_subject_data, str):
                subject = _subject_data
            elif _subject_data is None or _subject_data is UNSET:
                subject = _subject_data
            else:
                subject = deviation(_subject_data, "a string", src_dict, _field, _SCHEMA)

            _field = "to"
            to: list[str] | None | Unset
            _to_data = get("to", UNSET)
            if isinstance(_to_data, list):
                _to_type_0 = _to_data
                to_type_0: list[str]
                if not isinstance(_to_type_0, list):
                    to_type_0 = deviation(_to_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    to_type_0 = _to_type_0

                to = to_type_0
            elif _to_data is None or _to_data is UNSET:
                to = _to_data
            else:
                to = deviation(_to_data, "an array", src_dict, _field, _SCHEMA)

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        email = cls(
            object_,
            thread_id,
            id,
            attachments,
            author,
            author_id,
            bcc,
            body,
            bounced_addresses,
            bulk_email_request_id,
            cc,
            created_at,
            custom_headers,
            direction,
            email_reason,
            email_sender,
            email_sender_id,
            error_message,
            from_email,
            generated_body,
            is_automated,
            is_generated,
            is_originated_in_stuut,
            is_unread,
            modified_at,
            parent_email_id,
            participants,
            remote_id,
            remote_links,
            reply_to,
            send_separately,
            sent_at,
            sent_by_id,
            snippet,
            status,
            subject,
            to,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            email.additional_properties = undeclared
        return email

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


def _parse_attachments(_json: Any, lazy: bool, src_dict: Any) -> list[Attachment] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "attachments"
    attachments: list[Attachment] | None | Unset
    _attachments_data = _json
    if isinstance(_attachments_data, list):
        _attachments_type_0 = _attachments_data
        attachments_type_0: list[Attachment]
        if not isinstance(_attachments_type_0, list):
            attachments_type_0 = deviation(_attachments_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            attachments_type_0 = []
            for _attachments_type_0_index, attachments_type_0_item_data in enumerate(_attachments_type_0):
                try:
                    _attachments_type_0_item = attachments_type_0_item_data
                    attachments_type_0_item = (
                        Attachment.from_dict(_attachments_type_0_item, lazy=lazy)
                        if isinstance(_attachments_type_0_item, dict)
                        else deviation(
                            _attachments_type_0_item,
                            "an object (Attachment)",
                            _attachments_type_0,
                            _attachments_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_attachments_type_0_index,)
                    ) from _parse_failure
                attachments_type_0.append(attachments_type_0_item)

        attachments = attachments_type_0
    elif _attachments_data is None or _attachments_data is UNSET:
        attachments = _attachments_data
    else:
        attachments = deviation(_attachments_data, "an array", src_dict, _field, _SCHEMA)

    return attachments


def _parse_author(_json: Any, lazy: bool, src_dict: Any) -> None | Unset | User:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "author"
    author: None | Unset | User
    _author_data = _json
    if isinstance(_author_data, dict):
        _author_type_0 = _author_data
        author_type_0 = (
            User.from_dict(_author_type_0, lazy=lazy)
            if isinstance(_author_type_0, dict)
            else deviation(_author_type_0, "an object (User)", src_dict, _field, _SCHEMA)
        )

        author = author_type_0
    elif _author_data is None or _author_data is UNSET:
        author = _author_data
    else:
        author = deviation(_author_data, "an object (User)", src_dict, _field, _SCHEMA)

    return author


def _parse_email_sender(_json: Any, lazy: bool, src_dict: Any) -> EmailSender | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "email_sender"
    email_sender: EmailSender | None | Unset
    _email_sender_data = _json
    if isinstance(_email_sender_data, dict):
        _email_sender_type_0 = _email_sender_data
        email_sender_type_0 = (
            EmailSender.from_dict(_email_sender_type_0, lazy=lazy)
            if isinstance(_email_sender_type_0, dict)
            else deviation(_email_sender_type_0, "an object (EmailSender)", src_dict, _field, _SCHEMA)
        )

        email_sender = email_sender_type_0
    elif _email_sender_data is None or _email_sender_data is UNSET:
        email_sender = _email_sender_data
    else:
        email_sender = deviation(_email_sender_data, "an object (EmailSender)", src_dict, _field, _SCHEMA)

    return email_sender


def _parse_remote_links(_json: Any, lazy: bool, src_dict: Any) -> list[EmailRemoteLink] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "remote_links"
    remote_links: list[EmailRemoteLink] | None | Unset
    _remote_links_data = _json
    if isinstance(_remote_links_data, list):
        _remote_links_type_0 = _remote_links_data
        remote_links_type_0: list[EmailRemoteLink]
        if not isinstance(_remote_links_type_0, list):
            remote_links_type_0 = deviation(_remote_links_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            remote_links_type_0 = []
            for _remote_links_type_0_index, remote_links_type_0_item_data in enumerate(_remote_links_type_0):
                try:
                    _remote_links_type_0_item = remote_links_type_0_item_data
                    remote_links_type_0_item = (
                        EmailRemoteLink.from_dict(_remote_links_type_0_item, lazy=lazy)
                        if isinstance(_remote_links_type_0_item, dict)
                        else deviation(
                            _remote_links_type_0_item,
                            "an object (EmailRemoteLink)",
                            _remote_links_type_0,
                            _remote_links_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_remote_links_type_0_index,)
                    ) from _parse_failure
                remote_links_type_0.append(remote_links_type_0_item)

        remote_links = remote_links_type_0
    elif _remote_links_data is None or _remote_links_data is UNSET:
        remote_links = _remote_links_data
    else:
        remote_links = deviation(_remote_links_data, "an array", src_dict, _field, _SCHEMA)

    return remote_links


install_lazy_fields(
    Email,
    (
        "attachments",
        "author",
        "email_sender",
        "remote_links",
    ),
)
