from typing import Any

from ..._deviations import deviation
from ..._query import check_query_ranges
from ..._response import build_response
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

    check_query_ranges(_OPERATION, params)  # stuut: before anything is sent

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/contact-suggestions",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> ContactSuggestionList:
    _response_200 = data
    response_200 = (
        ContactSuggestionList.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (ContactSuggestionList)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: ContactSuggestionList,
}


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
        sort_order (SortOrder | Unset): Sort direction. One of: asc, desc.
        sort_by (str | Unset):
        partner (str):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


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
        sort_order (SortOrder | Unset): Sort direction. One of: asc, desc.
        sort_by (str | Unset):
        partner (str):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
        sort_order (SortOrder | Unset): Sort direction. One of: asc, desc.
        sort_by (str | Unset):
        partner (str):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


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
        sort_order (SortOrder | Unset): Sort direction. One of: asc, desc.
        sort_by (str | Unset):
        partner (str):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
