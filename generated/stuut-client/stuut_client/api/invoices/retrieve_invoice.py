from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.invoice import Invoice
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "retrieve_invoice"


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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Invoice:
    if response.status_code == 200:
        response_200 = Invoice.from_dict(
            decode_body(response.content, Invoice, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Invoice]:
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

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Invoice:
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

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Invoice:
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
