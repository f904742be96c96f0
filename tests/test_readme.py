"""Every ```python block of README.md runs as written, in order, against the in-process fake of the API.

All of them, with no exception list (scripts/readme_blocks.py finds them), in one namespace, as a reader pasting
them into one session would. No request leaves the process: httpx's default transports are replaced by
tests/spec_fake.py, which answers each operation with its documented example; SCENARIOS queues other answers
before a section's blocks, so that the branches they document (an `except NotFoundError`) run too. The testing
section's block brings its own transport, FakeStuut. `make typecheck` checks the same blocks as one module.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from readme_blocks import README, python_blocks
from spec_fake import SpecFake

API_HOST = "api.stuut.ai"
PLACEHOLDER_URL = re.compile(rb'"url":\s*"<string>"')

# Section -> (operation, answer) queued before its blocks run; each must be consumed by them.
SCENARIOS: dict[str, tuple[str, httpx.Response]] = {
    "### Errors": (
        "retrieve_invoice",
        httpx.Response(404, json={"detail": "Invoice not found"}, headers={"x-request-id": "req_missing"}),
    ),
}


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


def test_readme_python_blocks_run_as_written(fake: SpecFake, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = python_blocks()
    assert len(blocks) == README.read_text().count("```python\n") >= 11
    namespace: dict[str, Any] = {"__name__": "readme"}
    scenarios = dict(SCENARIOS)
    for block in blocks:
        if block.section in scenarios:
            fake.reply(*scenarios.pop(block.section))
        try:
            exec(compile(block.code, f"README.md:{block.line}", "exec"), namespace)
        except Exception as error:
            raise AssertionError(f"README.md block at line {block.line} failed: {error!r}") from error
    assert fake.requests, "the blocks made no request"
    assert not scenarios and not fake.pending(), "a scenario's section or answer was never reached"
    # The Errors block's `except NotFoundError` ran: status, request id and body, as its comment says.
    assert "404 req_missing {'detail': 'Invoice not found'}\n" in capsys.readouterr().out


TEST_REFERENCE = re.compile(r"(test_[a-z0-9_]+\.py)::(test_[a-z0-9_]+)")


def test_every_test_the_readme_names_as_evidence_exists() -> None:
    """The guarantees name the tests that check them (`test_file.py::test_name`): a renamed or removed test
    would leave a claim pointing at nothing."""
    tests = Path(__file__).parent
    referenced = TEST_REFERENCE.findall(README.read_text())
    assert len(referenced) > 10  # the pattern still finds the references
    missing = [
        f"{file}::{name}"
        for file, name in referenced
        if not (tests / file).exists() or not re.search(rf"def {name}\b", (tests / file).read_text(encoding="utf-8"))
    ]
    assert missing == []
