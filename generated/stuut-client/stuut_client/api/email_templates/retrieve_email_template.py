from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_template import EmailTemplate
from ...types import Response


def _get_kwargs(
    email_template_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/email-templates/{email_template_id}".format(
            email_template_id=quote(str(email_template_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmailTemplate | None:
    if response.status_code == 200:
        response_200 = EmailTemplate.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EmailTemplate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    email_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmailTemplate]:
    """Retrieve An Email Template

    Args:
        email_template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTemplate]
    """

    kwargs = _get_kwargs(
        email_template_id=email_template_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmailTemplate | None:
    """Retrieve An Email Template

    Args:
        email_template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailTemplate
    """

    return sync_detailed(
        email_template_id=email_template_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    email_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmailTemplate]:
    """Retrieve An Email Template

    Args:
        email_template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTemplate]
    """

    kwargs = _get_kwargs(
        email_template_id=email_template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmailTemplate | None:
    """Retrieve An Email Template

    Args:
        email_template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailTemplate
    """

    return (
        await asyncio_detailed(
            email_template_id=email_template_id,
            client=client,
        )
    ).parsed
