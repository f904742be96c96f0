"""``additional_properties`` made on first read (stuut_client/_undeclared.py).

A parsed page gives no model a dict until its undeclared keys are read or set, on every response path (the fast
path, the general path, lazy parsing), and ``to_dict`` does not make one. For every model class, the undeclared
keys still behave as a plain dict of the model's own: the same dict on every read, never shared, written
through ``[]`` and assignment, compared, shown, copied and pickled as before.
"""

from __future__ import annotations

import copy
import json
import pickle
import threading
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
import stuut_client.models as models
from spec_tools import documented_invoice
from stuut_client import Client
from stuut_client._undeclared import NONE_YET, undeclared
from stuut_client.api.invoices import list_invoices

MODEL_CLASSES = [
    cls
    for cls in (getattr(models, name) for name in sorted(models.__all__))
    if attrs.has(cls) and "additional_properties" in attrs.fields_dict(cls)
]


def bare(cls: Any) -> Any:
    """An instance with None for every required field: enough to exercise its undeclared keys."""
    return cls(**{field.alias: None for field in attrs.fields(cls) if field.init and field.default is attrs.NOTHING})


def models_in(value: Any) -> Iterator[Any]:
    """Every model in a parsed value, read through the slots (a lazy field that was not read is not parsed)."""
    if isinstance(value, list):
        for item in value:
            yield from models_in(item)
    elif attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            if field.init:
                yield from models_in(getattr(value, field.name))


def has_own_dict(model: Any) -> bool:
    return undeclared(model) is not NONE_YET


def test_every_model_with_undeclared_keys_makes_its_dict_on_demand() -> None:
    assert len(MODEL_CLASSES) > 100
    assert not [cls.__name__ for cls in MODEL_CLASSES if has_own_dict(bare(cls))]


def page_body(extra_key: bool) -> bytes:
    invoice = documented_invoice()
    if extra_key:  # an undeclared key: the general path takes the first such page
        invoice["partner"]["tier"] = "gold"
    return json.dumps({"data": [invoice] * 3, "current_page": 0, "total_records": 3, "next_page": None}).encode()


@pytest.mark.parametrize("lazy", [False, True], ids=["eager", "lazy"])
@pytest.mark.parametrize("extra_key", [False, True], ids=["conforming", "undeclared key"])
def test_a_parsed_page_gives_a_dict_only_to_models_with_undeclared_keys(lazy: bool, extra_key: bool) -> None:
    body = page_body(extra_key)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = Client(token="test-token", lazy_parsing=lazy, httpx_args={"transport": transport})
    page = list_invoices.sync(client=client)
    page.to_dict()  # writing the page back out reads undeclared keys without making dicts
    found = list(models_in(page))
    assert len(found) > 10
    with_dict = [model for model in found if has_own_dict(model)]
    assert [model.additional_properties for model in with_dict] == ([{"tier": "gold"}] * 3 if extra_key else [])
    assert all(type(model).__name__ == "Partner" for model in with_dict)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_undeclared_keys_behave_as_a_dict_of_the_models_own(cls: Any) -> None:
    model, other = bare(cls), bare(cls)
    extras = model.additional_properties
    assert extras == {} and model.additional_properties is extras  # the same dict on every read
    assert has_own_dict(model) and not has_own_dict(other)
    assert model == other  # equal with an empty dict or none (comparing reads the other's: it has one now)
    model["x-tier"] = "gold"
    assert extras == {"x-tier": "gold"} and "x-tier" in model and model.additional_keys == ["x-tier"]
    assert other.additional_properties == {} and model != other  # never shared
    assert "additional_properties={'x-tier': 'gold'}" in repr(model)
    assert attrs.asdict(model, recurse=False)["additional_properties"] == {"x-tier": "gold"}
    for twin in (copy.copy(model), copy.deepcopy(model), pickle.loads(pickle.dumps(model))):
        assert twin == model and twin.additional_properties == {"x-tier": "gold"}
    replaced = {"x-region": "EMEA"}
    model.additional_properties = replaced
    assert model.additional_properties is replaced and model["x-region"] == "EMEA" and "x-tier" not in model
    del model["x-region"]
    assert model.additional_properties == {}


def test_threads_reading_a_model_first_get_the_same_dict() -> None:
    invoices = [bare(models.Invoice) for _ in range(2000)]
    seen: list[list[dict[str, Any]]] = [[], []]
    start = threading.Barrier(2)

    def read(into: list[dict[str, Any]]) -> None:
        start.wait()
        into.extend(invoice.additional_properties for invoice in invoices)

    threads = [threading.Thread(target=read, args=(into,)) for into in seen]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(first is second for first, second in zip(*seen, strict=True))
