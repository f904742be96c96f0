from http import HTTPStatus
from typing import Any

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvoicePage:
    if response.status_code == 200:
        response_200 = InvoicePage.from_dict(
            decode_body(response.content, InvoicePage, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvoicePage]:
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
        sort_order (SortOrder | Unset): Sort direction.
        sort_by (InvoiceSortBy | Unset): Fields List Invoices can sort by.
        number (list[str] | Unset):
        task (str | Unset):
        amount_remaining (str | Unset):
        status (list[InvoiceStatus] | Unset):
        istatus (str | Unset):
        issued_at (str | Unset):
        has_outreach (bool | Unset):
        customer_outreach_paused (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


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
        sort_order (SortOrder | Unset): Sort direction.
        sort_by (InvoiceSortBy | Unset): Fields List Invoices can sort by.
        number (list[str] | Unset):
        task (str | Unset):
        amount_remaining (str | Unset):
        status (list[InvoiceStatus] | Unset):
        istatus (str | Unset):
        issued_at (str | Unset):
        has_outreach (bool | Unset):
        customer_outreach_paused (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
        sort_order (SortOrder | Unset): Sort direction.
        sort_by (InvoiceSortBy | Unset): Fields List Invoices can sort by.
        number (list[str] | Unset):
        task (str | Unset):
        amount_remaining (str | Unset):
        status (list[InvoiceStatus] | Unset):
        istatus (str | Unset):
        issued_at (str | Unset):
        has_outreach (bool | Unset):
        customer_outreach_paused (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


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
        sort_order (SortOrder | Unset): Sort direction.
        sort_by (InvoiceSortBy | Unset): Fields List Invoices can sort by.
        number (list[str] | Unset):
        task (str | Unset):
        amount_remaining (str | Unset):
        status (list[InvoiceStatus] | Unset):
        istatus (str | Unset):
        issued_at (str | Unset):
        has_outreach (bool | Unset):
        customer_outreach_paused (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
