from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_v2_page import CallV2Page
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallV2Page | None:
    if response.status_code == 200:
        response_200 = CallV2Page.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CallV2Page]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[CallV2Page]:
    """Get Calls

     The reference page's query parameters were not recovered: only `page` and `limit` (the v2 pagination
    parameters, with the v2 defaults and ranges) are declared; filters the endpoint may take are not.
    The reference page's response example was cut off when the page was recovered (inside
    `data[0].invoices[0].partner`); the example below is the page's as far as it was recovered, with the
    partly recovered field `data[0].invoices[0].partner.parent_id` dropped and the brackets closed.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallV2Page]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
) -> CallV2Page | None:
    """Get Calls

     The reference page's query parameters were not recovered: only `page` and `limit` (the v2 pagination
    parameters, with the v2 defaults and ranges) are declared; filters the endpoint may take are not.
    The reference page's response example was cut off when the page was recovered (inside
    `data[0].invoices[0].partner`); the example below is the page's as far as it was recovered, with the
    partly recovered field `data[0].invoices[0].partner.parent_id` dropped and the brackets closed.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallV2Page
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[CallV2Page]:
    """Get Calls

     The reference page's query parameters were not recovered: only `page` and `limit` (the v2 pagination
    parameters, with the v2 defaults and ranges) are declared; filters the endpoint may take are not.
    The reference page's response example was cut off when the page was recovered (inside
    `data[0].invoices[0].partner`); the example below is the page's as far as it was recovered, with the
    partly recovered field `data[0].invoices[0].partner.parent_id` dropped and the brackets closed.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallV2Page]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
) -> CallV2Page | None:
    """Get Calls

     The reference page's query parameters were not recovered: only `page` and `limit` (the v2 pagination
    parameters, with the v2 defaults and ranges) are declared; filters the endpoint may take are not.
    The reference page's response example was cut off when the page was recovered (inside
    `data[0].invoices[0].partner`); the example below is the page's as far as it was recovered, with the
    partly recovered field `data[0].invoices[0].partner.parent_id` dropped and the brackets closed.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallV2Page
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
        )
    ).parsed
