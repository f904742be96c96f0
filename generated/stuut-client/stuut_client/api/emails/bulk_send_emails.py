from typing import Any

from ..._deviations import deviation
from ..._response import build_response
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


def _parse_200(data: Any, lazy: bool) -> EmailList:
    _response_200 = data
    response_200 = (
        EmailList.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (EmailList)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: EmailList,
}


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
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[EmailList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


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
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[EmailList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


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
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        EmailList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
