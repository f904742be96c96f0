from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
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
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MarkPaymentResponse:
    if response.status_code == 200:
        response_200 = MarkPaymentResponse.from_dict(
            decode_body(response.content, MarkPaymentResponse, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MarkPaymentResponse]:
    # stuut: parse first (a bad body raises before HTTPStatus() is asked about an unusual status).
    try:
        with collector_paused():
            parsed = _parse_response(client=client, response=response)
    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise ResponseValidationError.from_exception(error).for_response(_OPERATION, response) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarkPaymentResponse]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarkPaymentResponse]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
