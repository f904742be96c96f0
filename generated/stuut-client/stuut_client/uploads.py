"""Upload a local file in one call: ask Stuut for a presigned URL, then POST the file to it.

Four operations hand out presigned uploads: `files.create_file`, `remittances.upload_remittance`,
`bank_statements.upload_bank_statement` and `bank_statements.upload_bank_statement_v2`. Each answers with a
`presigned_url` (`url` and form `fields`, an S3-style presigned POST) next to the object it created. The file
itself goes to that URL as a multipart form: every field first, in the order given, the file last.

    from stuut_client import Client
    from stuut_client.api.files import create_file
    from stuut_client.models import CreateFileRequest, FilePurpose
    from stuut_client.uploads import upload_file

    with Client(token="sk_...") as client:
        body = CreateFileRequest(name="terms.pdf", mime_type="application/pdf", size=20480, purpose=FilePurpose.EMAIL)
        created = upload_file(client, "terms.pdf", create_file, body)
        print(created.attachment.id)

`aupload_file` is the same for `asyncio`. Either raises `UploadError` naming the step that failed.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

import httpx

from ._errors import StuutError
from .client import AuthenticatedClient, Client
from .types import Response, Unset

__all__ = ["UploadError", "aupload_file", "upload_file"]

T = TypeVar("T")
# The form field S3-style presigned POSTs expect the file under.
FILE_FIELD = "file"
# How much of a failed response's body an UploadError keeps.
ERROR_BODY_LIMIT = 500


class UploadError(StuutError):
    """An upload failed (a StuutError). `step` is "presign" (asking Stuut for the URL) or "upload" (POSTing the
    file to it); `status_code` is the HTTP status of the failing answer, or None when there was no answer."""

    def __init__(self, step: str, message: str, *, status_code: int | None = None, body: bytes = b"") -> None:
        status = f" (HTTP {status_code})" if status_code is not None else ""
        super().__init__(f"upload failed at the {step} step{status}: {message}")
        self.step = step
        self.status_code = status_code
        self.body = body[:ERROR_BODY_LIMIT]


class _SyncPresign(Protocol[T]):  # the generated module of one of the four operations
    def sync_detailed(self, *, client: Any, body: Any) -> Response[T]: ...


class _AsyncPresign(Protocol[T]):
    async def asyncio_detailed(self, *, client: Any, body: Any) -> Response[T]: ...


def upload_file(
    client: AuthenticatedClient | Client,
    path: str | Path,
    presign: _SyncPresign[T],
    body: Any,
    *,
    upload_client: httpx.Client | None = None,
) -> T:
    """Call `presign` (one of the four operation modules) with `body`, then POST the file at `path` to the
    presigned URL it returns. Returns the operation's parsed answer (e.g. a `FileUpload` with its `attachment`).

    The file goes out on `upload_client`, or on a new httpx client with the Stuut client's timeout: never on
    the Stuut client itself, so the API token does not reach the storage host.
    """
    path = Path(path)
    try:
        answer = presign.sync_detailed(client=client, body=body)
    except Exception as exc:  # noqa: BLE001 - any failure here is the presign step's
        raise UploadError("presign", str(exc), status_code=getattr(exc, "status_code", None)) from exc
    url, fields = _presigned_target(answer)
    new_client = lambda: httpx.Client(timeout=client.get_httpx_client().timeout)  # noqa: E731
    with path.open("rb") as file, _own(upload_client, new_client) as http:
        try:
            response = http.post(url, data=fields, files=_file_part(path, file))
        except httpx.HTTPError as exc:
            raise UploadError("upload", f"{type(exc).__name__}: {exc}") from exc
    _check_upload(response)
    return answer.parsed


async def aupload_file(
    client: AuthenticatedClient | Client,
    path: str | Path,
    presign: _AsyncPresign[T],
    body: Any,
    *,
    upload_client: httpx.AsyncClient | None = None,
) -> T:
    """`upload_file` for asyncio: the same steps, on the async httpx clients."""
    path = Path(path)
    try:
        answer = await presign.asyncio_detailed(client=client, body=body)
    except Exception as exc:  # noqa: BLE001 - any failure here is the presign step's
        raise UploadError("presign", str(exc), status_code=getattr(exc, "status_code", None)) from exc
    url, fields = _presigned_target(answer)
    with path.open("rb") as file:
        new_client = lambda: httpx.AsyncClient(timeout=client.get_async_httpx_client().timeout)  # noqa: E731
        async with _own(upload_client, new_client) as http:
            try:
                response = await http.post(url, data=fields, files=_file_part(path, file))
            except httpx.HTTPError as exc:
                raise UploadError("upload", f"{type(exc).__name__}: {exc}") from exc
    _check_upload(response)
    return answer.parsed


def _presigned_target(answer: Response[Any]) -> tuple[str, dict[str, str]]:
    """The URL and form fields of a presign answer, or UploadError("presign", ...) when it has none."""
    status = int(answer.status_code)
    if not 200 <= status < 300 or answer.parsed is None:
        raise UploadError("presign", "Stuut did not return a presigned URL", status_code=status, body=answer.content)
    presigned = getattr(answer.parsed, "presigned_url", None)
    if presigned is None or isinstance(presigned, Unset):
        raise UploadError("presign", "the answer has no presigned_url", status_code=status, body=answer.content)
    fields = presigned.fields
    extra = {} if fields is None or isinstance(fields, Unset) else fields.additional_properties
    return presigned.url, {name: str(value) for name, value in extra.items()}


def _file_part(path: Path, file: Any) -> dict[str, tuple[str, Any, str]]:
    mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return {FILE_FIELD: (path.name, file, mime_type)}


def _check_upload(response: httpx.Response) -> None:
    if not response.is_success:
        raise UploadError(
            "upload", "the storage host refused the file", status_code=response.status_code, body=response.content
        )


class _Borrowed:
    """Context manager that lends a caller's httpx client without closing it."""

    def __init__(self, http: Any) -> None:
        self.http = http

    def __enter__(self) -> Any:
        return self.http

    def __exit__(self, *exc: object) -> None:
        return None

    async def __aenter__(self) -> Any:
        return self.http

    async def __aexit__(self, *exc: object) -> None:
        return None


def _own(given: Any, make: Callable[[], Any]) -> Any:
    """The caller's upload client (left open), or a new one from `make` (closed after use)."""
    return _Borrowed(given) if given is not None else make()
