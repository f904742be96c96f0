from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.bank_transaction_detail_v2 import BankTransactionDetailV2
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "get_bank_transaction"


def _get_kwargs(
    transaction_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/bank-transactions/{transaction_id}".format(
            transaction_id=path_segment("transaction_id", transaction_id),
        ),
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> BankTransactionDetailV2:
    _response_200 = data
    response_200 = (
        BankTransactionDetailV2.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (BankTransactionDetailV2)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: BankTransactionDetailV2,
}


def sync_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BankTransactionDetailV2]:
    """Get Bank Transaction

    Args:
        transaction_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankTransactionDetailV2]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BankTransactionDetailV2:
    """Get Bank Transaction

    Args:
        transaction_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankTransactionDetailV2
    """

    return sync_detailed(
        transaction_id=transaction_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BankTransactionDetailV2]:
    """Get Bank Transaction

    Args:
        transaction_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankTransactionDetailV2]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BankTransactionDetailV2:
    """Get Bank Transaction

    Args:
        transaction_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankTransactionDetailV2
    """

    return (
        await asyncio_detailed(
            transaction_id=transaction_id,
            client=client,
        )
    ).parsed
