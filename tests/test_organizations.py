"""Organizations, sync and async, against recorded traffic."""

from __future__ import annotations

from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call
from stuut_client.api.organizations import list_organizations
from stuut_client.models import Domain, Integration, IntegrationCategory, LinkedIntegration, OrganizationPage

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_organizations_sends_the_page_and_returns_typed_organizations(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    page = await call(list_organizations, mode, client, async_client, page=2, limit=200)

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/organizations")
    assert request.url.params.multi_items() == [("page", "2"), ("limit", "200")]
    assert isinstance(page, OrganizationPage)
    assert_typed(page, "OrganizationPage")
    organization = page.data[0]
    assert isinstance(organization.domains[0], Domain)
    assert isinstance(organization.integrations, LinkedIntegration)
    assert isinstance(organization.integrations.integration, Integration)
    assert organization.integrations.integration.categories == [IntegrationCategory.ACCOUNTING]
