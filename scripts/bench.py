"""`make bench`: the client against json.loads and its peers, every figure from this one run (issue 6).

    python scripts/bench.py            # the full benchmark, a few minutes
    python scripts/bench.py --quick    # every scenario and peer on small sizes: proves the benchmark still works

    python scripts/bench.py --collector on   # the parse rows with the cyclic collector running (default: paused)

Runs in .venv-bench, where the peers are installed (`make bench`, `make bench-quick`). Prints the machine, one
table (medians; each figure also as a ratio to json.loads on the same bytes, with the lowest and highest ratio
of the single rounds, and to the scenario's own reference), then the targets of issue 15, each next to the
figure it was checked on. The parse scenarios run on two pages: the usual one and a denser one (more nested
objects per MiB). Nothing asserts a timing.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_payload import DENSE, USUAL, check_page, encode, invoice_page, invoices, objects_per_mib  # noqa: E402
from bench_peers import PYDANTIC, check_agreement, decoders, tool_versions  # noqa: E402
from bench_scenarios import (  # noqa: E402
    Payload,
    Results,
    Section,
    Sizes,
    generate_scenario,
    import_scenario,
    page_scenarios,
    walk_scenarios,
)

FULL = Sizes(page=200, dense_page=80, repeats=9, walk_total=5000, memory_total=20000, limit=200, latency=0.05,
             walk_repeats=5, process_repeats=15, generate_repeats=3)  # fmt: skip
QUICK = Sizes(page=20, dense_page=8, repeats=2, walk_total=60, memory_total=120, limit=20, latency=0.001,
              walk_repeats=1, process_repeats=2, generate_repeats=1)  # fmt: skip


def machine() -> list[str]:
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
        cpu = next(line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor() or "unknown CPU"
    tools = ", ".join(f"{name} {v}" for name, v in tool_versions().items())
    return [f"machine: {cpu}; {os.cpu_count()} cores; Python {platform.python_version()}", f"peers: {tools}"]


def show(value: float, unit: str) -> str:
    if unit == "bytes":
        return f"{value / 2**20:9.1f} MiB"
    return f"{value * 1000:9.1f} ms" if value < 1 else f"{value:9.2f} s "


def table(sections: list[Section]) -> list[str]:
    width = max(len(row.label) for section in sections for row in section.rows) + 2
    lines = [f"{'':{width}} {'median':>13} {'× json.loads':>13} {'(rounds)':>12}   × reference"]
    for section in sections:
        lines.append(section.title)
        for row in section.rows:
            ratio = f"{row.vs_json:13.2f}" if row.vs_json is not None else f"{'':13}"
            spread = f"{row.spread[0]:.2f}–{row.spread[1]:.2f}" if row.spread else ""
            line = f"  {row.label:{width - 2}} {show(row.value, row.unit)} {ratio} {spread:>12}   {row.vs_reference}"
            lines.append(line.rstrip())
    return lines


def targets(results: Results, sizes: Sizes, ours: list[str], lazy: list[str]) -> list[str]:
    """The targets of issue 15, each checked on the figure measured above."""
    checks: list[tuple[str, str, bool]] = []
    for payload, figures in results["pages"].items():
        parse, read, loads = figures["parse"], figures["read"], figures["parse"]["json.loads"]
        pydantic = parse[PYDANTIC]
        for name in ours:
            if name in lazy:  # not a full parse: list and read only
                checks.append((f"{payload}: list and read ≤ 0.5 × json.loads: {name}", f"{read[name] / loads:.2f} ×",
                               read[name] / loads <= 0.5))  # fmt: skip
                continue
            checks.append((f"{payload}: full parse faster than pydantic ({pydantic * 1000:.1f} ms): {name}",
                           f"{parse[name] * 1000:.1f} ms", parse[name] < pydantic))  # fmt: skip
            checks.append((f"{payload}: full parse ≤ 1.5 × json.loads: {name}", f"{parse[name] / loads:.2f} ×",
                           parse[name] / loads <= 1.5))  # fmt: skip
    walk, c = results["walk"], sizes.concurrency
    for mode in walk["actual"]:
        for async_ in (False, True):
            ratio = walk["actual"][mode][c, async_] / walk["ideal"][mode][c, async_]
            label = f"page walk, concurrency {c}, {mode}, {'async' if async_ else 'sync'}, ≤ 1.2 × its ideal"
            checks.append((label, f"{ratio:.2f} ×", ratio <= 1.2))
    imports = results["import"]["client"] / results["import"]["httpx"]
    label = "import stuut_client + one operation ≤ 1.5 × import httpx (net of start)"
    checks.append((label, f"{imports:.2f} ×", imports <= 1.5))
    memory = results["memory"]
    for total, grown in memory["growth"].items():
        ratio = grown / memory["reference"]
        checks.append((f"peak memory, {total:,} invoices, ≤ (concurrency + 1) pages + 20%", f"{ratio:.2f} ×",
                       ratio <= 1.2))  # fmt: skip
    checks.append(("make generate ≤ 20 s", f"{results['generate']:.1f} s", results["generate"] <= 20))
    width = max(len(label) for label, _, _ in checks)
    lines = ["targets (issue 15), each checked on a figure measured above"]
    for label, figure, met in checks:
        lines.append(f"  {label:{width}} {figure:>10}   {'met' if met else 'NOT met'}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, few repetitions, 1 ms latency")
    parser.add_argument("--seed", type=int, default=6, help="payload seed (same seed, same bytes)")
    parser.add_argument("--generate-python", default=sys.executable, help="the interpreter `make generate` uses")
    parser.add_argument(
        "--collector",
        choices=["paused", "on"],
        default="paused",
        help="the cyclic collector during every timed parse, read and dump call, baselines included: paused "
        "(default) or on (the client's own pause still applies inside its rows then)",
    )
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    print("\n".join(machine()), flush=True)

    payloads = []
    for shape, n_invoices in ((USUAL, sizes.page), (DENSE, sizes.dense_page)):
        body = invoice_page(n_invoices, args.seed, shape)
        check_page(body)  # every enum value listed, every format right: the peers would reject it otherwise
        payloads.append(Payload(shape.name, body, n_invoices, objects_per_mib(body)))
    rows = decoders()
    for payload in payloads:
        check_agreement(rows, payload.body)  # also the warm-up: first-call imports and caches are not timed
    # The harness's own objects (peers' modules, pydantic schemas) are frozen out of the collector, so that a
    # row's collections scan what the row builds, as in a small program, not the whole benchmark's heap.
    gc.collect()
    gc.freeze()
    results: Results = {}
    paused = args.collector == "paused"
    state = "paused in every row, json.loads included" if paused else "on (the client's rows pause it themselves)"
    sections = [Section(f"collector during the timed calls of scenarios 1 to 3: {state}")]
    for payload in payloads:
        sections += page_scenarios(rows, payload, sizes, paused, results)
    del payloads, body
    gc.collect()
    imports = import_scenario(sizes, results)
    generate = generate_scenario(sizes, args.generate_python, results)
    with tempfile.TemporaryDirectory() as tmp:
        pool_file = Path(tmp) / "pool.json"  # what the loopback server serves, two pages' worth
        pool_file.write_bytes(encode(invoices(2 * sizes.limit, args.seed + 1)))
        walk, memory = walk_scenarios(pool_file, sizes, args.quick, results)
    sections += [walk, imports, memory, generate]
    ours = [row.name for row in rows if row.ours]
    lazy = [row.name for row in rows if row.lazy]
    print("\n".join(["", *table(sections), "", *targets(results, sizes, ours, lazy)]))
    if args.quick:
        print("\nquick mode: sizes too small for the figures to mean anything; run `make bench` for them")


if __name__ == "__main__":
    main()
