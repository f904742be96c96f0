from http import HTTPStatus
from typing import Any

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.call_v2_page import CallV2Page
from ...types import UNSET, Response, Unset

# stuut: named in ResponseValidationError messages.
_OPERATION = "get_calls"


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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallV2Page:
    if response.status_code == 200:
        response_200 = CallV2Page.from_dict(
            decode_body(response.content, CallV2Page, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CallV2Page]:
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
    page: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[CallV2Page]:
    """Get Calls

     The reference page's query parameters were not recovered: only `page` and `limit` (the v2 pagination
    parameters, with the v2 defaults and ranges) are declared; filters the endpoint may take are not.
    The reference page's response example was cut off when the page was recovered (inside
    `data[0].invoices[0].partner`); the example below is the page's as far as it was recovered, with the
    partly recovered field `data[0].invoices[0].partner.parent_id` dropped and the brackets closed. The
    example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of
    the page; it is completed with the documented defaults (0, 0, null), as on the List Invoices page.

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

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
) -> CallV2Page:
    """Get Calls

     The reference page's query parameters were not recovered: only `page` and `limit` (the v2 pagination
    parameters, with the v2 defaults and ranges) are declared; filters the endpoint may take are not.
    The reference page's response example was cut off when the page was recovered (inside
    `data[0].invoices[0].partner`); the example below is the page's as far as it was recovered, with the
    partly recovered field `data[0].invoices[0].partner.parent_id` dropped and the brackets closed. The
    example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of
    the page; it is completed with the documented defaults (0, 0, null), as on the List Invoices page.

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
    partly recovered field `data[0].invoices[0].partner.parent_id` dropped and the brackets closed. The
    example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of
    the page; it is completed with the documented defaults (0, 0, null), as on the List Invoices page.

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

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
) -> CallV2Page:
    """Get Calls

     The reference page's query parameters were not recovered: only `page` and `limit` (the v2 pagination
    parameters, with the v2 defaults and ranges) are declared; filters the endpoint may take are not.
    The reference page's response example was cut off when the page was recovered (inside
    `data[0].invoices[0].partner`); the example below is the page's as far as it was recovered, with the
    partly recovered field `data[0].invoices[0].partner.parent_id` dropped and the brackets closed. The
    example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of
    the page; it is completed with the documented defaults (0, 0, null), as on the List Invoices page.

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
