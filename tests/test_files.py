"""Files (presigned uploads), sync and async, against recorded traffic."""

from __future__ import annotations

from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.files import create_file
from stuut_client.models import Attachment, CreateFileRequest, FilePurpose, FileUpload, PresignedUrl

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_create_file_posts_the_file_description_and_returns_the_presigned_url(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = CreateFileRequest(
        name="statement.pdf", mime_type="application/pdf", size=52428800, purpose=FilePurpose.KNOWLEDGE_BASE
    )
    upload = await call(create_file, mode, client, async_client, body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/files/presign")
    assert sent_json(request) == {
        "name": "statement.pdf",
        "mime_type": "application/pdf",
        "size": 52428800,
        "purpose": "knowledge-base",
    }
    assert isinstance(upload, FileUpload)
    assert_typed(upload, "FileUpload")
    assert isinstance(upload.attachment, Attachment) and isinstance(upload.presigned_url, PresignedUrl)
    assert upload.presigned_url.url == "<string>"
