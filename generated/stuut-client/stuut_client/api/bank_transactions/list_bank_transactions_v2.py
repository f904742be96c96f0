import datetime
from typing import Any

from ..._deviations import deviation
from ..._query import check_query_ranges
from ..._response import build_response
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
    date: datetime.date | None | Unset = UNSET,
    bank_account_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
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

    json_date: None | str | Unset
    if isinstance(date, Unset):
        json_date = UNSET
    elif isinstance(date, datetime.date):
        json_date = date.isoformat()
    else:
        json_date = date
    params["date"] = json_date

    json_bank_account_id: None | str | Unset
    if isinstance(bank_account_id, Unset):
        json_bank_account_id = UNSET
    else:
        json_bank_account_id = bank_account_id
    params["bank_account_id"] = json_bank_account_id

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    check_query_ranges(_OPERATION, params)  # stuut: before anything is sent

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/bank-transactions",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> BankTransactionV2Page:
    _response_200 = data
    response_200 = (
        BankTransactionV2Page.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (BankTransactionV2Page)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: BankTransactionV2Page,
}


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankTransactionSortBy | Unset = BankTransactionSortBy.TIMESTAMP,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    date: datetime.date | None | Unset = UNSET,
    bank_account_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> Response[BankTransactionV2Page]:
    """List Bank Transactions

     The reference page's query parameter list was cut off after `search`; further filters exist but were
    not recovered.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankTransactionSortBy | Unset): Fields List Bank Transactions (v2) can sort by.
            Default: BankTransactionSortBy.TIMESTAMP. One of: timestamp, amount, account_mask,
            agent_confidence_score.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC. One of: asc,
            desc.
        date (datetime.date | None | Unset):
        bank_account_id (None | str | Unset):
        search (None | str | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankTransactionSortBy | Unset = BankTransactionSortBy.TIMESTAMP,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    date: datetime.date | None | Unset = UNSET,
    bank_account_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> BankTransactionV2Page:
    """List Bank Transactions

     The reference page's query parameter list was cut off after `search`; further filters exist but were
    not recovered.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankTransactionSortBy | Unset): Fields List Bank Transactions (v2) can sort by.
            Default: BankTransactionSortBy.TIMESTAMP. One of: timestamp, amount, account_mask,
            agent_confidence_score.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC. One of: asc,
            desc.
        date (datetime.date | None | Unset):
        bank_account_id (None | str | Unset):
        search (None | str | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
    date: datetime.date | None | Unset = UNSET,
    bank_account_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> Response[BankTransactionV2Page]:
    """List Bank Transactions

     The reference page's query parameter list was cut off after `search`; further filters exist but were
    not recovered.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankTransactionSortBy | Unset): Fields List Bank Transactions (v2) can sort by.
            Default: BankTransactionSortBy.TIMESTAMP. One of: timestamp, amount, account_mask,
            agent_confidence_score.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC. One of: asc,
            desc.
        date (datetime.date | None | Unset):
        bank_account_id (None | str | Unset):
        search (None | str | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankTransactionSortBy | Unset = BankTransactionSortBy.TIMESTAMP,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    date: datetime.date | None | Unset = UNSET,
    bank_account_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> BankTransactionV2Page:
    """List Bank Transactions

     The reference page's query parameter list was cut off after `search`; further filters exist but were
    not recovered.

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankTransactionSortBy | Unset): Fields List Bank Transactions (v2) can sort by.
            Default: BankTransactionSortBy.TIMESTAMP. One of: timestamp, amount, account_mask,
            agent_confidence_score.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC. One of: asc,
            desc.
        date (datetime.date | None | Unset):
        bank_account_id (None | str | Unset):
        search (None | str | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
