import datetime
from typing import Any

from ..._deviations import deviation
from ..._query import check_query_ranges
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.bank_statement_sort_by import BankStatementSortBy
from ...models.bank_statement_status import BankStatementStatus
from ...models.bank_statement_v2_page import BankStatementV2Page
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset

# stuut: named in ResponseValidationError messages.
_OPERATION = "list_bank_statements"


def _get_kwargs(
    *,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankStatementSortBy | Unset = BankStatementSortBy.CREATED_AT,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    status_in: list[BankStatementStatus] | Unset = UNSET,
    date: datetime.date | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    account_id: None | str | Unset = UNSET,
    original_statement_id: None | str | Unset = UNSET,
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

    json_status_in: list[str] | Unset = UNSET
    if not isinstance(status_in, Unset):
        json_status_in = []
        for status_in_item_data in status_in:
            status_in_item = status_in_item_data.value
            json_status_in.append(status_in_item)

    params["status__in"] = json_status_in

    json_date: None | str | Unset
    if isinstance(date, Unset):
        json_date = UNSET
    elif isinstance(date, datetime.date):
        json_date = date.isoformat()
    else:
        json_date = date
    params["date"] = json_date

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_account_id: None | str | Unset
    if isinstance(account_id, Unset):
        json_account_id = UNSET
    else:
        json_account_id = account_id
    params["account_id"] = json_account_id

    json_original_statement_id: None | str | Unset
    if isinstance(original_statement_id, Unset):
        json_original_statement_id = UNSET
    else:
        json_original_statement_id = original_statement_id
    params["original_statement_id"] = json_original_statement_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    check_query_ranges(_OPERATION, params)  # stuut: before anything is sent

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/bank-statements",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> BankStatementV2Page:
    _response_200 = data
    response_200 = (
        BankStatementV2Page.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (BankStatementV2Page)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: BankStatementV2Page,
}


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankStatementSortBy | Unset = BankStatementSortBy.CREATED_AT,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    status_in: list[BankStatementStatus] | Unset = UNSET,
    date: datetime.date | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    account_id: None | str | Unset = UNSET,
    original_statement_id: None | str | Unset = UNSET,
) -> Response[BankStatementV2Page]:
    """List Bank Statements

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankStatementSortBy | Unset): Fields List Bank Statements (v2) can sort by.
            Default: BankStatementSortBy.CREATED_AT. One of: created_at, period_start, period_end.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC. One of: asc,
            desc.
        status_in (list[BankStatementStatus] | Unset):  One of: submitted, processing, invalid,
            pending_approval, approved, split.
        date (datetime.date | None | Unset):
        search (None | str | Unset):
        account_id (None | str | Unset):
        original_statement_id (None | str | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankStatementV2Page]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        status_in=status_in,
        date=date,
        search=search,
        account_id=account_id,
        original_statement_id=original_statement_id,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankStatementSortBy | Unset = BankStatementSortBy.CREATED_AT,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    status_in: list[BankStatementStatus] | Unset = UNSET,
    date: datetime.date | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    account_id: None | str | Unset = UNSET,
    original_statement_id: None | str | Unset = UNSET,
) -> BankStatementV2Page:
    """List Bank Statements

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankStatementSortBy | Unset): Fields List Bank Statements (v2) can sort by.
            Default: BankStatementSortBy.CREATED_AT. One of: created_at, period_start, period_end.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC. One of: asc,
            desc.
        status_in (list[BankStatementStatus] | Unset):  One of: submitted, processing, invalid,
            pending_approval, approved, split.
        date (datetime.date | None | Unset):
        search (None | str | Unset):
        account_id (None | str | Unset):
        original_statement_id (None | str | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankStatementV2Page
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        status_in=status_in,
        date=date,
        search=search,
        account_id=account_id,
        original_statement_id=original_statement_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankStatementSortBy | Unset = BankStatementSortBy.CREATED_AT,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    status_in: list[BankStatementStatus] | Unset = UNSET,
    date: datetime.date | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    account_id: None | str | Unset = UNSET,
    original_statement_id: None | str | Unset = UNSET,
) -> Response[BankStatementV2Page]:
    """List Bank Statements

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankStatementSortBy | Unset): Fields List Bank Statements (v2) can sort by.
            Default: BankStatementSortBy.CREATED_AT. One of: created_at, period_start, period_end.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC. One of: asc,
            desc.
        status_in (list[BankStatementStatus] | Unset):  One of: submitted, processing, invalid,
            pending_approval, approved, split.
        date (datetime.date | None | Unset):
        search (None | str | Unset):
        account_id (None | str | Unset):
        original_statement_id (None | str | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankStatementV2Page]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        status_in=status_in,
        date=date,
        search=search,
        account_id=account_id,
        original_statement_id=original_statement_id,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 0,
    limit: int | Unset = 100,
    sort_by: BankStatementSortBy | Unset = BankStatementSortBy.CREATED_AT,
    sort_order: SortOrder | Unset = SortOrder.DESC,
    status_in: list[BankStatementStatus] | Unset = UNSET,
    date: datetime.date | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    account_id: None | str | Unset = UNSET,
    original_statement_id: None | str | Unset = UNSET,
) -> BankStatementV2Page:
    """List Bank Statements

    Args:
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_by (BankStatementSortBy | Unset): Fields List Bank Statements (v2) can sort by.
            Default: BankStatementSortBy.CREATED_AT. One of: created_at, period_start, period_end.
        sort_order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC. One of: asc,
            desc.
        status_in (list[BankStatementStatus] | Unset):  One of: submitted, processing, invalid,
            pending_approval, approved, split.
        date (datetime.date | None | Unset):
        search (None | str | Unset):
        account_id (None | str | Unset):
        original_statement_id (None | str | Unset):

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankStatementV2Page
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort_order=sort_order,
            status_in=status_in,
            date=date,
            search=search,
            account_id=account_id,
            original_statement_id=original_statement_id,
        )
    ).parsed
