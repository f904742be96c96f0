"""stuut_client.uploads: presign through the client, then POST the file as a multipart form to the presigned URL.

The presign step is faked with httpx.MockTransport serving the operation's documented example (its `url` pointed
at a loopback server); the upload POST really goes to that loopback server, which records the form it received.
"""

from __future__ import annotations

import copy
import email.parser
import email.policy
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from spec_tools import operations
from stuut_client import Client, errors
from stuut_client.api.bank_statements import upload_bank_statement, upload_bank_statement_v2
from stuut_client.api.files import create_file
from stuut_client.api.remittances import upload_remittance
from stuut_client.errors import APIConnectionError, AuthenticationError, StuutError
from stuut_client.models import (
    Attachment,
    BankStatement,
    BankStatementV2,
    CreateFileRequest,
    FilePurpose,
    MimeType,
    Remittance,
    UploadBankStatementRequest,
    UploadBankStatementRequestV2,
    UploadRemittanceRequest,
)
from stuut_client.uploads import UploadError, aupload_file, upload_file

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

FIELDS = {"key": "uploads/org_1/statement.csv", "policy": "eyJleHBpcmF0aW9uIjoi", "x-amz-signature": "5f1c0ffee"}
CONTENT = b"date,amount\n2024-01-31,100.50\n"

# operation module, request body, what the answer carries besides the presigned URL
PRESIGN_OPERATIONS = {
    "create_file": (
        create_file,
        CreateFileRequest(name="statement.csv", mime_type="text/csv", size=len(CONTENT), purpose=FilePurpose.EMAIL),
        ("attachment", Attachment),
    ),
    "upload_remittance": (
        upload_remittance,
        UploadRemittanceRequest(filename="statement.csv", mime_type="text/csv", partner="ptn_abc123"),
        ("remittance", Remittance),
    ),
    "upload_bank_statement": (
        upload_bank_statement,
        UploadBankStatementRequest(account="ba_1", filename="statement.csv", mime_type="text/csv"),
        ("statement", BankStatement),
    ),
    "upload_bank_statement_v2": (
        upload_bank_statement_v2,
        UploadBankStatementRequestV2(filename="statement.csv", mime_type=MimeType.TEXT_CSV, account_id="ba_1"),
        ("statement", BankStatementV2),
    ),
}


class StorageHost(ThreadingHTTPServer):
    """A loopback stand-in for the storage host: records each POST's form parts in order."""

    answer_status = 204
    received: list[dict[str, Any]]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/bucket"


class RecordForm(BaseHTTPRequestHandler):
    server: StorageHost

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers["Content-Length"]))
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode() + body
        )
        parts = [
            (part.get_param("name", header="content-disposition"), part.get_filename(), part.get_payload(decode=True))
            for part in message.iter_parts()
        ]
        self.server.received.append({"path": self.path, "headers": dict(self.headers), "parts": parts})
        self.answer()

    def do_PUT(self) -> None:  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append({"method": "PUT", "path": self.path, "headers": dict(self.headers), "body": body})
        self.answer()

    def answer(self) -> None:
        self.send_response(self.server.answer_status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def storage() -> Iterator[StorageHost]:
    host = StorageHost(("127.0.0.1", 0), RecordForm)
    host.received = []
    thread = threading.Thread(target=host.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    yield host
    host.shutdown()
    host.server_close()
    thread.join()


@pytest.fixture
def local_file(tmp_path: Path) -> Path:
    path = tmp_path / "statement.csv"
    path.write_bytes(CONTENT)
    return path


def documented_answer(operation_id: str, url: str, fields: dict[str, str] = FIELDS, **extra: str) -> dict[str, Any]:
    """The operation's documented example, with the presigned URL pointed at the loopback storage host."""
    op = next(op for op in operations() if op.operation_id == operation_id)
    answer = copy.deepcopy(op.ok_response()["example"])
    answer["presigned_url"] = {"url": url, "fields": fields, **extra}
    return answer


def fake_stuut(status: int, answer: Any, seen: list[httpx.Request]) -> Client:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=answer)

    return Client(token="test-token", httpx_args={"transport": httpx.MockTransport(handle)})


async def run_upload(mode: str, client: Client, path: Path, operation: Any, body: Any, **options: Any) -> Any:
    if mode == "sync":
        with client:
            return upload_file(client, path, operation, body, **options)
    async with client:
        return await aupload_file(client, path, operation, body, **options)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation_id", PRESIGN_OPERATIONS)
async def test_upload_file_presigns_then_posts_the_fields_first_and_the_file_last(
    mode: str, operation_id: str, storage: StorageHost, local_file: Path
) -> None:
    operation, body, (created_field, created_type) = PRESIGN_OPERATIONS[operation_id]
    seen: list[httpx.Request] = []
    client = fake_stuut(200, documented_answer(operation_id, storage.url), seen)

    answer = await run_upload(mode, client, local_file, operation, body)

    (presign,) = seen
    assert presign.method == "POST" and presign.headers["authorization"] == "Bearer test-token"
    assert json.loads(presign.content) == body.to_dict()
    (upload,) = storage.received
    assert upload["path"] == "/bucket"
    assert upload["parts"] == [
        *((name, None, value.encode()) for name, value in FIELDS.items()),
        ("file", "statement.csv", CONTENT),
    ]
    assert "Authorization" not in upload["headers"]  # the API token never reaches the storage host
    assert answer.presigned_url.url == storage.url
    assert isinstance(getattr(answer, created_field), created_type)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_refused_presign_raises_an_upload_error_naming_the_presign_step(
    mode: str, storage: StorageHost, local_file: Path
) -> None:
    operation, body, _ = PRESIGN_OPERATIONS["create_file"]
    client = fake_stuut(401, {"detail": "Not authenticated"}, [])

    with pytest.raises(UploadError) as raised:
        await run_upload(mode, client, local_file, operation, body)

    assert raised.value.step == "presign" and raised.value.status_code == 401
    assert str(raised.value) == (
        "upload failed at the presign step (HTTP 401): POST /v1/files/presign returned 401 Unauthorized: "
        "Not authenticated"
    )
    assert isinstance(raised.value.__cause__, AuthenticationError)
    assert storage.received == []


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_refused_presign_is_caught_by_its_own_status_class(
    mode: str, storage: StorageHost, local_file: Path
) -> None:
    operation, body, _ = PRESIGN_OPERATIONS["create_file"]
    client = fake_stuut(401, {"detail": "Not authenticated"}, [])

    with pytest.raises(AuthenticationError) as raised:
        await run_upload(mode, client, local_file, operation, body)

    assert isinstance(raised.value, UploadError) and isinstance(raised.value, StuutError)
    assert raised.value.json == {"detail": "Not authenticated"} and raised.value.headers is not None
    assert "upload failed at the presign step (HTTP 401)" in str(raised.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_presign_without_a_response_is_caught_as_a_connection_error(mode: str, local_file: Path) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    operation, body, _ = PRESIGN_OPERATIONS["create_file"]
    client = Client(token="test-token", max_retries=0, httpx_args={"transport": httpx.MockTransport(refuse)})

    with pytest.raises(APIConnectionError) as raised:
        await run_upload(mode, client, local_file, operation, body)

    assert isinstance(raised.value, UploadError) and raised.value.step == "presign"
    assert raised.value.status_code is None


def test_upload_error_is_drawn_in_the_hierarchy_and_exported_by_errors() -> None:
    import stuut_client._errors as errors_module

    assert errors.UploadError is UploadError and issubclass(UploadError, StuutError)
    assert "UploadError" in errors.__all__
    assert "└── UploadError" in (errors_module.__doc__ or "")


SIGNED_PUT_QUERY = "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=5f1c0ffee"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("how", "fields", "query", "extra", "options"),
    [
        pytest.param("signed-url", {}, SIGNED_PUT_QUERY, {}, {}, id="no-fields-and-a-signed-url"),
        pytest.param("announced", {}, "", {"method": "put"}, {}, id="the-answer-says-put"),
        pytest.param("chosen", FIELDS, "", {}, {"method": "PUT"}, id="the-caller-says-put"),
    ],
)
async def test_upload_file_puts_the_raw_file_to_a_presigned_put_url(
    mode: str,
    how: str,
    fields: dict[str, str],
    query: str,
    extra: dict[str, str],
    options: dict[str, Any],
    storage: StorageHost,
    local_file: Path,
) -> None:
    operation, body, (created_field, created_type) = PRESIGN_OPERATIONS["create_file"]
    client = fake_stuut(200, documented_answer("create_file", storage.url + query, fields, **extra), [])

    answer = await run_upload(mode, client, local_file, operation, body, **options)

    (upload,) = storage.received
    assert upload["method"] == "PUT" and upload["body"] == CONTENT
    assert upload["path"] == "/bucket" + query
    assert upload["headers"]["Content-Type"] == "text/csv"
    assert upload["headers"]["Content-Length"] == str(len(CONTENT))  # not chunked: presigned PUTs refuse that
    assert "Authorization" not in upload["headers"]
    assert isinstance(getattr(answer, created_field), created_type)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_refused_upload_names_the_method_used_and_the_other_one(
    mode: str, storage: StorageHost, local_file: Path
) -> None:
    storage.answer_status = 405
    operation, body, _ = PRESIGN_OPERATIONS["create_file"]
    client = fake_stuut(200, documented_answer("create_file", storage.url, {}), [])

    with pytest.raises(UploadError) as raised:
        await run_upload(mode, client, local_file, operation, body)

    assert "sent as a POST form (if it expects a PUT, pass method='PUT')" in str(raised.value)
    assert "parts" in storage.received[0]  # no fields and an unsigned URL: the form POST


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_refused_upload_raises_an_upload_error_naming_the_upload_step(
    mode: str, storage: StorageHost, local_file: Path
) -> None:
    storage.answer_status = 403
    operation, body, _ = PRESIGN_OPERATIONS["create_file"]
    client = fake_stuut(200, documented_answer("create_file", storage.url), [])

    with pytest.raises(UploadError) as raised:
        await run_upload(mode, client, local_file, operation, body)

    assert raised.value.step == "upload" and raised.value.status_code == 403
    assert "upload step (HTTP 403)" in str(raised.value)
    assert len(storage.received) == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_unreachable_storage_host_raises_an_upload_error_without_a_status(
    mode: str, storage: StorageHost, local_file: Path
) -> None:
    url = storage.url
    storage.shutdown()
    storage.server_close()  # nothing listens on the presigned URL's port any more
    operation, body, _ = PRESIGN_OPERATIONS["create_file"]
    client = fake_stuut(200, documented_answer("create_file", url), [])

    with pytest.raises(UploadError) as raised:
        await run_upload(mode, client, local_file, operation, body)

    assert raised.value.step == "upload" and raised.value.status_code is None
    assert "ConnectError" in str(raised.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("failure", [httpx.InvalidURL("bad URL"), httpx.TooManyRedirects("loop")])
async def test_any_httpx_failure_of_the_upload_step_is_an_upload_error(
    mode: str, failure: Exception, local_file: Path
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise failure

    transport = httpx.MockTransport(refuse)
    upload_client: Any = httpx.Client(transport=transport) if mode == "sync" else httpx.AsyncClient(transport=transport)
    operation, body, _ = PRESIGN_OPERATIONS["create_file"]
    client = fake_stuut(200, documented_answer("create_file", "https://storage.example.com/b"), [])

    with pytest.raises(UploadError) as raised:
        await run_upload(mode, client, local_file, operation, body, upload_client=upload_client)

    assert raised.value.step == "upload" and type(failure).__name__ in str(raised.value)
