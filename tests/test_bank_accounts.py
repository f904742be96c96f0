"""Bank accounts, sync and async, against recorded traffic."""

from __future__ import annotations

from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call
from stuut_client.api.bank_accounts import list_bank_accounts
from stuut_client.models import Bank, BankAccountPage, BankAccountType, Currency, LinkedIntegration

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_bank_accounts_sends_the_v1_page_defaults_and_returns_typed_accounts(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    page = await call(list_bank_accounts, mode, client, async_client)

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/bank-accounts")
    assert request.url.params.multi_items() == [("page", "0"), ("limit", "50")]
    assert isinstance(page, BankAccountPage)
    assert_typed(page, "BankAccountPage")
    account = page.data[0]
    assert account.type_ is BankAccountType.CASH_MANAGEMENT and account.currency is Currency.ADP
    assert isinstance(account.bank, Bank) and isinstance(account.linked_integration, LinkedIntegration)
