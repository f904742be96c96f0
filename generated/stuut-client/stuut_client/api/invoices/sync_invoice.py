from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.invoice import Invoice
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "sync_invoice"


def _get_kwargs(
    invoice_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/invoices/{invoice_id}/sync".format(
            invoice_id=path_segment("invoice_id", invoice_id),
        ),
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> Invoice:
    _response_200 = data
    response_200 = (
        Invoice.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (Invoice)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: Invoice,
}


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Invoice]:
    """Sync An Invoice

     Asks Stuut to sync the invoice with its linked integration: an assumption from the operation's name
    and path, as the page's prose was not recovered (nor whether the sync is done when the answer comes
    or only queued, so a retry may sync twice; the client retries this POST only with an `Idempotency-
    Key`). No request body is documented. The reference page's response example was cut off when the
    page was recovered (it ends inside `calls[].classifications[]`); the example below is the complete
    Invoice from the List Invoices page, which has the same shape. The response example is the reference
    page's, except two docs-renderer placeholders that are not values of their field's type:
    `calls[].invoices` (shown as `"<array>"`) is `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        invoice_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Invoice:
    """Sync An Invoice

     Asks Stuut to sync the invoice with its linked integration: an assumption from the operation's name
    and path, as the page's prose was not recovered (nor whether the sync is done when the answer comes
    or only queued, so a retry may sync twice; the client retries this POST only with an `Idempotency-
    Key`). No request body is documented. The reference page's response example was cut off when the
    page was recovered (it ends inside `calls[].classifications[]`); the example below is the complete
    Invoice from the List Invoices page, which has the same shape. The response example is the reference
    page's, except two docs-renderer placeholders that are not values of their field's type:
    `calls[].invoices` (shown as `"<array>"`) is `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        invoice_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
    """Sync An Invoice

     Asks Stuut to sync the invoice with its linked integration: an assumption from the operation's name
    and path, as the page's prose was not recovered (nor whether the sync is done when the answer comes
    or only queued, so a retry may sync twice; the client retries this POST only with an `Idempotency-
    Key`). No request body is documented. The reference page's response example was cut off when the
    page was recovered (it ends inside `calls[].classifications[]`); the example below is the complete
    Invoice from the List Invoices page, which has the same shape. The response example is the reference
    page's, except two docs-renderer placeholders that are not values of their field's type:
    `calls[].invoices` (shown as `"<array>"`) is `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        invoice_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Invoice:
    """Sync An Invoice

     Asks Stuut to sync the invoice with its linked integration: an assumption from the operation's name
    and path, as the page's prose was not recovered (nor whether the sync is done when the answer comes
    or only queued, so a retry may sync twice; the client retries this POST only with an `Idempotency-
    Key`). No request body is documented. The reference page's response example was cut off when the
    page was recovered (it ends inside `calls[].classifications[]`); the example below is the complete
    Invoice from the List Invoices page, which has the same shape. The response example is the reference
    page's, except two docs-renderer placeholders that are not values of their field's type:
    `calls[].invoices` (shown as `"<array>"`) is `[]` and `status` (shown as `"<unknown>"`) is `null`.

    Args:
        invoice_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Invoice
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
        )
    ).parsed
