"""What the fake answers for each of the API's operations (one function per operation id)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ._records import money
from ._store import Store, iso


class NotFound(Exception):
    """Answered as 404 `{"detail": <message>}`."""


@dataclass
class Call:
    store: Store
    operation_id: str
    path: dict[str, str]
    params: dict[str, Any]
    body: Any
    request: httpx.Request

    def found(self, collection: str, param: str) -> dict[str, Any]:
        record = self.store.find(collection, self.path[param])
        if record is None:
            raise NotFound(f"{collection.rstrip('s').replace('_', ' ').capitalize()} not found")
        return record

    def upload_url(self, record_id: str) -> dict[str, Any]:
        base = f"{self.request.url.scheme}://{self.request.url.netloc.decode()}"
        return {"url": f"{base}/_fake/uploads/{record_id}", "fields": {"key": f"uploads/{record_id}"}}


HANDLERS: dict[str, Callable[[Call], Any]] = {}


def handles(*operation_ids: str) -> Callable[[Callable[[Call], Any]], Callable[[Call], Any]]:
    def register(function: Callable[[Call], Any]) -> Callable[[Call], Any]:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = function
        return function

    return register


def page(call: Call, records: list[dict[str, Any]], collection: str, schema: str | None = None) -> dict[str, Any]:
    """One page of `records` in the list envelope, each as `schema` shows it (default: the collection's own)."""
    number, limit = call.params["page"], call.params["limit"]
    start = number * limit
    data = [call.store.view(collection, record, schema) for record in records[start : start + limit]]
    return {
        "data": data,
        "current_page": number,
        "total_records": len(records),
        "next_page": number + 1 if start + limit < len(records) else None,
    }


def sort(records: list[dict[str, Any]], key: Callable[[dict[str, Any]], Any], descending: bool) -> list[dict[str, Any]]:
    """Sorted by key with missing values last, whichever the order (as SQL's NULLS LAST)."""
    present = [record for record in records if key(record) is not None]
    missing = [record for record in records if key(record) is None]
    return sorted(present, key=key, reverse=descending) + missing


def number(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


# A comparison filter: "100", "gt:100", "gte:100", "lt:", "lte:", or ">100", ">=100", "<", "<=" (the reference
# pages do not show the syntax of `amount_remaining` and `issued_at`; this is the fake's reading of it).
OPERATORS = (
    (">=", "ge"), ("<=", "le"), (">", "gt"), ("<", "lt"), ("gte:", "ge"), ("lte:", "le"), ("gt:", "gt"), ("lt:", "lt"),
    ("eq:", "eq"), ("=", "eq"),
)  # fmt: skip


def comparison(text: str) -> tuple[str, str]:
    for token, operator in OPERATORS:
        if text.startswith(token):
            return operator, text[len(token) :].strip()
    return "eq", text.strip()


def compare(value: Any, operator: str, target: Any) -> bool:
    if value is None:
        return False
    return bool(
        {
            "eq": value == target,
            "gt": value > target,
            "ge": value >= target,
            "lt": value < target,
            "le": value <= target,
        }[operator]
    )


def invalid(loc: str, message: str, raw: str) -> httpx.Response:
    import json

    body = {"detail": [{"type": "value_error", "loc": ["query", loc], "msg": f"Value error, {message}", "input": raw}]}
    return httpx.Response(422, headers={"content-type": "application/json"}, content=json.dumps(body).encode())


def when(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


# -- invoices ----------
INVOICE_SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "amount_due": lambda r: number(r.get("amount_due")),
    "amount_remaining": lambda r: number(r.get("amount_due")),
    "total_amount": lambda r: number(r.get("total_amount")),
    "due_date": lambda r: when(r.get("due_date")),
    "issued_at": lambda r: when(r.get("issued_at")),
    "paid_at": lambda r: when(r.get("paid_at")),
    "last_outreach_at": lambda r: when(r.get("last_outreach_at")),
    "number": lambda r: r.get("number"),
}


@handles("list_invoices")
def list_invoices(call: Call) -> Any:  # noqa: C901
    p, store = call.params, call.store
    records = store.records("invoices")
    if p["number"]:
        numbers = set(p["number"])
        records = [r for r in records if r.get("number") in numbers]
    if p["status"]:
        statuses = set(p["status"])
        records = [r for r in records if r.get("status") in statuses]
    if p["istatus"] is not None:
        records = [r for r in records if str(r.get("status") or "").lower() == p["istatus"].lower()]
    if p["task"] is not None:
        linked = store.task_invoices.get(p["task"], set())
        records = [r for r in records if r.get("id") in linked]
    if p["has_outreach"] is not None:
        records = [r for r in records if (r.get("last_outreach_at") is not None) == p["has_outreach"]]
    if p["customer_outreach_paused"] is not None:
        paused = {
            partner["id"]
            for partner in store.records("partners")
            if partner.get("is_email_outreach_manually_paused") or partner.get("is_call_outreach_manually_paused")
        }
        records = [r for r in records if (r.get("partner_id") in paused) == p["customer_outreach_paused"]]
    if p["amount_remaining"] is not None:
        operator, target = comparison(p["amount_remaining"])
        amount = number(target)
        if amount is None:
            return invalid("amount_remaining", "expected a number, optionally after gt:, gte:, lt: or lte:", target)
        records = [r for r in records if compare(number(r.get("amount_due")), operator, amount)]
    if p["issued_at"] is not None:
        operator, target = comparison(p["issued_at"])
        try:
            day = dt.date.fromisoformat(target[:10])
        except ValueError:
            return invalid("issued_at", "expected a date, optionally after gt:, gte:, lt: or lte:", target)
        records = [r for r in records if compare(_day(r.get("issued_at")), operator, day)]
    if p["sort_by"] is not None:
        records = sort(records, INVOICE_SORT_KEYS.get(p["sort_by"], lambda r: None), p["sort_order"] == "desc")
    elif p["sort_order"] == "desc":
        records = list(reversed(records))
    return page(call, records, "invoices")


def _day(value: str | None) -> dt.date | None:
    moment = when(value)
    return None if moment is None else moment.date()


@handles("retrieve_invoice")
def retrieve_invoice(call: Call) -> Any:
    return call.found("invoices", "invoice_id")


@handles("sync_invoice")
def sync_invoice(call: Call) -> Any:
    invoice = call.found("invoices", "invoice_id")
    invoice["last_synced_at"] = iso(call.store.now())
    call.store.touch(invoice)
    return invoice


# -- partners and contacts ----------
@handles("list_partners")
def list_partners(call: Call) -> Any:
    store = call.store
    partners = store.records("partners")
    figures: dict[str, dict[str, float]] = {}
    for invoice in store.records("invoices"):
        entry = figures.setdefault(str(invoice.get("partner_id")), {"balance": 0.0, "open": 0, "overdue": 0.0})
        if invoice.get("status") in ("open", "overdue"):
            entry["balance"] += number(invoice.get("amount_due")) or 0.0
            entry["open"] += 1
        if invoice.get("status") == "overdue":
            entry["overdue"] += number(invoice.get("amount_due")) or 0.0
    result = page(call, partners, "partners", "PartnerDetail")
    for partner in result["data"]:
        entry = figures.get(str(partner.get("id")), {"balance": 0.0, "open": 0, "overdue": 0.0})
        partner["invoice_balance"] = money(entry["balance"])
        partner["num_open_invoices"] = int(entry["open"])
        partner["total_overdue"] = money(entry["overdue"])
    return result


def _assignment(call: Call, partner_id: str | None) -> dict[str, Any]:
    body = call.body
    person = {key: body.get(key) for key in ("email", "given_name", "family_name", "name", "phone", "job_title")}
    if person["name"] is None and person["given_name"] and person["family_name"]:
        person["name"] = f"{person['given_name']} {person['family_name']}"
    contact = call.store.builder("internal_contact", body["email"]).build("InternalContact", 1, person)
    contact["object"] = "internal_contact"
    given = {"partner_id": partner_id, "internal_role": body["internal_role"], "internal_contact": contact}
    return call.store.create("internal_contact_assignments", given)


@handles("add_internal_contact")
def add_internal_contact(call: Call) -> Any:
    partner = call.found("partners", "partner_id")
    return _assignment(call, partner["id"])


@handles("create_internal_contact")
def create_internal_contact(call: Call) -> Any:
    return _assignment(call, None)


@handles("update_internal_contact_role")
def update_internal_contact_role(call: Call) -> Any:
    assignment = call.found("internal_contact_assignments", "assignment_id")
    if assignment.get("partner_id") != call.path["partner_id"]:
        raise NotFound("Internal contact assignment not found")
    assignment["internal_role"] = call.body["internal_role"]
    call.store.touch(assignment)
    return assignment


@handles("retrieve_contact")
def retrieve_contact(call: Call) -> Any:
    contact = call.found("contacts", "contact_id")
    if contact.get("partner_id") != call.path["partner_id"]:
        raise NotFound("Contact not found")
    return contact


@handles("list_contact_suggestions")
def list_contact_suggestions(call: Call) -> Any:
    p = call.params
    records = [r for r in call.store.records("contact_suggestions") if r.get("partner_id") == p["partner"]]
    if p["sort_by"] is not None:
        records = sort(records, lambda r: r.get(p["sort_by"]), p["sort_order"] == "desc")
    elif p["sort_order"] == "desc":
        records = list(reversed(records))
    # The response is `{data}` only: no page envelope.
    return {"data": page(call, records, "contact_suggestions")["data"]}


# -- simple lists ----------
LISTS = {
    "list_users": ("users", "User"),
    "list_organizations": ("organizations", "Organization"),
    "list_tasks": ("tasks", "Task"),
    "list_calls": ("calls", "Call"),
    "get_calls": ("calls_v2", "CallV2"),
    "list_remittances": ("remittances", "Remittance"),
    "list_bank_transactions": ("bank_transactions", "BankTransaction"),
    "list_pending_bank_statements": ("bank_statements", "BankStatement"),
    "list_bank_accounts": ("bank_accounts", "BankAccount"),
}


def _simple_list(call: Call) -> Any:
    collection, schema = LISTS[call.operation_id]
    return page(call, call.store.records(collection), collection, schema)


for _operation_id in LISTS:
    HANDLERS[_operation_id] = _simple_list

RETRIEVES = {
    "retrieve_call": ("calls", "call_id"),
    "retrieve_email_template": ("email_templates", "email_template_id"),
    "retrieve_payment": ("payments", "payment_id"),
    "retrieve_bank_transaction": ("bank_transactions", "transaction_id"),
    "get_bank_transaction": ("bank_transactions_v2", "transaction_id"),
    "retrieve_bank_statement": ("bank_statements", "bank_statement_id"),
}


def _retrieve(call: Call) -> Any:
    collection, param = RETRIEVES[call.operation_id]
    return call.store.view(collection, call.found(collection, param))


for _operation_id in RETRIEVES:
    HANDLERS[_operation_id] = _retrieve


# -- tasks ----------
@handles("set_task_assignee")
def set_task_assignee(call: Call) -> Any:
    task = call.found("tasks", "task_id")
    user_id = call.body.get("assignee")
    user = None if user_id is None else call.store.find("users", user_id)
    if user_id is not None and user is None:
        raise NotFound("User not found")
    task["assignee_id"] = user_id
    task["assignee"] = call.store.user_as(user)
    call.store.touch(task)
    return task


# -- emails ----------
@handles("create_email")
def create_email(call: Call) -> Any:
    body, store = call.body, call.store
    sender = store.find("email_senders", body["email_sender"]) if body.get("email_sender") else None
    given: dict[str, Any] = {
        "status": "draft",
        "direction": "outbound",
        "thread_id": store.builder("thread", len(store.records("emails"))).id("thread"),
        "parent_email_id": body.get("parent_email"),
        "email_sender": sender,
        "email_sender_id": sender["id"] if sender else None,
        "from_email": sender["email"] if sender else None,
        "sent_at": None,
        "attachments": [],
        "remote_links": [],
    }
    for key in ("to", "cc", "bcc", "reply_to", "subject", "body"):
        if body.get(key) is not None:
            given[key] = body[key]
    return store.create("emails", given)


@handles("generate_email_body")
def generate_email_body(call: Call) -> Any:
    email = call.found("emails", "email_id")
    template = (
        call.store.find("email_templates", call.body["email_template"]) if call.body.get("email_template") else None
    )
    text = (template or {}).get("body") or "Hello, this is a friendly reminder about your open invoices."
    email.update(body=text, generated_body=text, is_generated=True)
    call.store.touch(email)
    return email


@handles("bulk_send_emails")
def bulk_send_emails(call: Call) -> Any:
    emails = []
    for email_id in call.body.get("emails") or []:
        email = call.store.find("emails", email_id)
        if email is None:
            raise NotFound(f"Email {email_id} not found")
        email.update(status="sent", sent_at=iso(call.store.now()))
        call.store.touch(email)
        emails.append(email)
    return {"data": emails}


@handles("bulk_create_emails")
def bulk_create_emails(call: Call) -> Any:
    body, store = call.body, call.store
    partners = [store.find("partners", partner_id) for partner_id in body.get("partners") or []]
    if any(partner is None for partner in partners):
        raise NotFound("Partner not found")
    partner = store.project(partners[0], "Partner") if partners and partners[0] else None
    given = {"auto_send": body.get("auto_send"), "email_sender_id": body.get("email_sender"), "partner": partner}
    return store.create("bulk_email_requests", given)


@handles("create_email_template")
def create_email_template(call: Call) -> Any:
    body = call.body
    given = {key: body[key] for key in ("name", "subject", "body", "cc", "is_default", "auto_correct") if key in body}
    if body.get("folder"):
        given["folder"] = {"name": body["folder"], "object": "email_template_folder"}
    return call.store.create("email_templates", given)


@handles("update_email_sender")
def update_email_sender(call: Call) -> Any:
    sender = call.found("email_senders", "email_sender_id")
    sender.update({key: call.body[key] for key in ("is_shared", "signature_html") if key in call.body})
    call.store.touch(sender)
    return sender


@handles("assign_thread_partner")
def assign_thread_partner(call: Call) -> Any:
    thread_id = call.path["email_thread_id"]
    if not any(email.get("thread_id") == thread_id for email in call.store.records("emails")):
        raise NotFound("Email thread not found")
    if call.store.find("partners", call.body["partner_id"]) is None:
        raise NotFound("Partner not found")
    return {"id": thread_id, "triage_status": "manually_matched", "partner_id": call.body["partner_id"]}


@handles("get_settings", "update_settings")
def inbox_settings(call: Call) -> Any:
    settings = call.store.settings
    if call.operation_id == "update_settings":
        settings.update({key: value for key, value in call.body.items() if key in settings and value is not None})
    return dict(settings)


# -- files and uploads ----------
FILE_TYPES = {"image": "image", "video": "video", "audio": "audio", "image/gif": "gif"}


def _attachment(call: Call, name: str, mime_type: str, size: int | None, purpose: str | None) -> dict[str, Any]:
    file_type = FILE_TYPES.get(mime_type, FILE_TYPES.get(mime_type.split("/")[0], "document"))
    given = {"name": name, "mime_type": mime_type, "size": size, "purpose": purpose, "file_type": file_type}
    return call.store.create("files", given)


@handles("create_file")
def create_file(call: Call) -> Any:
    b = call.body
    attachment = _attachment(call, b["name"], b["mime_type"], b["size"], b["purpose"])
    return {"attachment": attachment, "presigned_url": call.upload_url(attachment["id"])}


@handles("upload_remittance")
def upload_remittance(call: Call) -> Any:
    b = call.body
    attachment = _attachment(
        call, b.get("filename") or "remittance.pdf", b.get("mime_type") or "application/pdf", None, "remittance"
    )
    remittance = call.store.create("remittances", {"attachment": attachment, "allocations": []})
    return {"remittance": remittance, "presigned_url": call.upload_url(remittance["id"])}


@handles("upload_bank_statement")
def upload_bank_statement(call: Call) -> Any:
    b = call.body
    attachment = _attachment(
        call, b.get("filename") or "statement.csv", b.get("mime_type") or "text/csv", None, "bank_statement"
    )
    given = {"attachment": attachment, "status": "submitted", "transactions": [], "account_id": b.get("account")}
    statement = call.store.create("bank_statements", given)
    return {"statement": statement, "presigned_url": call.upload_url(statement["id"])}


@handles("upload_bank_statement_v2")
def upload_bank_statement_v2(call: Call) -> Any:
    b, store = call.body, call.store
    attachment = {"name": b["filename"], "mime_type": b["mime_type"], "file_type": "document"}
    given = {
        "attachment": attachment,
        "status": "submitted",
        "transactions": [],
        "account_id": b.get("account_id"),
        "split_info": None,
    }
    statement = store.create("bank_statements_v2", given)
    return {
        "statement": store.project(statement, "BankStatementV2"),
        "presigned_url": call.upload_url(str(statement["id"])),
    }


# -- payments ----------
@handles("export_payments")
def export_payments(call: Call) -> Any:
    payments = call.store.records("payments")
    since = call.body.get("since")
    if since:
        moment = when(since)
        payments = [p for p in payments if (when(p.get("timestamp")) or moment) >= moment]  # type: ignore[operator]
    if call.params["accept"] == "text/csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["payment_id", "partner_id", "amount", "currency", "timestamp"])
        for p in payments:
            writer.writerow([p.get("id"), p.get("partner_id"), p.get("amount"), p.get("currency"), p.get("timestamp")])
        return httpx.Response(200, headers={"content-type": "text/csv"}, content=out.getvalue().encode())
    data = {
        "payments": [{"id": p.get("id"), "amount": p.get("amount"), "currency": p.get("currency")} for p in payments]
    }
    return {"data": data, "error": None, "message": f"{len(payments)} payments exported"}


@handles("approve_payment_allocations")
def approve_payment_allocations(call: Call) -> Any:
    payment = call.found("payments", "payment_id")
    users = call.store.records("users")
    for allocation in payment.get("allocations") or []:
        allocation.update(
            approved=True, approved_at=iso(call.store.now()), approver_id=users[0]["id"] if users else None
        )
    return call.store.view("payments", payment)


@handles("bulk_approve_payments")
def bulk_approve_payments(call: Call) -> Any:
    results = []
    for transaction_id in call.body["transaction_ids"]:
        found = call.store.find("bank_transactions_v2", transaction_id) is not None
        error = None if found else "Bank transaction not found"
        results.append({"transaction_id": transaction_id, "success": found, "error": error, "validation_errors": []})
    return {"results": results}


@handles("mark_payment")
def mark_payment(call: Call) -> Any:
    transaction = call.found("bank_transactions", "transaction_id")
    partner_id = call.body.get("partner") or transaction.get("partner_id")
    if partner_id is not None and call.store.find("partners", partner_id) is None:
        raise NotFound("Partner not found")
    given = {
        "amount": transaction["amount"],
        "currency": transaction.get("currency") or "USD",
        "partner_id": partner_id or "",
        "timestamp": transaction["timestamp"],
        "bank_transaction": transaction,
        "allocations": [],
    }
    return {"payment": call.store.view("payments", call.store.create("payments", given))}


# -- remittances ----------
@handles("update_remittance")
def update_remittance(call: Call) -> Any:
    remittance = call.found("remittances", "remittance_id")
    body, store = call.body, call.store
    if body.get("currency") is not None:
        remittance["currency"] = body["currency"]
    if body.get("allocations") is not None:
        allocations = []
        for index, item in enumerate(body["allocations"]):
            invoice = store.find("invoices", item.get("invoice") or "") or {}
            given = {
                "remittance_id": remittance["id"],
                "invoice_number": invoice.get("number") or str(item.get("invoice")),
                "amount_paid": item.get("amount_paid"),
            }
            allocations.append(
                store.builder("remittance_allocation", remittance["id"], index).build(
                    "RemittanceAllocation", 1, given, full=False
                )
            )
        remittance["allocations"] = allocations
    return remittance


@handles("process_remittance")
def process_remittance(call: Call) -> Any:
    return call.found("remittances", "remittance_id")


# -- bank transactions and statements ----------
TRANSACTION_SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "timestamp": lambda r: when(r.get("timestamp")),
    "amount": lambda r: number(r.get("amount")),
    "account_mask": lambda r: r.get("account_mask"),
    "agent_confidence_score": lambda r: number((r.get("agent_metrics") or {}).get("confidence_score")),
}


@handles("list_bank_transactions_v2")
def list_bank_transactions_v2(call: Call) -> Any:
    p = call.params
    records = call.store.records("bank_transactions_v2")
    if p["date"] is not None:
        records = [r for r in records if _day(r.get("timestamp")) == p["date"]]
    if p["bank_account_id"] is not None:
        records = [r for r in records if r.get("account_id") == p["bank_account_id"]]
    if p["search"]:
        needle = p["search"].lower()

        def text(r: dict[str, Any]) -> str:
            counterparty = (r.get("counterparty_info") or {}).get("display")
            return " ".join(str(v) for v in (r.get("description"), r.get("reference_number"), counterparty) if v)

        records = [r for r in records if needle in text(r).lower()]
    records = sort(records, TRANSACTION_SORT_KEYS[p["sort_by"]], p["sort_order"] == "desc")
    return page(call, records, "bank_transactions_v2", "BankTransactionV2")


@handles("update_bank_transaction")
def update_bank_transaction(call: Call) -> Any:
    transaction = call.found("bank_transactions_v2", "transaction_id")
    for key, value in call.body.items():
        if key == "amount" and value is not None:
            value = f"{float(value):.2f}"
        if key in transaction:
            transaction[key] = value
    call.store.touch(transaction)
    return call.store.project(transaction, "BankTransactionV2")


@handles("update_bank_statement")
def update_bank_statement(call: Call) -> Any:
    statement = call.found("bank_statements", "bank_statement_id")
    if call.body.get("account") is not None:
        statement["account_id"] = call.body["account"]
    call.store.touch(statement)
    return statement


STATEMENT_SORT_KEYS = ("created_at", "period_start", "period_end")


@handles("list_bank_statements")
def list_bank_statements(call: Call) -> Any:
    p = call.params
    records = call.store.records("bank_statements_v2")
    if p["status__in"]:
        records = [r for r in records if r.get("status") in set(p["status__in"])]
    if p["date"] is not None:
        day = p["date"].isoformat()
        records = [r for r in records if (r.get("period_start") or "") <= day <= (r.get("period_end") or "")]
    if p["search"]:
        needle = p["search"].lower()
        records = [r for r in records if needle in str((r.get("attachment") or {}).get("name") or "").lower()]
    if p["account_id"] is not None:
        records = [r for r in records if r.get("account_id") == p["account_id"]]
    if p["original_statement_id"] is not None:
        wanted = p["original_statement_id"]
        records = [r for r in records if (r.get("split_info") or {}).get("original_statement_id") == wanted]
    records = sort(records, lambda r: r.get(p["sort_by"]), p["sort_order"] == "desc")
    return page(call, records, "bank_statements_v2", "BankStatementV2")


@handles("unapprove_bank_statement")
def unapprove_bank_statement(call: Call) -> Any:
    statement = call.found("bank_statements_v2", "statement_id")
    statement["status"] = "pending_approval"
    call.store.touch(statement)
    return call.store.project(statement, "BankStatementDetailV2")


# -- integrations ----------
@handles("list_connections")
def list_connections(call: Call) -> Any:
    return call.store.records("connections")


@handles("request_sync")
def request_sync(call: Call) -> Any:
    connection = call.found("connections", "connection_id")
    store = call.store
    syncs = []
    for index, model in enumerate(connection.get("models") or [{"id": None}]):
        given = {
            "status": "queued",
            "attempt": 1,
            "is_one_off": True,
            "is_initial_sync": False,
            "model_id": model.get("id") or f"mdl_{connection['id']}",
            "completed_at": None,
            "started_at": None,
            "error": None,
            "created_at": iso(store.now()),
            "modified_at": None,
        }
        syncs.append(store.builder("sync", connection["id"], index).build("IntegrationSync", 0, given))
    return syncs
