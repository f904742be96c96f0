"""Users, sync and async, against recorded traffic."""

from __future__ import annotations

from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call
from stuut_client.api.users import list_users
from stuut_client.models import DashboardSettings, SortOrder, User, UserPage

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_users_sends_the_v1_page_defaults_and_returns_typed_users(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    page = await call(list_users, mode, client, async_client)

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/users")
    assert request.url.params.multi_items() == [("page", "0"), ("limit", "50")]
    assert isinstance(page, UserPage)
    assert_typed(page, "UserPage")
    assert page.current_page == 0 and page.total_records == 0 and page.next_page is None
    user = page.data[0]
    assert isinstance(user, User) and isinstance(user.dashboard_settings, DashboardSettings)
    assert user.dashboard_settings.thread_emails_sort_order is SortOrder.ASC
