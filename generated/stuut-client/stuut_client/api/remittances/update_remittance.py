from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.remittance import Remittance
from ...models.update_remittance_request import UpdateRemittanceRequest
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "update_remittance"


def _get_kwargs(
    remittance_id: str,
    *,
    body: UpdateRemittanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/remittances/{remittance_id}".format(
            remittance_id=quote(str(remittance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Remittance:
    if response.status_code == 200:
        response_200 = Remittance.from_dict(
            decode_body(response.content, Remittance, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Remittance]:
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
    remittance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRemittanceRequest,
) -> Response[Remittance]:
    """Update A Remittance

     The reference page's response example was cut off when the page was recovered (inside
    `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
    recovered `email.attachments` dropped and the brackets closed.

    Args:
        remittance_id (str):
        body (UpdateRemittanceRequest): Request body of Update A Remittance (only the curl sample
            was recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Remittance]
    """

    kwargs = _get_kwargs(
        remittance_id=remittance_id,
        body=body,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    remittance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRemittanceRequest,
) -> Remittance:
    """Update A Remittance

     The reference page's response example was cut off when the page was recovered (inside
    `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
    recovered `email.attachments` dropped and the brackets closed.

    Args:
        remittance_id (str):
        body (UpdateRemittanceRequest): Request body of Update A Remittance (only the curl sample
            was recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Remittance
    """

    return sync_detailed(
        remittance_id=remittance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    remittance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRemittanceRequest,
) -> Response[Remittance]:
    """Update A Remittance

     The reference page's response example was cut off when the page was recovered (inside
    `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
    recovered `email.attachments` dropped and the brackets closed.

    Args:
        remittance_id (str):
        body (UpdateRemittanceRequest): Request body of Update A Remittance (only the curl sample
            was recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Remittance]
    """

    kwargs = _get_kwargs(
        remittance_id=remittance_id,
        body=body,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    remittance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRemittanceRequest,
) -> Remittance:
    """Update A Remittance

     The reference page's response example was cut off when the page was recovered (inside
    `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
    recovered `email.attachments` dropped and the brackets closed.

    Args:
        remittance_id (str):
        body (UpdateRemittanceRequest): Request body of Update A Remittance (only the curl sample
            was recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Remittance
    """

    return (
        await asyncio_detailed(
            remittance_id=remittance_id,
            client=client,
            body=body,
        )
    ).parsed
