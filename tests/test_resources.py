"""The resource-style client: Stuut / AsyncStuut, every operation as client.<resource>.<method>, sync and async."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from spec_fake import SpecFake, page_response, transport
from spec_tools import load_spec, model_class, operations
from stuut_client import AsyncPage, AsyncStuut, MissingTokenError, RawResponse, Stuut, SyncPage
from stuut_client.models import Invoice, InvoiceStatus

TOKEN = "sk_test_secret_token"


def _methods() -> dict[str, str]:
    return yaml.safe_load((Path(__file__).parent.parent / "overrides" / "resource_methods.yaml").read_text())  # type: ignore[no-any-return]


def stuut(fake: SpecFake, mode: str, **options: Any) -> Any:
    cls = Stuut if mode == "sync" else AsyncStuut
    return cls(token=TOKEN, base_url="https://api.stuut.ai", httpx_args=transport(fake), **options)


async def invoke(method: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
    result = method(*args, **kwargs)
    return result if mode == "sync" else await result


def resource_method(client: Any, where: str) -> Any:
    target = client
    for part in where.split("."):
        target = getattr(target, part)
    return target


def _example_value(schema: dict[str, Any]) -> Any:
    """A value of a schema: enums as their first value's plain string (the literal form)."""
    spec = load_spec()
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if "anyOf" in schema:
        return _example_value(schema["anyOf"][0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        return [_example_value(schema.get("items", {}))]
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return "x_1"


def required_arguments(op: Any) -> tuple[list[Any], dict[str, Any]]:
    """Positional path parameters and the required keywords (query, header, body fields) of an operation."""
    spec = load_spec()
    args = [f"{p['name']}_1" for p in op.spec.get("parameters", []) if p["in"] == "path"]
    kwargs = {
        p["name"]: _example_value(p["schema"])
        for p in op.spec.get("parameters", [])
        if p["in"] in ("query", "header") and p.get("required")
    }
    if "requestBody" in op.spec:
        ref = op.spec["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        body = spec["components"]["schemas"][ref.rsplit("/", 1)[-1]]
        for name in body.get("required", []):
            kwargs[name] = _example_value(body["properties"][name])
    return args, kwargs


OPERATIONS = {op.operation_id: op for op in operations()}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation_id", sorted(_methods()))
async def test_every_operation_is_one_request_through_its_method(operation_id: str, mode: str) -> None:
    op = OPERATIONS[operation_id]
    fake = SpecFake()
    client = stuut(fake, mode)
    args, kwargs = required_arguments(op)
    result = await invoke(resource_method(client, _methods()[operation_id]), mode, *args, **kwargs)
    assert len(fake.requests) == 1
    request = fake.requests[0]
    assert request.method == op.method.upper()
    assert fake.operation(request).operation_id == operation_id
    for value in args:
        assert value in request.url.path
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    schema = op.ok_response()["schema"]
    envelope = load_spec()["components"]["schemas"].get(schema.get("$ref", "/").rsplit("/", 1)[-1], {})
    if "next_page" in envelope.get("properties", {}):  # a paginated list
        assert isinstance(result, SyncPage if mode == "sync" else AsyncPage)
        result = result.page
    if schema.get("type") == "array":
        assert all(isinstance(item, model_class(schema["items"]["$ref"])) for item in result)
    else:
        assert isinstance(result, model_class(schema["$ref"]))


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_body_fields_are_keyword_arguments_and_enum_literals_are_sent_as_values(mode: str) -> None:
    fake = SpecFake()
    client = stuut(fake, mode)
    await invoke(client.files.create, mode, name="terms.pdf", mime_type="application/pdf", size=20480, purpose="email")
    sent = json.loads(fake.requests[0].content)
    assert sent == {"name": "terms.pdf", "mime_type": "application/pdf", "size": 20480, "purpose": "email"}


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_enum_filters_accept_members_literals_and_unknown_values(mode: str) -> None:
    fake = SpecFake()
    client = stuut(fake, mode)
    await invoke(client.invoices.list, mode, status=[InvoiceStatus.OPEN, "overdue"], sort_order="desc")
    await invoke(client.invoices.list, mode, status=["from_a_newer_server"])  # type: ignore[list-item]
    first, second = (request.url.params for request in fake.requests)
    assert first.get_list("status") == ["open", "overdue"]
    assert first["sort_order"] == "desc"
    assert second.get_list("status") == ["from_a_newer_server"]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_returns_the_first_page_and_iterating_walks_every_page_with_the_filters(mode: str) -> None:
    fake = SpecFake()
    fake.reply(
        "list_invoices",
        page_response(["inv_1", "inv_2"], 0, 1, 3),
        page_response(["inv_3"], 1, None, 3),
    )
    client = stuut(fake, mode)
    page = await invoke(client.invoices.list, mode, status=["open"], limit=2)
    assert [invoice.id for invoice in page.data] == ["inv_1", "inv_2"]
    assert (page.current_page, page.total_records, page.next_page) == (0, 3, 1)
    assert page.request_id is None or page.request_id.startswith("req_")
    assert len(fake.requests) == 1
    if mode == "sync":
        ids = [invoice.id for invoice in page]
    else:
        ids = [invoice.id async for invoice in page]
    assert ids == ["inv_1", "inv_2", "inv_3"]
    assert [r.url.params["page"] for r in fake.requests] == ["0", "1"]
    assert all(r.url.params.get_list("status") == ["open"] and r.url.params["limit"] == "2" for r in fake.requests)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_iter_pages_and_a_concurrent_walk_from_the_same_page(mode: str) -> None:
    fake = SpecFake()
    fake.reply(
        "list_invoices",
        page_response(["inv_1"], 0, 1, 3),
        page_response(["inv_2"], 1, 2, 3),
        page_response(["inv_3"], 2, None, 3),
        page_response(["inv_2"], 1, 2, 3),
        page_response(["inv_3"], 2, None, 3),
    )
    client = stuut(fake, mode)
    page = await invoke(client.invoices.list, mode, limit=1)
    if mode == "sync":
        pages = [p.current_page for p in page.iter_pages()]
        items = [invoice.id for invoice in page.iter_items(concurrency=2)]
    else:
        pages = [p.current_page async for p in page.iter_pages()]
        items = [invoice.id async for invoice in page.iter_items(concurrency=2)]
    assert pages == [0, 1, 2]
    assert sorted(items) == ["inv_1", "inv_2", "inv_3"] and items[0] == "inv_1"
    assert [r.url.params["page"] for r in fake.requests].count("0") == 1  # the first page was fetched once


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_with_raw_response_gives_status_headers_body_request_id_and_the_parsed_value(mode: str) -> None:
    fake = SpecFake()
    client = stuut(fake, mode)
    raw = await invoke(client.invoices.with_raw_response.retrieve, mode, "inv_1")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.request_id == "req_1"
    assert raw.headers["content-type"] == "application/json"
    assert json.loads(raw.content)["id"] == raw.parse().id
    assert isinstance(raw.parse(), Invoice)
    listed = await invoke(client.v2.bank_transactions.with_raw_response.list, mode, limit=5)
    assert listed.request_id == "req_2" and listed.parse().request_id == "req_2"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_per_call_options_are_sent_with_that_call_only(mode: str) -> None:
    fake = SpecFake()
    client = stuut(fake, mode)
    await invoke(
        client.invoices.retrieve,
        mode,
        "inv_1",
        timeout=3.0,
        extra_headers={"X-Trace": "t-1"},
        extra_query={"expand": "partner"},
    )
    await invoke(client.invoices.retrieve, mode, "inv_1")
    first, second = fake.requests
    assert first.headers["x-trace"] == "t-1" and first.url.params["expand"] == "partner"
    assert first.extensions["timeout"]["read"] == 3.0
    assert "x-trace" not in second.headers and "expand" not in second.url.params
    assert second.extensions["timeout"]["read"] == 60.0


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_idempotency_key_is_sent_and_makes_a_post_retryable(mode: str) -> None:
    fake = SpecFake()
    fake.reply("sync_invoice", httpx.Response(503), httpx.Response(503))
    client = stuut(fake, mode)
    with pytest.raises(Exception, match="503"):
        await invoke(client.invoices.sync, mode, "inv_1")
    assert len(fake.requests) == 1  # a POST without a key is not retried
    invoice = await invoke(client.invoices.sync, mode, "inv_1", idempotency_key="sync-inv_1-1")
    assert isinstance(invoice, Invoice)
    assert [r.headers.get("idempotency-key") for r in fake.requests[1:]] == ["sync-inv_1-1", "sync-inv_1-1"]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_with_options_copies_share_the_connection_pool(mode: str) -> None:
    fake = SpecFake()
    client = stuut(fake, mode, max_retries=0)
    copy = client.with_options(max_retries=3, extra_headers={"X-Team": "ar"})
    assert isinstance(copy, type(client))
    assert copy.client.max_retries == 3 and client.client.max_retries == 0
    await invoke(copy.invoices.retrieve, mode, "inv_1")
    assert fake.requests[0].headers["x-team"] == "ar"
    if mode == "sync":
        assert copy.client.get_httpx_client() is client.client.get_httpx_client()
    else:
        assert copy.client.get_async_httpx_client() is client.client.get_async_httpx_client()


def test_without_arguments_the_token_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUUT_API_TOKEN", TOKEN)
    monkeypatch.setenv("STUUT_BASE_URL", "http://127.0.0.1:9")
    for cls in (Stuut, AsyncStuut):
        client = cls()
        assert client.base_url == "http://127.0.0.1:9"
        assert client.client.token == TOKEN
        assert repr(client) == f"{cls.__name__}(base_url='http://127.0.0.1:9')"
        assert TOKEN not in repr(client)


def test_a_missing_token_says_how_to_set_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STUUT_API_TOKEN", raising=False)
    with pytest.raises(MissingTokenError, match=r"STUUT_API_TOKEN.*export STUUT_API_TOKEN=|token="):
        Stuut()
    with pytest.raises(MissingTokenError, match="STUUT_API_TOKEN"):
        AsyncStuut()


def test_client_options_are_passed_to_the_client() -> None:
    client = Stuut(token=TOKEN, timeout=7.0, max_retries=5, lazy_parsing=True, max_retry_after=10.0)
    assert client.client.max_retries == 5 and client.client.lazy_parsing is True
    assert client.client.max_retry_after == 10.0
    assert client.client.with_options()._timeout == httpx.Timeout(7.0)


def test_every_method_has_a_docstring_from_the_spec() -> None:
    client = Stuut(token=TOKEN)
    for operation_id, where in _methods().items():
        doc = inspect.getdoc(resource_method(client, where)) or ""
        summary = OPERATIONS[operation_id].spec.get("summary", "")
        assert doc.startswith(summary), operation_id
        assert "Raises:" in doc and "Returns:" in doc, operation_id
    doc = inspect.getdoc(client.invoices.list) or ""
    assert "limit (int): The page size. Default: 50. Range: 1..200." in doc
    assert '"overdue"' in doc


def test_optional_arguments_not_given_are_not_sent() -> None:
    fake = SpecFake()
    Stuut(token=TOKEN, httpx_args=transport(fake)).invoices.list()
    assert dict(fake.requests[0].url.params) == {"page": "0", "limit": "50"}
