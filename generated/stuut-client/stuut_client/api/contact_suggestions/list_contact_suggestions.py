from http import HTTPStatus
from typing import Any

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.contact_suggestion_list import ContactSuggestionList
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset

# stuut: named in ResponseValidationError messages.
_OPERATION = "list_contact_suggestions"


def _get_kwargs(
    *,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    partner: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params["sort_by"] = sort_by

    params["partner"] = partner

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/contact-suggestions",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactSuggestionList:
    if response.status_code == 200:
        response_200 = ContactSuggestionList.from_dict(
            decode_body(response.content, ContactSuggestionList, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactSuggestionList]:
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
    limit: int | Unset = 50,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    partner: str,
) -> Response[ContactSuggestionList]:
    """List Contact Suggestions

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        sort_order (SortOrder | Unset): Sort direction.
        sort_by (str | Unset):
        partner (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSuggestionList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        partner=partner,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    partner: str,
) -> ContactSuggestionList:
    """List Contact Suggestions

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        sort_order (SortOrder | Unset): Sort direction.
        sort_by (str | Unset):
        partner (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSuggestionList
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        partner=partner,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    partner: str,
) -> Response[ContactSuggestionList]:
    """List Contact Suggestions

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        sort_order (SortOrder | Unset): Sort direction.
        sort_by (str | Unset):
        partner (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSuggestionList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        partner=partner,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    partner: str,
) -> ContactSuggestionList:
    """List Contact Suggestions

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        sort_order (SortOrder | Unset): Sort direction.
        sort_by (str | Unset):
        partner (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSuggestionList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            sort_order=sort_order,
            sort_by=sort_by,
            partner=partner,
        )
    ).parsed
