"""Benchmark payloads: pages of invoices built from the spec's own example, with realistic, varied values.

The documented Invoice example (GET /v1/invoices/{invoice_id}) gives the shape: which fields a real invoice
carries and how deep its nested objects go. Its values are placeholders (`<string>`, `123`, one date), so every
leaf is drawn again from the field's schema and name: distinct ids with the documented prefixes, amounts that add
up, names, dates, listed enum values, some optional fields null, 1 to 3 calls, emails, line items and payments
per invoice. A seed makes it deterministic. `check_page` validates a page against the spec's InvoicePage schema.

A `Shape` says how much of each: `USUAL` is the bench's page; `DENSE` draws the same leaves the same
deterministic way but with more nested objects per MiB (more calls, emails, line items and payments per
invoice, shorter texts, fewer nulls), the kind of page where per-object costs dominate decoding costs.

    from bench_payload import DENSE, invoice_page
    body = invoice_page(200, seed=1)                # bytes, as the server sends them
    dense = invoice_page(200, seed=1, shape=DENSE)
"""

from __future__ import annotations

import copy
import functools
import json
import random
import re
import string
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "stuut.yaml"
TOP_LEVEL_LISTS = {"calls", "emails", "line_items", "payments"}  # an invoice's own lists
# Prefixes the spec documents (inv_, ptn_, eml_, tsk_, sndr_), and made-up ones for the other objects.
ID_PREFIXES = {"invoice": "inv", "partner": "ptn", "email": "eml", "task": "tsk", "sender": "sndr", "user": "usr"}
GIVEN = ["Ana", "Ben", "Chloe", "Dmitri", "Esther", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Lena"]
FAMILY = ["Alvarez", "Brooks", "Chen", "Dubois", "Eriksen", "Fischer", "Gupta", "Haddad", "Ivanova", "Jensen"]
COMPANY = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent"]
SUFFIX = ["Inc.", "LLC", "GmbH", "Ltd", "S.A.", "Corp."]
CITIES = [("Austin", "TX", "US"), ("Berlin", "BE", "DE"), ("Leeds", "ENG", "GB"), ("Lyon", "ARA", "FR")]
WORDS = "payment invoice overdue reminder balance account please confirm remittance schedule credit net".split()
LONG_TEXT = {"body", "memo", "message", "description", "summary", "snippet", "transcript_str", "stacktrace"}
LONG_TEXT |= {"signature_html", "generated_body", "private_note", "invoice_submission_guidelines", "reason"}
ADDRESS_LISTS = {"to", "cc", "bcc", "reply_to", "bounced_addresses"}
CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD"]


@dataclass(frozen=True)
class Shape:
    """How much of each thing a drawn page has."""

    name: str
    null_rate: float  # share of optional (nullable) fields sent as null
    top_level_items: dict[str, tuple[int, int]]  # items in each of an invoice's own lists, inclusive range
    nested_items: tuple[int, int]  # items in each list nested deeper
    long_text_words: tuple[int, int]  # words in a body, memo, description, ...
    short_text_words: tuple[int, int]  # words in any other free-text string
    token_length: int  # characters of the random part of an id


USUAL = Shape(
    "usual",
    null_rate=0.1,
    top_level_items=dict.fromkeys(TOP_LEVEL_LISTS, (1, 3)),
    nested_items=(1, 2),
    long_text_words=(8, 30),
    short_text_words=(1, 3),
    token_length=14,
)
# Calls and line items (many small objects each) rather than emails and payments (fewer, larger ones).
DENSE = Shape(
    "dense",
    null_rate=0.02,
    top_level_items={"calls": (3, 5), "emails": (1, 1), "line_items": (3, 6), "payments": (1, 2)},
    nested_items=(2, 3),
    long_text_words=(1, 3),
    short_text_words=(1, 1),
    token_length=8,
)


@functools.cache
def _spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text())  # type: ignore[no-any-return]


def invoice_example() -> dict[str, Any]:
    """The documented Invoice example: the shape every generated invoice copies."""
    get = _spec()["paths"]["/v1/invoices/{invoice_id}"]["get"]
    return copy.deepcopy(get["responses"]["200"]["content"]["application/json"]["example"])


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class _Builder:
    """Draws one value per leaf of the example, from the leaf's schema and field name."""

    def __init__(self, seed: int, shape: Shape) -> None:
        self.rng = random.Random(seed)
        self.shape = shape
        self.schemas: dict[str, Any] = _spec()["components"]["schemas"]
        self.who = self.person()

    def token(self, length: int = 14) -> str:
        return "".join(self.rng.choices(string.ascii_letters + string.digits, k=length))

    def when(self) -> datetime:
        start = datetime(2024, 1, 1, tzinfo=UTC)
        return start + timedelta(seconds=self.rng.randrange(2 * 365 * 86400))

    def person(self) -> tuple[str, str]:
        return self.rng.choice(GIVEN), self.rng.choice(FAMILY)

    def email(self) -> str:
        given, family = self.who
        return f"{given}.{family}@{self.rng.choice(COMPANY)}.example".lower()

    def company(self) -> str:
        return f"{self.rng.choice(COMPANY)} {self.rng.choice(COMPANY)} {self.rng.choice(SUFFIX)}"

    def words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choices(WORDS, k=self.rng.randint(low, high))).capitalize()

    def resolve(self, schema: dict[str, Any], owner: str) -> tuple[dict[str, Any], str, bool]:
        """(the schema without $ref or anyOf-null, the name of the object it describes, nullable)."""
        nullable = False
        while True:
            if "$ref" in schema:
                owner = schema["$ref"].rsplit("/", 1)[-1]
                schema = self.schemas[owner]
            elif "anyOf" in schema:
                variants = [s for s in schema["anyOf"] if s.get("type") != "null"]
                nullable = nullable or len(variants) < len(schema["anyOf"])
                schema = variants[0]
            elif "allOf" in schema and len(schema["allOf"]) == 1:
                schema = schema["allOf"][0]
            else:
                return schema, owner, nullable

    def value(self, example: Any, schema: dict[str, Any], field: str, owner: str, required: bool) -> Any:
        top_level_list = field in TOP_LEVEL_LISTS and owner == "Invoice"
        schema, owner, nullable = self.resolve(schema, owner)
        never_null = field == "id" or top_level_list
        if nullable and not required and not never_null and self.rng.random() < self.shape.null_rate:
            return None
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self.object(example, schema, owner) if isinstance(example, dict) else None
        if kind == "array":
            if not isinstance(example, list) or not example:
                return [] if isinstance(example, list) else None
            shape = self.shape
            count = self.rng.randint(*(shape.top_level_items[field] if top_level_list else shape.nested_items))
            item = schema.get("items", {})
            return [self.value(example[0], item, field, owner, True) for _ in range(count)]
        if "enum" in schema:
            listed = [v for v in CURRENCIES if v in schema["enum"]] if field == "currency" else schema["enum"]
            return self.rng.choice(listed or schema["enum"])
        if kind == "string":
            return self.string(field, owner, schema.get("format"))
        if kind in ("number", "integer"):
            low, high = schema.get("minimum", 1), schema.get("maximum", 20_000)
            number = self.rng.uniform(low, high)
            return int(number) if kind == "integer" else round(number, 2)
        if kind == "boolean":
            return self.rng.random() < 0.5
        # Untyped on the reference page (custom_fields, pdf, remote_metadata): any JSON; a small object here.
        return {"region": self.rng.choice(["EMEA", "AMER", "APAC"]), "cost_center": f"CC-{self.rng.randint(100, 999)}"}

    def object(self, example: dict[str, Any], schema: dict[str, Any], owner: str) -> dict[str, Any]:
        properties, required = schema.get("properties", {}), set(schema.get("required", ()))
        # One person per object, so a user's name, given and family name and email agree.
        outer, self.who = self.who, self.person()
        result = {}
        for field, sample in example.items():
            result[field] = self.value(sample, properties.get(field, {}), field, owner, field in required)
        self.who = outer
        return result

    def string(self, field: str, owner: str, fmt: str | None) -> str:
        rng = self.rng
        if fmt == "date-time":
            return self.when().strftime("%Y-%m-%dT%H:%M:%SZ")
        if fmt == "date":
            return self.when().date().isoformat()
        if fmt == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128)))
        if fmt == "email" or ("email" in field and not field.endswith("_id")) or field in ADDRESS_LISTS:
            return self.email()
        if field == "id" or field.endswith("_id"):
            stem = _snake(owner).split("_")[-1] if field == "id" else field[:-3].split("_")[-1]
            return f"{ID_PREFIXES.get(stem, stem[:3])}_{self.token(self.shape.token_length)}"
        if field == "object":
            return _snake(owner)
        if field in ("given_name", "family_name"):
            return self.who[field == "family_name"]
        if (field == "name" and owner == "User") or field in ("username", "on_behalf_of", "transferred_to"):
            return " ".join(self.who)
        if field in ("name", "legal_name", "customer_name", "display_name", "integration_name"):
            return self.company()
        if "phone" in field or field in ("to_number", "from_number"):
            return f"+1 415 555 {rng.randint(1000, 9999)}"
        if "url" in field or field in ("profile_picture", "remote_invoice_pdf"):
            return f"https://files.stuut.example/{self.token(20)}"
        if field in ("city", "state", "country"):
            return rng.choice(CITIES)[("city", "state", "country").index(field)]
        if field == "postal_code":
            return f"{rng.randint(10000, 99999)}"
        if field in ("line1", "line2"):
            return f"{rng.randint(1, 400)} {rng.choice(FAMILY)} {rng.choice(['Street', 'Avenue', 'Road'])}"
        if "number" in field or field in ("remote_id", "customer_identifier", "account_key"):
            return f"{rng.choice(['PO', 'SO', 'AC', 'RF'])}-{rng.randint(10000, 999999)}"
        if field in LONG_TEXT or fmt == "text":
            return self.words(*self.shape.long_text_words) + "."
        return self.words(*self.shape.short_text_words)


def _make_consistent(invoice: dict[str, Any], builder: _Builder, index: int) -> None:
    """What a real invoice has and random leaves lack: amounts that add up, a matching partner and status."""
    rng = builder.rng
    subtotal = round(rng.uniform(50, 25_000), 2)
    tax, discount = round(subtotal * rng.choice([0, 0.07, 0.2]), 2), round(subtotal * rng.choice([0, 0, 0.05]), 2)
    total = round(subtotal + tax - discount, 2)
    paid = rng.choice([0.0, 0.0, total, round(total * rng.uniform(0.1, 0.9), 2)])
    issued = builder.when()
    invoice.update(subtotal=subtotal, total_tax=tax, total_discount=discount, total_amount=total)
    invoice.update(amount_paid=paid, amount_due=round(total - paid, 2), number=f"INV-{100000 + index}")
    invoice["issued_at"] = issued.strftime("%Y-%m-%dT%H:%M:%SZ")
    invoice["due_date"] = (issued + timedelta(days=rng.choice([15, 30, 45, 60]))).strftime("%Y-%m-%dT%H:%M:%SZ")
    invoice["status"] = "paid" if paid == total else rng.choice(["open", "overdue", "draft", "processing"])
    if isinstance(invoice.get("partner"), dict):
        invoice["partner_id"] = invoice["partner"]["id"]
    for payment in invoice.get("payments") or ():
        payment["invoice_id"] = invoice["id"]


def invoices(n_invoices: int, seed: int, shape: Shape = USUAL) -> list[dict[str, Any]]:
    """`n_invoices` distinct invoices shaped like the documented example; the same seed gives the same list."""
    builder = _Builder(seed, shape)
    example = invoice_example()
    schema = {"$ref": "#/components/schemas/Invoice"}
    result = []
    for index in range(n_invoices):
        invoice = builder.value(example, schema, "invoice", "Invoice", True)
        _make_consistent(invoice, builder, index)
        result.append(invoice)
    return result


def envelope(data: Any, page: int, limit: int, total: int) -> dict[str, Any]:
    """The list envelope the API wraps a page in (pages numbered from 0)."""
    more = (page + 1) * limit < total
    return {"data": data, "current_page": page, "total_records": total, "next_page": page + 1 if more else None}


def encode(value: Any) -> bytes:
    """Compact JSON, as a pydantic server sends it."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def invoice_page(n_invoices: int, seed: int, shape: Shape = USUAL) -> bytes:
    """One page (page 0) of `n_invoices` invoices, as the body of GET /v1/invoices."""
    return encode(envelope(invoices(n_invoices, seed, shape), 0, n_invoices, n_invoices))


def objects_per_mib(body: bytes) -> float:
    """JSON objects in `body` per MiB: how much per-object work a page holds against its decoding work."""

    def count(value: Any) -> int:
        if isinstance(value, dict):
            return 1 + sum(count(v) for v in value.values())
        if isinstance(value, list):
            return sum(count(v) for v in value)
        return 0

    return count(json.loads(body)) / (len(body) / 2**20)


def check_page(body: bytes) -> None:
    """Raise if `body` is not a valid InvoicePage: every field declared, every enum value listed, formats right."""
    from openapi_schema_validator import OAS31Validator

    components = copy.deepcopy(_spec()["components"])
    for schema in components["schemas"].values():
        # Stricter than the spec: a field the example has but the schema does not declare is a payload bug here.
        if "properties" in schema:
            schema.setdefault("additionalProperties", False)
    document = {"$ref": "#/components/schemas/InvoicePage", "components": components}
    validator = OAS31Validator(document, format_checker=OAS31Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(json.loads(body)), key=lambda e: list(e.absolute_path))
    if errors:
        shown = "\n".join(f"  $.{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10])
        raise ValueError(f"the payload does not match InvoicePage ({len(errors)} errors):\n{shown}")
