"""FakeStuut's traffic fits the spec: every one of the 51 operations, called through the client, validated with the
project's conformance validator (openapi-core, closed object schemas: no undeclared field)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from spec_tools import model_class, operations
from stuut_client.testing import FakeStuut
from test_cassette_conformance import (
    CASSETTES,
    Interaction,
    explain,
    mock_request,
    mock_response,
    openapi,
    strict_openapi,
)


class Recording(httpx.BaseTransport):
    """The fake, keeping every request and response that crossed it."""

    def __init__(self, fake: FakeStuut) -> None:
        self.fake = fake
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.fake.handle_request(request)
        response.read()
        self.exchanges.append((request, response))
        return response


def first(fake: FakeStuut, collection: str) -> str:
    return str(fake.records(collection)[0]["id"])


def body(name: str, data: dict[str, Any]) -> Any:
    return model_class(name).from_dict(data)


def thread_id(fake: FakeStuut) -> str:
    return str(fake.records("emails")[0]["thread_id"])


def assignment(fake: FakeStuut) -> dict[str, Any]:
    return next(a for a in fake.records("internal_contact_assignments") if a.get("partner_id"))


# The arguments each operation is called with: ids of the fake's records, bodies of documented fields.
ARGUMENTS: dict[str, Callable[[FakeStuut], dict[str, Any]]] = {
    "list_invoices": lambda f: {"limit": 20},
    "retrieve_invoice": lambda f: {"invoice_id": first(f, "invoices")},
    "sync_invoice": lambda f: {"invoice_id": first(f, "invoices")},
    "list_partners": lambda f: {"limit": 20},
    "add_internal_contact": lambda f: {
        "partner_id": first(f, "partners"),
        "body": body("InternalContactInput", {"email": "rosa.quinn@stuut.example", "internal_role": "csm"}),
    },
    "update_internal_contact_role": lambda f: {
        "partner_id": assignment(f)["partner_id"],
        "assignment_id": assignment(f)["id"],
        "body": body("UpdateInternalContactRoleRequest", {"internal_role": "lead"}),
    },
    "retrieve_contact": lambda f: {
        "partner_id": f.records("contacts")[0]["partner_id"],
        "contact_id": first(f, "contacts"),
    },
    "list_contact_suggestions": lambda f: {"partner": f.records("contact_suggestions")[0]["partner_id"]},
    "list_users": lambda f: {},
    "list_organizations": lambda f: {},
    "list_tasks": lambda f: {},
    "set_task_assignee": lambda f: {
        "task_id": first(f, "tasks"),
        "body": body("SetTaskAssigneeRequest", {"assignee": first(f, "users")}),
    },
    "list_calls": lambda f: {},
    "retrieve_call": lambda f: {"call_id": first(f, "calls")},
    "get_calls": lambda f: {},
    "create_email": lambda f: {
        "body": body(
            "CreateEmailRequest",
            {"to": ["ap@acme.com"], "subject": "Your invoice", "email_sender": first(f, "email_senders")},
        )
    },
    "generate_email_body": lambda f: {
        "email_id": first(f, "emails"),
        "body": body("GenerateEmailBodyRequest", {"email_template": first(f, "email_templates")}),
    },
    "bulk_send_emails": lambda f: {"body": body("BulkSendEmailsRequest", {"emails": [first(f, "emails")]})},
    "bulk_create_emails": lambda f: {
        "body": body("BulkCreateEmailsRequest", {"partners": [first(f, "partners")], "auto_send": False})
    },
    "retrieve_email_template": lambda f: {"email_template_id": first(f, "email_templates")},
    "create_email_template": lambda f: {
        "body": body("CreateEmailTemplateRequest", {"name": "Reminder", "subject": "Reminder", "folder": "Dunning"})
    },
    "update_email_sender": lambda f: {
        "email_sender_id": first(f, "email_senders"),
        "body": body("UpdateEmailSenderRequest", {"is_shared": True}),
    },
    "assign_thread_partner": lambda f: {
        "email_thread_id": thread_id(f),
        "body": body("AssignThreadPartnerRequest", {"partner_id": first(f, "partners")}),
    },
    "get_settings": lambda f: {},
    "update_settings": lambda f: {
        "body": body("UpdateCentralizedInboxSettingsRequest", {"centralized_inbox_auto_assign_threshold": 90})
    },
    "create_file": lambda f: {
        "body": body(
            "CreateFileRequest", {"name": "po.pdf", "mime_type": "application/pdf", "size": 2048, "purpose": "email"}
        )
    },
    "export_payments": lambda f: {
        "body": body("ExportPaymentsRequest", {"approved_only": False}),
        "accept": model_class("PaymentExportMediaType").APPLICATION_JSON,
    },
    "retrieve_payment": lambda f: {"payment_id": first(f, "payments")},
    "approve_payment_allocations": lambda f: {"payment_id": first(f, "payments")},
    "bulk_approve_payments": lambda f: {
        "body": body("BulkApprovePaymentsRequest", {"transaction_ids": [first(f, "bank_transactions_v2"), "btx_x"]})
    },
    "list_remittances": lambda f: {},
    "upload_remittance": lambda f: {
        "body": body("UploadRemittanceRequest", {"filename": "remit.pdf", "mime_type": "application/pdf"})
    },
    "update_remittance": lambda f: {
        "remittance_id": first(f, "remittances"),
        "body": body(
            "UpdateRemittanceRequest",
            {"currency": "USD", "allocations": [{"invoice": first(f, "invoices"), "amount_paid": 10.5}]},
        ),
    },
    "process_remittance": lambda f: {"remittance_id": first(f, "remittances")},
    "list_bank_transactions": lambda f: {},
    "retrieve_bank_transaction": lambda f: {"transaction_id": first(f, "bank_transactions")},
    "mark_payment": lambda f: {
        "transaction_id": first(f, "bank_transactions"),
        "body": body("MarkPaymentRequest", {"partner": first(f, "partners")}),
    },
    "list_bank_transactions_v2": lambda f: {"limit": 30},
    "get_bank_transaction": lambda f: {"transaction_id": first(f, "bank_transactions_v2")},
    "update_bank_transaction": lambda f: {
        "transaction_id": first(f, "bank_transactions_v2"),
        "body": body("UpdateBankTransactionRequestV2", {"is_payment": False, "amount": 12.5}),
    },
    "list_pending_bank_statements": lambda f: {},
    "retrieve_bank_statement": lambda f: {"bank_statement_id": first(f, "bank_statements")},
    "update_bank_statement": lambda f: {
        "bank_statement_id": first(f, "bank_statements"),
        "body": body("UpdateBankStatementRequest", {"account": first(f, "bank_accounts")}),
    },
    "upload_bank_statement": lambda f: {
        "body": body("UploadBankStatementRequest", {"filename": "jan.csv", "mime_type": "text/csv"})
    },
    "list_bank_statements": lambda f: {},
    "upload_bank_statement_v2": lambda f: {
        "body": body("UploadBankStatementRequestV2", {"filename": "jan.csv", "mime_type": "text/csv"})
    },
    "unapprove_bank_statement": lambda f: {"statement_id": first(f, "bank_statements_v2")},
    "list_bank_accounts": lambda f: {},
    "create_internal_contact": lambda f: {
        "body": body("InternalContactInput", {"email": "sam.walsh@stuut.example", "internal_role": "lead"})
    },
    "list_connections": lambda f: {},
    "request_sync": lambda f: {"connection_id": first(f, "connections")},
}

OPERATIONS = {op.operation_id: op for op in operations()}
SEEDS = (0, 7)


def test_every_operation_has_arguments() -> None:
    assert sorted(ARGUMENTS) == sorted(OPERATIONS)
    assert len(OPERATIONS) == 51


def problems_of(exchanges: list[tuple[httpx.Request, httpx.Response]], name: str) -> list[str]:
    problems = []
    for number, (request, response) in enumerate(exchanges):
        interaction = Interaction(
            CASSETTES / "fake" / f"{name}.yaml",
            number,
            {
                "method": request.method,
                # The spec's server, as cassettes name it (the fake answers on any host).
                "uri": str(request.url.copy_with(scheme="https", host="api.stuut.ai", port=None)),
                "headers": {key: [value] for key, value in request.headers.items()},
                "body": request.content,
            },
            {
                "status": {"code": response.status_code},
                "headers": {key: [value] for key, value in response.headers.items()},
                "body": {"string": response.content},
            },
        )
        where = f"{name} #{number}: {request.method} {request.url.path}"
        for error in openapi().iter_request_errors(mock_request(interaction)):
            problems += explain(error, f"{where}: request")
        if response.status_code != 200:
            problems.append(f"{where}: status {response.status_code}: {response.text[:300]}")
            continue
        for error in strict_openapi().iter_response_errors(mock_request(interaction), mock_response(interaction)):
            problems += explain(error, f"{where}: response")
    return problems


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("operation_id", sorted(ARGUMENTS))
def test_fake_traffic_fits_the_spec(operation_id: str, seed: int) -> None:
    fake = FakeStuut(seed=seed)
    recording = Recording(fake)
    op = OPERATIONS[operation_id]
    with fake.client(httpx_args={"transport": recording}) as client:
        arguments = ARGUMENTS[operation_id](fake)
        op.module.sync_detailed(client=client, **arguments)
        if "page" in {p["name"] for p in op.spec.get("parameters", [])}:
            op.module.sync_detailed(client=client, **{**arguments, "page": 1})  # a second page, or an empty one
    assert recording.exchanges, "no request reached the fake"
    problems = problems_of(recording.exchanges, f"{operation_id}[{seed}]")
    assert not problems, "\n".join(problems)


def test_the_csv_export_is_text() -> None:
    from stuut_client.exports import export_payments_csv

    fake = FakeStuut(seed=3)
    with fake.client() as client:
        text = export_payments_csv(client, body("ExportPaymentsRequest", {}))
    header, *rows = text.splitlines()
    assert header.startswith("payment_id,") and len(rows) == len(fake.records("payments"))
