from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.bank_transaction_v2 import BankTransactionV2
from ...models.update_bank_transaction_request_v2 import UpdateBankTransactionRequestV2
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "update_bank_transaction"


def _get_kwargs(
    transaction_id: str,
    *,
    body: UpdateBankTransactionRequestV2,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/bank-transactions/{transaction_id}".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BankTransactionV2:
    if response.status_code == 200:
        response_200 = BankTransactionV2.from_dict(
            decode_body(response.content, BankTransactionV2, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BankTransactionV2]:
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
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBankTransactionRequestV2,
) -> Response[BankTransactionV2]:
    """Update a Bank Transaction

    Args:
        transaction_id (str):
        body (UpdateBankTransactionRequestV2): Schema for updating a bank transaction. The field
            list on the reference page was cut off after `reference_number`; `description`, `type` and
            `amount` are typed from the curl sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankTransactionV2]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBankTransactionRequestV2,
) -> BankTransactionV2:
    """Update a Bank Transaction

    Args:
        transaction_id (str):
        body (UpdateBankTransactionRequestV2): Schema for updating a bank transaction. The field
            list on the reference page was cut off after `reference_number`; `description`, `type` and
            `amount` are typed from the curl sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankTransactionV2
    """

    return sync_detailed(
        transaction_id=transaction_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBankTransactionRequestV2,
) -> Response[BankTransactionV2]:
    """Update a Bank Transaction

    Args:
        transaction_id (str):
        body (UpdateBankTransactionRequestV2): Schema for updating a bank transaction. The field
            list on the reference page was cut off after `reference_number`; `description`, `type` and
            `amount` are typed from the curl sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankTransactionV2]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBankTransactionRequestV2,
) -> BankTransactionV2:
    """Update a Bank Transaction

    Args:
        transaction_id (str):
        body (UpdateBankTransactionRequestV2): Schema for updating a bank transaction. The field
            list on the reference page was cut off after `reference_number`; `description`, `type` and
            `amount` are typed from the curl sample.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankTransactionV2
    """

    return (
        await asyncio_detailed(
            transaction_id=transaction_id,
            client=client,
            body=body,
        )
    ).parsed
