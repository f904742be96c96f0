from http import HTTPStatus
from typing import Any

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BankStatementUpload:
    if response.status_code == 200:
        response_200 = BankStatementUpload.from_dict(
            decode_body(response.content, BankStatementUpload, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BankStatementUpload]:
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
    body: UploadBankStatementRequest,
) -> Response[BankStatementUpload]:
    """Upload A Bank Statement

     Creates a bank statement and returns a presigned URL for its file. Upload the file with a multipart
    form POST to `presigned_url.url`, sending the `presigned_url.fields` first and the file last
    (`stuut_client.uploads.upload_file` does both steps). The reference page's response example was cut
    off when the page was recovered (inside `statement.transactions[0]`); the example below is the
    page's as far as it was recovered, with the field cut off inside its name
    (`statement.transactions[0].counterparty…`) dropped and the brackets closed.

    Args:
        body (UploadBankStatementRequest): Request body of Upload A Bank Statement (v1; only the
            curl sample was recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankStatementUpload]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadBankStatementRequest,
) -> BankStatementUpload:
    """Upload A Bank Statement

     Creates a bank statement and returns a presigned URL for its file. Upload the file with a multipart
    form POST to `presigned_url.url`, sending the `presigned_url.fields` first and the file last
    (`stuut_client.uploads.upload_file` does both steps). The reference page's response example was cut
    off when the page was recovered (inside `statement.transactions[0]`); the example below is the
    page's as far as it was recovered, with the field cut off inside its name
    (`statement.transactions[0].counterparty…`) dropped and the brackets closed.

    Args:
        body (UploadBankStatementRequest): Request body of Upload A Bank Statement (v1; only the
            curl sample was recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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

     Creates a bank statement and returns a presigned URL for its file. Upload the file with a multipart
    form POST to `presigned_url.url`, sending the `presigned_url.fields` first and the file last
    (`stuut_client.uploads.upload_file` does both steps). The reference page's response example was cut
    off when the page was recovered (inside `statement.transactions[0]`); the example below is the
    page's as far as it was recovered, with the field cut off inside its name
    (`statement.transactions[0].counterparty…`) dropped and the brackets closed.

    Args:
        body (UploadBankStatementRequest): Request body of Upload A Bank Statement (v1; only the
            curl sample was recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankStatementUpload]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadBankStatementRequest,
) -> BankStatementUpload:
    """Upload A Bank Statement

     Creates a bank statement and returns a presigned URL for its file. Upload the file with a multipart
    form POST to `presigned_url.url`, sending the `presigned_url.fields` first and the file last
    (`stuut_client.uploads.upload_file` does both steps). The reference page's response example was cut
    off when the page was recovered (inside `statement.transactions[0]`); the example below is the
    page's as far as it was recovered, with the field cut off inside its name
    (`statement.transactions[0].counterparty…`) dropped and the brackets closed.

    Args:
        body (UploadBankStatementRequest): Request body of Upload A Bank Statement (v1; only the
            curl sample was recovered).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankStatementUpload
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
