from http import HTTPStatus
from typing import Any

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.create_email_request import CreateEmailRequest
from ...models.email import Email
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "create_email"


def _get_kwargs(
    *,
    body: CreateEmailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/emails",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Email:
    if response.status_code == 200:
        response_200 = Email.from_dict(
            decode_body(response.content, Email, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Email]:
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
    body: CreateEmailRequest,
) -> Response[Email]:
    """Create An Email

     The reference page's response example was cut off when the page was recovered (at the top level);
    the example below is the page's as far as it was recovered, with the partly recovered field
    `author_id` dropped and the brackets closed.

    Args:
        body (CreateEmailRequest): Request body of Create An Email. The field list was recovered
            without field names or required flags, so no field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Email]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmailRequest,
) -> Email:
    """Create An Email

     The reference page's response example was cut off when the page was recovered (at the top level);
    the example below is the page's as far as it was recovered, with the partly recovered field
    `author_id` dropped and the brackets closed.

    Args:
        body (CreateEmailRequest): Request body of Create An Email. The field list was recovered
            without field names or required flags, so no field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Email
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmailRequest,
) -> Response[Email]:
    """Create An Email

     The reference page's response example was cut off when the page was recovered (at the top level);
    the example below is the page's as far as it was recovered, with the partly recovered field
    `author_id` dropped and the brackets closed.

    Args:
        body (CreateEmailRequest): Request body of Create An Email. The field list was recovered
            without field names or required flags, so no field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Email]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmailRequest,
) -> Email:
    """Create An Email

     The reference page's response example was cut off when the page was recovered (at the top level);
    the example below is the page's as far as it was recovered, with the partly recovered field
    `author_id` dropped and the brackets closed.

    Args:
        body (CreateEmailRequest): Request body of Create An Email. The field list was recovered
            without field names or required flags, so no field is marked required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Email
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
