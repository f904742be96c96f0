"""Integrations (v2 connections and syncs, bare JSON arrays), sync and async, against recorded traffic."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call
from stuut_client.api.integrations import list_connections, request_sync
from stuut_client.models import (
    Connection,
    ConnectionHealth,
    ConnectionHealthStatusCode,
    ConnectionModel,
    IntegrationSync,
    IntegrationSyncStatus,
)

pytestmark = pytest.mark.vcr


def assert_typed_sync(sync: IntegrationSync) -> None:
    assert isinstance(sync, IntegrationSync)
    assert_typed(sync, "IntegrationSync")
    assert sync.status is IntegrationSyncStatus.SCHEDULED
    assert sync.batch_id == uuid.UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_connections_returns_a_typed_list(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    connections = await call(list_connections, mode, client, async_client)

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v2/integrations/connections")
    assert request.url.query == b""
    assert isinstance(connections, list) and len(connections) == 1
    connection = connections[0]
    assert isinstance(connection, Connection)
    assert_typed(connection, "Connection")
    assert isinstance(connection.health, ConnectionHealth)
    assert connection.health.status_code is ConnectionHealthStatusCode.HEALTHY
    assert isinstance(connection.models[0], ConnectionModel)
    assert_typed_sync(connection.models[0].last_sync)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_request_sync_posts_without_a_body_and_returns_a_typed_list(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    syncs = await call(request_sync, mode, client, async_client, connection_id="conn_1")

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v2/integrations/connections/conn_1/sync")
    assert request.content == b""
    assert isinstance(syncs, list) and len(syncs) == 1
    assert_typed_sync(syncs[0])
