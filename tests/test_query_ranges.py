"""Query parameters with a documented minimum/maximum: a value outside it, or not an int, raises before anything
is sent, through every surface (resource method, operation module sync/asyncio, walks); the bounds themselves
are sent. The ranges are read from the spec here, not from the generated table."""

from __future__ import annotations

from typing import Any

import pytest
from spec_fake import SpecFake, transport
from spec_tools import Operation, operations
from stuut_client import Client
from test_resources import _methods, invoke, required_arguments, resource_method, stuut

RANGED = [
    (op, parameter["name"], parameter["schema"].get("minimum"), parameter["schema"].get("maximum"))
    for op in operations()
    for parameter in op.spec.get("parameters", [])
    if parameter["in"] == "query" and {"minimum", "maximum"} & set(parameter.get("schema", {}))
]
CASES = [
    pytest.param(op, name, value, id=f"{op.operation_id}-{name}={value}")
    for op, name, low, high in RANGED
    for value in ([low - 1] if low is not None else []) + ([high + 1] if high is not None else [])
]
IN_RANGE = [
    pytest.param(op, name, value, id=f"{op.operation_id}-{name}={value}")
    for op, name, low, high in RANGED
    for value in {v for v in (low, high) if v is not None}
]
MODES = pytest.mark.parametrize("mode", ["sync", "async"])


def test_the_spec_has_ranged_query_parameters_to_check() -> None:
    assert len(RANGED) >= 20  # page and limit of every list operation, at least


async def call_operation(op: Operation, mode: str, fake: SpecFake, **extra: Any) -> Any:
    client = Client(token="t", base_url="https://api.stuut.ai", httpx_args=transport(fake))
    args, kwargs = required_arguments(op)
    function = op.module.sync_detailed if mode == "sync" else op.module.asyncio_detailed
    return await invoke(function, mode, *args, client=client, **{**kwargs, **extra})


@MODES
@pytest.mark.parametrize(("op", "name", "value"), CASES)
async def test_a_value_outside_the_documented_range_is_refused_before_sending(
    op: Operation, name: str, value: int, mode: str
) -> None:
    fake = SpecFake()
    with pytest.raises(ValueError, match=rf"{op.operation_id}: {name}={value} is outside the documented range"):
        await call_operation(op, mode, fake, **{name: value})
    if op.operation_id in _methods():  # the resource-style surface goes through the same check
        args, kwargs = required_arguments(op)
        method = resource_method(stuut(fake, mode), _methods()[op.operation_id])
        with pytest.raises(ValueError, match=rf"{name}={value} is outside the documented range"):
            await invoke(method, mode, *args, **{**kwargs, name: value})
    assert fake.requests == []


@MODES
@pytest.mark.parametrize(("op", "name", "value"), IN_RANGE)
async def test_the_bounds_themselves_are_sent(op: Operation, name: str, value: int, mode: str) -> None:
    fake = SpecFake()
    await call_operation(op, mode, fake, **{name: value})
    assert [request.url.params[name] for request in fake.requests] == [str(value)]


@MODES
@pytest.mark.parametrize("value", ["10", 10.0, True, [10]])
async def test_a_ranged_parameter_that_is_not_an_int_is_refused_before_sending(value: Any, mode: str) -> None:
    op, name, _, _ = RANGED[0]
    fake = SpecFake()
    with pytest.raises(TypeError, match=rf"{op.operation_id}: {name} must be an int, got {type(value).__name__}"):
        await call_operation(op, mode, fake, **{name: value})
    assert fake.requests == []
