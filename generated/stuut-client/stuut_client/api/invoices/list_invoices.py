from typing import Any

from ..._deviations import deviation
from ..._query import check_query_ranges
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.invoice_page import InvoicePage
from ...models.invoice_sort_by import InvoiceSortBy
from ...models.invoice_status import InvoiceStatus
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset

# stuut: named in ResponseValidationError messages.
_OPERATION = "list_invoices"


def _get_kwargs(
    *,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: InvoiceSortBy | Unset = UNSET,
    number: list[str] | Unset = UNSET,
    task: str | Unset = UNSET,
    amount_remaining: str | Unset = UNSET,
    status: list[InvoiceStatus] | Unset = UNSET,
    istatus: str | Unset = UNSET,
    issued_at: str | Unset = UNSET,
    has_outreach: bool | Unset = UNSET,
    customer_outreach_paused: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_number: list[str] | Unset = UNSET
    if not isinstance(number, Unset):
        json_number = number

    params["number"] = json_number

    params["task"] = task

    params["amount_remaining"] = amount_remaining

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["istatus"] = istatus

    params["issued_at"] = issued_at

    params["has_outreach"] = has_outreach

    params["customer_outreach_paused"] = customer_outreach_paused

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    check_query_ranges(_OPERATION, params)  # stuut: before anything is sent

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> InvoicePage:
    _response_200 = data
    response_200 = (
        InvoicePage.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (InvoicePage)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: InvoicePage,
}


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: InvoiceSortBy | Unset = UNSET,
    number: list[str] | Unset = UNSET,
    task: str | Unset = UNSET,
    amount_remaining: str | Unset = UNSET,
    status: list[InvoiceStatus] | Unset = UNSET,
    istatus: str | Unset = UNSET,
    issued_at: str | Unset = UNSET,
    has_outreach: bool | Unset = UNSET,
    customer_outreach_paused: bool | Unset = UNSET,
) -> Response[InvoicePage]:
    """List Invoices

     Lists invoices, one page at a time (pages are numbered from 0). The response example is the
    reference page's, except two docs-renderer placeholders that are not values of their field's type:
    `calls[].invoices` (shown as `"<array>"`) is `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        sort_order (SortOrder | Unset): Sort direction. One of: asc, desc.
        sort_by (InvoiceSortBy | Unset): Fields List Invoices can sort by. One of: amount_due,
            amount_remaining, due_date, issued_at, paid_at, number, last_inbound_at, last_outreach_at,
            total_amount.
        number (list[str] | Unset):
        task (str | Unset):
        amount_remaining (str | Unset):
        status (list[InvoiceStatus] | Unset):  One of: draft, open, uncollectible, paid, void,
            processing, overdue.
        istatus (str | Unset):
        issued_at (str | Unset):
        has_outreach (bool | Unset):
        customer_outreach_paused (bool | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[InvoicePage]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        number=number,
        task=task,
        amount_remaining=amount_remaining,
        status=status,
        istatus=istatus,
        issued_at=issued_at,
        has_outreach=has_outreach,
        customer_outreach_paused=customer_outreach_paused,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: InvoiceSortBy | Unset = UNSET,
    number: list[str] | Unset = UNSET,
    task: str | Unset = UNSET,
    amount_remaining: str | Unset = UNSET,
    status: list[InvoiceStatus] | Unset = UNSET,
    istatus: str | Unset = UNSET,
    issued_at: str | Unset = UNSET,
    has_outreach: bool | Unset = UNSET,
    customer_outreach_paused: bool | Unset = UNSET,
) -> InvoicePage:
    """List Invoices

     Lists invoices, one page at a time (pages are numbered from 0). The response example is the
    reference page's, except two docs-renderer placeholders that are not values of their field's type:
    `calls[].invoices` (shown as `"<array>"`) is `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        sort_order (SortOrder | Unset): Sort direction. One of: asc, desc.
        sort_by (InvoiceSortBy | Unset): Fields List Invoices can sort by. One of: amount_due,
            amount_remaining, due_date, issued_at, paid_at, number, last_inbound_at, last_outreach_at,
            total_amount.
        number (list[str] | Unset):
        task (str | Unset):
        amount_remaining (str | Unset):
        status (list[InvoiceStatus] | Unset):  One of: draft, open, uncollectible, paid, void,
            processing, overdue.
        istatus (str | Unset):
        issued_at (str | Unset):
        has_outreach (bool | Unset):
        customer_outreach_paused (bool | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        InvoicePage
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        number=number,
        task=task,
        amount_remaining=amount_remaining,
        status=status,
        istatus=istatus,
        issued_at=issued_at,
        has_outreach=has_outreach,
        customer_outreach_paused=customer_outreach_paused,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: InvoiceSortBy | Unset = UNSET,
    number: list[str] | Unset = UNSET,
    task: str | Unset = UNSET,
    amount_remaining: str | Unset = UNSET,
    status: list[InvoiceStatus] | Unset = UNSET,
    istatus: str | Unset = UNSET,
    issued_at: str | Unset = UNSET,
    has_outreach: bool | Unset = UNSET,
    customer_outreach_paused: bool | Unset = UNSET,
) -> Response[InvoicePage]:
    """List Invoices

     Lists invoices, one page at a time (pages are numbered from 0). The response example is the
    reference page's, except two docs-renderer placeholders that are not values of their field's type:
    `calls[].invoices` (shown as `"<array>"`) is `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        sort_order (SortOrder | Unset): Sort direction. One of: asc, desc.
        sort_by (InvoiceSortBy | Unset): Fields List Invoices can sort by. One of: amount_due,
            amount_remaining, due_date, issued_at, paid_at, number, last_inbound_at, last_outreach_at,
            total_amount.
        number (list[str] | Unset):
        task (str | Unset):
        amount_remaining (str | Unset):
        status (list[InvoiceStatus] | Unset):  One of: draft, open, uncollectible, paid, void,
            processing, overdue.
        istatus (str | Unset):
        issued_at (str | Unset):
        has_outreach (bool | Unset):
        customer_outreach_paused (bool | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[InvoicePage]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        number=number,
        task=task,
        amount_remaining=amount_remaining,
        status=status,
        istatus=istatus,
        issued_at=issued_at,
        has_outreach=has_outreach,
        customer_outreach_paused=customer_outreach_paused,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: InvoiceSortBy | Unset = UNSET,
    number: list[str] | Unset = UNSET,
    task: str | Unset = UNSET,
    amount_remaining: str | Unset = UNSET,
    status: list[InvoiceStatus] | Unset = UNSET,
    istatus: str | Unset = UNSET,
    issued_at: str | Unset = UNSET,
    has_outreach: bool | Unset = UNSET,
    customer_outreach_paused: bool | Unset = UNSET,
) -> InvoicePage:
    """List Invoices

     Lists invoices, one page at a time (pages are numbered from 0). The response example is the
    reference page's, except two docs-renderer placeholders that are not values of their field's type:
    `calls[].invoices` (shown as `"<array>"`) is `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        sort_order (SortOrder | Unset): Sort direction. One of: asc, desc.
        sort_by (InvoiceSortBy | Unset): Fields List Invoices can sort by. One of: amount_due,
            amount_remaining, due_date, issued_at, paid_at, number, last_inbound_at, last_outreach_at,
            total_amount.
        number (list[str] | Unset):
        task (str | Unset):
        amount_remaining (str | Unset):
        status (list[InvoiceStatus] | Unset):  One of: draft, open, uncollectible, paid, void,
            processing, overdue.
        istatus (str | Unset):
        issued_at (str | Unset):
        has_outreach (bool | Unset):
        customer_outreach_paused (bool | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        InvoicePage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            sort_order=sort_order,
            sort_by=sort_by,
            number=number,
            task=task,
            amount_remaining=amount_remaining,
            status=status,
            istatus=istatus,
            issued_at=issued_at,
            has_outreach=has_outreach,
            customer_outreach_paused=customer_outreach_paused,
        )
    ).parsed
