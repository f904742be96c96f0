from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.mark_payment_request import MarkPaymentRequest
from ...models.mark_payment_response import MarkPaymentResponse
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "mark_payment"


def _get_kwargs(
    transaction_id: str,
    *,
    body: MarkPaymentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/bank-transactions/{transaction_id}/mark-payment".format(
            transaction_id=path_segment("transaction_id", transaction_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any, lazy: bool) -> MarkPaymentResponse:
    _response_200 = data
    response_200 = (
        MarkPaymentResponse.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (MarkPaymentResponse)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: MarkPaymentResponse,
}


def sync_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MarkPaymentRequest,
) -> Response[MarkPaymentResponse]:
    """Mark Payment

     The reference page's response example was cut off when the page was recovered (inside
    `payment.bank_transaction`); the example below is the page's as far as it was recovered, with the
    field cut off inside its name (`payment.bank_transaction.cou…`) dropped and the brackets closed.

    Args:
        transaction_id (str):
        body (MarkPaymentRequest): Request body of Mark Payment (only the curl sample was
            recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[MarkPaymentResponse]
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
    body: MarkPaymentRequest,
) -> MarkPaymentResponse:
    """Mark Payment

     The reference page's response example was cut off when the page was recovered (inside
    `payment.bank_transaction`); the example below is the page's as far as it was recovered, with the
    field cut off inside its name (`payment.bank_transaction.cou…`) dropped and the brackets closed.

    Args:
        transaction_id (str):
        body (MarkPaymentRequest): Request body of Mark Payment (only the curl sample was
            recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        MarkPaymentResponse
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
    body: MarkPaymentRequest,
) -> Response[MarkPaymentResponse]:
    """Mark Payment

     The reference page's response example was cut off when the page was recovered (inside
    `payment.bank_transaction`); the example below is the page's as far as it was recovered, with the
    field cut off inside its name (`payment.bank_transaction.cou…`) dropped and the brackets closed.

    Args:
        transaction_id (str):
        body (MarkPaymentRequest): Request body of Mark Payment (only the curl sample was
            recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[MarkPaymentResponse]
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
    body: MarkPaymentRequest,
) -> MarkPaymentResponse:
    """Mark Payment

     The reference page's response example was cut off when the page was recovered (inside
    `payment.bank_transaction`); the example below is the page's as far as it was recovered, with the
    field cut off inside its name (`payment.bank_transaction.cou…`) dropped and the brackets closed.

    Args:
        transaction_id (str):
        body (MarkPaymentRequest): Request body of Mark Payment (only the curl sample was
            recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        MarkPaymentResponse
    """

    return (
        await asyncio_detailed(
            transaction_id=transaction_id,
            client=client,
            body=body,
        )
    ).parsed
