from http import HTTPStatus
from typing import Any

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileUpload:
    if response.status_code == 200:
        response_200 = FileUpload.from_dict(
            decode_body(response.content, FileUpload, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FileUpload]:
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
    body: CreateFileRequest,
) -> Response[FileUpload]:
    """Create A File

     Returns a presigned url for the upload, along with an attachment which can be used across various
    endpoints. Upload the file itself with a multipart form POST to `presigned_url.url`, sending the
    `presigned_url.fields` first and the file last (`stuut_client.uploads.upload_file` does both steps).

    Args:
        body (CreateFileRequest): Request body of Create A File: the file to upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUpload]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> FileUpload:
    """Create A File

     Returns a presigned url for the upload, along with an attachment which can be used across various
    endpoints. Upload the file itself with a multipart form POST to `presigned_url.url`, sending the
    `presigned_url.fields` first and the file last (`stuut_client.uploads.upload_file` does both steps).

    Args:
        body (CreateFileRequest): Request body of Create A File: the file to upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    endpoints. Upload the file itself with a multipart form POST to `presigned_url.url`, sending the
    `presigned_url.fields` first and the file last (`stuut_client.uploads.upload_file` does both steps).

    Args:
        body (CreateFileRequest): Request body of Create A File: the file to upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUpload]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> FileUpload:
    """Create A File

     Returns a presigned url for the upload, along with an attachment which can be used across various
    endpoints. Upload the file itself with a multipart form POST to `presigned_url.url`, sending the
    `presigned_url.fields` first and the file last (`stuut_client.uploads.upload_file` does both steps).

    Args:
        body (CreateFileRequest): Request body of Create A File: the file to upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUpload
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
