from typing import Any

from ..._deviations import deviation
from ..._response import build_response
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


def _parse_200(data: Any, lazy: bool) -> PaymentExport:
    _response_200 = data
    response_200 = (
        PaymentExport.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (PaymentExport)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: PaymentExport,
}


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportPaymentsRequest,
    accept: PaymentExportMediaType,
) -> Response[PaymentExport]:
    """Export Payments

    Args:
        accept (PaymentExportMediaType): The media type Export Payments answers with (sent as the
            `accept` header). One of: application/json, text/csv.
        body (ExportPaymentsRequest): Request body of Export Payments.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[PaymentExport]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExportPaymentsRequest,
    accept: PaymentExportMediaType,
) -> PaymentExport:
    """Export Payments

    Args:
        accept (PaymentExportMediaType): The media type Export Payments answers with (sent as the
            `accept` header). One of: application/json, text/csv.
        body (ExportPaymentsRequest): Request body of Export Payments.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
            `accept` header). One of: application/json, text/csv.
        body (ExportPaymentsRequest): Request body of Export Payments.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[PaymentExport]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExportPaymentsRequest,
    accept: PaymentExportMediaType,
) -> PaymentExport:
    """Export Payments

    Args:
        accept (PaymentExportMediaType): The media type Export Payments answers with (sent as the
            `accept` header). One of: application/json, text/csv.
        body (ExportPaymentsRequest): Request body of Export Payments.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
