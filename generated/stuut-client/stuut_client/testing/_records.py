"""Deterministic, realistic records for FakeStuut, built from the spec's shapes (`_shapes.py`).

Every record is built by walking its schema: each field gets a value of its declared type, chosen from the field's
name where that says what it holds (ids with the resource's prefix, people's names and emails, company names,
phone numbers, amounts, dates in the months before `today`, listed enum values), and some optional fields are
null. Nested objects are filled near the top of a record and left null (or minimal, when required) deeper down,
so a record is small enough to list by the thousand. The same seed and the same path give the same record.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid
from typing import Any

from ._shapes import ENUMS, SCHEMAS

# Id prefixes by resource (the reference pages show `inv_`, `ptn_`, `tsk_`, `eml_`, `eml_tmpl_`, `sndr_`).
PREFIXES = {
    "invoice": "inv_",
    "partner": "ptn_",
    "task": "tsk_",
    "email": "eml_",
    "email_template": "eml_tmpl_",
    "email_sender": "sndr_",
    "user": "usr_",
    "organization": "org_",
    "call": "call_",
    "contact": "con_",
    "contact_suggestion": "csg_",
    "payment": "pay_",
    "payment_allocation": "pal_",
    "remittance": "rem_",
    "remittance_allocation": "ral_",
    "bank_transaction": "btx_",
    "transaction": "btx_",
    "bank_statement": "bst_",
    "statement": "bst_",
    "bank_account": "ba_",
    "account": "ba_",
    "internal_contact": "ic_",
    "internal_contact_assignment": "ica_",
    "assignment": "ica_",
    "connection": "conn_",
    "integration_sync": "sync_",
    "attachment": "att_",
    "file": "file_",
    "line_item": "li_",
    "thread": "thr_",
    "email_thread": "thr_",
    "workflow": "wf_",
    "tag": "tag_",
    "event": "evt_",
    "trigger_event": "evt_",
    "linked_integration": "lint_",
    "linked_model": "lmod_",
    "bulk_email_request": "ber_",
    "domain": "dom_",
    "folder": "fld_",
    "address": "addr_",
    "billing_address": "addr_",
    "shipping_address": "addr_",
    "sync_run": "run_",
    "run": "run_",
    "model": "mdl_",
    "pdf": "file_",
    "author": "usr_",
    "assignee": "usr_",
    "approver": "usr_",
    "sent_by": "usr_",
    "actor": "usr_",
    "invited_by_user": "usr_",
    "transaction_match_approver": "usr_",
    "default_email_sender": "sndr_",
    "parent": "ptn_",
    "parent_email": "eml_",
    "external_contact": "ext_",
    "tag_id": "tag_",
    "original_statement": "bst_",
}

GIVEN_NAMES = (
    "Ava", "Ben", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hiro", "Isabel", "Jonas", "Kemi", "Liam", "Maya",
    "Noah", "Olivia", "Priya", "Quentin", "Rosa", "Sam", "Tomas", "Uma", "Victor", "Wen", "Yusuf", "Zoe",
)  # fmt: skip
FAMILY_NAMES = (
    "Andersen", "Baker", "Castillo", "Dubois", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Khan",
    "Larsen", "Moreau", "Nakamura", "Okafor", "Patel", "Quinn", "Rossi", "Schmidt", "Tanaka", "Varga", "Walsh",
)  # fmt: skip
COMPANY_WORDS = (
    "Acme", "Birch", "Cobalt", "Delta", "Evergreen", "Falcon", "Granite", "Harbor", "Ironwood", "Juniper", "Keystone",
    "Lumen", "Meridian", "Northwind", "Orchid", "Pioneer", "Quarry", "Redwood", "Summit", "Tidewater", "Union",
    "Vertex", "Willow",
)  # fmt: skip
COMPANY_KINDS = (
    "Logistics", "Foods", "Health", "Systems", "Supply", "Studios", "Builders", "Analytics", "Labs", "Partners",
    "Retail", "Energy", "Freight", "Media",
)  # fmt: skip
COMPANY_SUFFIXES = ("Inc.", "LLC", "Ltd", "GmbH", "Co.", "B.V.", "Corp.")
CITIES = (
    ("Austin", "TX", "US"), ("Boston", "MA", "US"), ("Chicago", "IL", "US"), ("Denver", "CO", "US"),
    ("Seattle", "WA", "US"), ("Toronto", "ON", "CA"), ("London", None, "GB"), ("Amsterdam", None, "NL"),
    ("Berlin", None, "DE"), ("Dublin", None, "IE"),
)  # fmt: skip
STREETS = ("Market St", "Main St", "Harbor Way", "Oak Ave", "King St", "Station Rd", "Elm St", "Canal St")
SENTENCES = (
    "Customer confirmed the invoice and will pay by the due date.",
    "Payment promised after the purchase order is approved.",
    "Asked for a copy of the invoice with the PO number.",
    "Disputes the shipping charge on line 3.",
    "Remittance received by email; matched to two invoices.",
    "Left a voicemail about the overdue balance.",
    "Partner requested a payment plan for the remaining balance.",
    "Bank transfer initiated; expected within three business days.",
)  # fmt: skip
# Currencies most records use (the Currency enum lists every ISO 4217 code).
CURRENCIES = ("USD", "USD", "USD", "EUR", "GBP", "CAD")
TIMEZONES = ("America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Amsterdam")
MONEY_WORDS = ("amount", "total", "balance", "subtotal", "tax", "discount", "paid", "due", "deposits", "withdrawals")

_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def snake(schema: str) -> str:
    """`InvoicePayment` -> `invoice_payment`; version and detail suffixes dropped (`BankTransactionDetailV2`)."""
    name = re.sub(r"(Detail)?V2$|Detail$", "", schema)
    return _CAMEL.sub("_", name).lower()


def prefix_for(resource: str) -> str:
    return PREFIXES.get(resource) or (resource.split("_")[0][:4] + "_")


def money(value: float) -> float:
    return round(value + 0.0, 2)


class Builder:
    """Builds records of one schema with one random stream: the same seed and path give the same record."""

    def __init__(self, rng: random.Random, today: dt.date, organization_id: str) -> None:
        self.rng = rng
        self.today = today
        self.organization_id = organization_id
        self.now = dt.datetime.combine(today, dt.time(12, 0), tzinfo=dt.UTC)

    # -- values ---------------------------------------------------------------------------------------------------
    def token(self, length: int = 14) -> str:
        return f"{self.rng.getrandbits(4 * length):0{length}x}"

    def id(self, resource: str) -> str:
        return prefix_for(resource) + self.token()

    def moment(self, days_back: tuple[int, int] = (1, 180)) -> dt.datetime:
        seconds = self.rng.randint(days_back[0] * 86400, days_back[1] * 86400)
        return (self.now - dt.timedelta(seconds=seconds)).replace(microsecond=0)

    def timestamp(self, days_back: tuple[int, int] = (1, 180)) -> str:
        return self.moment(days_back).isoformat().replace("+00:00", "Z")

    def person(self) -> tuple[str, str]:
        return self.rng.choice(GIVEN_NAMES), self.rng.choice(FAMILY_NAMES)

    def company(self) -> str:
        words = self.rng.sample(COMPANY_WORDS, 1)[0], self.rng.choice(COMPANY_KINDS), self.rng.choice(COMPANY_SUFFIXES)
        return " ".join(words)

    def email(self, given: str | None = None, family: str | None = None, domain: str | None = None) -> str:
        if given is None or family is None:
            given, family = self.person()
        domain = domain or self.rng.choice(COMPANY_WORDS).lower() + self.rng.choice((".com", ".io", ".co", ".net"))
        return f"{given.lower()}.{family.lower()}@{domain}"

    def phone(self) -> str:
        return f"+1 {self.rng.randint(201, 989)} 555 {self.rng.randint(100, 999):03d}{self.rng.randint(0, 9)}"

    def amount(self, low: float = 50.0, high: float = 25_000.0) -> float:
        return money(self.rng.uniform(low, high))

    # -- records --------------------------------------------------------------------------------------------------
    def build(
        self,
        schema: str,
        depth: int = 0,
        given: dict[str, Any] | None = None,
        full: bool = True,
        skip: frozenset[str] = frozenset(),
    ) -> Any:
        """A record of `schema` (a component name); `given` values are kept and nested dicts completed.

        `full` fills optional fields too (some with null); otherwise optional nullable fields are null, which is
        what nested objects deep inside a record get. `skip` fields are left None (the caller sets them).
        """
        if schema in ENUMS:
            return given if given is not None else self.rng.choice(ENUMS[schema])
        fields = SCHEMAS[schema]
        resource = snake(schema)
        given = given or {}
        record: dict[str, Any] = {}
        context = {"resource": resource, "schema": schema}
        for name, required, nullable, kind in fields:
            if name in skip:
                record[name] = None
                continue
            if name in given:
                record[name] = self.complete(kind, given[name], depth)
                continue
            if not full and not required and (nullable or kind == "any"):
                record[name] = None
                continue
            if (
                nullable
                and not required
                and name not in ("id", "created_at", "modified_at")
                and self.rng.random() < 0.12
            ):
                record[name] = None
                continue
            record[name] = self.value(name, kind, depth, context, record, nullable)
        created, modified = record.get("created_at"), record.get("modified_at")
        if isinstance(created, str) and isinstance(modified, str) and modified < created and "modified_at" not in given:
            record["modified_at"] = created  # never modified before it was created
        return strip_private(record)

    def complete(self, kind: str, value: Any, depth: int) -> Any:
        """`value` as given, with nested objects completed to their schema."""
        if kind.startswith("@") and kind[1:] in SCHEMAS and isinstance(value, dict):
            return self.build(kind[1:], depth + 1, value, full=depth < 1)
        if kind.startswith("[]") and isinstance(value, list):
            return [self.complete(kind[2:], item, depth) for item in value]
        return value

    def value(
        self, name: str, kind: str, depth: int, context: dict[str, Any], record: dict[str, Any], nullable: bool
    ) -> Any:  # noqa: C901, PLR0911, PLR0912
        rng = self.rng
        resource = context["resource"]
        if kind.startswith("[]"):
            inner = kind[2:]
            if inner.startswith("@") and inner[1:] in SCHEMAS:
                if depth >= 1:
                    return [] if not nullable or rng.random() < 0.5 else None
                return [self.build(inner[1:], depth + 1, full=False) for _ in range(rng.randint(0, 2))]
            if inner.startswith("@"):
                return rng.sample(ENUMS[inner[1:]], min(len(ENUMS[inner[1:]]), rng.randint(1, 2)))
            if inner in ("str:email",) or name in ("to", "cc", "bcc", "reply_to", "participants", "bounced_addresses"):
                return [
                    self.email() for _ in range(rng.randint(0, 2 if name != "to" else 1) or (1 if name == "to" else 0))
                ]
            if inner == "int":
                return [rng.randint(1, 500) for _ in range(rng.randint(0, 2))]
            if inner == "str":
                return [self.text(name.rstrip("s"), resource, record) for _ in range(rng.randint(0, 2))]
            return []
        if kind.startswith("@"):
            target = kind[1:]
            if target in ENUMS:
                return self.enum_value(name, target)
            if depth >= 1 and nullable:
                return None
            return self.build(target, depth + 1, full=depth < 1)
        if kind == "any":
            return None
        if kind == "obj":
            return {}
        if kind == "bool":
            if name.startswith(("is_email_disabled", "is_phone_disabled", "in_dispute", "has_posting_errors")):
                return rng.random() < 0.05
            return rng.random() < 0.5
        if kind.startswith("int"):
            return self.integer(name, kind)
        if kind == "num":
            if "score" in name:
                return round(rng.uniform(0.5, 1.0), 2)
            if "rate" in name:
                return round(rng.uniform(0.8, 1.3), 4)
            return self.amount()
        if kind == "str:date-time":
            return self.timestamp()
        if kind == "str:date":
            return (self.today - dt.timedelta(days=rng.randint(1, 180))).isoformat()
        if kind == "str:uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if kind == "str:email":
            return self.email()
        return self.text(name, resource, record)

    def enum_value(self, name: str, enum: str) -> Any:
        values = ENUMS[enum]
        if enum == "Currency":
            return self.rng.choice([c for c in CURRENCIES if c in values] or values)
        if enum == "Timezone":
            return self.rng.choice([t for t in TIMEZONES if t in values] or values)
        return self.rng.choice(values)

    def integer(self, name: str, kind: str) -> int:
        parts = kind.split(":")
        low = int(parts[1]) if len(parts) > 1 and parts[1] else 0
        high = int(parts[2]) if len(parts) > 2 and parts[2] else None
        if name in ("size",):
            return self.rng.randint(max(low, 1_000), min(high or 5_000_000, 5_000_000))
        if name.endswith("_address_id"):
            return self.rng.randint(1_000, 99_999)
        top = 100 if high is None else high
        return self.rng.randint(low, max(low, min(top, 100)))

    def text(self, name: str, resource: str, record: dict[str, Any]) -> str:  # noqa: C901, PLR0911, PLR0912
        rng = self.rng
        if name == "object":
            return resource
        if name == "id":
            return self.id(resource)
        if name == "organization_id":
            return self.organization_id
        if name in ("remote_id", "remote_partner_id", "remote_parent_id", "remote_thread_id"):
            return f"QB-{rng.randint(10000, 99999)}"  # an id in the linked accounting system
        if name.endswith("_id"):
            return self.id(name[:-3])
        if name in ("given_name", "family_name", "name", "email", "reply_to", "billing_email", "from_email") and (
            resource in ("user", "contact", "external_contact", "internal_contact", "email_sender", "user_v2")
            or name in ("given_name", "family_name")
        ):
            if "_person" not in record:
                record["_person"] = self.person()
            given, family = str(record["_person"][0]), str(record["_person"][1])
            if name == "given_name":
                return given
            if name == "family_name":
                return family
            if name == "name":
                return f"{given} {family}"
            return self.email(given, family, "stuut.example" if resource in ("user", "email_sender") else None)
        if "email" in name or name in ("last_outreach_to", "reply_to"):
            return self.email()
        if name in ("name", "legal_name", "customer_name", "counterparty_name", "on_behalf_of") and resource in (
            "partner",
            "partner_v2",
            "organization",
            "invoice_v2",
            "counterparty_info",
            "ap_portal",
        ):
            return self.company()
        if "phone" in name or name.endswith("_number") and name.split("_")[0] in ("to", "from"):
            return self.phone()
        if name in ("number", "invoice_number"):
            return f"INV-{self.today.year}-{rng.randint(1, 99999):05d}"
        if name in ("account_number",):
            return f"{rng.randint(10_000_000, 99_999_999)}"
        if name in ("mask", "account_mask"):
            return f"{rng.randint(0, 9999):04d}"
        if name in ("reference_number", "order_number", "purchase_order_number", "check_number"):
            return f"{name.split('_')[0][:3].upper()}-{rng.randint(100000, 999999)}"
        if name.endswith(("_url", "url")) or name in ("profile_picture", "pdf", "logo"):
            return f"https://files.stuut.example/{resource}/{self.token(10)}"
        if name == "currency":
            return self.rng.choice(CURRENCIES)
        if name in ("city",):
            return rng.choice(CITIES)[0]
        if name == "state":
            return rng.choice(CITIES)[1] or "N/A"
        if name == "country":
            return rng.choice(CITIES)[2]
        if name == "postal_code":
            return f"{rng.randint(10000, 99999)}"
        if name in ("line1",):
            return f"{rng.randint(1, 999)} {rng.choice(STREETS)}"
        if name in ("line2",):
            return f"Suite {rng.randint(100, 900)}"
        if name in ("domain",):
            return rng.choice(COMPANY_WORDS).lower() + ".com"
        if name in ("subject",):
            return f"Invoice INV-{self.today.year}-{rng.randint(1, 99999):05d} is due soon"
        if name in ("body", "generated_body", "signature_html", "snippet", "transcript_str"):
            return rng.choice(SENTENCES)
        if name == "description" and resource in ("bank_transaction", "statement_transaction", "payment"):
            return f"ACH CREDIT {self.company().upper()} REF {rng.randint(100000, 999999)}"
        if name == "job_title":
            return rng.choice(("AP Manager", "Controller", "Accounts Payable Specialist", "CFO", "Bookkeeper"))
        if name in ("description", "memo", "summary", "message", "label") or name.endswith("reason"):
            return rng.choice(SENTENCES)
        if name.endswith("error_code"):
            return rng.choice(("low_confidence", "missing_reference", "amount_mismatch"))
        if name in ("amount", "total_allocated", "amount_handled_outside") or any(w in name for w in MONEY_WORDS):
            return f"{self.amount():.2f}"
        if name in ("name", "display_name", "title", "filename", "file_name", "key"):
            return f"{resource.replace('_', ' ').title()} {rng.randint(1, 999)}"
        if name == "source":
            return rng.choice(("email_signature", "apollo", "manual"))
        if name == "provider":
            return rng.choice(("gmail", "outlook"))
        return f"{name.replace('_', ' ')} {rng.randint(1, 9999)}"


def strip_private(record: dict[str, Any]) -> dict[str, Any]:
    record.pop("_person", None)
    return record
