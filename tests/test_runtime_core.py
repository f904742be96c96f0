"""The runtime under every operation: path parameters, the shared connection pool, copies, signatures."""

from __future__ import annotations

import copy
import enum
import inspect
import pickle
import sys
import threading
from typing import Any

import httpx
import pytest
from spec_tools import operations
from stuut_client import Client, Stuut
from stuut_client._paths import path_segment
from stuut_client.api.invoices import list_invoices, retrieve_invoice
from stuut_client.errors import ResponseValidationError
from stuut_client.types import UNSET

TOKEN = "sk_test_core"
OPERATIONS_WITH_PATH_PARAMETERS = [op for op in operations() if "{" in op.path]


def recording_transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "current_page": 0, "total_records": 0, "next_page": None})

    return httpx.MockTransport(handler)


def arguments_with(module: Any, bad_value: str) -> dict[str, Any]:
    """Every path parameter set to ``bad_value``; other required arguments None (never reached)."""
    signature = inspect.signature(module.sync_detailed)
    arguments: dict[str, Any] = {}
    for name, parameter in signature.parameters.items():
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            arguments[name] = bad_value
        elif name != "client" and parameter.default is inspect.Parameter.empty:
            arguments[name] = None
    return arguments


def test_every_operation_with_a_path_parameter_is_covered() -> None:
    assert len(OPERATIONS_WITH_PATH_PARAMETERS) >= 20


@pytest.mark.parametrize("bad_value", ["", ".", ".."])
@pytest.mark.parametrize("operation", OPERATIONS_WITH_PATH_PARAMETERS, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_path_value_that_would_change_the_endpoint_is_refused_before_sending(
    mode: str, operation: Any, bad_value: str
) -> None:
    seen: list[httpx.Request] = []
    transport = recording_transport(seen)
    client = Client(token=TOKEN, httpx_args={"transport": transport})
    arguments = arguments_with(operation.module, bad_value)
    with pytest.raises(ValueError, match="cannot be") as raised:
        if mode == "sync":
            operation.module.sync_detailed(client=client, **arguments)
        else:
            await operation.module.asyncio_detailed(client=client, **arguments)
    assert "endpoint" in str(raised.value)
    assert seen == []


@pytest.mark.parametrize(
    ("bad_value", "error"),
    [(None, TypeError), (b"inv_1", TypeError), (12, TypeError), (True, TypeError), (["inv_1"], TypeError)]
    + [("inv_\ud800", ValueError), ("\udfff", ValueError)],
    ids=["None", "bytes", "int", "bool", "list", "lone-high-surrogate", "lone-low-surrogate"],
)
@pytest.mark.parametrize("operation", OPERATIONS_WITH_PATH_PARAMETERS, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_path_value_that_is_not_a_sendable_str_is_refused_naming_the_parameter(
    mode: str, operation: Any, bad_value: object, error: type[Exception]
) -> None:
    seen: list[httpx.Request] = []
    client = Client(token=TOKEN, httpx_args={"transport": recording_transport(seen)})
    arguments = arguments_with(operation.module, bad_value)  # type: ignore[arg-type]
    with pytest.raises(error) as raised:
        if mode == "sync":
            operation.module.sync_detailed(client=client, **arguments)
        else:
            await operation.module.asyncio_detailed(client=client, **arguments)
    assert type(raised.value) is error  # not a bare UnicodeEncodeError
    first_path_parameter = operation.path.split("{")[1].split("}")[0]
    assert str(raised.value).startswith(first_path_parameter)
    assert seen == []


def test_the_resource_methods_refuse_a_path_value_that_is_not_a_str_too() -> None:
    seen: list[httpx.Request] = []
    client = Stuut(token=TOKEN, httpx_args={"transport": recording_transport(seen)})
    with pytest.raises(TypeError, match="invoice_id must be a str"):
        client.invoices.retrieve(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="invoice_id cannot be sent"):
        client.invoices.retrieve("\ud800")
    assert seen == []


def test_an_integer_path_parameter_takes_an_int_only_and_a_str_subclass_is_sent_as_its_value() -> None:
    assert path_segment("number", 42, integer=True) == "42"
    for value in ("42", True, 4.2, None):
        with pytest.raises(TypeError, match="number must be an int"):
            path_segment("number", value, integer=True)

    class Kind(enum.StrEnum):
        OPEN = "open/1"

    assert path_segment("kind", Kind.OPEN) == "open%2F1"


@pytest.mark.parametrize("value", ["...", "a.b", "a/b", "%2e%2e", " .. "])
def test_other_values_are_one_encoded_segment(value: str) -> None:
    seen: list[httpx.Request] = []
    client = Client(token=TOKEN, httpx_args={"transport": recording_transport(seen)}, validation="strict")
    with pytest.raises(ResponseValidationError):  # the empty page is not an Invoice; only the URL matters here
        retrieve_invoice.sync(value, client=client)
    assert len(seen) == 1
    path = seen[0].url.raw_path.decode()
    assert path.startswith("/v1/invoices/") and path.count("/") == 3


def test_copies_made_before_the_first_request_share_one_pool() -> None:
    seen: list[httpx.Request] = []
    client = Client(token=TOKEN, httpx_args={"transport": recording_transport(seen)})
    copies = [client.with_options(max_retries=0), client.with_headers({"X-Trace": "1"}), client.with_timeout(3)]
    list_invoices.sync(client=copies[0])
    list_invoices.sync(client=copies[1])
    assert {id(c.get_httpx_client()) for c in [client, *copies]} == {id(client.get_httpx_client())}
    assert seen[1].headers["x-trace"] == "1" and "x-trace" not in seen[0].headers


async def test_async_copies_share_one_pool_too() -> None:
    seen: list[httpx.Request] = []
    client = Client(token=TOKEN, httpx_args={"transport": recording_transport(seen)})
    copy = client.with_options(extra_query={"trace": "1"})
    await list_invoices.asyncio(client=copy)
    assert copy.get_async_httpx_client() is client.get_async_httpx_client()
    assert seen[0].url.params["trace"] == "1"
    await client.aclose()
    assert client.get_async_httpx_client().is_closed


def test_closing_a_copy_or_the_original_closes_the_one_pool() -> None:
    client = Client(token=TOKEN, httpx_args={"transport": recording_transport([])})
    copy = client.with_options(max_retries=1)
    with client:
        list_invoices.sync(client=copy)
    assert copy.get_httpx_client().is_closed


def test_threads_racing_on_a_fresh_client_build_one_httpx_client(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[httpx.Client] = []
    original_init = httpx.Client.__init__

    def counting_init(self: httpx.Client, *args: Any, **kwargs: Any) -> None:
        built.append(self)
        threading.Event().wait(0.01)  # widen the window a lock must close
        original_init(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "__init__", counting_init)
    client = Client(token=TOKEN, httpx_args={"transport": recording_transport([])})
    start = threading.Barrier(20)

    def use() -> None:
        start.wait()
        client.get_httpx_client()

    threads = [threading.Thread(target=use) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 1


def test_unset_reads_as_unset_in_signatures() -> None:
    assert repr(UNSET) == "UNSET"
    assert "0x" not in str(inspect.signature(list_invoices.sync))


def test_unset_stays_the_one_unset_when_copied_or_pickled() -> None:
    # A model's absent fields hold UNSET: a copy holding another Unset would fail `is UNSET` and equality.
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_the_token_is_not_in_the_repr_of_a_client_or_its_copies() -> None:
    client = Client(token=TOKEN)
    assert TOKEN not in repr(client) and TOKEN not in repr(client.with_options(timeout=1))


def test_an_unknown_validation_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="validation must be one of"):
        Client(token=TOKEN, validation="lenient")  # type: ignore[arg-type]


class _ImportsLookedFor:
    """A meta path finder that records each module the import system looks for (only modules not yet imported
    reach it) and finds none, so the finders after it work as before."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        self.names.append(name)


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
async def test_an_async_call_looks_for_no_module_to_import(serve: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # httpcore runs `import sniffio` on every async call; were it not installed (the package declares it), each
    # call would search sys.path for it again: a third of a small async request's CPU.
    from fault_server import answering

    server = serve(answering("200 OK", b'{"id": "inv_1", "object": "invoice"}'))
    client = Client(token="t", base_url=server.base_url, max_retries=0)
    await retrieve_invoice.asyncio_detailed(client=client, invoice_id="inv_1")  # first-call imports
    looked_for = _ImportsLookedFor()
    monkeypatch.setattr(sys, "meta_path", [looked_for, *sys.meta_path])
    for _ in range(3):
        await retrieve_invoice.asyncio_detailed(client=client, invoice_id="inv_1")
    assert looked_for.names == []
