"""Email senders, sync and async, against recorded traffic."""

from __future__ import annotations

from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.email_senders import update_email_sender
from stuut_client.models import EmailSender, UpdateEmailSenderRequest

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_update_email_sender_posts_the_changes_and_clears_the_signature_with_null(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = UpdateEmailSenderRequest(is_shared=True, signature_html=None)
    sender = await call(update_email_sender, mode, client, async_client, email_sender_id="sndr_abc123", body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/email-senders/sndr_abc123")
    assert sent_json(request) == {"is_shared": True, "signature_html": None}
    assert isinstance(sender, EmailSender)
    assert_typed(sender, "EmailSender")
    assert sender.is_shared is True
