"""Safe defaults of stuut_client.Client: timeouts, user agent, token safety, logging, configuration."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
import stuut_client
from stuut_client import Client, client_from_env
from stuut_client.api.invoices import list_invoices
from stuut_client.client import USER_AGENT
from stuut_client.errors import AuthenticationError

TOKEN = "sk_live_very_secret_token"


def answering(status: int, seen: list[httpx.Request] | None = None) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        empty_page = {"data": [], "current_page": 0, "total_records": 0, "next_page": None}
        return httpx.Response(status, json={"detail": "nope"} if status >= 400 else empty_page)

    return httpx.MockTransport(handler)


def test_the_package_exports_a_ready_client_and_the_error_hierarchy() -> None:
    assert stuut_client.Client is stuut_client.AuthenticatedClient
    assert issubclass(stuut_client.RateLimitError, stuut_client.APIStatusError)
    assert issubclass(stuut_client.APITimeoutError, stuut_client.APIConnectionError)


def test_defaults_are_https_a_real_timeout_and_two_retries() -> None:
    client = Client(token=TOKEN)
    httpx_client = client.get_httpx_client()
    assert client.base_url == "https://api.stuut.ai"
    assert httpx_client.timeout == httpx.Timeout(60.0, connect=5.0)
    assert httpx_client.headers["user-agent"] == USER_AGENT == "stuut-client/0.1.0"
    assert httpx_client.headers["authorization"] == f"Bearer {TOKEN}"
    assert client.max_retries == 2


def test_the_token_never_appears_in_repr_or_str() -> None:
    client = Client(token=TOKEN, headers={"X-Team": "ar"})
    client.get_httpx_client()
    assert TOKEN not in repr(client) and TOKEN not in str(client)
    assert TOKEN not in repr(client.with_options(max_retries=0))


def test_the_token_never_appears_in_error_messages() -> None:
    client = Client(token=TOKEN, httpx_args={"transport": answering(401)})
    with pytest.raises(AuthenticationError) as caught:
        list_invoices.sync(client=client)
    assert TOKEN not in str(caught.value) and TOKEN not in repr(caught.value)


@pytest.mark.parametrize("base_url", ["http://api.stuut.ai", "http://10.0.0.5:8080"])
def test_plain_http_to_another_host_is_refused(base_url: str) -> None:
    with pytest.raises(ValueError, match="plain http to a non-loopback host"):
        Client(token=TOKEN, base_url=base_url)
    assert Client(token=TOKEN, base_url=base_url, allow_insecure_http=True).base_url == base_url


@pytest.mark.parametrize("base_url", ["http://localhost:4010", "http://127.0.0.1:4010", "http://[::1]:4010"])
def test_plain_http_to_loopback_is_allowed(base_url: str) -> None:
    assert Client(token=TOKEN, base_url=base_url).base_url == base_url


def test_an_empty_token_is_refused() -> None:
    with pytest.raises(ValueError, match="token is empty"):
        Client(token="")


def test_client_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STUUT_API_TOKEN", raising=False)
    with pytest.raises(ValueError, match="STUUT_API_TOKEN is not set"):
        client_from_env()
    monkeypatch.setenv("STUUT_API_TOKEN", TOKEN)
    monkeypatch.setenv("STUUT_BASE_URL", "http://127.0.0.1:4010")
    client = client_from_env(max_retries=0)
    assert (client.token, client.base_url, client.max_retries) == (TOKEN, "http://127.0.0.1:4010", 0)


def test_with_options_shares_the_connection_pool_and_changes_the_timeout() -> None:
    client = Client(token=TOKEN)
    pool = client.get_httpx_client()
    copy = client.with_options(timeout=3.0, max_retries=0)
    assert copy.get_httpx_client() is pool
    assert copy.max_retries == 0 and client.max_retries == 2


def test_a_per_call_timeout_is_sent_with_the_request() -> None:
    seen: list[httpx.Request] = []
    client = Client(token=TOKEN, httpx_args={"transport": answering(200, seen)})
    list_invoices.sync(client=client.with_options(timeout=3.0))
    assert seen[0].extensions["timeout"] == httpx.Timeout(3.0).as_dict()


def test_info_logging_shows_method_url_status_and_attempt_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    client = Client(token=TOKEN, httpx_args={"transport": answering(200)})
    with caplog.at_level(logging.DEBUG, logger="stuut_client"):
        list_invoices.sync(client=client)
    assert "GET https://api.stuut.ai/v1/invoices?page=0&limit=50 -> 200 (attempt 1," in caplog.text
    assert "'authorization': 'REDACTED'" in caplog.text
    assert TOKEN not in caplog.text


def test_stuut_log_switches_logging_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from stuut_client._logging import configure_from_env, logger

    monkeypatch.setenv("STUUT_LOG", "info")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    configure_from_env()
    assert logger.level == logging.INFO and len(logger.handlers) == 1
    configure_from_env()
    assert len(logger.handlers) == 1
