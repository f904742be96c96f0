"""Contact suggestions, sync and async, against recorded traffic."""

from __future__ import annotations

from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call
from stuut_client.api.contact_suggestions import list_contact_suggestions
from stuut_client.models import (
    ContactSuggestion,
    ContactSuggestionList,
    ContactSuggestionStatus,
    ContactSuggestionType,
    ExternalContact,
    SortOrder,
)

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_contact_suggestions_sends_every_filter_and_returns_typed_suggestions(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    result = await call(
        list_contact_suggestions,
        mode,
        client,
        async_client,
        partner="ptn_abc123",
        page=0,
        limit=200,
        sort_order=SortOrder.ASC,
        sort_by="created_at",
    )

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/contact-suggestions")
    assert request.url.params.multi_items() == [
        ("page", "0"),
        ("limit", "200"),
        ("sort_order", "asc"),
        ("sort_by", "created_at"),
        ("partner", "ptn_abc123"),
    ]
    assert isinstance(result, ContactSuggestionList)
    assert_typed(result, "ContactSuggestionList")
    suggestion = result.data[0]
    assert isinstance(suggestion, ContactSuggestion) and suggestion.suggestion_type is ContactSuggestionType.ADD
    assert suggestion.status is ContactSuggestionStatus.PENDING
    assert isinstance(suggestion.external_contact, ExternalContact)
