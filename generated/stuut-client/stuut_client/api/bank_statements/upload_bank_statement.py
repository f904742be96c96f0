from typing import Any

from ..._deviations import deviation
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.bank_statement_upload import BankStatementUpload
from ...models.upload_bank_statement_request import UploadBankStatementRequest
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "upload_bank_statement"


def _get_kwargs(
    *,
    body: UploadBankStatementRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/bank-statements/upload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any, lazy: bool) -> BankStatementUpload:
    _response_200 = data
    response_200 = (
        BankStatementUpload.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (BankStatementUpload)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: BankStatementUpload,
}


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadBankStatementRequest,
) -> Response[BankStatementUpload]:
    """Upload A Bank Statement

     Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is
    not on any page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both
    steps, sending a multipart form POST when `presigned_url.fields` has entries and a PUT to a signed
    URL otherwise. The reference page's response example was cut off when the page was recovered (inside
    `statement.transactions[0]`); the example below is the page's as far as it was recovered, with the
    field cut off inside its name (`statement.transactions[0].counterparty…`) dropped and the brackets
    closed.

    Args:
        body (UploadBankStatementRequest): Request body of Upload A Bank Statement (v1; only the
            curl sample was recovered).

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankStatementUpload]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadBankStatementRequest,
) -> BankStatementUpload:
    """Upload A Bank Statement

     Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is
    not on any page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both
    steps, sending a multipart form POST when `presigned_url.fields` has entries and a PUT to a signed
    URL otherwise. The reference page's response example was cut off when the page was recovered (inside
    `statement.transactions[0]`); the example below is the page's as far as it was recovered, with the
    field cut off inside its name (`statement.transactions[0].counterparty…`) dropped and the brackets
    closed.

    Args:
        body (UploadBankStatementRequest): Request body of Upload A Bank Statement (v1; only the
            curl sample was recovered).

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankStatementUpload
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadBankStatementRequest,
) -> Response[BankStatementUpload]:
    """Upload A Bank Statement

     Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is
    not on any page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both
    steps, sending a multipart form POST when `presigned_url.fields` has entries and a PUT to a signed
    URL otherwise. The reference page's response example was cut off when the page was recovered (inside
    `statement.transactions[0]`); the example below is the page's as far as it was recovered, with the
    field cut off inside its name (`statement.transactions[0].counterparty…`) dropped and the brackets
    closed.

    Args:
        body (UploadBankStatementRequest): Request body of Upload A Bank Statement (v1; only the
            curl sample was recovered).

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankStatementUpload]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadBankStatementRequest,
) -> BankStatementUpload:
    """Upload A Bank Statement

     Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is
    not on any page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both
    steps, sending a multipart form POST when `presigned_url.fields` has entries and a PUT to a signed
    URL otherwise. The reference page's response example was cut off when the page was recovered (inside
    `statement.transactions[0]`); the example below is the page's as far as it was recovered, with the
    field cut off inside its name (`statement.transactions[0].counterparty…`) dropped and the brackets
    closed.

    Args:
        body (UploadBankStatementRequest): Request body of Upload A Bank Statement (v1; only the
            curl sample was recovered).

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankStatementUpload
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
