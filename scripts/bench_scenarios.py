"""The measurements of `make bench`: each scenario returns its table sections and records its figures.

Every figure of a section is measured in the same run as the baseline it is compared with. Timings are
medians of runs taken in turns (a, b, c, a, b, c, ...), so that a slow moment of the machine hits every row.
Walks, imports and generation run in fresh interpreters, so they measure the client alone.
"""

from __future__ import annotations

import compileall
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import bench_server
from bench_payload import check_page
from bench_peers import Decoder

SCRIPTS = Path(__file__).resolve().parent
CLIENT_PACKAGE = SCRIPTS.parent / "generated" / "stuut-client" / "stuut_client"
AUTH = {"Authorization": "Bearer bench-token"}  # the loopback server wants a bearer token, any will do


@dataclass(frozen=True)
class Sizes:
    page: int  # invoices in the parsed page (scenarios 1 to 3)
    dense_page: int  # invoices in the dense page (scenarios 1 to 3 again), about as many bytes as `page`
    repeats: int  # timed runs of each row of scenarios 1 to 3
    walk_total: int  # invoices walked in scenario 4 (and the smaller walk of scenario 6)
    memory_total: int  # invoices walked in scenario 6
    limit: int  # page size of the walks
    latency: float  # seconds the loopback server takes per request
    walk_repeats: int
    process_repeats: int  # fresh interpreters per import row
    generate_repeats: int
    concurrency: int = 8


@dataclass
class Row:
    label: str
    value: float  # seconds, or bytes when unit == "bytes"
    vs_json: float | None = None  # value / json.loads of the same bytes
    vs_reference: str = ""  # the ratio to the scenario's own reference, with its name
    unit: str = "seconds"
    spread: tuple[float, float] | None = None  # lowest and highest vs_json of the single rounds


@dataclass
class Section:
    title: str
    rows: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class Payload:
    """One page the parse scenarios run on."""

    name: str  # "usual", "dense"
    body: bytes
    invoices: int
    objects_per_mib: float


Results = dict[str, Any]  # the figures the targets are checked on, by scenario


def medians(functions: dict[str, Callable[[], Any]], repeats: int) -> dict[str, float]:
    """Median seconds of each function over `repeats` turns."""
    return {name: statistics.median(values) for name, values in rounds(functions, repeats).items()}


def rounds(
    functions: dict[Any, Callable[[], Any]], repeats: int, collector_paused: bool = False
) -> dict[Any, list[float]]:
    """Seconds of each function in each of `repeats` turns (a, b, c, a, b, c, ...).

    With `collector_paused`, the cyclic collector is off during every timed call, whichever row it is (the
    baseline too): every row runs in the same collector state, and the
    client's own pause (see _collector.py) changes nothing. Without it, the collector runs as in any program,
    except where the measured code pauses it itself. Either way it collects before each call, untimed.
    """
    timings: dict[Any, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            timings[name].append(_timed(function, collector_paused))
    return timings


def _timed(function: Callable[[], Any], collector_paused: bool) -> float:
    gc.collect()  # every call starts from the same collector state, untimed
    if collector_paused:
        gc.disable()
    try:
        started = time.perf_counter()
        function()  # its result is freed inside the timing too, as it is in a program
        return time.perf_counter() - started
    finally:
        if collector_paused:
            gc.enable()


def _row(label: str, values: list[float], loads: list[float]) -> Row:
    """A timed row: its median, the median's ratio to json.loads's, and the range of the per-round ratios."""
    ratios = [value / baseline for value, baseline in zip(values, loads, strict=True)]
    median = statistics.median(values)
    return Row(label, median, median / statistics.median(loads), spread=(min(ratios), max(ratios)))


def page_scenarios(
    rows: list[Decoder], payload: Payload, sizes: Sizes, collector_paused: bool, results: Results
) -> list[Section]:
    """Scenarios 1 to 3 on one page: full parse; parse and read six fields; dump back to builtins.

    Parse and read rows run in the same turns, so each round's ratios are to that round's json.loads."""
    body = payload.body
    functions: dict[tuple[str, str], Callable[[], Any]] = {}
    for r in rows:
        if not r.lazy:
            functions["parse", r.name] = lambda r=r: r.parse(body)
    for r in rows:
        functions["read", r.name] = lambda r=r: r.read(r.parse(body))
    timings = rounds(functions, sizes.repeats, collector_paused)
    dumped = [r for r in rows if r.dump and not r.lazy]
    for r in dumped:
        timings["dump", r.name] = []
    for _ in range(sizes.repeats):
        for r in dumped:
            page = r.parse(body)  # not timed; one parsed page alive at a time, so a collection scans only its own
            timings["dump", r.name].append(_timed(partial(r.dump, page), collector_paused))  # type: ignore[arg-type]
            del page
    loads = timings["parse", "json.loads"]
    figures: dict[str, dict[str, float]] = {"parse": {}, "read": {}, "dump": {}}
    for (scenario, name), values in timings.items():
        figures[scenario][name] = statistics.median(values)
    results.setdefault("pages", {})[payload.name] = figures
    size = f"{payload.invoices} invoices, {len(body) / 2**20:.1f} MiB, {payload.objects_per_mib:,.0f} objects/MiB"
    title = f"{payload.name} page ({size}); median of {sizes.repeats}"
    reads = "id, number, status, amount_due, due_date, partner.name of every invoice"

    def section(scenario: str, heading: str, label: Callable[[str], str] = str) -> Section:
        named = [(name, values) for (s, name), values in timings.items() if s == scenario]
        return Section(heading, [_row(label(name), values, loads) for name, values in named])

    return [
        section("parse", f"1. full parse: bytes to a typed page, {title}"),
        section("read", f"2. list and read: parse, then {reads}; {payload.name} page", _reading),
        section("dump", f"3. to_dict of a parsed page (the parse not timed); {payload.name} page"),
    ]


def _reading(name: str) -> str:
    return f"{name} + dict reads" if name.endswith(".loads") else name


def _run_json(*command: str) -> dict[str, Any]:
    result = subprocess.run([sys.executable, *command], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _client_side(
    mode: str,
    url: str,
    sizes: Sizes,
    concurrency: int = 1,
    repeats: int | None = None,
    lazy: bool = False,
    async_: bool = False,
    ideal: bool = False,
) -> dict[str, Any]:
    """bench_walk.py (parse or walk) in a fresh interpreter."""
    args = ["--url", url, "--limit", str(sizes.limit), "--concurrency", str(concurrency)]
    args += ["--repeats", str(sizes.walk_repeats if repeats is None else repeats), *(["--lazy"] if lazy else [])]
    args += (["--async"] if async_ else []) + (["--ideal"] if ideal else [])
    return _run_json(str(SCRIPTS / "bench_walk.py"), mode, *args)


def _walked(result: dict[str, Any], total: int) -> dict[str, Any]:
    if result["items"] != total or result["duplicates"]:
        raise SystemExit(f"a walk of {total} invoices saw {result['items']} distinct ones: {result}")
    return result


def walk_scenarios(pool_file: Path, sizes: Sizes, quick: bool, results: Results) -> tuple[Section, Section]:
    """Scenario 4 (walk time against its ideal) and scenario 6 (peak memory at two collection sizes)."""
    c = sizes.concurrency
    with bench_server.running(pool_file, sizes.walk_total, sizes.latency) as url:
        if quick:  # what the server sends must be valid too, envelope and new ids included
            import httpx

            check_page(httpx.get(f"{url}/v1/invoices", params={"page": 1, "limit": sizes.limit}, headers=AUTH).content)
        parsed = _client_side("parse", url, sizes)
        lazy_parsed = _client_side("parse", url, sizes, lazy=True)
        # (mode, concurrency) -> walk; "async" walks at the full concurrency only
        walks, lazy_walks = {}, {}
        for key in ((1, False), (c, False), (c, True)):
            n, async_ = key
            walks[key] = _walked(_client_side("walk", url, sizes, n, async_=async_, ideal=True), sizes.walk_total)
            lazy = _client_side("walk", url, sizes, n, lazy=True, async_=async_, ideal=True)
            lazy_walks[key] = _walked(lazy, sizes.walk_total)
    with bench_server.running(pool_file, sizes.memory_total, sizes.latency) as url:
        large = _walked(_client_side("walk", url, sizes, c, repeats=0), sizes.memory_total)  # its first walk only

    pages, loads = parsed["pages"], parsed["loads_seconds"]
    latency = f"{sizes.latency * 1000:g} ms"
    walk = Section(
        f"4. page walk: {sizes.walk_total:,} invoices, {pages} pages of {sizes.limit}, {latency} per request from a "
        f"loopback server; median of {sizes.walk_repeats} walks after the process's first",
        [Row(f"fetch of those {pages} pages alone, one by one (latency + transfer)", parsed["fetch_seconds"])],
    )
    receive = max(0.0, parsed["fetch_seconds"] - pages * sizes.latency)
    walk.rows.append(Row(f"receive of those {pages} pages: that fetch less {pages} × {latency}", receive))
    # Each walk's ideal: requests × latency / concurrency, plus receiving the bodies (work no walk can skip, which
    # under the GIL competes with parsing: the fetch beyond its latency), plus parsing the pages and reading each
    # id. Receive and parse are measured in the walk's own process, after its walks: the parse speed of fresh
    # processes differs by 15% or so, and a walk is compared with its own. An async walk's receive is measured
    # with the async client, which receives through anyio and costs more per byte than the sync one.
    ideal: dict[str, dict[tuple[int, bool], float]] = {}
    actual: dict[str, dict[tuple[int, bool], float]] = {}
    for mode, measured, mode_walks in (("eager", parsed, walks), ("lazy_parsing", lazy_parsed, lazy_walks)):
        parse_label = f"parse of those {pages} pages alone, as sync() does, and read each id, {mode}"
        walk.rows.append(Row(parse_label, measured["parse_seconds"], measured["parse_seconds"] / loads))
        ideal[mode], actual[mode] = {}, {}
        for (n, async_), result in mode_walks.items():
            own_receive = max(0.0, result["fetch_seconds"] - pages * sizes.latency)
            ideal[mode][n, async_] = pages * sizes.latency / n + own_receive + result["parse_seconds"]
            actual[mode][n, async_] = seconds = statistics.median(result["seconds"])
            collector = statistics.median(result["collector_seconds"])
            ratio = (
                f"{seconds / ideal[mode][n, async_]:.2f} × its ideal {ideal[mode][n, async_]:.2f} s (receive "
                f"{own_receive:.2f} s, parse {result['parse_seconds']:.2f} s; "
                f"{seconds / (ideal[mode][n, async_] - own_receive):.2f} × without receive); "
                f"collector {collector:.2f} s; the process's first walk {result['first_seconds']:.2f} s"
            )
            call = (
                f"aiterate_items(list_invoices.asyncio, concurrency={n})"
                if async_
                else (f"iterate_items(list_invoices.sync, concurrency={n})")
            )
            walk.rows.append(Row(f"{call}, {mode}", seconds, seconds / loads, ratio))

    page_bytes, body_mib = parsed["parsed_page_bytes"], parsed["first_page_body_bytes"] / 2**20
    # A page's worth: what handling one page takes at its peak (body + decoded JSON + models): the bound a walk
    # with concurrency c keeps to (c + 1 pages). Its prefetched pages wait as bodies, so it stays below it.
    page_worth = parsed["page_handling_peak_bytes"]
    reference = page_worth * (c + 1)
    growth = {
        total: w["rss_peak"] - w["rss_before"]
        for total, w in ((sizes.walk_total, walks[c, False]), (sizes.memory_total, large))
    }
    memory = Section(
        f"6. peak memory walking with concurrency {c}: resident set growth over the process just before the walk",
        [
            Row(f"one parsed page, its models only (tracemalloc; body {body_mib:.1f} MiB)", page_bytes, unit="bytes"),
            Row("one page's worth: its body + peak while parsing it (tracemalloc)", page_worth, unit="bytes"),
            Row(f"reference: {c + 1} pages' worth (concurrency + 1)", reference, unit="bytes"),
        ],
    )
    for total, grown in growth.items():
        ratio = f"{grown / reference:.2f} × reference"
        memory.rows.append(Row(f"peak growth walking {total:,} invoices", grown, None, ratio, unit="bytes"))
    results.update(walk={"ideal": ideal, "actual": actual}, memory={"reference": reference, "growth": growth})
    return walk, memory


def import_scenario(sizes: Sizes, results: Results) -> Section:
    """Scenario 5: `import stuut_client` and one operation module against `import httpx`, fresh interpreters."""
    codes = {
        "python -c pass (interpreter start)": "pass",
        "import httpx": "import httpx",
        "import stuut_client + api.invoices.list_invoices": "import stuut_client.api.invoices.list_invoices",
    }
    with tempfile.TemporaryDirectory() as cwd, tempfile.TemporaryDirectory() as installed:
        # The client as pip installs it: with its bytecode compiled, as httpx's is in site-packages. The repository's
        # generated/ has none where PYTHONDONTWRITEBYTECODE is set (as on CI), and compiling 40 modules at each
        # start would be timed as the client's import (about 35 ms, a quarter of it, measured on 2026-12-03).
        shutil.copytree(CLIENT_PACKAGE, Path(installed, CLIENT_PACKAGE.name))
        compileall.compile_dir(installed, quiet=1, workers=1)
        environment = {**os.environ, "PYTHONPATH": installed}  # ahead of the bench venv's .pth to generated/
        where = "import stuut_client; print(stuut_client.__file__)"
        found = subprocess.run([sys.executable, "-c", where], cwd=cwd, env=environment, capture_output=True, text=True)
        if not found.stdout.startswith(installed):
            raise SystemExit(f"the import scenario would time another stuut_client: {found.stdout}{found.stderr}")

        def start(code: str) -> Callable[[], Any]:
            # cwd, an empty folder: no module of this repository shadows one
            return lambda: subprocess.run([sys.executable, "-c", code], cwd=cwd, env=environment, check=True)

        wall = medians({label: start(code) for label, code in codes.items()}, sizes.process_repeats)
    start_up, httpx_label, client_label = wall
    net = {label: wall[label] - wall[start_up] for label in (httpx_label, client_label)}
    results["import"] = {"httpx": net[httpx_label], "client": net[client_label]}
    rows = [Row(start_up, wall[start_up])]
    for label in (httpx_label, client_label):
        rows.append(Row(label, wall[label], None, f"{net[label] * 1000:.1f} ms net of start"))
    rows[-1].vs_reference += f"; {net[client_label] / net[httpx_label]:.2f} × httpx"
    return Section(f"5. import, fresh interpreter, wall time; median of {sizes.process_repeats}", rows)


def generate_scenario(sizes: Sizes, python: str, results: Results) -> Section:
    """Scenario 7: what `make generate` runs, for the whole spec, into a temporary folder."""

    def generate() -> None:
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([python, str(SCRIPTS / "generate.py"), "--output", out], check=True, capture_output=True)

    seconds = medians({"generate": generate}, sizes.generate_repeats)["generate"]
    results["generate"] = seconds
    label = "python scripts/generate.py --output <tmp>"
    return Section(f"7. make generate, whole spec; median of {sizes.generate_repeats}", [Row(label, seconds)])
