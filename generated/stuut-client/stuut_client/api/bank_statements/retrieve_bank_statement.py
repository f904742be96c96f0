from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.bank_statement import BankStatement
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "retrieve_bank_statement"


def _get_kwargs(
    bank_statement_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bank-statements/{bank_statement_id}".format(
            bank_statement_id=path_segment("bank_statement_id", bank_statement_id),
        ),
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> BankStatement:
    _response_200 = data
    response_200 = (
        BankStatement.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (BankStatement)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: BankStatement,
}


def sync_detailed(
    bank_statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BankStatement]:
    """Retrieve A Bank Statement

     The reference page's response example was cut off when the page was recovered (inside
    `transactions[0].partner.ap_portals[0].account`); the example below is the page's as far as it was
    recovered, with the partly recovered field `transactions[0].partner.ap_portals[0].account.id`
    dropped and the brackets closed.

    Args:
        bank_statement_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankStatement]
    """

    kwargs = _get_kwargs(
        bank_statement_id=bank_statement_id,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    bank_statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BankStatement:
    """Retrieve A Bank Statement

     The reference page's response example was cut off when the page was recovered (inside
    `transactions[0].partner.ap_portals[0].account`); the example below is the page's as far as it was
    recovered, with the partly recovered field `transactions[0].partner.ap_portals[0].account.id`
    dropped and the brackets closed.

    Args:
        bank_statement_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankStatement
    """

    return sync_detailed(
        bank_statement_id=bank_statement_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    bank_statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BankStatement]:
    """Retrieve A Bank Statement

     The reference page's response example was cut off when the page was recovered (inside
    `transactions[0].partner.ap_portals[0].account`); the example below is the page's as far as it was
    recovered, with the partly recovered field `transactions[0].partner.ap_portals[0].account.id`
    dropped and the brackets closed.

    Args:
        bank_statement_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankStatement]
    """

    kwargs = _get_kwargs(
        bank_statement_id=bank_statement_id,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    bank_statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BankStatement:
    """Retrieve A Bank Statement

     The reference page's response example was cut off when the page was recovered (inside
    `transactions[0].partner.ap_portals[0].account`); the example below is the page's as far as it was
    recovered, with the partly recovered field `transactions[0].partner.ap_portals[0].account.id`
    dropped and the brackets closed.

    Args:
        bank_statement_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankStatement
    """

    return (
        await asyncio_detailed(
            bank_statement_id=bank_statement_id,
            client=client,
        )
    ).parsed
