"""`make demo`: a short tour of the client, on FakeStuut (stuut_client.testing), in process: no Node, no network.

Open and overdue invoices as a table, a concurrent walk over a few thousand invoices, a retrieve, a typed 404, a
503 the client retries, and an enum value the spec does not list, kept.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated" / "stuut-client"))

from stuut_client.api.invoices import list_invoices, retrieve_invoice  # noqa: E402
from stuut_client.errors import NotFoundError  # noqa: E402
from stuut_client.models import Invoice, InvoiceSortBy, InvoiceStatus, SortOrder  # noqa: E402
from stuut_client.pagination import iterate_items  # noqa: E402
from stuut_client.testing import FakeStuut  # noqa: E402

INVOICES = 3000
BOLD, DIM, RESET = ("\033[1m", "\033[2m", "\033[0m") if sys.stdout.isatty() else ("", "", "")


def heading(text: str) -> None:
    print(f"\n{BOLD}{text}{RESET}")


def table(rows: list[list[str]], columns: list[str], right: set[str]) -> None:
    widths = [max([len(c), *(len(r[i]) for r in rows)]) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        cells = (v.rjust(w) if c in right else v.ljust(w) for v, c, w in zip(values, columns, widths, strict=True))
        return "  " + "  ".join(cells).rstrip()

    print(line(columns))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))


@contextmanager
def client_log() -> Iterator[None]:
    """The client's own log lines, as STUUT_LOG=info shows them (one line per attempt), printed in the tour."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("  log: %(message)s"))
    logger = logging.getLogger("stuut_client")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)


def invoice_row(invoice: Invoice, today: object) -> list[str]:
    due = invoice.due_date.date() if invoice.due_date else None
    late = (today - due).days if due and invoice.status == InvoiceStatus.OVERDUE else 0  # type: ignore[operator]
    return [
        str(invoice.number),
        str(invoice.partner.name if invoice.partner else "-")[:28],
        str(invoice.status),
        invoice.currency,
        f"{invoice.total_amount:,.2f}",
        f"{invoice.amount_due:,.2f}",
        due.isoformat() if due else "-",
        f"{late} d" if late else "",
    ]


def main() -> None:
    started = time.perf_counter()
    fake = FakeStuut(seed=1, counts={"invoices": INVOICES})
    today = fake._store.today
    print(f"FakeStuut(seed=1): the Stuut API in process, {INVOICES:,} invoices, no network. Client: fake.client().")
    with fake.client() as client:
        heading("1. Open and overdue invoices, oldest due date first (list_invoices, status and sort filters)")
        page = list_invoices.sync(
            client=client,
            status=[InvoiceStatus.OPEN, InvoiceStatus.OVERDUE],
            sort_by=InvoiceSortBy.DUE_DATE,
            sort_order=SortOrder.ASC,
            limit=10,
        )
        columns = ["number", "partner", "status", "cur", "total", "amount due", "due", "late"]
        table([invoice_row(i, today) for i in page.data], columns, {"total", "amount due", "late"})
        print(
            f"  {DIM}{page.total_records:,} open or overdue of {INVOICES:,}; page 0, next_page={page.next_page}{RESET}"
        )

        heading("2. Every invoice, 8 pages in flight (iterate_items(list_invoices, limit=200, concurrency=8))")
        walk_started = time.perf_counter()
        due: dict[str, float] = defaultdict(float)
        count = 0
        walk = iterate_items(list_invoices, client=client, limit=200, concurrency=8)
        for invoice in walk:
            count += 1
            due[invoice.currency] += invoice.amount_due
            if sys.stdout.isatty() and (count % 200 == 0 or count == INVOICES):
                print(f"\r  {count:>5,} / {INVOICES:,} invoices, {walk.pages_fetched} pages", end="", flush=True)
        elapsed = time.perf_counter() - walk_started
        print(f"\r  {count:,} invoices in {walk.pages_fetched} pages, {elapsed:.2f} s ({count / elapsed:,.0f}/s)")
        print("  amount due: " + ", ".join(f"{c} {a:,.2f}" for c, a in sorted(due.items(), key=lambda x: -x[1])))

        heading("3. Retrieve one invoice (retrieve_invoice): the record the list showed")
        invoice = retrieve_invoice.sync(client=client, invoice_id=page.data[0].id)
        assert invoice.to_dict() == page.data[0].to_dict()
        print(f"  {invoice.id}  {invoice.number}  {invoice.partner.name if invoice.partner else '-'}")
        print(f"  total {invoice.total_amount:,.2f} = paid {invoice.amount_paid:,.2f} + due {invoice.amount_due:,.2f}")
        for item in invoice.line_items or []:
            print(f"    line {item.line_number}: {item.name}, {item.quantity} x {item.unit_amount:,.2f}")

        heading("4. An unknown id is a typed error (NotFoundError)")
        try:
            retrieve_invoice.sync(client=client, invoice_id="inv_does_not_exist")
        except NotFoundError as error:
            print(f"  {type(error).__name__}: {error}")
            print(f"  status_code={error.status_code} json={error.json}")

        heading('5. A 503 twice, retried (fake.fail("retrieve_invoice", 503, times=2, retry_after=0.2))')
        fake.fail("retrieve_invoice", 503, times=2, retry_after=0.2)
        with client_log():
            again = retrieve_invoice.sync(client=client, invoice_id=invoice.id)
        statuses = [r.status for r in fake.requests.filter("retrieve_invoice")][-3:]
        print(f"  got {again.number}; the fake saw statuses {statuses} (fake.requests.filter('retrieve_invoice'))")

        heading("6. An enum value the spec does not list is kept, not fatal")
        fake.add("invoices", {"id": "inv_demo_disputed", "number": "INV-DEMO-1", "status": "disputed"})
        with client_log():
            odd = retrieve_invoice.sync(client=client, invoice_id="inv_demo_disputed")
        print(
            f"  status={odd.status!r}, is_unknown={odd.status.is_unknown}, round-trips as {odd.to_dict()['status']!r}"
        )
    done = f"Done in {time.perf_counter() - started:.1f} s. Test your own code the same way: see stuut_client.testing."
    print(f"\n{DIM}{done}{RESET}")


if __name__ == "__main__":
    main()
