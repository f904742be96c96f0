from typing import Any

from ..._deviations import deviation
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.bank_statement_upload_v2 import BankStatementUploadV2
from ...models.upload_bank_statement_request_v2 import UploadBankStatementRequestV2
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "upload_bank_statement_v2"


def _get_kwargs(
    *,
    body: UploadBankStatementRequestV2,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/bank-statements/upload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any, lazy: bool) -> BankStatementUploadV2:
    _response_200 = data
    response_200 = (
        BankStatementUploadV2.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (BankStatementUploadV2)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: BankStatementUploadV2,
}


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadBankStatementRequestV2,
) -> Response[BankStatementUploadV2]:
    """Upload a Bank Statement

     Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is
    not on any page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both
    steps, sending a multipart form POST when `presigned_url.fields` has entries and a PUT to a signed
    URL otherwise.

    Args:
        body (UploadBankStatementRequestV2): Request schema for uploading a bank statement. The
            field list on the reference page was cut off inside the description of `account_id`;
            further fields may exist.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankStatementUploadV2]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadBankStatementRequestV2,
) -> BankStatementUploadV2:
    """Upload a Bank Statement

     Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is
    not on any page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both
    steps, sending a multipart form POST when `presigned_url.fields` has entries and a PUT to a signed
    URL otherwise.

    Args:
        body (UploadBankStatementRequestV2): Request schema for uploading a bank statement. The
            field list on the reference page was cut off inside the description of `account_id`;
            further fields may exist.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankStatementUploadV2
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadBankStatementRequestV2,
) -> Response[BankStatementUploadV2]:
    """Upload a Bank Statement

     Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is
    not on any page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both
    steps, sending a multipart form POST when `presigned_url.fields` has entries and a PUT to a signed
    URL otherwise.

    Args:
        body (UploadBankStatementRequestV2): Request schema for uploading a bank statement. The
            field list on the reference page was cut off inside the description of `account_id`;
            further fields may exist.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[BankStatementUploadV2]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadBankStatementRequestV2,
) -> BankStatementUploadV2:
    """Upload a Bank Statement

     Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is
    not on any page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both
    steps, sending a multipart form POST when `presigned_url.fields` has entries and a PUT to a signed
    URL otherwise.

    Args:
        body (UploadBankStatementRequestV2): Request schema for uploading a bank statement. The
            field list on the reference page was cut off inside the description of `account_id`;
            further fields may exist.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        BankStatementUploadV2
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
