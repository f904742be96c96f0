from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.payment_detail import PaymentDetail
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "approve_payment_allocations"


def _get_kwargs(
    payment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/payments/{payment_id}/approve-allocations".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaymentDetail:
    if response.status_code == 200:
        response_200 = PaymentDetail.from_dict(
            decode_body(response.content, PaymentDetail, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PaymentDetail]:
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
    payment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PaymentDetail]:
    """Approve Allocations

     No request body is documented. The reference page's response example was cut off when the page was
    recovered (inside `bank_transaction.partner.ap_portals[0].account`); the example below is the page's
    as far as it was recovered, with the partly recovered
    `bank_transaction.partner.ap_portals[0].account` dropped and the brackets closed.

    Args:
        payment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentDetail]
    """

    kwargs = _get_kwargs(
        payment_id=payment_id,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    payment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PaymentDetail:
    """Approve Allocations

     No request body is documented. The reference page's response example was cut off when the page was
    recovered (inside `bank_transaction.partner.ap_portals[0].account`); the example below is the page's
    as far as it was recovered, with the partly recovered
    `bank_transaction.partner.ap_portals[0].account` dropped and the brackets closed.

    Args:
        payment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentDetail
    """

    return sync_detailed(
        payment_id=payment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    payment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PaymentDetail]:
    """Approve Allocations

     No request body is documented. The reference page's response example was cut off when the page was
    recovered (inside `bank_transaction.partner.ap_portals[0].account`); the example below is the page's
    as far as it was recovered, with the partly recovered
    `bank_transaction.partner.ap_portals[0].account` dropped and the brackets closed.

    Args:
        payment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentDetail]
    """

    kwargs = _get_kwargs(
        payment_id=payment_id,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    payment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PaymentDetail:
    """Approve Allocations

     No request body is documented. The reference page's response example was cut off when the page was
    recovered (inside `bank_transaction.partner.ap_portals[0].account`); the example below is the page's
    as far as it was recovered, with the partly recovered
    `bank_transaction.partner.ap_portals[0].account` dropped and the brackets closed.

    Args:
        payment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentDetail
    """

    return (
        await asyncio_detailed(
            payment_id=payment_id,
            client=client,
        )
    ).parsed
