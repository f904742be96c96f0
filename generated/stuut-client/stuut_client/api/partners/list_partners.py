from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.partner_detail_page import PartnerDetailPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/partners",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PartnerDetailPage | None:
    if response.status_code == 200:
        response_200 = PartnerDetailPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PartnerDetailPage]:
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
    limit: int | Unset = 50,
) -> Response[PartnerDetailPage]:
    """List Partners

     The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
    parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not.
    The reference page's response example was cut off when the page was recovered (inside
    `data[0].assignee.dashboard_settings`); the example below is the page's as far as it was recovered,
    with the partly recovered `data[0].assignee.dashboard_settings` dropped and the brackets closed.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerDetailPage]
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
    limit: int | Unset = 50,
) -> PartnerDetailPage | None:
    """List Partners

     The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
    parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not.
    The reference page's response example was cut off when the page was recovered (inside
    `data[0].assignee.dashboard_settings`); the example below is the page's as far as it was recovered,
    with the partly recovered `data[0].assignee.dashboard_settings` dropped and the brackets closed.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerDetailPage
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
    limit: int | Unset = 50,
) -> Response[PartnerDetailPage]:
    """List Partners

     The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
    parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not.
    The reference page's response example was cut off when the page was recovered (inside
    `data[0].assignee.dashboard_settings`); the example below is the page's as far as it was recovered,
    with the partly recovered `data[0].assignee.dashboard_settings` dropped and the brackets closed.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerDetailPage]
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
    limit: int | Unset = 50,
) -> PartnerDetailPage | None:
    """List Partners

     The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
    parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not.
    The reference page's response example was cut off when the page was recovered (inside
    `data[0].assignee.dashboard_settings`); the example below is the page's as far as it was recovered,
    with the partly recovered `data[0].assignee.dashboard_settings` dropped and the brackets closed.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerDetailPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
        )
    ).parsed
