from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection import Connection
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/integrations/connections",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Connection] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Connection.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Connection]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Connection]]:
    """List Connections

     Returns a bare JSON array, not the page envelope. The reference page's query parameters were not
    recovered, so none are declared. The reference page's response example was cut off when the page was
    recovered (inside `[0].models`); the example below is the page's as far as it was recovered, ending
    after its last complete field, with the brackets closed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Connection]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[Connection] | None:
    """List Connections

     Returns a bare JSON array, not the page envelope. The reference page's query parameters were not
    recovered, so none are declared. The reference page's response example was cut off when the page was
    recovered (inside `[0].models`); the example below is the page's as far as it was recovered, ending
    after its last complete field, with the brackets closed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Connection]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Connection]]:
    """List Connections

     Returns a bare JSON array, not the page envelope. The reference page's query parameters were not
    recovered, so none are declared. The reference page's response example was cut off when the page was
    recovered (inside `[0].models`); the example below is the page's as far as it was recovered, ending
    after its last complete field, with the brackets closed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Connection]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[Connection] | None:
    """List Connections

     Returns a bare JSON array, not the page envelope. The reference page's query parameters were not
    recovered, so none are declared. The reference page's response example was cut off when the page was
    recovered (inside `[0].models`); the example below is the page's as far as it was recovered, ending
    after its last complete field, with the brackets closed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Connection]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
