"""`make bench`: how long parsing a large page takes compared with json.loads alone, measured in one run.

Builds a page of 200 invoices from the documented example (every field set, every nested object present),
then times, on the same bytes: json.loads, and json.loads + InvoicePage.from_dict. Prints the ratio.
"""

from __future__ import annotations

import copy
import json
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated" / "stuut-client"))

from stuut_client.models import InvoicePage  # noqa: E402

INVOICES = 200
ROUNDS = 5


def page_bytes() -> bytes:
    spec = yaml.safe_load((ROOT / "openapi" / "stuut.yaml").read_text())
    example = spec["paths"]["/v1/invoices/{invoice_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    invoices = []
    for n in range(INVOICES):
        invoice = copy.deepcopy(example["example"])
        invoice["id"] = f"inv_{n}"
        invoices.append(invoice)
    page = {"data": invoices, "current_page": 0, "total_records": INVOICES, "next_page": None}
    return json.dumps(page).encode()


def best_of(function: object, rounds: int = ROUNDS) -> float:
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        timings.append(time.perf_counter() - started)
    return min(timings), statistics.median(timings)  # type: ignore[return-value]


def main() -> None:
    body = page_bytes()
    InvoicePage.from_dict(json.loads(body))  # warm up imports
    loads_best, loads_median = best_of(lambda: json.loads(body))
    parse_best, parse_median = best_of(lambda: InvoicePage.from_dict(json.loads(body)))
    page = InvoicePage.from_dict(json.loads(body))
    dump_best, _ = best_of(lambda: json.dumps(page.to_dict()))
    print(f"page: {INVOICES} invoices, {len(body) / 2**20:.1f} MiB; best of {ROUNDS} rounds (median in brackets)")
    print(f"json.loads                      {loads_best * 1000:8.1f} ms ({loads_median * 1000:.1f})")
    print(f"json.loads + from_dict          {parse_best * 1000:8.1f} ms ({parse_median * 1000:.1f})")
    print(f"to_dict + json.dumps            {dump_best * 1000:8.1f} ms")
    print(f"ratio parse / json.loads        {parse_best / loads_best:8.2f}x")


if __name__ == "__main__":
    main()
