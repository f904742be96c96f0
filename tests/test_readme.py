"""README.md's Python blocks run as written, in order, against the in-process fake of the API.

The blocks of the sections in scripts/readme_blocks.py's CHECKED_SECTIONS run (the usage section today; the
sections other changes are rewriting join the list as they are made runnable). They share one namespace, as a
reader pasting them into one session would. No request leaves the process: httpx's default transports are
replaced by tests/spec_fake.py, which answers each operation with its documented example.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from readme_blocks import CHECKED_SECTIONS, README, python_blocks
from spec_fake import SpecFake

API_HOST = "api.stuut.ai"
PLACEHOLDER_URL = re.compile(rb'"url":\s*"<string>"')


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SpecFake:
    fake = SpecFake()

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host != API_HOST:  # a presigned upload URL: the storage service accepts the file
            return httpx.Response(204)
        response = fake(request)
        content = PLACEHOLDER_URL.sub(b'"url":"https://uploads.example.com/b"', response.content)
        if content != response.content:  # the documented examples' placeholder URL
            return httpx.Response(response.status_code, headers=response.headers, content=content)
        return response

    def handle(transport: Any, request: httpx.Request) -> httpx.Response:
        request.read()
        return answer(request)

    async def ahandle(transport: Any, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return answer(request)

    # The files the examples upload, in the directory they run in.
    monkeypatch.chdir(tmp_path)
    for name in re.findall(r'"([\w-]+\.(?:csv|pdf))"', README.read_text()):
        (tmp_path / name).write_text("date,amount\n2026-01-02,100.00\n")

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", ahandle)
    monkeypatch.setenv("STUUT_API_TOKEN", "sk_readme")
    monkeypatch.delenv("STUUT_BASE_URL", raising=False)
    return fake


def test_readme_python_blocks_run_as_written(fake: SpecFake) -> None:
    blocks = python_blocks()
    assert len(blocks) >= 5 and CHECKED_SECTIONS
    namespace: dict[str, Any] = {"__name__": "readme"}
    for line, code in blocks:
        try:
            exec(compile(code, f"README.md:{line}", "exec"), namespace)
        except Exception as error:
            raise AssertionError(f"README.md block at line {line} failed: {error!r}") from error
    assert fake.requests, "the blocks made no request"
