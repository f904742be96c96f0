"""Cassettes never carry secrets: no token, no cookie."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

CASSETTES = sorted((Path(__file__).parent / "cassettes").rglob("*.yaml"))
FORBIDDEN_HEADERS = {"cookie", "set-cookie"}


def test_there_are_cassettes() -> None:
    assert CASSETTES, "no cassettes found under tests/cassettes: run `make record`"


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_cassette_holds_no_token_or_cookie(path: Path) -> None:
    cassette = yaml.safe_load(path.read_text())
    for number, interaction in enumerate(cassette["interactions"]):
        request_headers = {k.lower(): v for k, v in interaction["request"]["headers"].items()}
        response_headers = {k.lower(): v for k, v in interaction["response"]["headers"].items()}
        where = f"{path.name} interaction {number}"
        assert request_headers.get("authorization", ["Bearer REDACTED"]) == ["Bearer REDACTED"], where
        assert not FORBIDDEN_HEADERS & set(request_headers), where
        assert not FORBIDDEN_HEADERS & set(response_headers), where
    assert "test-token" not in path.read_text()
