"""Shared test setup: cassette recording rules and clients pointed at the recorded server.

Tests replay cassettes (`make test` passes --record-mode=none --block-network). `make record` re-records
them against STUUT_BASE_URL/STUUT_API_TOKEN, or against a local Prism mock of the spec.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
from stuut_client import Client

CASSETTES = Path(__file__).parent / "cassettes"
# Cassettes always name this host, whatever server they were recorded against, so replay does not depend
# on the port Prism happened to use.
CANONICAL_BASE_URL = "https://api.stuut.ai"
REPLAY_TOKEN = "test-token"
# Response headers worth keeping; everything else (Date, Set-Cookie, CORS noise) would make every
# recording differ or leak session state.
KEPT_RESPONSE_HEADERS = {"content-type", "retry-after", "retry-after-ms", "x-request-id"}


def _canonical_host(request: Any) -> Any:
    parts = urlsplit(request.uri)
    canonical = urlsplit(CANONICAL_BASE_URL)
    request.uri = urlunsplit((canonical.scheme, canonical.netloc, parts.path, parts.query, ""))
    return request


def _keep_stable_headers(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = {
        name: value for name, value in response["headers"].items() if name.lower() in KEPT_RESPONSE_HEADERS
    }
    return response


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    # Never put record_mode here: it would override --record-mode on the command line.
    return {
        "filter_headers": [
            ("authorization", "Bearer REDACTED"),
            ("cookie", None),
            ("user-agent", None),
            ("host", "api.stuut.ai"),
        ],
        "before_record_request": _canonical_host,
        "before_record_response": _keep_stable_headers,
        "match_on": ("method", "path", "query", "body"),
        "decode_compressed_response": True,
    }


@pytest.fixture(autouse=True)
def _cassettes_exist_and_are_played(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail clearly on a missing cassette, and fail when a recorded interaction was never replayed."""
    if request.node.get_closest_marker("vcr") is None:
        yield
        return
    replaying = request.config.getoption("--record-mode") == "none"
    cassette_dir = Path(request.getfixturevalue("vcr_cassette_dir"))
    cassette_path = cassette_dir / f"{request.getfixturevalue('default_cassette_name')}.yaml"
    if replaying and not cassette_path.exists():
        pytest.fail(
            f"cassette {cassette_path.relative_to(CASSETTES.parent.parent)} is missing: record it with `make record`"
        )
    cassette = request.getfixturevalue("vcr")
    yield
    if replaying and cassette is not None and not cassette.all_played:
        unplayed = len(cassette.data) - cassette.play_count
        pytest.fail(f"{unplayed} recorded interaction(s) in {cassette_path.name} were not replayed")


class SentRequests(list[httpx.Request]):
    """The requests a client actually put on the wire, in order (captured by an httpx event hook)."""

    def record(self, request: httpx.Request) -> None:
        self.append(request)

    async def arecord(self, request: httpx.Request) -> None:
        self.append(request)


@pytest.fixture
def sent() -> SentRequests:
    return SentRequests()


def _base_url() -> str:
    return os.environ.get("STUUT_BASE_URL", CANONICAL_BASE_URL)


def _token() -> str:
    return os.environ.get("STUUT_API_TOKEN", REPLAY_TOKEN)


class Server:
    """Where the tests' clients send requests: the canonical host on replay, the live or mock server on record."""

    base_url = httpx.URL(_base_url())
    token = _token()


@pytest.fixture
def server() -> type[Server]:
    return Server


@pytest.fixture
def client(sent: SentRequests) -> Iterator[Client]:
    with Client(
        token=_token(),
        base_url=_base_url(),
        httpx_args={"event_hooks": {"request": [sent.record]}},
        validation="strict",  # the suite runs strict, so spec drift fails it (see _deviations.py)
    ) as c:
        yield c


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry waits, recorded instead of slept (every test: the suite never sleeps for a retry)."""
    import stuut_client._send as send

    waits: list[float] = []

    async def async_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(send, "sleep", waits.append)
    monkeypatch.setattr(send, "async_sleep", async_sleep)
    return waits


@pytest.fixture(autouse=True)
def _no_real_retry_sleeps(slept: list[float]) -> None:
    pass


@pytest.fixture
def scripted(request: pytest.FixtureRequest, sent: SentRequests) -> Iterator[Any]:
    """Build a client (sync or async) whose traffic comes from a script while recording, a cassette on replay.

    ``client = scripted(replies, mode, **client_kwargs)``; see tests/scripted_server.py.
    """
    from scripted_server import ScriptedServer

    recording = request.config.getoption("--record-mode") != "none"
    servers: list[ScriptedServer] = []

    def make(script: Any, mode: str, **client_kwargs: Any) -> Client:
        base_url = CANONICAL_BASE_URL
        if recording:
            server = ScriptedServer(script).__enter__()
            servers.append(server)
            base_url = server.base_url
        hook = sent.record if mode == "sync" else sent.arecord
        client_kwargs.setdefault("validation", "strict")
        return Client(
            token=REPLAY_TOKEN, base_url=base_url, httpx_args={"event_hooks": {"request": [hook]}}, **client_kwargs
        )

    yield make
    for server in servers:
        server.__exit__()


@pytest.fixture
async def async_client(sent: SentRequests) -> Any:
    async with Client(
        token=_token(),
        base_url=_base_url(),
        httpx_args={"event_hooks": {"request": [sent.arecord]}},
        validation="strict",
    ) as c:
        yield c


@pytest.fixture
def serve() -> Iterator[Any]:
    """Start loopback fault servers (tests/fault_server.py): ``server = serve(fault)`` (or ``serve(fault,
    read_head=False)``); stopped after the test."""
    from fault_server import FaultServer

    servers: list[FaultServer] = []

    def start(fault: Any, **options: Any) -> FaultServer:
        server = FaultServer(fault, **options).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__()


# Hypothesis budgets (tests/test_model_properties.py): `ci` is small and derandomized so `make test` is quick
# and repeatable; `fuzz` (`make fuzz`) searches much longer with fresh random data and keeps failing examples
# in .hypothesis/ so they replay first next time. HYPOTHESIS_PROFILE picks one; `ci` is the default.
def _register_hypothesis_profiles() -> None:
    from hypothesis import HealthCheck, settings

    # Whole-spec models are big: generating one can be slow and large, which is expected here, not a smell.
    quiet = [HealthCheck.too_slow, HealthCheck.large_base_example, HealthCheck.data_too_large]
    settings.register_profile(
        "ci", max_examples=8, deadline=None, derandomize=True, database=None, suppress_health_check=quiet
    )
    settings.register_profile("fuzz", max_examples=200, deadline=None, suppress_health_check=quiet)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


_register_hypothesis_profiles()
