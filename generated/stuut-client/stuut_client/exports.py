"""Export Payments as CSV: the one operation whose answer is not JSON when asked for text/csv.

The generator parses only the first media type of a response, so ``export_payments.sync`` returns the JSON
``PaymentExport``. These helpers send the same request with ``accept: text/csv`` through the client's send
loop (retries, typed errors) and return the CSV text::

    from stuut_client.exports import export_payments_csv
    from stuut_client.models import ExportPaymentsRequest

    csv_text = export_payments_csv(client, ExportPaymentsRequest(...))
"""

from __future__ import annotations

from .api.payments import export_payments
from .client import AuthenticatedClient, Client
from .models.export_payments_request import ExportPaymentsRequest
from .models.payment_export_media_type import PaymentExportMediaType


def _csv_request(body: ExportPaymentsRequest) -> dict[str, object]:
    return export_payments._get_kwargs(body=body, accept=PaymentExportMediaType.TEXT_CSV)


def export_payments_csv(client: AuthenticatedClient | Client, body: ExportPaymentsRequest) -> str:
    """POST /v1/payments/export with ``accept: text/csv``; returns the CSV text."""
    return client.request(**_csv_request(body)).text


async def aexport_payments_csv(client: AuthenticatedClient | Client, body: ExportPaymentsRequest) -> str:
    """Async twin of :func:`export_payments_csv`."""
    return (await client.arequest(**_csv_request(body))).text
