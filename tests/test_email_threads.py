"""Email threads (v2 triage and centralized-inbox settings), sync and async, against recorded traffic."""

from __future__ import annotations

from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.email_threads import assign_thread_partner, get_settings, update_settings
from stuut_client.models import (
    AssignThreadPartnerRequest,
    CentralizedInboxSettings,
    TriageActionResponse,
    TriageStatus,
    UpdateCentralizedInboxSettingsRequest,
)

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_assign_thread_partner_posts_the_partner(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    result = await call(
        assign_thread_partner,
        mode,
        client,
        async_client,
        email_thread_id="thr_1",
        body=AssignThreadPartnerRequest(partner_id="ptn_abc123"),
    )

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v2/email-threads/thr_1/assign")
    assert sent_json(request) == {"partner_id": "ptn_abc123"}
    assert isinstance(result, TriageActionResponse)
    assert_typed(result, "TriageActionResponse")
    assert result.triage_status is TriageStatus.PENDING


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_get_settings_returns_typed_settings(mode: str, client: Any, async_client: Any, sent: list[Any]) -> None:
    settings = await call(get_settings, mode, client, async_client)

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v2/email-threads/settings")
    assert isinstance(settings, CentralizedInboxSettings)
    assert_typed(settings, "CentralizedInboxSettings")
    assert settings.centralized_inbox_auto_assign is True and settings.centralized_inbox_auto_assign_threshold == 123


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_update_settings_patches_only_the_fields_given(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = UpdateCentralizedInboxSettingsRequest(
        centralized_inbox_auto_assign=True, centralized_inbox_auto_assign_threshold=80
    )
    settings = await call(update_settings, mode, client, async_client, body=body)

    (request,) = sent
    assert_sent_with_auth(request, "PATCH", "/v2/email-threads/settings")
    assert sent_json(request) == {"centralized_inbox_auto_assign": True, "centralized_inbox_auto_assign_threshold": 80}
    assert_typed(settings, "CentralizedInboxSettings")
