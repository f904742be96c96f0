"""An in-process fake of the API for resource and README tests: each operation answers its documented example.

Plugged in as an httpx transport (``httpx.MockTransport(fake)``), so nothing leaves the process. Every request is
kept in ``fake.requests``; ``fake.reply(operation_id, ...)`` queues other answers for one operation.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict, deque
from typing import Any

import httpx
from spec_tools import Operation, operations


def _pattern(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")


class SpecFake:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._routes = [(op.method.upper(), _pattern(op.path), op) for op in operations()]
        self._queued: dict[str, deque[httpx.Response]] = defaultdict(deque)

    def reply(self, operation_id: str, *responses: httpx.Response) -> None:
        """Answer the next calls of an operation with these responses, in order, then the example again."""
        self._queued[operation_id].extend(responses)

    def pending(self) -> list[str]:
        """The operations with queued answers not asked for yet."""
        return [operation_id for operation_id, queued in self._queued.items() if queued]

    def operation(self, request: httpx.Request) -> Operation:
        # Literal paths first, so /v2/email-threads/settings is not taken for /v2/email-threads/{id}.
        matches = [
            op for method, pattern, op in self._routes if method == request.method and pattern.match(request.url.path)
        ]
        if not matches:
            raise AssertionError(f"no operation for {request.method} {request.url.path}")
        return min(matches, key=lambda op: op.path.count("{"))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        op = self.operation(request)
        queued = self._queued[op.operation_id]
        if queued:
            return queued.popleft()
        example = op.ok_response()["example"]
        headers = {"x-request-id": f"req_{len(self.requests)}"}
        return httpx.Response(200, json=example, headers=headers)


def page_response(ids: list[str], current_page: int, next_page: int | None, total_records: int) -> httpx.Response:
    """A v1 invoice page built from the documented invoice, with these ids."""
    from builders import invoice_page

    body = invoice_page(ids, current_page, next_page, total_records)
    return httpx.Response(200, content=json.dumps(body).encode(), headers={"content-type": "application/json"})


def transport(fake: SpecFake) -> dict[str, Any]:
    """httpx_args that route a client's requests to the fake."""
    return {"transport": httpx.MockTransport(fake)}
