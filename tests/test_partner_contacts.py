"""Partner contacts, sync and async, against recorded traffic."""

from __future__ import annotations

from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call
from stuut_client.api.partner_contacts import retrieve_contact
from stuut_client.models import Address, Contact, ContactAddress, ContactExternalRole, InternalRole

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_retrieve_contact_returns_a_typed_contact(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    contact = await call(retrieve_contact, mode, client, async_client, partner_id="ptn_abc123", contact_id="con_1")

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/partners/ptn_abc123/contacts/con_1")
    assert request.url.query == b""
    assert isinstance(contact, Contact)
    assert_typed(contact, "Contact")
    assert isinstance(contact.address, Address) and isinstance(contact.addresses[0], ContactAddress)
    assert contact.external_role is ContactExternalRole.BILLING_CONTACT
    assert contact.internal_role is InternalRole.ACCOUNT_MANAGER
    assert contact.address_id == 123
