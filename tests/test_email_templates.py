"""Email templates, sync and async, against recorded traffic."""

from __future__ import annotations

from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.email_templates import create_email_template, retrieve_email_template
from stuut_client.models import Attachment, CreateEmailTemplateRequest, EmailTemplate, EmailTemplateFolder

pytestmark = pytest.mark.vcr


def assert_typed_template(template: EmailTemplate) -> None:
    assert isinstance(template, EmailTemplate)
    assert_typed(template, "EmailTemplate")
    assert isinstance(template.folder, EmailTemplateFolder) and isinstance(template.attachments[0], Attachment)
    assert template.preview_body == "<unknown>"  # untyped on the reference page: kept as sent


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_retrieve_email_template_returns_a_typed_template(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    template = await call(retrieve_email_template, mode, client, async_client, email_template_id="eml_tmpl_abc123")

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/email-templates/eml_tmpl_abc123")
    assert_typed_template(template)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_create_email_template_posts_the_template_with_the_documented_defaults(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = CreateEmailTemplateRequest(
        name="Reminder", subject="Invoice due", body="<p>Hi</p>", cc=["ar@stuut.example"], folder="etf_abc123"
    )
    template = await call(create_email_template, mode, client, async_client, body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/email-templates")
    assert sent_json(request) == {
        "body": "<p>Hi</p>",
        "cc": ["ar@stuut.example"],
        "is_default": False,
        "name": "Reminder",
        "subject": "Invoice due",
        "auto_correct": False,
        "folder": "etf_abc123",
    }
    assert_typed_template(template)
