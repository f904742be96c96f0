"""`make demo`: list invoices from a local Prism mock of the spec through the generated client.

Prism runs in dynamic mode, so it invents invoices that fit the spec (different ones on every run); the
client parses them into typed models, which the table prints.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated" / "stuut-client"))

from record import start_prism  # noqa: E402
from stuut_client import Client  # noqa: E402
from stuut_client.api.invoices import list_invoices  # noqa: E402
from stuut_client.models import Invoice  # noqa: E402
from stuut_client.types import Unset  # noqa: E402

COLUMNS = ("id", "number", "status", "currency", "amount_due", "due_date")
WANTED = 8
MAX_REQUESTS = 20


def cell(invoice: Invoice, column: str) -> str:
    value = getattr(invoice, column)
    if value is None or isinstance(value, Unset):
        return "-"
    if column == "amount_due":
        return f"{value:,.2f}"
    if column == "due_date":
        return value.date().isoformat()
    return str(value)[:18]


def print_table(invoices: list[Invoice]) -> None:
    rows = [[cell(invoice, column) for column in COLUMNS] for invoice in invoices]
    widths = [max([len(c), *(len(r[i]) for r in rows)]) for i, c in enumerate(COLUMNS)]
    print("  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(
            "  ".join(
                v.rjust(w) if c == "amount_due" else v.ljust(w) for v, c, w in zip(row, COLUMNS, widths, strict=True)
            )
        )


def main() -> None:
    process, base_url = start_prism("--dynamic")
    try:
        invoices: list[Invoice] = []
        requests = 0
        with Client(token="demo-token", base_url=base_url) as client:
            # The mock's pages hold a random number of invoices: ask until there are enough to show.
            while len(invoices) < WANTED and requests < MAX_REQUESTS:
                page = list_invoices.sync(client=client, page=requests, limit=5)
                requests += 1
                if page is not None:
                    invoices.extend(page.data)
        print(f"{len(invoices)} invoices in {requests} pages from a Prism mock of openapi/stuut.yaml at {base_url}\n")
        print_table(invoices)
    finally:
        process.terminate()
        process.communicate(timeout=30)


if __name__ == "__main__":
    main()
