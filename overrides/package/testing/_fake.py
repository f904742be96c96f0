"""FakeStuut: the whole Stuut API in process, as an httpx transport (sync and async)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote

import httpx

from ._handlers import HANDLERS, Call, NotFound
from ._shapes import OPERATIONS
from ._store import Store
from ._validation import check_body, parse_query

if TYPE_CHECKING:
    from stuut_client import Client

DEFAULT_TOKEN = "sk_test_fake"
DEFAULT_BASE_URL = "https://api.stuut.test"
UPLOAD_PATH = "/_fake/uploads/"


@dataclass(frozen=True)
class RecordedRequest:
    """A request the fake received (the Authorization header's value is never kept)."""

    operation_id: str | None
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    json: Any
    status: int | None  # None when the fake answered with a connection error

    def param(self, name: str) -> str | None:
        """The last value of a query parameter, or None."""
        values = self.query.get(name)
        return values[-1] if values else None


class RequestLog(list[RecordedRequest]):
    """The requests received, oldest first; `filter(operation_id)` keeps one operation's."""

    def filter(self, operation_id: str) -> list[RecordedRequest]:
        if operation_id not in OPERATIONS:
            raise KeyError(f"unknown operation {operation_id!r}")
        return [request for request in self if request.operation_id == operation_id]


@dataclass
class Failure:
    """One queued failure (see FakeStuut.fail)."""

    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    connection_error: bool = False


def _route_table() -> list[tuple[re.Pattern[str], str, str]]:
    routes = []
    for operation_id, operation in OPERATIONS.items():
        pattern = re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(operation["path"]))
        routes.append((re.compile(f"^{pattern}$"), operation["method"], operation_id))
    # Literal paths win over templated ones (`/v2/email-threads/settings` before `/v2/email-threads/{id}/...`).
    return sorted(routes, key=lambda route: route[0].pattern.count("(?P<"))


ROUTES = _route_table()


def _json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    content = json.dumps(body, separators=(",", ":")).encode()
    return httpx.Response(status, headers={"content-type": "application/json", **(headers or {})}, content=content)


class FakeStuut(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An in-process fake of the Stuut API: every documented operation, realistic deterministic data.

    ```python
    from stuut_client.api.invoices import list_invoices
    from stuut_client.testing import FakeStuut

    fake = FakeStuut(seed=1)
    with fake.client() as client:
        page = list_invoices.sync(client=client, limit=5)
    assert len(page.data) == 5 and fake.requests.filter("list_invoices")[0].param("limit") == "5"
    ```

    It is an httpx transport (sync and async), so any client takes it: `Client(token=fake.token,
    base_url=fake.base_url, httpx_args={"transport": fake})`. No socket, thread or network is involved.

    - Data: `seed` picks it; the same seed (and `today`) gives the same records. `counts` sets how many records a
      collection starts with (`{"invoices": 3000}`; see `COLLECTIONS` for the names).
    - Behaviour: lists page from 0 with `page`/`limit` and the `{data, current_page, total_records, next_page}`
      envelope; list_invoices honours every documented filter and sort, v2 bank transactions and statements
      theirs; out-of-range or mistyped parameters give FastAPI's 422; unknown ids 404 `{"detail": ...}`;
      a missing or wrong bearer token 401; updates change the stored record.
    - Controls: `add` seeds records, `fail` queues failures, `latency` delays every answer, `requests` logs
      what was received.
    """

    def __init__(
        self,
        seed: int = 0,
        *,
        token: str = DEFAULT_TOKEN,
        base_url: str = DEFAULT_BASE_URL,
        counts: dict[str, int] | None = None,
        today: dt.date | None = None,
        latency: float = 0.0,
    ) -> None:
        self.seed = seed
        self.token = token
        self.base_url = base_url
        self.latency = latency
        self.requests = RequestLog()
        self._store = Store(seed, today or dt.datetime.now(dt.UTC).date(), dict(counts or {}))
        self._failures: dict[str, deque[Failure]] = {}
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        return f"FakeStuut(seed={self.seed}, base_url={self.base_url!r})"

    # -- clients --------------------------------------------------------------------------------------------------
    def client(self, **kwargs: Any) -> Client:
        """A `stuut_client.Client` whose requests this fake answers (keyword arguments go to `Client`)."""
        from stuut_client import Client

        httpx_args = {"transport": self, **kwargs.pop("httpx_args", {})}  # a test may wrap the fake
        kwargs.setdefault("token", self.token)
        kwargs.setdefault("base_url", self.base_url)
        return Client(httpx_args=httpx_args, **kwargs)

    def async_client(self, **kwargs: Any) -> Client:
        """The same as `client()`, for the `asyncio` functions (`async with fake.async_client() as client:`)."""
        return self.client(**kwargs)

    # -- controls -------------------------------------------------------------------------------------------------
    def add(self, collection: str, *records: Any) -> list[dict[str, Any]]:
        """Seed records (models or dicts): the fields given are kept as they are, the rest generated.

        `fake.add("invoices", {"id": "inv_1", "status": "disputed"})`; returns the stored dicts.
        """
        with self._lock:
            added = []
            for record in records:
                data = record.to_dict() if hasattr(record, "to_dict") else dict(record)
                added.append(self._store.add(collection, data))
            return added

    def clear(self, collection: str) -> None:
        """Remove every record of a collection (then `add` your own)."""
        with self._lock:
            self._store.records(collection).clear()

    def records(self, collection: str) -> list[dict[str, Any]]:
        """The stored records of a collection, as the API sends them (a live list: changes show in answers)."""
        with self._lock:
            return self._store.records(collection)

    def get(self, collection: str, record_id: str) -> dict[str, Any]:
        """One stored record by id (KeyError if there is none)."""
        with self._lock:
            record = self._store.find(collection, record_id)
        if record is None:
            raise KeyError(f"no {collection} record {record_id!r}")
        return record

    def fail(
        self,
        operation_id: str,
        status: int = 503,
        *,
        times: int = 1,
        retry_after: float | None = None,
        headers: dict[str, str] | None = None,
        body: Any = None,
        malformed: bool = False,
        connection_error: bool = False,
    ) -> None:
        """Queue failures for the next `times` requests to an operation ("*" for any), then answer normally.

        - `fake.fail("retrieve_invoice", 503, times=2)`: two 503s, then the record.
        - `fake.fail("list_invoices", 429, retry_after=2)`: a 429 with `Retry-After: 2`.
        - `fake.fail("list_invoices", connection_error=True)`: the transport raises `httpx.ConnectError`.
        - `fake.fail("list_invoices", malformed=True)`: a 200 whose JSON body is cut off.
        - `body` replaces the default `{"detail": ...}` body (a dict/list is sent as JSON, bytes as they are).
        """
        if operation_id != "*" and operation_id not in OPERATIONS:
            raise KeyError(f"unknown operation {operation_id!r}")
        failure_headers = {"content-type": "application/json", **(headers or {})}
        if retry_after is not None:
            failure_headers["retry-after"] = f"{retry_after:g}"
        if malformed:
            status = 200 if status == 503 else status
            content: bytes | None = b'{"data": [{"id": "inv_'
        elif body is None:
            content = json.dumps({"detail": f"Injected failure ({status})"}).encode()
        elif isinstance(body, bytes):
            content = body
        else:
            content = json.dumps(body).encode()
        failure = Failure(status, failure_headers, content, connection_error)
        with self._lock:
            self._failures.setdefault(operation_id, deque()).extend(failure for _ in range(times))

    # -- transport ------------------------------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if self.latency:
            time.sleep(self.latency)
        return self._respond(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        if self.latency:
            await asyncio.sleep(self.latency)
        return self._respond(request)

    def _respond(self, request: httpx.Request) -> httpx.Response:
        path = unquote(request.url.path)
        query = parse_qs(request.url.query.decode(), keep_blank_values=True)
        with self._lock:
            operation_id, path_params, allowed = self._route(request.method, path)
            body = self._body(request)
            try:
                response = self._answer(request, operation_id, path_params, allowed, query, body)
            except httpx.ConnectError:
                self._log(request, operation_id, path, query, body, None)
                raise
            self._log(request, operation_id, path, query, body, response.status_code)
        return response

    def _route(self, method: str, path: str) -> tuple[str | None, dict[str, str], bool]:
        allowed = False
        for pattern, route_method, operation_id in ROUTES:
            match = pattern.match(path)
            if match:
                if route_method == method:
                    return operation_id, match.groupdict(), True
                allowed = True
        return None, {}, not allowed

    @staticmethod
    def _body(request: httpx.Request) -> Any:
        if not request.content:
            return None
        try:
            return json.loads(request.content)
        except ValueError:
            return request.content

    def _log(
        self,
        request: httpx.Request,
        operation_id: str | None,
        path: str,
        query: dict[str, list[str]],
        body: Any,
        status: int | None,
    ) -> None:
        headers = {name: value for name, value in request.headers.items() if name.lower() != "authorization"}
        if "authorization" in request.headers:
            headers["authorization"] = "Bearer [redacted]"
        self.requests.append(RecordedRequest(operation_id, request.method, path, query, headers, body, status))

    def _answer(  # noqa: PLR0911
        self,
        request: httpx.Request,
        operation_id: str | None,
        path_params: dict[str, str],
        allowed: bool,
        query: dict[str, list[str]],
        body: Any,
    ) -> httpx.Response:
        if request.url.path.startswith(UPLOAD_PATH) and request.method == "POST":
            return httpx.Response(204)
        if operation_id is None:
            return _json_response(404 if allowed else 405, {"detail": "Not Found" if allowed else "Method Not Allowed"})
        failure = self._next_failure(operation_id)
        if failure is not None:
            if failure.connection_error:
                raise httpx.ConnectError("[FakeStuut] injected connection error", request=request)
            return httpx.Response(failure.status, headers=failure.headers, content=failure.body)
        authorization = request.headers.get("authorization", "")
        scheme, _, credentials = authorization.partition(" ")
        if scheme.lower() != "bearer" or not credentials:
            return _json_response(401, {"detail": "Not authenticated"}, {"www-authenticate": "Bearer"})
        if credentials != self.token:
            return _json_response(401, {"detail": "Invalid authentication credentials"}, {"www-authenticate": "Bearer"})
        operation = OPERATIONS[operation_id]
        params, errors = parse_query(operation["parameters"], query, request.headers)
        if operation["body"] is not None:
            if body is None or isinstance(body, bytes):
                kind = "missing" if body is None else "json_invalid"
                message = "Field required" if body is None else "JSON decode error"
                errors.append({"type": kind, "loc": ["body"], "msg": message, "input": None})
            else:
                check_body(operation["body"][1:], body, ["body"], errors)
        if errors:
            return _json_response(422, {"detail": errors})
        call = Call(self._store, operation_id, path_params, params, body or {}, request)
        try:
            result = HANDLERS[operation_id](call)
        except NotFound as missing:
            return _json_response(404, {"detail": str(missing)})
        if isinstance(result, httpx.Response):
            return result
        return _json_response(200, result)

    def _next_failure(self, operation_id: str) -> Failure | None:
        for key in (operation_id, "*"):
            queue = self._failures.get(key)
            if queue:
                return queue.popleft()
        return None
