"""The `stuut_fake` pytest fixture, registered by the package's `pytest11` entry point when it is installed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._fake import FakeStuut


@pytest.fixture
def stuut_fake() -> Iterator[FakeStuut]:
    """A fresh `FakeStuut(seed=0)` for each test: `stuut_fake.client()` is a client it answers."""
    from ._fake import FakeStuut  # here, not at the top: every pytest run in an environment loads this plugin

    yield FakeStuut(seed=0)
