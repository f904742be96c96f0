from typing import Any

from ..._deviations import deviation
from ..._query import check_query_ranges
from ..._response import build_response
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

    check_query_ranges(_OPERATION, params)  # stuut: before anything is sent

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/calls",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> CallV2Page:
    _response_200 = data
    response_200 = (
        CallV2Page.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (CallV2Page)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: CallV2Page,
}


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
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[CallV2Page]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


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
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[CallV2Page]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


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
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
