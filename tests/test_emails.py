"""Emails, sync and async, against recorded traffic."""

from __future__ import annotations

from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.emails import bulk_create_emails, bulk_send_emails, create_email, generate_email_body
from stuut_client.models import (
    Attachment,
    BulkCreateEmailsRequest,
    BulkEmailRequest,
    BulkSendEmailsRequest,
    CreateEmailRequest,
    Direction,
    Email,
    EmailList,
    EmailOptions,
    EmailSender,
    FileType,
    GenerateEmailBodyRequest,
    Partner,
    User,
)

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_create_email_posts_every_field(mode: str, client: Any, async_client: Any, sent: list[Any]) -> None:
    body = CreateEmailRequest(
        to=["ap@customer.example"],
        cc=["cfo@customer.example"],
        bcc=[],
        reply_to=["ar@stuut.example"],
        subject="Invoice INV-1",
        body="<p>Please pay.</p>",
        email_sender="sndr_abc123",
        email_template="eml_tmpl_abc123",
        invoices=["inv_abc123"],
        partner="ptn_abc123",
        parent_email="eml_abc123",
        options=EmailOptions(include_checkout_url=True, reply_all=False, use_llm=True),
    )
    email = await call(create_email, mode, client, async_client, body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/emails")
    assert sent_json(request) == {
        "bcc": [],
        "body": "<p>Please pay.</p>",
        "cc": ["cfo@customer.example"],
        "email_sender": "sndr_abc123",
        "email_template": "eml_tmpl_abc123",
        "invoices": ["inv_abc123"],
        "partner": "ptn_abc123",
        "options": {"include_checkout_url": True, "reply_all": False, "use_llm": True},
        "parent_email": "eml_abc123",
        "reply_to": ["ar@stuut.example"],
        "subject": "Invoice INV-1",
        "to": ["ap@customer.example"],
    }
    assert isinstance(email, Email)
    assert_typed(email, "Email")
    assert isinstance(email.attachments[0], Attachment) and email.attachments[0].file_type is FileType.AUDIO
    assert isinstance(email.author, User)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_generate_email_body_posts_the_template_and_options(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = GenerateEmailBodyRequest(email_template="eml_tmpl_abc123", options=EmailOptions(use_llm=True))
    email = await call(generate_email_body, mode, client, async_client, email_id="eml_abc123", body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/emails/eml_abc123/generate-body")
    assert sent_json(request) == {"email_template": "eml_tmpl_abc123", "options": {"use_llm": True}}
    assert_typed(email, "Email")
    assert email.direction is Direction.INBOUND and isinstance(email.email_sender, EmailSender)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_bulk_send_emails_posts_the_ids(mode: str, client: Any, async_client: Any, sent: list[Any]) -> None:
    result = await call(
        bulk_send_emails, mode, client, async_client, body=BulkSendEmailsRequest(emails=["eml_1", "eml_2"])
    )

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/emails/bulk/send")
    assert sent_json(request) == {"emails": ["eml_1", "eml_2"]}
    assert isinstance(result, EmailList)
    assert_typed(result, "EmailList")
    assert isinstance(result.data[0], Email)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_bulk_create_emails_posts_the_request(mode: str, client: Any, async_client: Any, sent: list[Any]) -> None:
    body = BulkCreateEmailsRequest(
        email_sender="sndr_abc123", email_template="eml_tmpl_abc123", partners=["ptn_1", "ptn_2"], auto_send=False
    )
    result = await call(bulk_create_emails, mode, client, async_client, body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/emails/bulk/create")
    assert sent_json(request) == {
        "email_sender": "sndr_abc123",
        "email_template": "eml_tmpl_abc123",
        "partners": ["ptn_1", "ptn_2"],
        "auto_send": False,
    }
    assert isinstance(result, BulkEmailRequest)
    assert_typed(result, "BulkEmailRequest")
    assert result.auto_send is True and isinstance(result.partner, Partner)
