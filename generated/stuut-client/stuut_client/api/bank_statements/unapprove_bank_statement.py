from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.bank_statement_detail_v2 import BankStatementDetailV2
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "unapprove_bank_statement"


def _get_kwargs(
    statement_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/bank-statements/{statement_id}/unapprove".format(
            statement_id=path_segment("statement_id", statement_id),
        ),
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> BankStatementDetailV2:
    _response_200 = data
    response_200 = (
        BankStatementDetailV2.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (BankStatementDetailV2)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: BankStatementDetailV2,
}


def sync_detailed(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BankStatementDetailV2]:
    """Unapprove a Bank Statement

     No request body is documented.

    Args:
        statement_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankStatementDetailV2]
    """

    kwargs = _get_kwargs(
        statement_id=statement_id,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BankStatementDetailV2:
    """Unapprove a Bank Statement

     No request body is documented.

    Args:
        statement_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankStatementDetailV2
    """

    return sync_detailed(
        statement_id=statement_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BankStatementDetailV2]:
    """Unapprove a Bank Statement

     No request body is documented.

    Args:
        statement_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankStatementDetailV2]
    """

    kwargs = _get_kwargs(
        statement_id=statement_id,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BankStatementDetailV2:
    """Unapprove a Bank Statement

     No request body is documented.

    Args:
        statement_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankStatementDetailV2
    """

    return (
        await asyncio_detailed(
            statement_id=statement_id,
            client=client,
        )
    ).parsed
