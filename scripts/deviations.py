"""The spec-drift report: replay recorded responses in report mode and list the deviations by schema field.

    make deviations                                   # every cassette under tests/cassettes
    python scripts/deviations.py --json               # the same, as JSON (for a dashboard or a diff)
    python scripts/deviations.py --fail-on-deviation  # exit 1 if anything deviates (CI after `make record`)

Each recorded 2xx JSON response is mapped to its operation (method and path template from openapi/stuut.yaml)
and parsed by that operation's own response path with ``validation="report"``, as a service would. The report
groups what did not fit by schema, field, kind and expectation: the to-do list for the next spec edit. Record
against a real server first (``STUUT_BASE_URL=... STUUT_API_TOKEN=... make record``) for it to say anything
about the real service; against the Prism mock every response fits by construction. Responses that raise
(structural failures: not JSON, wrong top-level type) are listed apart.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "stuut.yaml"
CASSETTES = ROOT / "tests" / "cassettes"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
sys.path.insert(0, str(ROOT / "generated" / "stuut-client"))

from stuut_client import Client, Deviation, StuutError  # noqa: E402
from stuut_client._response import operation_response  # noqa: E402


@dataclass(frozen=True)
class Operation:
    method: str
    pattern: re.Pattern[str]
    module: str  # stuut_client.api.<tag>.<operationId>


def spec_operations(spec: dict[str, Any]) -> list[Operation]:
    found = []
    for path, item in spec["paths"].items():
        # A path parameter matches one segment, percent-encoded as recorded.
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                found.append(
                    Operation(method.upper(), pattern, f"stuut_client.api.{op['tags'][0]}.{op['operationId']}")
                )
    # Literal paths before templated ones (/v1/files/presign before /v1/files/{file_id}).
    return sorted(found, key=lambda op: op.pattern.pattern.count("[^/]+"))


@dataclass(frozen=True)
class Recorded:
    cassette: Path
    number: int
    method: str
    uri: str
    status: int
    headers: dict[str, str]
    body: bytes


def recorded_responses(folder: Path) -> Iterator[Recorded]:
    for path in sorted(folder.rglob("*.yaml")):
        cassette = yaml.load(path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
        for number, interaction in enumerate(cassette.get("interactions", [])):
            request, response = interaction["request"], interaction["response"]
            body = response["body"]["string"]
            headers = {
                name.lower(): ", ".join(map(str, values)) for name, values in response.get("headers", {}).items()
            }
            yield Recorded(
                path,
                number,
                str(request["method"]).upper(),
                request["uri"],
                int(response["status"]["code"]),
                headers,
                body.encode() if isinstance(body, str) else bytes(body),
            )


def replay(recorded: Recorded, operation: Operation, client: Client) -> list[Deviation]:
    """The operation's own response handling, in report mode, on the recorded response."""
    module = importlib.import_module(operation.module)
    request = httpx.Request(recorded.method, recorded.uri)
    response = httpx.Response(recorded.status, headers=recorded.headers, content=recorded.body, request=request)
    built = operation_response(module, client, response)
    deviations: list[Deviation] = built.deviations
    return deviations


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cassettes", type=Path, default=CASSETTES, help="folder of vcrpy cassettes to replay")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--fail-on-deviation", action="store_true", help="exit 1 if any response deviates")
    args = parser.parse_args()

    operations = spec_operations(yaml.safe_load(SPEC.read_text()))
    client = Client(token="replay", validation="report")
    groups: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    received: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    failures: list[str] = []
    replayed = 0
    for recorded in recorded_responses(args.cassettes):
        if not 200 <= recorded.status < 300 or "json" not in recorded.headers.get("content-type", "application/json"):
            continue
        path = urlsplit(recorded.uri).path
        operation = next((op for op in operations if op.method == recorded.method and op.pattern.match(path)), None)
        where = f"{recorded.cassette.relative_to(args.cassettes)} #{recorded.number}"
        if operation is None:
            failures.append(f"{where}: {recorded.method} {path} is not an operation of the spec")
            continue
        replayed += 1
        try:
            deviations = replay(recorded, operation, client)
        except StuutError as error:
            failures.append(f"{where}: {error}")
            continue
        for deviation in deviations:
            key = (deviation.schema, deviation.field, deviation.kind, deviation.expected)
            group = groups.setdefault(key, {"count": 0, "example": f"{where} {deviation.path}"})
            group["count"] += 1
            received[key].add(deviation.received)

    rows = [
        {
            "schema": schema,
            "field": field,
            "kind": kind,
            "expected": expected,
            "received": sorted(received[(schema, field, kind, expected)]),
            **groups[(schema, field, kind, expected)],
        }
        for schema, field, kind, expected in sorted(groups)
    ]
    if args.json:
        print(json.dumps({"responses": replayed, "deviations": rows, "failures": failures}, indent=2))
    else:
        total = sum(row["count"] for row in rows)
        print(f"{replayed} recorded responses replayed in report mode: {total} deviations in {len(rows)} fields")
        for row in rows:
            print(
                f"  {row['schema']}.{row['field']}: {row['kind']}, expected {row['expected']}, "
                f"received {' / '.join(row['received'])}: {row['count']}x (e.g. {row['example']})"
            )
        for failure in failures:
            print(f"  not parsed: {failure}")
    return 1 if args.fail_on_deviation and (rows or failures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
