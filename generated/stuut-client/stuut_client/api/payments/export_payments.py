from http import HTTPStatus
from typing import Any

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.export_payments_request import ExportPaymentsRequest
from ...models.payment_export import PaymentExport
from ...models.payment_export_media_type import PaymentExportMediaType
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "export_payments"


def _get_kwargs(
    *,
    body: ExportPaymentsRequest,
    accept: PaymentExportMediaType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["accept"] = str(accept)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/payments/export",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaymentExport:
    if response.status_code == 200:
        response_200 = PaymentExport.from_dict(
            decode_body(response.content, PaymentExport, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PaymentExport]:
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
    body: ExportPaymentsRequest,
    accept: PaymentExportMediaType,
) -> Response[PaymentExport]:
    """Export Payments

    Args:
        accept (PaymentExportMediaType): The media type Export Payments answers with (sent as the
            `accept` header).
        body (ExportPaymentsRequest): Request body of Export Payments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentExport]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExportPaymentsRequest,
    accept: PaymentExportMediaType,
) -> PaymentExport:
    """Export Payments

    Args:
        accept (PaymentExportMediaType): The media type Export Payments answers with (sent as the
            `accept` header).
        body (ExportPaymentsRequest): Request body of Export Payments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentExport
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportPaymentsRequest,
    accept: PaymentExportMediaType,
) -> Response[PaymentExport]:
    """Export Payments

    Args:
        accept (PaymentExportMediaType): The media type Export Payments answers with (sent as the
            `accept` header).
        body (ExportPaymentsRequest): Request body of Export Payments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentExport]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExportPaymentsRequest,
    accept: PaymentExportMediaType,
) -> PaymentExport:
    """Export Payments

    Args:
        accept (PaymentExportMediaType): The media type Export Payments answers with (sent as the
            `accept` header).
        body (ExportPaymentsRequest): Request body of Export Payments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentExport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
