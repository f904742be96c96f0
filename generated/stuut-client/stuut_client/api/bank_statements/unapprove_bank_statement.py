from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_statement_detail_v2 import BankStatementDetailV2
from ...types import Response


def _get_kwargs(
    statement_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/bank-statements/{statement_id}/unapprove".format(
            statement_id=quote(str(statement_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BankStatementDetailV2 | None:
    if response.status_code == 200:
        response_200 = BankStatementDetailV2.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BankStatementDetailV2]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BankStatementDetailV2]:
    """Unapprove a Bank Statement

     No request body is documented.

    Args:
        statement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankStatementDetailV2]
    """

    kwargs = _get_kwargs(
        statement_id=statement_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BankStatementDetailV2 | None:
    """Unapprove a Bank Statement

     No request body is documented.

    Args:
        statement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankStatementDetailV2
    """

    return sync_detailed(
        statement_id=statement_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BankStatementDetailV2]:
    """Unapprove a Bank Statement

     No request body is documented.

    Args:
        statement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankStatementDetailV2]
    """

    kwargs = _get_kwargs(
        statement_id=statement_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    statement_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BankStatementDetailV2 | None:
    """Unapprove a Bank Statement

     No request body is documented.

    Args:
        statement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankStatementDetailV2
    """

    return (
        await asyncio_detailed(
            statement_id=statement_id,
            client=client,
        )
    ).parsed
