from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)
        object_ = d.pop("object")

        thread_id = d.pop("thread_id")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_attachments(data: object) -> list[Attachment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = Attachment.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Attachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_author(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                author_type_0 = User.from_dict(data)

                return author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_author_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author_id = _parse_author_id(d.pop("author_id", UNSET))

        def _parse_bcc(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_type_0 = cast(list[str], data)

                return bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        bcc = _parse_bcc(d.pop("bcc", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_bounced_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bounced_addresses_type_0 = cast(list[str], data)

                return bounced_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        bounced_addresses = _parse_bounced_addresses(d.pop("bounced_addresses", UNSET))

        def _parse_bulk_email_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bulk_email_request_id = _parse_bulk_email_request_id(d.pop("bulk_email_request_id", UNSET))

        def _parse_cc(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_type_0 = cast(list[str], data)

                return cc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cc = _parse_cc(d.pop("cc", UNSET))

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

        custom_headers = d.pop("custom_headers", UNSET)

        def _parse_direction(data: object) -> Direction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = Direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Direction | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_email_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_reason = _parse_email_reason(d.pop("email_reason", UNSET))

        def _parse_email_sender(data: object) -> EmailSender | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_sender_type_0 = EmailSender.from_dict(data)

                return email_sender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailSender | None | Unset, data)

        email_sender = _parse_email_sender(d.pop("email_sender", UNSET))

        def _parse_email_sender_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_sender_id = _parse_email_sender_id(d.pop("email_sender_id", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_from_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_email = _parse_from_email(d.pop("from_email", UNSET))

        def _parse_generated_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generated_body = _parse_generated_body(d.pop("generated_body", UNSET))

        def _parse_is_automated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_automated = _parse_is_automated(d.pop("is_automated", UNSET))

        def _parse_is_generated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_generated = _parse_is_generated(d.pop("is_generated", UNSET))

        def _parse_is_originated_in_stuut(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_originated_in_stuut = _parse_is_originated_in_stuut(d.pop("is_originated_in_stuut", UNSET))

        def _parse_is_unread(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_unread = _parse_is_unread(d.pop("is_unread", UNSET))

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

        def _parse_parent_email_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_email_id = _parse_parent_email_id(d.pop("parent_email_id", UNSET))

        def _parse_participants(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                participants_type_0 = cast(list[str], data)

                return participants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        participants = _parse_participants(d.pop("participants", UNSET))

        def _parse_remote_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

        def _parse_remote_links(data: object) -> list[EmailRemoteLink] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                remote_links_type_0 = []
                _remote_links_type_0 = data
                for remote_links_type_0_item_data in _remote_links_type_0:
                    remote_links_type_0_item = EmailRemoteLink.from_dict(remote_links_type_0_item_data)

                    remote_links_type_0.append(remote_links_type_0_item)

                return remote_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailRemoteLink] | None | Unset, data)

        remote_links = _parse_remote_links(d.pop("remote_links", UNSET))

        def _parse_reply_to(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reply_to_type_0 = cast(list[str], data)

                return reply_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))

        def _parse_send_separately(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_separately = _parse_send_separately(d.pop("send_separately", UNSET))

        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))

        def _parse_sent_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_by_id = _parse_sent_by_id(d.pop("sent_by_id", UNSET))

        def _parse_snippet(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snippet = _parse_snippet(d.pop("snippet", UNSET))

        def _parse_status(data: object) -> EmailStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EmailStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_to(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                to_type_0 = cast(list[str], data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

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
