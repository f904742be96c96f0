from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._collector import collector_paused
from ..._decode import loads
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.integration_sync import IntegrationSync
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "request_sync"


def _get_kwargs(
    connection_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/integrations/connections/{connection_id}/sync".format(
            connection_id=quote(str(connection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[IntegrationSync]:
    if response.status_code == 200:
        _response_200 = loads(response.content)
        if not isinstance(_response_200, list):
            raise TypeError(f"expected an array, got {type(_response_200).__name__}")
        response_200 = []
        for _response_200_index, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = IntegrationSync.from_dict(response_200_item_data, lazy=client.lazy_parsing)

            except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                raise ResponseValidationError.from_exception(_parse_failure, (_response_200_index,)) from _parse_failure
            response_200.append(response_200_item)

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[IntegrationSync]]:
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
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[IntegrationSync]]:
    """Request a Sync

     No request body is documented. Returns a bare JSON array of syncs.

    Args:
        connection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[IntegrationSync]]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[IntegrationSync]:
    """Request a Sync

     No request body is documented. Returns a bare JSON array of syncs.

    Args:
        connection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[IntegrationSync]
    """

    return sync_detailed(
        connection_id=connection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[IntegrationSync]]:
    """Request a Sync

     No request body is documented. Returns a bare JSON array of syncs.

    Args:
        connection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[IntegrationSync]]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[IntegrationSync]:
    """Request a Sync

     No request body is documented. Returns a bare JSON array of syncs.

    Args:
        connection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[IntegrationSync]
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
        )
    ).parsed
