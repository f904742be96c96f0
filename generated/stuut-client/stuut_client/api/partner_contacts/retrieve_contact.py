from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "retrieve_contact"


def _get_kwargs(
    partner_id: str,
    contact_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/partners/{partner_id}/contacts/{contact_id}".format(
            partner_id=quote(str(partner_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Contact:
    if response.status_code == 200:
        response_200 = Contact.from_dict(
            decode_body(response.content, Contact, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Contact]:
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
    partner_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Contact]:
    """Retrieve A Contact

    Args:
        partner_id (str):
        contact_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        contact_id=contact_id,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    partner_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Contact:
    """Retrieve A Contact

    Args:
        partner_id (str):
        contact_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact
    """

    return sync_detailed(
        partner_id=partner_id,
        contact_id=contact_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    partner_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Contact]:
    """Retrieve A Contact

    Args:
        partner_id (str):
        contact_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        contact_id=contact_id,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    partner_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Contact:
    """Retrieve A Contact

    Args:
        partner_id (str):
        contact_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact
    """

    return (
        await asyncio_detailed(
            partner_id=partner_id,
            contact_id=contact_id,
            client=client,
        )
    ).parsed
