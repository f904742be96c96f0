"""Upload a local file in one call: ask Stuut for a presigned URL, then send the file to it.

Four operations hand out presigned uploads: `files.create_file`, `remittances.upload_remittance`,
`bank_statements.upload_bank_statement` and `bank_statements.upload_bank_statement_v2`. Each answers with a
`presigned_url` (`url` and `fields`) next to the object it created.

How the file goes to that URL is not on any reference page: the pages show only `{"url": ..., "fields": {}}`.
Storage hosts take one of two kinds of presigned upload, and the answer's shape tells them apart:

- a presigned **POST** (S3's `generate_presigned_post`, GCS signed policy): the signature and policy are form
  `fields`; the file goes as a multipart form, every field first, in the order given, the file last;
- a presigned **PUT** (S3's `generate_presigned_url("put_object")`, GCS V4 signed URL, Azure SAS): the signature
  is in the URL's query and there are no fields; the file is the raw request body.

`method="auto"` (the default) uses the answer's own `presigned_url.method` if the server sends one, else PUT when
there are no fields and the URL carries a signature in its query, else POST. Pass `method="POST"` or `"PUT"` to
choose; a refused upload's `UploadError` names the method used and the other one.

    from stuut_client import Client
    from stuut_client.api.files import create_file
    from stuut_client.models import CreateFileRequest, FilePurpose
    from stuut_client.uploads import upload_file

    with Client(token="sk_...") as client:
        body = CreateFileRequest(name="terms.pdf", mime_type="application/pdf", size=20480, purpose=FilePurpose.EMAIL)
        created = upload_file(client, "terms.pdf", create_file, body)
        print(created.attachment.id)

`aupload_file` is the same for `asyncio`. Either raises `UploadError` naming the step that failed; when the
presign call itself fails, the error is also the client's own class for that failure (`AuthenticationError`,
`APIConnectionError`, ...), so `except AuthenticationError` catches it too.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

import httpx

from ._errors import StuutError, UploadError
from ._security import Secrets, client_secrets, redact_content
from ._send import SEND_ERRORS
from .client import AuthenticatedClient, Client
from .types import Response, Unset

__all__ = ["UploadError", "aupload_file", "upload_file"]

T = TypeVar("T")
Method = Literal["auto", "POST", "PUT"]
# The form field S3-style presigned POSTs expect the file under.
FILE_FIELD = "file"
# Query parameters that carry the signature of a presigned PUT URL (S3 SigV4 and SigV2, GCS V4, Azure SAS).
SIGNATURE_PARAMETERS = frozenset({"x-amz-signature", "signature", "x-goog-signature", "sig"})


class _SyncPresign(Protocol[T]):  # the generated module of one of the four operations
    def sync_detailed(self, *, client: Any, body: Any) -> Response[T]: ...


class _AsyncPresign(Protocol[T]):
    async def asyncio_detailed(self, *, client: Any, body: Any) -> Response[T]: ...


@dataclass(frozen=True)
class _Target:
    """Where and how the file goes."""

    method: Literal["POST", "PUT"]
    url: str
    fields: dict[str, str]

    def request_kwargs(self, path: Path, file: Any) -> dict[str, Any]:
        mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if self.method == "PUT":
            # Bytes, not the file object: a streamed body goes out chunked, which presigned PUTs refuse (S3
            # requires a Content-Length); a presigned upload is at most 50 MiB (Create A File's `size` limit).
            return {"content": file.read(), "headers": {"Content-Type": mime_type}}
        return {"data": self.fields, "files": {FILE_FIELD: (path.name, file, mime_type)}}


def upload_file(
    client: AuthenticatedClient | Client,
    path: str | Path,
    presign: _SyncPresign[T],
    body: Any,
    *,
    upload_client: httpx.Client | None = None,
    method: Method = "auto",
) -> T:
    """Call `presign` (one of the four operation modules) with `body`, then send the file at `path` to the
    presigned URL it returns (a form POST or a PUT, see the module docstring). Returns the operation's parsed
    answer (e.g. a `FileUpload` with its `attachment`).

    The file goes out on `upload_client`, or on a new httpx client with the Stuut client's timeout: never on
    the Stuut client itself, so the API token does not reach the storage host.
    """
    path = Path(path)
    try:
        answer = presign.sync_detailed(client=client, body=body)
    except StuutError as error:
        raise presign_error(error) from error
    target = _presigned_target(answer, method, client_secrets(client))
    new_client = lambda: httpx.Client(timeout=client.get_httpx_client().timeout)  # noqa: E731
    with path.open("rb") as file, _own(upload_client, new_client) as http:
        try:
            response = http.request(target.method, target.url, **target.request_kwargs(path, file))
        except SEND_ERRORS as exc:  # every httpx failure, a URL it cannot build included
            raise UploadError("upload", f"{target.method} {type(exc).__name__}: {exc}") from exc
    _check_upload(response, target)
    return answer.parsed


async def aupload_file(
    client: AuthenticatedClient | Client,
    path: str | Path,
    presign: _AsyncPresign[T],
    body: Any,
    *,
    upload_client: httpx.AsyncClient | None = None,
    method: Method = "auto",
) -> T:
    """`upload_file` for asyncio: the same steps, on the async httpx clients."""
    path = Path(path)
    try:
        answer = await presign.asyncio_detailed(client=client, body=body)
    except StuutError as error:
        raise presign_error(error) from error
    target = _presigned_target(answer, method, client_secrets(client))
    with path.open("rb") as file:
        new_client = lambda: httpx.AsyncClient(timeout=client.get_async_httpx_client().timeout)  # noqa: E731
        async with _own(upload_client, new_client) as http:
            try:
                response = await http.request(target.method, target.url, **target.request_kwargs(path, file))
            except SEND_ERRORS as exc:  # every httpx failure, a URL it cannot build included
                raise UploadError("upload", f"{target.method} {type(exc).__name__}: {exc}") from exc
    _check_upload(response, target)
    return answer.parsed


def presign_error(error: StuutError) -> UploadError:
    """`error` (raised by the presign call) as an UploadError that is still an instance of its own class.

    The result's class derives from both UploadError and ``type(error)``, and carries all of ``error``'s
    attributes (``status_code``, ``request_id``, ``json``, ...), so ``except AuthenticationError`` and
    ``except UploadError`` both catch it.
    """
    combined = _upload_error_class(type(error))
    upload_error: UploadError = combined.__new__(combined)
    upload_error.__dict__.update(error.__dict__)
    status_code = getattr(error, "status_code", None)
    status = f" (HTTP {status_code})" if status_code is not None else ""
    upload_error.args = (f"upload failed at the presign step{status}: {error}",)
    upload_error.step = "presign"
    upload_error.status_code = status_code
    return upload_error


_UPLOAD_ERROR_CLASSES: dict[type[StuutError], type[UploadError]] = {}


def _upload_error_class(error_class: type[StuutError]) -> type[UploadError]:
    """One class per original class (made once), so `type(error)` is the same for the same failure."""
    if issubclass(error_class, UploadError):
        return error_class
    combined = _UPLOAD_ERROR_CLASSES.get(error_class)
    if combined is None:
        name = f"Upload{error_class.__name__}"
        combined = type(name, (UploadError, error_class), {"__module__": __name__, "__doc__": UploadError.__doc__})
        combined.__qualname__ = name
        _UPLOAD_ERROR_CLASSES[error_class] = combined
    return combined


def _presigned_target(answer: Response[Any], method: Method, secrets: Secrets) -> _Target:
    """Where and how to send the file, or UploadError("presign", ...) when the answer has no presigned URL (its
    ``body`` is Stuut's answer, the token redacted like an APIStatusError's)."""
    presigned = getattr(answer.parsed, "presigned_url", None)
    if presigned is None or isinstance(presigned, Unset):
        raise UploadError(
            "presign",
            "the answer has no presigned_url",
            status_code=int(answer.status_code),
            body=redact_content(answer.content, secrets),
        )
    given = presigned.fields
    extra = {} if given is None or isinstance(given, Unset) else given.additional_properties
    fields = {name: str(value) for name, value in extra.items()}
    return _Target(_choose_method(method, presigned, fields), presigned.url, fields)


def _choose_method(method: Method, presigned: Any, fields: dict[str, str]) -> Literal["POST", "PUT"]:
    if method != "auto":
        return method
    announced = str(presigned.additional_properties.get("method", "")).upper()
    if announced in ("POST", "PUT"):
        return "PUT" if announced == "PUT" else "POST"
    query = {name.lower() for name in httpx.URL(presigned.url).params}
    return "PUT" if not fields and query & SIGNATURE_PARAMETERS else "POST"


def _check_upload(response: httpx.Response, target: _Target) -> None:
    if not response.is_success:
        other = "PUT" if target.method == "POST" else "POST"
        raise UploadError(
            "upload",
            f"the storage host refused the file sent as a {target.method}"
            f"{' form' if target.method == 'POST' else ''} (if it expects a {other}, pass method={other!r})",
            status_code=response.status_code,
            body=response.content,
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
