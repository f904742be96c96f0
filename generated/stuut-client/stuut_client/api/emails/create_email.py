from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_email_request import CreateEmailRequest
from ...models.email import Email
from ...types import Response


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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Email | None:
    if response.status_code == 200:
        response_200 = Email.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Email]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmailRequest,
) -> Email | None:
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmailRequest,
) -> Email | None:
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
