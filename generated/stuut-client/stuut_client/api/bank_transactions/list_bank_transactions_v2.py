import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.bank_transaction_sort_by import BankTransactionSortBy
from ...models.bank_transaction_v2_page import BankTransactionV2Page
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset

# stuut: named in ResponseValidationError messages.
_OPERATION = "list_bank_transactions_v2"


def _get_kwargs(
    *,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankTransactionSortBy | Unset = BankTransactionSortBy.TIMESTAMP,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    date: datetime.date | Unset = UNSET,
    bank_account_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    params["bank_account_id"] = bank_account_id

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/bank-transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BankTransactionV2Page:
    if response.status_code == 200:
        response_200 = BankTransactionV2Page.from_dict(
            decode_body(response.content, BankTransactionV2Page, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BankTransactionV2Page]:
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
    sort_by: BankTransactionSortBy | Unset = BankTransactionSortBy.TIMESTAMP,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    date: datetime.date | Unset = UNSET,
    bank_account_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[BankTransactionV2Page]:
    """List Bank Transactions

     The reference page's query parameter list was cut off after `search`; further filters exist but were
    not recovered.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankTransactionSortBy | Unset): Fields List Bank Transactions (v2) can sort by.
            Default: BankTransactionSortBy.TIMESTAMP.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC.
        date (datetime.date | Unset):
        bank_account_id (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankTransactionV2Page]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        date=date,
        bank_account_id=bank_account_id,
        search=search,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankTransactionSortBy | Unset = BankTransactionSortBy.TIMESTAMP,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    date: datetime.date | Unset = UNSET,
    bank_account_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> BankTransactionV2Page:
    """List Bank Transactions

     The reference page's query parameter list was cut off after `search`; further filters exist but were
    not recovered.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankTransactionSortBy | Unset): Fields List Bank Transactions (v2) can sort by.
            Default: BankTransactionSortBy.TIMESTAMP.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC.
        date (datetime.date | Unset):
        bank_account_id (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankTransactionV2Page
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        date=date,
        bank_account_id=bank_account_id,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankTransactionSortBy | Unset = BankTransactionSortBy.TIMESTAMP,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    date: datetime.date | Unset = UNSET,
    bank_account_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[BankTransactionV2Page]:
    """List Bank Transactions

     The reference page's query parameter list was cut off after `search`; further filters exist but were
    not recovered.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankTransactionSortBy | Unset): Fields List Bank Transactions (v2) can sort by.
            Default: BankTransactionSortBy.TIMESTAMP.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC.
        date (datetime.date | Unset):
        bank_account_id (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankTransactionV2Page]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        date=date,
        bank_account_id=bank_account_id,
        search=search,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankTransactionSortBy | Unset = BankTransactionSortBy.TIMESTAMP,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    date: datetime.date | Unset = UNSET,
    bank_account_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> BankTransactionV2Page:
    """List Bank Transactions

     The reference page's query parameter list was cut off after `search`; further filters exist but were
    not recovered.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankTransactionSortBy | Unset): Fields List Bank Transactions (v2) can sort by.
            Default: BankTransactionSortBy.TIMESTAMP.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC.
        date (datetime.date | Unset):
        bank_account_id (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankTransactionV2Page
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort_order=sort_order,
            date=date,
            bank_account_id=bank_account_id,
            search=search,
        )
    ).parsed
