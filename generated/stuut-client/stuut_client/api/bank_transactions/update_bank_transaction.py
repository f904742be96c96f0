from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.bank_transaction_v2 import BankTransactionV2
from ...models.update_bank_transaction_request_v2 import UpdateBankTransactionRequestV2
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "update_bank_transaction"


def _get_kwargs(
    transaction_id: str,
    *,
    body: UpdateBankTransactionRequestV2,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/bank-transactions/{transaction_id}".format(
            transaction_id=path_segment("transaction_id", transaction_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any, lazy: bool) -> BankTransactionV2:
    _response_200 = data
    response_200 = (
        BankTransactionV2.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (BankTransactionV2)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: BankTransactionV2,
}


def sync_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBankTransactionRequestV2,
) -> Response[BankTransactionV2]:
    """Update a Bank Transaction

    Args:
        transaction_id (str):
        body (UpdateBankTransactionRequestV2): Schema for updating a bank transaction. The field
            list on the reference page was cut off after `reference_number`; `description`, `type` and
            `amount` are typed from the curl sample.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankTransactionV2]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBankTransactionRequestV2,
) -> BankTransactionV2:
    """Update a Bank Transaction

    Args:
        transaction_id (str):
        body (UpdateBankTransactionRequestV2): Schema for updating a bank transaction. The field
            list on the reference page was cut off after `reference_number`; `description`, `type` and
            `amount` are typed from the curl sample.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankTransactionV2
    """

    return sync_detailed(
        transaction_id=transaction_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBankTransactionRequestV2,
) -> Response[BankTransactionV2]:
    """Update a Bank Transaction

    Args:
        transaction_id (str):
        body (UpdateBankTransactionRequestV2): Schema for updating a bank transaction. The field
            list on the reference page was cut off after `reference_number`; `description`, `type` and
            `amount` are typed from the curl sample.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankTransactionV2]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBankTransactionRequestV2,
) -> BankTransactionV2:
    """Update a Bank Transaction

    Args:
        transaction_id (str):
        body (UpdateBankTransactionRequestV2): Schema for updating a bank transaction. The field
            list on the reference page was cut off after `reference_number`; `description`, `type` and
            `amount` are typed from the curl sample.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankTransactionV2
    """

    return (
        await asyncio_detailed(
            transaction_id=transaction_id,
            client=client,
            body=body,
        )
    ).parsed
