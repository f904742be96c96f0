"""Partners (v1 list; v2 internal-contact assignments), sync and async, against recorded traffic."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.partners import add_internal_contact, list_partners, update_internal_contact_role
from stuut_client.models import (
    InternalContact,
    InternalContactAssignment,
    InternalContactInput,
    InternalRole,
    PartnerDetail,
    PartnerDetailPage,
    PartnerType,
    UpdateInternalContactRoleRequest,
    User,
)

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_partners_sends_the_page_and_returns_typed_partners(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    page = await call(list_partners, mode, client, async_client, page=1, limit=2)

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/partners")
    assert request.url.params.multi_items() == [("page", "1"), ("limit", "2")]
    assert isinstance(page, PartnerDetailPage)
    assert_typed(page, "PartnerDetailPage")
    partner = page.data[0]
    assert isinstance(partner, PartnerDetail) and partner.type_ is PartnerType.CUSTOMER
    assert partner.last_inbound_at == dt.datetime(2023, 11, 7, 5, 31, 56, tzinfo=dt.UTC)
    assert partner.num_open_invoices == 123 and isinstance(partner.assignee, User)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_add_internal_contact_posts_the_person_and_role(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = InternalContactInput(
        email="ana@example.com", internal_role=InternalRole.CSM, given_name="Ana", family_name=None
    )
    assignment = await call(add_internal_contact, mode, client, async_client, partner_id="ptn_abc123", body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v2/partners/ptn_abc123/internal-contacts")
    # An explicit None is sent as null; fields left unset are not sent at all.
    assert sent_json(request) == {
        "email": "ana@example.com",
        "internal_role": "csm",
        "given_name": "Ana",
        "family_name": None,
    }
    assert isinstance(assignment, InternalContactAssignment)
    assert_typed(assignment, "InternalContactAssignment")
    assert assignment.internal_role is InternalRole.ACCOUNT_MANAGER
    assert isinstance(assignment.internal_contact, InternalContact)
    assert isinstance(assignment.modified_at, dt.datetime)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_update_internal_contact_role_patches_the_role(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    assignment = await call(
        update_internal_contact_role,
        mode,
        client,
        async_client,
        partner_id="ptn_abc123",
        assignment_id="ica_1",
        body=UpdateInternalContactRoleRequest(internal_role=InternalRole.PRACTICE_LEAD),
    )

    (request,) = sent
    assert_sent_with_auth(request, "PATCH", "/v2/partners/ptn_abc123/internal-contacts/ica_1")
    assert sent_json(request) == {"internal_role": "practice_lead"}
    assert_typed(assignment, "InternalContactAssignment")
