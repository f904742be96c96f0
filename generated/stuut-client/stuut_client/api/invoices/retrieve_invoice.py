from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invoice import Invoice
from ...types import Response


def _get_kwargs(
    invoice_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Invoice | None:
    if response.status_code == 200:
        response_200 = Invoice.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Invoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Invoice]:
    """Retrieve An Invoice

     The reference page's response example was cut off when the page was recovered (it ends inside
    `calls[].classifications[]`); the example below is the complete Invoice from the List Invoices page,
    which has the same shape. The response example is the reference page's, except two docs-renderer
    placeholders that are not values of their field's type: `calls[].invoices` (shown as `"<array>"`) is
    `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        invoice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Invoice | None:
    """Retrieve An Invoice

     The reference page's response example was cut off when the page was recovered (it ends inside
    `calls[].classifications[]`); the example below is the complete Invoice from the List Invoices page,
    which has the same shape. The response example is the reference page's, except two docs-renderer
    placeholders that are not values of their field's type: `calls[].invoices` (shown as `"<array>"`) is
    `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        invoice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Invoice
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Invoice]:
    """Retrieve An Invoice

     The reference page's response example was cut off when the page was recovered (it ends inside
    `calls[].classifications[]`); the example below is the complete Invoice from the List Invoices page,
    which has the same shape. The response example is the reference page's, except two docs-renderer
    placeholders that are not values of their field's type: `calls[].invoices` (shown as `"<array>"`) is
    `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        invoice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Invoice | None:
    """Retrieve An Invoice

     The reference page's response example was cut off when the page was recovered (it ends inside
    `calls[].classifications[]`); the example below is the complete Invoice from the List Invoices page,
    which has the same shape. The response example is the reference page's, except two docs-renderer
    placeholders that are not values of their field's type: `calls[].invoices` (shown as `"<array>"`) is
    `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        invoice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Invoice
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
        )
    ).parsed
