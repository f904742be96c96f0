from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
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
            email_sender_id=path_segment("email_sender_id", email_sender_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any, lazy: bool) -> EmailSender:
    _response_200 = data
    response_200 = (
        EmailSender.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (EmailSender)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: EmailSender,
}


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[EmailSender]
    """

    kwargs = _get_kwargs(
        email_sender_id=email_sender_id,
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[EmailSender]
    """

    kwargs = _get_kwargs(
        email_sender_id=email_sender_id,
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
