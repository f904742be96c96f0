"""The model overrides on schemas stuut.yaml does not have: typed additional properties, and UUIDs in every place a
field can hold one (stuut.yaml has a single nullable one).

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
    Ids:
      type: object
      required: [id]
      properties:
        id: {type: string, format: uuid}
        maybe: {type: string, format: uuid}
        many: {type: array, items: {type: string, format: uuid}}
        either: {anyOf: [{type: string, format: uuid}, {type: integer}]}
      additionalProperties: {type: string, format: uuid}
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


UUIDS = """
import uuid

from stuut_client._deviations import collect_deviations
from stuut_client.errors import ResponseValidationError
from stuut_client.models.ids import Ids

GOOD = "12345678-1234-5678-1234-567812345678"
data = {"id": "nope", "maybe": GOOD.replace("-", ""), "many": [GOOD, "x", 5], "either": "bad"}
data["extra"] = "{" + GOOD + "}"
with collect_deviations() as collector:
    ids = Ids.from_dict(data)
print([(d.path, d.kind) for d in collector.resolve(data)])
assert ids.id == "nope" and ids.maybe == uuid.UUID(GOOD) and ids.many == [uuid.UUID(GOOD), "x", 5], ids
assert ids.either == "bad" and ids["extra"] == uuid.UUID(GOOD), ids
assert ids.to_dict() == dict(data, maybe=GOOD, many=[GOOD, "x", 5], extra=GOOD), ids.to_dict()
for key in data:
    try:
        Ids.from_dict({**dict.fromkeys(data, GOOD), "many": [GOOD], key: data[key]})
    except ResponseValidationError as error:
        print(error.path)
"""


def test_a_uuid_anywhere_that_is_not_one_is_kept_and_reported(small_client: Path) -> None:
    """A required, optional, array item, union variant or additional property UUID that is not one: kept (as
    parsed when uuid.UUID takes it) and reported in report mode, raised with its path in strict mode."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(UUIDS)], cwd=small_client, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    report, *strict = result.stdout.strip().splitlines()
    assert report == (
        "[('$.id', 'format'), ('$.maybe', 'format'), ('$.many[1]', 'format'), ('$.many[2]', 'type'), "
        "('$.either', 'union'), ('$.extra', 'format')]"
    )
    assert strict == ["$.id", "$.maybe", "$.many[1]", "$.either", "$.extra"]
