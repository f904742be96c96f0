from typing import Any

from ..._deviations import deviation
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.create_file_request import CreateFileRequest
from ...models.file_upload import FileUpload
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "create_file"


def _get_kwargs(
    *,
    body: CreateFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files/presign",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any, lazy: bool) -> FileUpload:
    _response_200 = data
    response_200 = (
        FileUpload.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (FileUpload)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: FileUpload,
}


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> Response[FileUpload]:
    """Create A File

     Returns a presigned url for the upload, along with an attachment which can be used across various
    endpoints. How the file itself is sent is not on any page (an assumption, see `PresignedUrl`);
    `stuut_client.uploads.upload_file` does both steps, sending a multipart form POST when
    `presigned_url.fields` has entries and a PUT to a signed URL otherwise.

    Args:
        body (CreateFileRequest): Request body of Create A File: the file to upload.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[FileUpload]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> FileUpload:
    """Create A File

     Returns a presigned url for the upload, along with an attachment which can be used across various
    endpoints. How the file itself is sent is not on any page (an assumption, see `PresignedUrl`);
    `stuut_client.uploads.upload_file` does both steps, sending a multipart form POST when
    `presigned_url.fields` has entries and a PUT to a signed URL otherwise.

    Args:
        body (CreateFileRequest): Request body of Create A File: the file to upload.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        FileUpload
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> Response[FileUpload]:
    """Create A File

     Returns a presigned url for the upload, along with an attachment which can be used across various
    endpoints. How the file itself is sent is not on any page (an assumption, see `PresignedUrl`);
    `stuut_client.uploads.upload_file` does both steps, sending a multipart form POST when
    `presigned_url.fields` has entries and a PUT to a signed URL otherwise.

    Args:
        body (CreateFileRequest): Request body of Create A File: the file to upload.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[FileUpload]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> FileUpload:
    """Create A File

     Returns a presigned url for the upload, along with an attachment which can be used across various
    endpoints. How the file itself is sent is not on any page (an assumption, see `PresignedUrl`);
    `stuut_client.uploads.upload_file` does both steps, sending a multipart form POST when
    `presigned_url.fields` has entries and a PUT to a signed URL otherwise.

    Args:
        body (CreateFileRequest): Request body of Create A File: the file to upload.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        FileUpload
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
