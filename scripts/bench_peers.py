"""What `make bench` measures on the same bytes: one `Decoder` per row, the client's and its peers'.

The peers are generated from openapi/stuut.yaml into .bench-cache/peers (never committed) and generated again
when the spec, this file or a tool version changes:
- `stuut_default`: openapi-python-client's default output (no custom templates, its own default ruff
  post-hooks run with this venv's ruff on PATH), renamed so that it imports next to `stuut_client`;
- `peer_pydantic`: datamodel-code-generator's pydantic v2 models;
- `peer_msgspec`: datamodel-code-generator's msgspec structs, with date-times as `datetime` (its default for
  msgspec is `str`), so that every row materializes the same values.

To measure another way for the client to decode a page, add a `Decoder` to `client_decoders()`. The resource
layer (`Stuut(...).invoices.list()`) gets its row from `resource_layer_decoders()` as soon as the package exports
`Stuut`.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "stuut.yaml"
CACHE = ROOT / ".bench-cache" / "peers"
TOOLS = ("openapi-python-client", "datamodel-code-generator", "pydantic", "msgspec", "orjson", "ruff")
# The generator's defaults but for the names, so that both packages import in one process.
PYDANTIC = "pydantic v2: model_validate_json"  # the row the client's parse is raced against
DEFAULT_CONFIG = "project_name_override: stuut-default\npackage_name_override: stuut_default\n"


@dataclass(frozen=True)
class Decoder:
    """One row: how a peer turns the body into a typed page, reads it, and dumps it back to builtins."""

    name: str
    parse: Callable[[bytes], Any]  # every field materialized
    read: Callable[[Any], list[tuple[Any, ...]]]  # id, number, status, amount_due, due_date, partner.name
    dump: Callable[[Any], Any] | None = None  # to JSON-ready builtins; None: not a row of the to_dict scenario
    ours: bool = False  # the client's own rows, which the targets are checked on
    lazy: bool = False  # nested objects parse on first read: not a full parse, so a row of scenario 2 only


def read_dicts(page: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            i["id"],
            i["number"],
            i["status"],
            i["amount_due"],
            i["due_date"],
            i["partner"]["name"] if i["partner"] else None,
        )
        for i in page["data"]
    ]


def read_models(page: Any) -> list[tuple[Any, ...]]:
    """Attribute access, the same for attrs, pydantic and msgspec models (Unset and UNSET are falsy)."""
    return [
        (i.id, i.number, i.status, i.amount_due, i.due_date, i.partner.name if i.partner else None) for i in page.data
    ]


def client_decoders() -> list[Decoder]:
    """The client's rows: from_dict alone, the body parse sync() runs, and the same with lazy parsing."""
    import httpx
    from stuut_client import Client
    from stuut_client._response import operation_response
    from stuut_client.api.invoices import list_invoices
    from stuut_client.models import InvoicePage

    client = Client(token="bench-token")  # never sends anything: operation_response only reads the response
    lazy_client = client.with_options(lazy_parsing=True)

    def as_sync_does(body: bytes, client: Client = client) -> Any:
        # What list_invoices.sync() runs on a 200 body: the fast path, or else the general path (_response.py).
        response = httpx.Response(200, content=body, headers={"content-type": "application/json"})
        return operation_response(list_invoices, client, response).parsed

    @functools.lru_cache(maxsize=2)  # bytes cache their hash: the lookup costs nothing after the first call
    def with_one_deviation(body: bytes) -> bytes:
        """The same page with a string for the envelope's current_page: a deviation after every invoice."""
        envelope_start = body.rindex(b'"current_page":')
        value_end = body.index(b",", envelope_start)
        number = body[envelope_start + len(b'"current_page":') : value_end].strip()
        return body[:envelope_start] + b'"current_page": "' + number + b'"' + body[value_end:]

    @functools.lru_cache(maxsize=4)
    def with_unlisted_currencies(body: bytes, every: int) -> bytes:
        """The same page with a currency the spec does not list in every ``every``-th invoice, as a server newer
        than the spec sends: each deviation in its own invoice, in a field the reading rows do not read (written
        as compactly as the page)."""
        page = json.loads(body)
        for invoice in page["data"][::every]:
            invoice["currency"] = "QQQ"
        return json.dumps(page, separators=(",", ":"), ensure_ascii=False).encode()

    return [
        *resource_layer_decoders(),
        # The general path: what a body that deviates from the spec is parsed by (no target: see as sync below).
        Decoder(
            "client: InvoicePage.from_dict(json.loads)",
            lambda body: InvoicePage.from_dict(json.loads(body)),
            read_models,
            lambda page: page.to_dict(),
        ),
        Decoder("client: list_invoices body parse (as sync)", as_sync_does, read_models, ours=True),
        # A body that deviates at its very end, in the envelope: the general path parses the envelope alone.
        Decoder(
            "client: as sync, one deviation after the last invoice",
            lambda body: as_sync_does(with_one_deviation(body)),
            read_models,
        ),
        # Deviations in items: the general path parses those invoices alone.
        Decoder(
            "client: as sync, an unlisted currency in every 20th invoice",
            lambda body: as_sync_does(with_unlisted_currencies(body, 20)),
            read_models,
        ),
        # A server newer than the spec in every item: the general path parses every invoice (no target).
        Decoder(
            "client: as sync, an unlisted currency in every invoice",
            lambda body: as_sync_does(with_unlisted_currencies(body, 1)),
            read_models,
        ),
        Decoder(
            "client: as sync, lazy_parsing=True",
            lambda body: as_sync_does(body, lazy_client),
            read_models,
            ours=True,
            lazy=True,
        ),
    ]


def resource_layer_decoders() -> list[Decoder]:
    """The hook for the resource layer: `client.invoices.list(limit=...)` on the page, once it exists.

    Its row answers every request from memory (an httpx.MockTransport serving the body being timed), so it
    measures what the resource method adds to the operation's parse: building the request, the send path and
    the delegation. No row while `stuut_client` has no `Stuut` class; when it has one, this row must run, so a
    change of its constructor or method names fails `make bench-quick` here rather than dropping the row.
    """
    import httpx
    import stuut_client

    stuut = getattr(stuut_client, "Stuut", None)
    if stuut is None:
        return []
    serving: dict[str, bytes] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=serving["body"], headers={"content-type": "application/json"})

    transport = httpx.MockTransport(answer)
    client = stuut(base_url="http://127.0.0.1:9", token="bench-token", httpx_args={"transport": transport})

    def listed(body: bytes) -> Any:
        serving["body"] = body
        return client.invoices.list(limit=200)

    return [Decoder("client: client.invoices.list() (resource layer)", listed, read_models, ours=True)]


def decoders() -> list[Decoder]:
    """Every row, baselines first; generates the peers first if needed."""
    import msgspec
    import orjson

    ensure_generated()
    sys.path[:0] = [str(CACHE), str(CACHE / "stuut-default")]
    default = importlib.import_module("stuut_default.models").InvoicePage
    pydantic_page = importlib.import_module("peer_pydantic").InvoicePage
    msgspec_decoder = msgspec.json.Decoder(importlib.import_module("peer_msgspec").InvoicePage)
    return [
        Decoder("json.loads", json.loads, read_dicts),
        Decoder("orjson.loads", orjson.loads, read_dicts),
        *client_decoders(),
        Decoder(
            "default generator output: from_dict(json.loads)",
            lambda body: default.from_dict(json.loads(body)),
            read_models,
            lambda page: page.to_dict(),
        ),
        Decoder(
            PYDANTIC,
            pydantic_page.model_validate_json,
            read_models,
            lambda page: page.model_dump(mode="json"),
        ),
        Decoder("msgspec: json.decode(type=InvoicePage)", msgspec_decoder.decode, read_models, msgspec.to_builtins),
    ]


def check_agreement(rows: list[Decoder], body: bytes) -> None:
    """Every row must read the same values from the body, or its timings would not compare like with like."""

    def plain(value: Any) -> Any:
        value = getattr(value, "value", value)  # enum members
        return value.isoformat().replace("+00:00", "Z") if isinstance(value, datetime) else value

    expected = None
    for row in rows:
        seen = [tuple(plain(v) for v in fields) for fields in row.read(row.parse(body))]
        if row.dump is not None:
            json.dumps(row.dump(row.parse(body)))  # the dump must be JSON-ready
        expected = expected or seen
        if seen != expected:
            raise AssertionError(f"{row.name} reads other values than {rows[0].name}: {seen[:1]} != {expected[:1]}")


def tool_versions() -> dict[str, str]:
    return {tool: version(tool) for tool in TOOLS}


def ensure_generated() -> None:
    """Generate the peers into .bench-cache/peers unless the ones there were made from the same inputs."""
    stamp = hashlib.sha256(SPEC.read_bytes() + Path(__file__).read_bytes() + repr(tool_versions()).encode())
    stamp_file = CACHE / "STAMP"
    if stamp_file.exists() and stamp_file.read_text() == stamp.hexdigest():
        return
    shutil.rmtree(CACHE, ignore_errors=True)
    CACHE.mkdir(parents=True)
    (CACHE / "default_config.yaml").write_text(DEFAULT_CONFIG)
    # No --fail-on-warning: the default output is measured as the generator leaves it.
    _run("openapi-python-client", "generate", "--path", str(SPEC), "--config", "default_config.yaml",
         "--output-path", str(CACHE / "stuut-default"))  # fmt: skip
    common = ["--input", str(SPEC), "--input-file-type", "openapi", "--target-python-version", "3.11"]
    common += ["--formatters", "builtin", "--disable-timestamp"]  # formatting does not change the models
    _run("datamodel-codegen", *common, "--output-model-type", "pydantic_v2.BaseModel", "--output", "peer_pydantic.py")
    _run("datamodel-codegen", *common, "--output-model-type", "msgspec.Struct", "--output-datetime-class", "datetime",
         "--output", "peer_msgspec.py")  # fmt: skip
    stamp_file.write_text(stamp.hexdigest())


def _run(tool: str, *args: str) -> None:
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}  # post-hooks find ruff
    result = subprocess.run([str(bin_dir / tool), *args], cwd=CACHE, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{tool} failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
