"""The retry policy's arithmetic and rules, as plain functions (no HTTP)."""

from __future__ import annotations

import email.utils

import httpx
import pytest
from stuut_client._retry import RetryPolicy, may_resend, reached_server, retry_after, retryable_status


@pytest.mark.parametrize(
    ("retry_number", "full"), [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (9, 8.0)]
)
def test_backoff_doubles_from_half_a_second_up_to_the_cap_minus_up_to_a_quarter_of_jitter(
    retry_number: int, full: float
) -> None:
    waits = [RetryPolicy().backoff(retry_number) for _ in range(200)]
    assert all(0.75 * full <= wait <= full for wait in waits)
    assert len(set(waits)) > 1  # jittered


def test_backoff_cap_is_configurable() -> None:
    assert RetryPolicy(max_backoff=1.0).backoff(6) <= 1.0


def test_negative_settings_are_rejected() -> None:
    with pytest.raises(ValueError, match="max_retries must be >= 0"):
        RetryPolicy(max_retries=-1)


@pytest.mark.parametrize(
    ("status", "retried"),
    [
        (408, True),
        (429, True),
        (500, True),
        (503, True),
        (520, True),
        (400, False),
        (401, False),
        (404, False),
        (409, False),
        (422, False),
    ],
)
def test_which_statuses_are_retried(status: int, retried: bool) -> None:
    assert retryable_status(status) is retried


def headers(**values: str) -> httpx.Headers:
    return httpx.Headers({k.replace("_", "-"): v for k, v in values.items()})


def test_retry_after_in_seconds() -> None:
    assert retry_after(headers(retry_after="2")) == 2.0
    assert retry_after(headers(retry_after="1.5")) == 1.5


def test_retry_after_ms_wins_over_retry_after() -> None:
    assert retry_after(headers(retry_after_ms="250", retry_after="9")) == 0.25


def test_retry_after_as_an_http_date() -> None:
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert retry_after(headers(retry_after=date), now=now) == pytest.approx(30.0)


def test_retry_after_in_the_past_or_garbage() -> None:
    assert retry_after(headers(retry_after=email.utils.formatdate(0, usegmt=True))) == 0.0
    assert retry_after(headers(retry_after="soon")) is None
    assert retry_after(headers()) is None


def request(method: str, **extra_headers: str) -> httpx.Request:
    return httpx.Request(method, "https://api.stuut.ai/v1/x", headers=extra_headers)


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE"])
def test_idempotent_methods_may_always_be_resent(method: str) -> None:
    assert may_resend(request(method), reached_server=True)


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_and_patch_are_resent_only_if_they_never_arrived_or_carry_an_idempotency_key(method: str) -> None:
    assert not may_resend(request(method), reached_server=True)
    assert may_resend(request(method), reached_server=False)
    assert may_resend(request(method, **{"Idempotency-Key": "k1"}), reached_server=True)


def test_only_connection_failures_count_as_never_reaching_the_server() -> None:
    assert not reached_server(httpx.ConnectError("refused"))
    assert not reached_server(httpx.ConnectTimeout("slow dns"))
    assert not reached_server(httpx.PoolTimeout("pool"))
    assert reached_server(httpx.ReadTimeout("slow"))
    assert reached_server(httpx.RemoteProtocolError("reset"))
