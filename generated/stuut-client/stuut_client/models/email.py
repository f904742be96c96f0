from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
from ..models.direction import Direction
from ..models.email_status import EmailStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.email_remote_link import EmailRemoteLink
    from ..models.email_sender import EmailSender
    from ..models.user import User


T = TypeVar("T", bound="Email")


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
        from ..models.email_sender import EmailSender  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

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
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, User):
            author = self.author.to_dict()
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
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        custom_headers = self.custom_headers

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, Direction):
            direction = self.direction.value
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
            email_sender = self.email_sender.to_dict()
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
            modified_at = self.modified_at.isoformat()
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
            remote_links = []
            for remote_links_type_0_item_data in self.remote_links:
                remote_links_type_0_item = remote_links_type_0_item_data.to_dict()
                remote_links.append(remote_links_type_0_item)

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
            sent_at = self.sent_at.isoformat()
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
            status = self.status.value
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.email_remote_link import EmailRemoteLink  # noqa: PLC0415
        from ..models.email_sender import EmailSender  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "thread_id"
            thread_id = d.pop("thread_id")
            if not (isinstance(thread_id, str)):
                raise TypeError(f"expected a string, got {type(thread_id).__name__}")

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

            _field = "attachments"

            def _parse_attachments(data: object) -> list[Attachment] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _attachments_type_0 = data
                if not isinstance(_attachments_type_0, list):
                    raise TypeError(f"expected an array, got {type(_attachments_type_0).__name__}")
                attachments_type_0 = []
                for _attachments_type_0_index, attachments_type_0_item_data in enumerate(_attachments_type_0):
                    try:
                        attachments_type_0_item = Attachment.from_dict(attachments_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_attachments_type_0_index,)
                        ) from _parse_failure
                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0

            attachments = _parse_attachments(d.pop("attachments", UNSET))

            _field = "author"

            def _parse_author(data: object) -> None | Unset | User:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected User, got {type(data).__name__}")
                author_type_0 = User.from_dict(data)

                return author_type_0

            author = _parse_author(d.pop("author", UNSET))

            _field = "author_id"

            def _parse_author_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            author_id = _parse_author_id(d.pop("author_id", UNSET))

            _field = "bcc"

            def _parse_bcc(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _bcc_type_0 = data
                if not isinstance(_bcc_type_0, list):
                    raise TypeError(f"expected an array, got {type(_bcc_type_0).__name__}")
                bcc_type_0 = _bcc_type_0

                return bcc_type_0

            bcc = _parse_bcc(d.pop("bcc", UNSET))

            _field = "body"

            def _parse_body(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            body = _parse_body(d.pop("body", UNSET))

            _field = "bounced_addresses"

            def _parse_bounced_addresses(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _bounced_addresses_type_0 = data
                if not isinstance(_bounced_addresses_type_0, list):
                    raise TypeError(f"expected an array, got {type(_bounced_addresses_type_0).__name__}")
                bounced_addresses_type_0 = _bounced_addresses_type_0

                return bounced_addresses_type_0

            bounced_addresses = _parse_bounced_addresses(d.pop("bounced_addresses", UNSET))

            _field = "bulk_email_request_id"

            def _parse_bulk_email_request_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            bulk_email_request_id = _parse_bulk_email_request_id(d.pop("bulk_email_request_id", UNSET))

            _field = "cc"

            def _parse_cc(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _cc_type_0 = data
                if not isinstance(_cc_type_0, list):
                    raise TypeError(f"expected an array, got {type(_cc_type_0).__name__}")
                cc_type_0 = _cc_type_0

                return cc_type_0

            cc = _parse_cc(d.pop("cc", UNSET))

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

            _field = "custom_headers"
            custom_headers = d.pop("custom_headers", UNSET)

            _field = "direction"

            def _parse_direction(data: object) -> Direction | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected Direction, got {type(data).__name__}")
                direction_type_0 = Direction(data)

                return direction_type_0

            direction = _parse_direction(d.pop("direction", UNSET))

            _field = "email_reason"

            def _parse_email_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            email_reason = _parse_email_reason(d.pop("email_reason", UNSET))

            _field = "email_sender"

            def _parse_email_sender(data: object) -> EmailSender | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected EmailSender, got {type(data).__name__}")
                email_sender_type_0 = EmailSender.from_dict(data)

                return email_sender_type_0

            email_sender = _parse_email_sender(d.pop("email_sender", UNSET))

            _field = "email_sender_id"

            def _parse_email_sender_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            email_sender_id = _parse_email_sender_id(d.pop("email_sender_id", UNSET))

            _field = "error_message"

            def _parse_error_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            error_message = _parse_error_message(d.pop("error_message", UNSET))

            _field = "from_email"

            def _parse_from_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            from_email = _parse_from_email(d.pop("from_email", UNSET))

            _field = "generated_body"

            def _parse_generated_body(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            generated_body = _parse_generated_body(d.pop("generated_body", UNSET))

            _field = "is_automated"

            def _parse_is_automated(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_automated = _parse_is_automated(d.pop("is_automated", UNSET))

            _field = "is_generated"

            def _parse_is_generated(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_generated = _parse_is_generated(d.pop("is_generated", UNSET))

            _field = "is_originated_in_stuut"

            def _parse_is_originated_in_stuut(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_originated_in_stuut = _parse_is_originated_in_stuut(d.pop("is_originated_in_stuut", UNSET))

            _field = "is_unread"

            def _parse_is_unread(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_unread = _parse_is_unread(d.pop("is_unread", UNSET))

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

            _field = "parent_email_id"

            def _parse_parent_email_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            parent_email_id = _parse_parent_email_id(d.pop("parent_email_id", UNSET))

            _field = "participants"

            def _parse_participants(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _participants_type_0 = data
                if not isinstance(_participants_type_0, list):
                    raise TypeError(f"expected an array, got {type(_participants_type_0).__name__}")
                participants_type_0 = _participants_type_0

                return participants_type_0

            participants = _parse_participants(d.pop("participants", UNSET))

            _field = "remote_id"

            def _parse_remote_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

            _field = "remote_links"

            def _parse_remote_links(data: object) -> list[EmailRemoteLink] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _remote_links_type_0 = data
                if not isinstance(_remote_links_type_0, list):
                    raise TypeError(f"expected an array, got {type(_remote_links_type_0).__name__}")
                remote_links_type_0 = []
                for _remote_links_type_0_index, remote_links_type_0_item_data in enumerate(_remote_links_type_0):
                    try:
                        remote_links_type_0_item = EmailRemoteLink.from_dict(remote_links_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_remote_links_type_0_index,)
                        ) from _parse_failure
                    remote_links_type_0.append(remote_links_type_0_item)

                return remote_links_type_0

            remote_links = _parse_remote_links(d.pop("remote_links", UNSET))

            _field = "reply_to"

            def _parse_reply_to(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _reply_to_type_0 = data
                if not isinstance(_reply_to_type_0, list):
                    raise TypeError(f"expected an array, got {type(_reply_to_type_0).__name__}")
                reply_to_type_0 = _reply_to_type_0

                return reply_to_type_0

            reply_to = _parse_reply_to(d.pop("reply_to", UNSET))

            _field = "send_separately"

            def _parse_send_separately(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            send_separately = _parse_send_separately(d.pop("send_separately", UNSET))

            _field = "sent_at"

            def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                sent_at_type_0 = parse_datetime(data)

                return sent_at_type_0

            sent_at = _parse_sent_at(d.pop("sent_at", UNSET))

            _field = "sent_by_id"

            def _parse_sent_by_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            sent_by_id = _parse_sent_by_id(d.pop("sent_by_id", UNSET))

            _field = "snippet"

            def _parse_snippet(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            snippet = _parse_snippet(d.pop("snippet", UNSET))

            _field = "status"

            def _parse_status(data: object) -> EmailStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected EmailStatus, got {type(data).__name__}")
                status_type_0 = EmailStatus(data)

                return status_type_0

            status = _parse_status(d.pop("status", UNSET))

            _field = "subject"

            def _parse_subject(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            subject = _parse_subject(d.pop("subject", UNSET))

            _field = "to"

            def _parse_to(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _to_type_0 = data
                if not isinstance(_to_type_0, list):
                    raise TypeError(f"expected an array, got {type(_to_type_0).__name__}")
                to_type_0 = _to_type_0

                return to_type_0

            to = _parse_to(d.pop("to", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        email = cls(
            object_=object_,
            thread_id=thread_id,
            id=id,
            attachments=attachments,
            author=author,
            author_id=author_id,
            bcc=bcc,
            body=body,
            bounced_addresses=bounced_addresses,
            bulk_email_request_id=bulk_email_request_id,
            cc=cc,
            created_at=created_at,
            custom_headers=custom_headers,
            direction=direction,
            email_reason=email_reason,
            email_sender=email_sender,
            email_sender_id=email_sender_id,
            error_message=error_message,
            from_email=from_email,
            generated_body=generated_body,
            is_automated=is_automated,
            is_generated=is_generated,
            is_originated_in_stuut=is_originated_in_stuut,
            is_unread=is_unread,
            modified_at=modified_at,
            parent_email_id=parent_email_id,
            participants=participants,
            remote_id=remote_id,
            remote_links=remote_links,
            reply_to=reply_to,
            send_separately=send_separately,
            sent_at=sent_at,
            sent_by_id=sent_by_id,
            snippet=snippet,
            status=status,
            subject=subject,
            to=to,
        )

        email.additional_properties = d
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
