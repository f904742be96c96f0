from http import HTTPStatus
from typing import Any

import httpx

from ..._collector import collector_paused
from ..._decode import loads
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.connection import Connection
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "list_connections"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/integrations/connections",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Connection]:
    if response.status_code == 200:
        _response_200 = loads(response.content)
        if not isinstance(_response_200, list):
            raise TypeError(f"expected an array, got {type(_response_200).__name__}")
        response_200 = []
        for _response_200_index, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = Connection.from_dict(response_200_item_data, lazy=client.lazy_parsing)

            except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                raise ResponseValidationError.from_exception(_parse_failure, (_response_200_index,)) from _parse_failure
            response_200.append(response_200_item)

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Connection]]:
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

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[Connection]:
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

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[Connection]:
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
