"""The fake's data: one list of records per collection, generated lazily and deterministically from the seed."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from ._records import Builder, money
from ._shapes import SCHEMAS

# Collection -> (the schema its records are stored as, further schemas its operations answer with, default count).
# A record holds the union of its schemas' fields, so the list and the retrieve of one record agree.
COLLECTIONS: dict[str, tuple[str, tuple[str, ...], int]] = {
    "organizations": ("Organization", (), 1),
    "users": ("User", ("UserV2",), 8),
    "partners": ("PartnerDetail", ("Partner",), 24),
    "invoices": ("Invoice", (), 150),
    "contacts": ("Contact", (), 40),
    "contact_suggestions": ("ContactSuggestion", (), 40),
    "tasks": ("Task", (), 30),
    "calls": ("Call", (), 30),
    "calls_v2": ("CallV2", (), 30),
    "email_senders": ("EmailSender", (), 3),
    "email_templates": ("EmailTemplate", (), 6),
    "emails": ("Email", (), 30),
    "bulk_email_requests": ("BulkEmailRequest", (), 0),
    "files": ("Attachment", (), 0),
    "payments": ("PaymentDetail", ("Payment",), 30),
    "remittances": ("Remittance", (), 20),
    "bank_accounts": ("BankAccount", (), 3),
    "bank_transactions": ("BankTransaction", (), 40),
    "bank_transactions_v2": ("BankTransactionDetailV2", ("BankTransactionV2",), 60),
    "bank_statements": ("BankStatement", (), 8),
    "bank_statements_v2": ("BankStatementDetailV2", ("BankStatementV2",), 12),
    "internal_contact_assignments": ("InternalContactAssignment", (), 6),
    "connections": ("Connection", (), 3),
}
# Generated in this order, so a record can refer to records of the collections before it.
ORDER = tuple(COLLECTIONS)

INVOICE_STATUSES = (("open", 34), ("overdue", 26), ("paid", 24), ("draft", 5), ("processing", 5), ("void", 4))
PAYMENT_TERMS = (15, 30, 30, 45, 60)
# The invoice fields _make_invoices sets itself (so the generic builder does not make them first).
INVOICE_FIELDS_SET = frozenset(
    "id object number status currency total_amount subtotal total_tax total_discount amount_paid amount_due issued_at"
    " due_date created_at modified_at paid_at voided_at marked_uncollectible_at partner partner_id billing_email"
    " assignee calls emails linked_integration in_dispute last_outreach_at last_outreach_channel last_outreach_to"
    " line_items payments".split()
)


def iso(moment: dt.datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


class Store:
    """Records by collection. Not thread-safe by itself: FakeStuut holds its lock around every use."""

    def __init__(self, seed: int, today: dt.date, counts: dict[str, int]) -> None:
        unknown = set(counts) - set(COLLECTIONS)
        if unknown:
            raise ValueError(f"unknown collections {sorted(unknown)}; known: {', '.join(COLLECTIONS)}")
        self.seed = seed
        self.today = today
        self.counts = {name: counts.get(name, default) for name, (_, _, default) in COLLECTIONS.items()}
        self.organization_id = "org_" + Builder(random.Random(f"{seed}:organization"), today, "").token()
        self._records: dict[str, list[dict[str, Any]]] = {}
        self._added = 0
        # Links the schemas have no field for: which invoices a task is about.
        self.task_invoices: dict[str, set[str]] = {}
        # The centralized inbox settings (get_settings / update_settings): one per organization.
        self.settings: dict[str, Any] = {
            "centralized_inbox_auto_assign": True,
            "centralized_inbox_auto_assign_threshold": 80,
            "centralized_inbox_matching_guidelines": "Match by invoice number first, then by sender domain.",
        }
        self._partner_views: dict[str, dict[str, Any]] = {}

    def builder(self, *key: object) -> Builder:
        return Builder(random.Random(":".join(map(str, (self.seed, *key)))), self.today, self.organization_id)

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)

    # -- access ---------------------------------------------------------------------------------------------------
    def records(self, collection: str) -> list[dict[str, Any]]:
        if collection not in self._records:
            if collection not in COLLECTIONS:
                raise KeyError(f"unknown collection {collection!r}; known: {', '.join(COLLECTIONS)}")
            for name in ORDER[: ORDER.index(collection)]:
                if name not in self._records:
                    self.records(name)
            make = getattr(self, f"_make_{collection}", None) or self._make_generic(collection)
            self._records[collection] = [make(self.builder(collection, i), i) for i in range(self.counts[collection])]
        return self._records[collection]

    def find(self, collection: str, record_id: str) -> dict[str, Any] | None:
        for record in self.records(collection):
            if record.get("id") == record_id:
                return record
        return None

    def pick(self, builder: Builder, collection: str) -> dict[str, Any] | None:
        records = self.records(collection)
        return builder.rng.choice(records) if records else None

    def project(self, record: dict[str, Any], schema: str) -> dict[str, Any]:
        """The record as `schema` shows it: its fields, with any the record lacks filled in deterministically."""
        # Nested objects are projected too: the v1 and v2 shapes of one nested field differ.
        names = {field[0] for field in SCHEMAS[schema]}
        given = {key: value for key, value in record.items() if key in names}
        result: dict[str, Any] = self.builder("project", schema, record.get("id")).build(schema, 0, given)
        return result

    def view(self, collection: str, record: dict[str, Any], schema: str | None = None) -> dict[str, Any]:
        """A stored record as an operation answers with it: `schema` (default: the collection's own)."""
        primary, extra, _ = COLLECTIONS[collection]
        if (schema is None or schema == primary) and not extra:
            return record  # as stored, with any field a test seeded that the spec does not declare
        return self.project(record, schema or primary)

    def add(self, collection: str, given: dict[str, Any]) -> dict[str, Any]:
        """A record made from `given` (its fields kept as they are; the rest generated) appended to `collection`."""
        records = self.records(collection)
        self._added += 1
        make = getattr(self, f"_make_{collection}", None) or self._make_generic(collection)
        record = make(self.builder(collection, "added", self._added), len(records))
        record.update(given)
        if collection == "invoices" and "amount_due" not in given and {"total_amount", "amount_paid"} & set(given):
            record["amount_due"] = money((record["total_amount"] or 0) - (record.get("amount_paid") or 0))
        records.append(record)
        return record

    def create(self, collection: str, given: dict[str, Any]) -> dict[str, Any]:
        """A new record (as an operation creates it): generated, with `given` fields, timestamps of now."""
        record = self.add(collection, given)
        stamp = iso(self.now())
        for key in ("created_at", "modified_at"):
            if key in record:
                record[key] = stamp
        return record

    def touch(self, record: dict[str, Any]) -> None:
        if "modified_at" in record:
            record["modified_at"] = iso(self.now())

    # -- generic and related records --------------------------------------------------------------------------------
    def _make_generic(self, collection: str) -> Callable[[Builder, int], dict[str, Any]]:
        schema, extra, _ = COLLECTIONS[collection]

        def make(builder: Builder, index: int) -> dict[str, Any]:
            record: dict[str, Any] = builder.build(schema)
            for other in extra:
                for key, value in builder.build(other, 0, record).items():
                    record.setdefault(key, value)
            self._relate(builder, record)
            return record

        return make

    def _relate(self, builder: Builder, record: dict[str, Any]) -> None:
        """Point a record's references at records of the fake (a partner_id names one of its partners, ...)."""
        for key, collection in (("partner_id", "partners"), ("assignee_id", "users"), ("approver_id", "users")):
            if key in record and record[key] is not None and collection in self._records:
                target = self.pick(builder, collection)
                if target is not None:
                    record[key] = target["id"]
        if "account_id" in record and record["account_id"] is not None and "bank_accounts" in self._records:
            account = self.pick(builder, "bank_accounts")
            if account is not None:
                record["account_id"] = account["id"]
                if "account_mask" in record:
                    record["account_mask"] = account["mask"]

    def user_as(self, user: dict[str, Any] | None, schema: str = "User") -> dict[str, Any] | None:
        return None if user is None else self.project(user, schema)

    # -- collections with their own rules ---------------------------------------------------------------------------
    def _make_users(self, builder: Builder, index: int) -> dict[str, Any]:
        record = self._make_generic("users")(builder, index)
        record["name"] = f"{record['given_name']} {record['family_name']}"
        record["email"] = f"{record['given_name']}.{record['family_name']}@stuut.example".lower()
        return record

    def _make_partners(self, builder: Builder, index: int) -> dict[str, Any]:
        name = builder.company()
        record = self._make_generic("partners")(builder, index)
        given, family = builder.person()
        domain = name.split()[0].lower() + ".com"
        user = self.pick(builder, "users")
        record.update(
            name=name,
            legal_name=name,
            email=f"ap@{domain}",
            given_name=given,
            family_name=family,
            is_company=True,
            is_active=True,
            organization_id=self.organization_id,
            account_number=f"C-{10000 + index}",
            assignee=self.user_as(user),
            assignee_id=user["id"] if user else None,
            contacts=[],
            tags=[],
            ap_portals=[],
            linked_integration=None,
            parent_id=None,
            remote_parent_id=None,
        )
        return record

    def _make_invoices(self, builder: Builder, index: int) -> dict[str, Any]:
        rng = builder.rng
        record: dict[str, Any] = builder.build("Invoice", 0, skip=INVOICE_FIELDS_SET)
        statuses, weights = zip(*INVOICE_STATUSES, strict=True)
        status = rng.choices(statuses, weights)[0]
        total = builder.amount(120, 48_000)
        tax_rate = rng.choice((0.0, 0.05, 0.08, 0.2))
        subtotal = money(total / (1 + tax_rate))
        paid = 0.0
        if status == "paid":
            paid = total
        elif status in ("open", "overdue") and rng.random() < 0.25:
            paid = money(total * rng.choice((0.25, 0.4, 0.5, 0.75)))
        terms = rng.choice(PAYMENT_TERMS)
        now = builder.now
        if status == "overdue":
            due = now - dt.timedelta(days=rng.randint(1, 120))
        elif status in ("open", "draft", "processing"):
            due = now + dt.timedelta(days=rng.randint(1, 45))
        else:
            due = now - dt.timedelta(days=rng.randint(5, 150))
        due = due.replace(hour=0, minute=0, second=0)
        issued = due - dt.timedelta(days=terms)
        partner = self.pick(builder, "partners")
        user = self.pick(builder, "users")
        invoice_id = builder.id("invoice")
        record.update(
            id=invoice_id,
            object="invoice",
            number=f"INV-{issued.year}-{10001 + index:05d}",
            status=status,
            currency=(partner or {}).get("currency") or "USD",
            total_amount=total,
            subtotal=subtotal,
            total_tax=money(total - subtotal),
            total_discount=0.0,
            amount_paid=paid,
            amount_due=money(total - paid),
            issued_at=iso(issued),
            due_date=iso(due),
            created_at=iso(issued + dt.timedelta(hours=rng.randint(0, 6))),
            modified_at=iso(min(now, issued + dt.timedelta(days=rng.randint(0, terms)))),
            paid_at=iso(min(now, due - dt.timedelta(days=rng.randint(-10, terms)))) if status == "paid" else None,
            voided_at=iso(issued + dt.timedelta(days=3)) if status == "void" else None,
            marked_uncollectible_at=None,
            partner=self._embedded_partner(partner),
            partner_id=partner["id"] if partner else None,
            billing_email=(partner or {}).get("email"),
            assignee=self.user_as(user),
            calls=[],
            emails=[],
            linked_integration=None,
            in_dispute=rng.random() < 0.04,
        )
        if status in ("open", "overdue") and rng.random() < 0.65:
            record["last_outreach_at"] = builder.timestamp((0, 20))
            record["last_outreach_channel"] = "email"
            record["last_outreach_to"] = record["billing_email"]
        else:
            record.update(last_outreach_at=None, last_outreach_channel=None, last_outreach_to=None)
        record["line_items"] = self._line_items(builder, invoice_id, subtotal, record["currency"])
        record["payments"] = (
            [
                builder.build(
                    "InvoicePayment",
                    1,
                    {"amount": paid, "invoice_id": invoice_id, "payment_id": builder.id("payment"), "payment": None},
                    full=False,
                )
            ]
            if paid
            else []
        )
        return record

    def _embedded_partner(self, partner: dict[str, Any] | None) -> dict[str, Any] | None:
        """The partner as invoices embed it; one dict per partner, shared (partners are never updated)."""
        if partner is None:
            return None
        if partner["id"] not in self._partner_views:
            self._partner_views[partner["id"]] = self.project(partner, "Partner")
        return self._partner_views[partner["id"]]

    def _line_items(self, builder: Builder, invoice_id: str, subtotal: float, currency: str) -> list[dict[str, Any]]:
        count = builder.rng.randint(1, 3)
        shares = [builder.rng.randint(1, 5) for _ in range(count)]
        amounts = [money(subtotal * share / sum(shares)) for share in shares]
        amounts[-1] = money(subtotal - sum(amounts[:-1]))
        items = []
        for number, amount in enumerate(amounts, 1):
            quantity = builder.rng.choice((1, 1, 2, 5, 10))
            given = {
                "invoice_id": invoice_id,
                "line_number": number,
                "currency": currency,
                "quantity": quantity,
                "unit_amount": money(amount / quantity),
                "total_amount": amount,
                "total_tax": 0.0,
                "total_discount": 0.0,
                "name": builder.rng.choice(("Consulting hours", "Annual licence", "Freight", "Support plan", "Parts")),
            }
            items.append(builder.build("LineItem", 1, given, full=False))
        return items

    def _make_contacts(self, builder: Builder, index: int) -> dict[str, Any]:
        record = self._make_generic("contacts")(builder, index)
        partner = self.find("partners", record["partner_id"])  # _relate picked it
        if partner is not None and record.get("given_name") and record.get("family_name"):
            domain = str(partner["email"]).split("@")[-1]
            record["email"] = f"{record['given_name']}.{record['family_name']}@{domain}".lower()
        return record

    def _make_tasks(self, builder: Builder, index: int) -> dict[str, Any]:
        record = self._make_generic("tasks")(builder, index)
        user = self.pick(builder, "users") if builder.rng.random() < 0.7 else None
        record["assignee"] = self.user_as(user)
        record["assignee_id"] = user["id"] if user else None
        record["label"] = builder.rng.choice(("Follow up on overdue invoice", "Review payment match", "Call partner"))
        invoices = self.records("invoices")
        if invoices:
            chosen = builder.rng.sample(invoices, min(len(invoices), builder.rng.randint(1, 3)))
            self.task_invoices[record["id"]] = {str(invoice["id"]) for invoice in chosen}
        return record

    def _make_bank_transactions_v2(self, builder: Builder, index: int) -> dict[str, Any]:
        record = self._make_generic("bank_transactions_v2")(builder, index)
        amount = builder.amount(20, 60_000)
        record.update(
            amount=f"{amount:.2f}",
            total_allocated=f"{amount if record.get('is_payment') else 0:.2f}",
            timestamp=builder.timestamp((0, 120)),
        )
        return record

    def _make_bank_statements_v2(self, builder: Builder, index: int) -> dict[str, Any]:
        record = self._make_generic("bank_statements_v2")(builder, index)
        end = self.today - dt.timedelta(days=30 * index + builder.rng.randint(0, 3))
        start = end.replace(day=1)
        record.update(period_start=start.isoformat(), period_end=end.isoformat(), split_info=None)
        if record.get("attachment"):
            record["attachment"]["name"] = f"statement-{start:%Y-%m}.csv"
        return record
