from http import HTTPStatus
from typing import Any

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.bulk_send_emails_request import BulkSendEmailsRequest
from ...models.email_list import EmailList
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "bulk_send_emails"


def _get_kwargs(
    *,
    body: BulkSendEmailsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/emails/bulk/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmailList:
    if response.status_code == 200:
        response_200 = EmailList.from_dict(
            decode_body(response.content, EmailList, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EmailList]:
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
    body: BulkSendEmailsRequest,
) -> Response[EmailList]:
    """Bulk Send Emails

     The reference page's response example was cut off when the page was recovered (inside `data[0].cc`);
    the example below is the page's as far as it was recovered, with the partly recovered `data[0].cc`
    dropped and the brackets closed.

    Args:
        body (BulkSendEmailsRequest): Request body of Bulk Send Emails (only the curl sample was
            recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSendEmailsRequest,
) -> EmailList:
    """Bulk Send Emails

     The reference page's response example was cut off when the page was recovered (inside `data[0].cc`);
    the example below is the page's as far as it was recovered, with the partly recovered `data[0].cc`
    dropped and the brackets closed.

    Args:
        body (BulkSendEmailsRequest): Request body of Bulk Send Emails (only the curl sample was
            recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSendEmailsRequest,
) -> Response[EmailList]:
    """Bulk Send Emails

     The reference page's response example was cut off when the page was recovered (inside `data[0].cc`);
    the example below is the page's as far as it was recovered, with the partly recovered `data[0].cc`
    dropped and the brackets closed.

    Args:
        body (BulkSendEmailsRequest): Request body of Bulk Send Emails (only the curl sample was
            recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSendEmailsRequest,
) -> EmailList:
    """Bulk Send Emails

     The reference page's response example was cut off when the page was recovered (inside `data[0].cc`);
    the example below is the page's as far as it was recovered, with the partly recovered `data[0].cc`
    dropped and the brackets closed.

    Args:
        body (BulkSendEmailsRequest): Request body of Bulk Send Emails (only the curl sample was
            recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
