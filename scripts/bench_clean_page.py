"""A clean invoice page parsed by the client as generated now and as generated at a git ref, in one process.

    .venv/bin/python scripts/bench_clean_page.py --base HEAD~5 [--invoices 50] [--rounds 60]

For a change to the models' hot path (such as deviations): the two versions parse the same decoded page in
interleaved rounds, in random order, timed in CPU time (other processes on a shared machine disturb wall time
far more); the report gives each one's median and minimum and their ratio to the base. The base's package is
taken from ``generated/stuut-client/stuut_client`` at the ref and imported as ``stuut_client_base`` (its
modules import each other relatively, so the rename is enough).
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "generated/stuut-client/stuut_client"


def extract_base(ref: str, into: Path) -> None:
    archive = subprocess.run(["git", "archive", ref, PACKAGE], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / PACKAGE).rename(into / "stuut_client_base")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="git ref of the version to compare with")
    parser.add_argument("--invoices", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        extract_base(args.base, Path(tmp))
        sys.path[:0] = [tmp, str(ROOT / "generated" / "stuut-client"), str(ROOT / "scripts")]
        import bench_payload
        from stuut_client import collect_deviations
        from stuut_client.models import InvoicePage
        from stuut_client_base.models import InvoicePage as BaseInvoicePage  # type: ignore[import-not-found]

        def current(data: Any) -> Any:
            with collect_deviations("report") as collector:
                page = InvoicePage.from_dict(data)
            assert not collector.resolve(data), "the bench page should fit the spec"
            return page

        body = bench_payload.invoice_page(args.invoices, 1)
        parsers: dict[str, Callable[[Any], Any]] = {"base": BaseInvoicePage.from_dict, "current": current}
        assert current(json.loads(body)).to_dict() == BaseInvoicePage.from_dict(json.loads(body)).to_dict()
        times: dict[str, list[float]] = {name: [] for name in parsers}
        for _ in range(args.rounds):
            for name, parse in random.sample(list(parsers.items()), len(parsers)):
                data = json.loads(body)
                gc.collect()
                gc.disable()
                started = time.process_time()
                parse(data)
                times[name].append(time.process_time() - started)
                gc.enable()

    print(f"{args.invoices} invoices ({len(body) / 1e6:.1f} MB), {args.rounds} rounds, CPU time")
    base_median, base_min = statistics.median(times["base"]), min(times["base"])
    for name, measured in times.items():
        median, fastest = statistics.median(measured), min(measured)
        print(
            f"  {name:8s} median {median * 1e3:6.1f} ms ({median / base_median:.3f}x)"
            f"  min {fastest * 1e3:6.1f} ms ({fastest / base_min:.3f}x)"
        )


if __name__ == "__main__":
    main()
