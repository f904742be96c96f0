"""Installing the runtime's httpx event hooks on a client, each once (the send path installs them per call)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Literal

import httpx


def install_hook(
    client: httpx.Client | httpx.AsyncClient,
    event: Literal["request", "response"],
    hook: Callable[[Any], None],
    async_hook: Callable[[Any], Awaitable[None]],
) -> None:
    """Add ``hook`` (``async_hook`` on an ``httpx.AsyncClient``, which awaits its hooks) unless it is there."""
    chosen = async_hook if isinstance(client, httpx.AsyncClient) else hook
    hooks = client.event_hooks[event]
    if chosen not in hooks:
        hooks.append(chosen)
