"""The model override on a schema stuut.yaml does not have: typed additional properties.

The client is generated (by scripts/generate.py's own functions, with the overrides and their upstream originals)
from a two-schema spec into a temporary directory, and used in a separate interpreter so it does not clash with
the stuut_client under test.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import generate  # noqa: E402

SPEC = """
openapi: 3.0.3
info: {title: additional properties, version: "1.0"}
paths:
  /bags:
    get:
      operationId: getBag
      tags: [bags]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Bag"}
components:
  schemas:
    Inner:
      type: object
      properties:
        n: {type: integer}
    Bag:
      type: object
      properties:
        name: {type: string}
      additionalProperties: {$ref: "#/components/schemas/Inner"}
"""

ROUND_TRIP = """
from stuut_client._deviations import collect_deviations
from stuut_client.models.bag import Bag

data = {"name": "x", "a": {"n": 1}, "b": "not an object"}
with collect_deviations() as collector:
    bag = Bag.from_dict(data)
print([d.path for d in collector.resolve(data)])
assert bag.to_dict() == data, bag.to_dict()

# The fast path does not answer for them (it would keep a learned key's value as plain JSON, not an Inner).
import json
from stuut_client._typed_decode import MISS, decode_model, learn_keys

learn_keys(Bag.from_dict({"name": "x", "a": {"n": 1}}))
assert decode_model(json.dumps({"name": "x", "a": {"n": 1}}).encode(), Bag) is MISS

# Strict (no collection): an additional property that does not fit raises with its key, like a field.
from stuut_client.errors import ResponseValidationError

try:
    Bag.from_dict({"name": "x", "b": "not an object"})
except ResponseValidationError as error:
    print(error.path)
"""


@pytest.fixture(scope="module")
def small_client(tmp_path_factory: pytest.TempPathFactory, monkeypatch_module: pytest.MonkeyPatch) -> Path:
    spec = tmp_path_factory.mktemp("spec") / "spec.yaml"
    spec.write_text(SPEC)
    monkeypatch_module.setattr(generate, "SPEC", spec)
    return generate.generate_into(tmp_path_factory.mktemp("generated"))


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_kept_additional_property_is_written_back_as_sent(small_client: Path) -> None:
    """from_dict keeps an additional property that is not the declared model (report mode); to_dict returns it."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(ROUND_TRIP)], cwd=small_client, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["['$.b']", "$.b"]
