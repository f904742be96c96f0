from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.remittance import Remittance
from ...models.update_remittance_request import UpdateRemittanceRequest
from ...types import Response


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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Remittance | None:
    if response.status_code == 200:
        response_200 = Remittance.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Remittance]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    remittance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRemittanceRequest,
) -> Remittance | None:
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    remittance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRemittanceRequest,
) -> Remittance | None:
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
