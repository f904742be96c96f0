from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.email_sender import EmailSender
from ...models.update_email_sender_request import UpdateEmailSenderRequest
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "update_email_sender"


def _get_kwargs(
    email_sender_id: str,
    *,
    body: UpdateEmailSenderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/email-senders/{email_sender_id}".format(
            email_sender_id=quote(str(email_sender_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmailSender:
    if response.status_code == 200:
        response_200 = EmailSender.from_dict(
            decode_body(response.content, EmailSender, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EmailSender]:
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
    email_sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEmailSenderRequest,
) -> Response[EmailSender]:
    """Update An Email Sender

    Args:
        email_sender_id (str):
        body (UpdateEmailSenderRequest): Request body of Update An Email Sender.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSender]
    """

    kwargs = _get_kwargs(
        email_sender_id=email_sender_id,
        body=body,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    email_sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEmailSenderRequest,
) -> EmailSender:
    """Update An Email Sender

    Args:
        email_sender_id (str):
        body (UpdateEmailSenderRequest): Request body of Update An Email Sender.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSender
    """

    return sync_detailed(
        email_sender_id=email_sender_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    email_sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEmailSenderRequest,
) -> Response[EmailSender]:
    """Update An Email Sender

    Args:
        email_sender_id (str):
        body (UpdateEmailSenderRequest): Request body of Update An Email Sender.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSender]
    """

    kwargs = _get_kwargs(
        email_sender_id=email_sender_id,
        body=body,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    email_sender_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEmailSenderRequest,
) -> EmailSender:
    """Update An Email Sender

    Args:
        email_sender_id (str):
        body (UpdateEmailSenderRequest): Request body of Update An Email Sender.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSender
    """

    return (
        await asyncio_detailed(
            email_sender_id=email_sender_id,
            client=client,
            body=body,
        )
    ).parsed
