"""Where the token must never show, however a server echoes it: error messages, reprs, the attributes of an
error, the exceptions chained to it, and the debug log (README "Guarantees", "The token never leaks")."""

from __future__ import annotations

import traceback
from typing import Any

import httpx
import pytest
from builders import invoice
from operation_calls import run
from stuut_client import Client
from stuut_client.api.invoices import retrieve_invoice
from stuut_client.errors import ResponseValidationError

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
TOKEN = "sk_live_0123456789abcdef"


def mock_client(response: httpx.Response, **kwargs: Any) -> Client:
    transport: Any = httpx.MockTransport(lambda request: response)
    kwargs.setdefault("validation", "strict")
    kwargs.setdefault("max_retries", 0)
    return Client(token=kwargs.pop("token", TOKEN), httpx_args={"transport": transport}, **kwargs)


def chain(error: BaseException) -> list[BaseException]:
    """``error`` and every exception a traceback of it would print (causes and contexts, all the way down)."""
    found: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is not None and all(current is not seen for seen in found):
            found.append(current)
            pending += (current.__cause__, current.__context__)
    return found


@MODES
@pytest.mark.parametrize("lazy_parsing", [False, True], ids=["eager", "lazy"])
@pytest.mark.parametrize("field", ["status", "issued_at"])
async def test_a_token_in_a_body_that_does_not_fit_is_in_no_exception_chained_to_the_validation_error(
    mode: str, lazy_parsing: bool, field: str
) -> None:
    client = mock_client(httpx.Response(200, json=invoice("inv_1", **{field: TOKEN})), lazy_parsing=lazy_parsing)
    with pytest.raises(ResponseValidationError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert caught.value.path == f"$.{field}"
    for error in chain(caught.value):
        assert TOKEN not in f"{error!s} {error!r}"
    assert TOKEN not in "".join(traceback.format_exception(caught.value))

    # The same failure without the token keeps its cause: only a chain that would show the token is cut.
    client = mock_client(httpx.Response(200, json=invoice("inv_1", **{field: "no-such-value"})))
    with pytest.raises(ResponseValidationError) as caught:
        await run(retrieve_invoice, mode, client, invoice_id="inv_1")
    assert caught.value.__cause__ is not None and "no-such-value" in str(caught.value.__cause__)
