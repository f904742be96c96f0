"""Internal contacts (v2), sync and async, against recorded traffic."""

from __future__ import annotations

from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.internal_contacts import create_internal_contact
from stuut_client.models import InternalContact, InternalContactAssignment, InternalContactInput, InternalRole

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_create_internal_contact_posts_the_person_and_returns_a_floating_assignment(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = InternalContactInput(
        email="lead@stuut.example", internal_role=InternalRole.LEAD, name="Ana Lima", job_title="AR lead"
    )
    assignment = await call(create_internal_contact, mode, client, async_client, body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v2/internal-contacts")
    assert sent_json(request) == {
        "email": "lead@stuut.example",
        "internal_role": "lead",
        "name": "Ana Lima",
        "job_title": "AR lead",
    }
    assert isinstance(assignment, InternalContactAssignment)
    assert_typed(assignment, "InternalContactAssignment")
    assert isinstance(assignment.internal_contact, InternalContact)
