"""FakeStuut behaves like the API where it matters to callers: paging, filters and sorts, FastAPI's errors,
stored updates, and the controls tests use (seeding, queued failures, latency, the request log). Sync and async."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from operation_calls import run
from stuut_client import Client
from stuut_client.api.bank_statements import list_bank_statements
from stuut_client.api.bank_transactions import list_bank_transactions_v2, update_bank_transaction
from stuut_client.api.invoices import list_invoices, retrieve_invoice
from stuut_client.api.partners import list_partners
from stuut_client.api.tasks import set_task_assignee
from stuut_client.errors import (
    APIConnectionError,
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    StuutError,
)
from stuut_client.models import (
    BankStatementStatus,
    Invoice,
    InvoiceSortBy,
    InvoiceStatus,
    SetTaskAssigneeRequest,
    SortOrder,
    UpdateBankTransactionRequestV2,
)
from stuut_client.pagination import aiterate_items, iterate_items
from stuut_client.testing import FakeStuut

MODES = ["sync", "async"]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fake() -> FakeStuut:
    return FakeStuut(seed=1, today=dt.date(2026, 6, 15))


async def call(operation: Any, mode: str, fake: FakeStuut, **kwargs: Any) -> Any:
    client = fake.client() if mode == "sync" else fake.async_client()
    if mode == "sync":
        with client:
            return await run(operation, mode, client, **kwargs)
    async with client:
        return await run(operation, mode, client, **kwargs)


# -- data -------------------------------------------------------------------------------------------------------------
def test_the_same_seed_gives_the_same_records_and_another_seed_others() -> None:
    today = dt.date(2026, 6, 15)
    first = FakeStuut(seed=5, today=today).records("invoices")
    assert first == FakeStuut(seed=5, today=today).records("invoices")
    assert [i["id"] for i in first] != [i["id"] for i in FakeStuut(seed=6, today=today).records("invoices")]


def test_invoices_are_realistic(fake: FakeStuut) -> None:
    invoices = fake.records("invoices")
    partner_ids = {p["id"] for p in fake.records("partners")}
    for invoice in invoices:
        assert invoice["id"].startswith("inv_") and invoice["partner_id"].startswith("ptn_")
        assert invoice["partner_id"] in partner_ids and invoice["partner"]["id"] == invoice["partner_id"]
        assert invoice["amount_due"] == round(invoice["total_amount"] - invoice["amount_paid"], 2)
        assert invoice["status"] in {s.value for s in InvoiceStatus}
        due = dt.datetime.fromisoformat(invoice["due_date"]).date()
        assert dt.date(2025, 6, 1) < due < dt.date(2026, 9, 1)
        if invoice["status"] == "overdue":
            assert due < fake._store.today and invoice["amount_due"] > 0
        if invoice["status"] == "paid":
            assert invoice["amount_due"] == 0
        assert abs(sum(item["total_amount"] for item in invoice["line_items"]) - invoice["subtotal"]) < 0.011
        assert "@" in invoice["billing_email"] and invoice["number"].startswith("INV-")
    assert len({i["number"] for i in invoices}) == len(invoices)
    assert {i["status"] for i in invoices} >= {"open", "overdue", "paid"}


def test_some_optional_fields_are_null(fake: FakeStuut) -> None:
    nulls = [key for invoice in fake.records("invoices") for key, value in invoice.items() if value is None]
    assert len(nulls) > len(fake.records("invoices"))


# -- paging -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
async def test_lists_page_from_zero_in_the_api_envelope(mode: str, fake: FakeStuut) -> None:
    total = len(fake.records("invoices"))
    first = await call(list_invoices, mode, fake, limit=40)
    last = await call(list_invoices, mode, fake, page=total // 40, limit=40)
    beyond = await call(list_invoices, mode, fake, page=total // 40 + 1, limit=40)
    assert (first.current_page, first.total_records, first.next_page, len(first.data)) == (0, total, 1, 40)
    assert (last.current_page, last.next_page, len(last.data)) == (total // 40, None, total % 40)
    assert (beyond.data, beyond.next_page) == ([], None)
    assert [i.id for i in first.data] == [i["id"] for i in fake.records("invoices")[:40]]


def test_a_walk_sees_every_invoice_once_with_concurrency() -> None:
    fake = FakeStuut(seed=2, counts={"invoices": 450})
    with fake.client() as client:
        ids = [invoice.id for invoice in iterate_items(list_invoices, client=client, limit=100, concurrency=4)]
    assert ids == [invoice["id"] for invoice in fake.records("invoices")]


async def test_an_async_walk_sees_every_invoice() -> None:
    fake = FakeStuut(seed=2, counts={"invoices": 230})
    async with fake.async_client() as client:
        ids = [invoice.id async for invoice in aiterate_items(list_invoices.asyncio, client=client, limit=100)]
    assert ids == [invoice["id"] for invoice in fake.records("invoices")]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("limit", "error"), [(0, "greater_than_equal"), (201, "less_than_equal")])
async def test_a_limit_out_of_range_is_a_fastapi_422(mode: str, limit: int, error: str, fake: FakeStuut) -> None:
    with fake.client(max_retries=0) as client:
        response = client.get_httpx_client().get("/v1/invoices", params={"limit": limit})
    detail = response.json()["detail"]
    assert response.status_code == 422
    assert detail[0]["type"] == error and detail[0]["loc"] == ["query", "limit"] and detail[0]["msg"]
    # The generated client refuses it before sending; the raw request above shows what the server says.
    with fake.client() as client:
        raw = client.get_httpx_client().get("/v2/bank-transactions", params={"limit": 501})
    assert raw.status_code == 422 and raw.json()["detail"][0]["loc"] == ["query", "limit"]


@pytest.mark.parametrize("mode", MODES)
async def test_a_parameter_of_the_wrong_type_is_a_422(mode: str, fake: FakeStuut) -> None:
    with fake.client() as client:
        http = client.get_httpx_client()
        bad_enum = http.get("/v1/invoices", params={"status": "lost"}).json()["detail"][0]
        bad_bool = http.get("/v1/invoices", params={"has_outreach": "maybe"}).json()["detail"][0]
        missing = http.get("/v1/contact-suggestions").json()["detail"][0]
    assert (bad_enum["type"], bad_enum["loc"]) == ("enum", ["query", "status", 0])
    assert (bad_bool["type"], bad_bool["loc"]) == ("bool_parsing", ["query", "has_outreach"])
    assert (missing["type"], missing["loc"], missing["msg"]) == ("missing", ["query", "partner"], "Field required")


# -- filters and sorts ------------------------------------------------------------------------------------------------
def invoices_where(fake: FakeStuut, test: Any) -> list[str]:
    return [i["id"] for i in fake.records("invoices") if test(i)]


@pytest.mark.parametrize("mode", MODES)
async def test_list_invoices_filters_by_status_and_number(mode: str, fake: FakeStuut) -> None:
    statuses = [InvoiceStatus.OPEN, InvoiceStatus.OVERDUE]
    page = await call(list_invoices, mode, fake, status=statuses, limit=200)
    assert [i.id for i in page.data] == invoices_where(fake, lambda i: i["status"] in ("open", "overdue"))
    numbers = [i["number"] for i in fake.records("invoices")[3:6]]
    page = await call(list_invoices, mode, fake, number=numbers)
    assert [i.number for i in page.data] == numbers
    page = await call(list_invoices, mode, fake, istatus="PAID", limit=200)
    assert [i.id for i in page.data] == invoices_where(fake, lambda i: i["status"] == "paid")


@pytest.mark.parametrize("mode", MODES)
async def test_list_invoices_filters_by_outreach_amount_issue_date_and_task(mode: str, fake: FakeStuut) -> None:
    page = await call(list_invoices, mode, fake, has_outreach=True, limit=200)
    assert [i.id for i in page.data] == invoices_where(fake, lambda i: i["last_outreach_at"] is not None)
    page = await call(list_invoices, mode, fake, amount_remaining="gte:10000", limit=200)
    assert [i.id for i in page.data] == invoices_where(fake, lambda i: i["amount_due"] >= 10000)
    page = await call(list_invoices, mode, fake, issued_at="lt:2026-04-01", limit=200)
    assert [i.id for i in page.data] == invoices_where(fake, lambda i: i["issued_at"] < "2026-04-01")
    task_id = fake.records("tasks")[0]["id"]
    page = await call(list_invoices, mode, fake, task=task_id, limit=200)
    assert {i.id for i in page.data} == fake._store.task_invoices[task_id] and page.data


@pytest.mark.parametrize("mode", MODES)
async def test_list_invoices_filters_by_paused_outreach(mode: str, fake: FakeStuut) -> None:
    paused = {p["id"] for p in fake.records("partners") if p["is_email_outreach_manually_paused"]}
    paused |= {p["id"] for p in fake.records("partners") if p["is_call_outreach_manually_paused"]}
    page = await call(list_invoices, mode, fake, customer_outreach_paused=True, limit=200)
    assert [i.id for i in page.data] == invoices_where(fake, lambda i: i["partner_id"] in paused) and paused


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("sort_by", list(InvoiceSortBy))
async def test_list_invoices_sorts_by_every_documented_key(mode: str, sort_by: InvoiceSortBy, fake: FakeStuut) -> None:
    ascending = await call(list_invoices, mode, fake, sort_by=sort_by, sort_order=SortOrder.ASC, limit=200)
    descending = await call(list_invoices, mode, fake, sort_by=sort_by, sort_order=SortOrder.DESC, limit=200)
    field = {"amount_remaining": "amount_due", "last_inbound_at": None}.get(sort_by.value, sort_by.value)
    if field is None:  # invoices carry no last_inbound_at: the order is the stored one
        assert len(ascending.data) == len(fake.records("invoices"))
        return
    values = [getattr(i, field) for i in ascending.data if getattr(i, field) is not None]
    assert values == sorted(values) and len(set(map(str, values))) > 1
    down = [getattr(i, field) for i in descending.data if getattr(i, field) is not None]
    assert down == sorted(values, reverse=True)


@pytest.mark.parametrize("mode", MODES)
async def test_v2_bank_transactions_filter_search_and_sort(mode: str, fake: FakeStuut) -> None:
    records = fake.records("bank_transactions_v2")
    account = records[0]["account_id"]
    page = await call(list_bank_transactions_v2, mode, fake, bank_account_id=account, limit=500)
    assert {t.account_id for t in page.data} == {account}
    assert len(page.data) == sum(1 for r in records if r["account_id"] == account)
    amounts = [float(t.amount) for t in (await call(list_bank_transactions_v2, mode, fake, limit=500)).data]
    assert amounts != sorted(amounts, reverse=True)  # the default order is by timestamp, newest first
    stamps = [t.timestamp for t in (await call(list_bank_transactions_v2, mode, fake, limit=500)).data]
    assert stamps == sorted(stamps, reverse=True)
    reference = records[1]["reference_number"]
    page = await call(list_bank_transactions_v2, mode, fake, search=reference.lower())
    assert [t.reference_number for t in page.data] == [reference]


@pytest.mark.parametrize("mode", MODES)
async def test_v2_bank_statements_filter_by_status_and_date(mode: str, fake: FakeStuut) -> None:
    records = fake.records("bank_statements_v2")
    wanted = [BankStatementStatus.APPROVED, BankStatementStatus.SUBMITTED]
    page = await call(list_bank_statements, mode, fake, status_in=wanted, limit=500)
    assert {s.status for s in page.data} <= set(wanted)
    assert len(page.data) == sum(1 for r in records if r["status"] in ("approved", "submitted"))
    day = dt.date.fromisoformat(records[2]["period_start"])
    page = await call(list_bank_statements, mode, fake, date=day)
    assert [s.id for s in page.data] == [records[2]["id"]]


# -- records ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
async def test_retrieve_returns_the_record_the_list_showed(mode: str, fake: FakeStuut) -> None:
    listed = (await call(list_invoices, mode, fake, page=1, limit=10)).data[3]
    retrieved = await call(retrieve_invoice, mode, fake, invoice_id=listed.id)
    assert retrieved.to_dict() == listed.to_dict()


@pytest.mark.parametrize("mode", MODES)
async def test_an_unknown_id_is_a_404_with_a_detail(mode: str, fake: FakeStuut) -> None:
    with pytest.raises(NotFoundError) as raised:
        await call(retrieve_invoice, mode, fake, invoice_id="inv_missing")
    assert raised.value.json == {"detail": "Invoice not found"}


@pytest.mark.parametrize("mode", MODES)
async def test_a_missing_or_wrong_token_is_a_401(mode: str, fake: FakeStuut) -> None:
    with pytest.raises(AuthenticationError) as raised:
        await run(list_invoices, mode, fake.client(token="sk_wrong"))
    assert raised.value.json == {"detail": "Invalid authentication credentials"}
    response = httpx.Client(transport=fake, base_url=fake.base_url).get("/v1/invoices")
    assert response.status_code == 401 and response.json() == {"detail": "Not authenticated"}


@pytest.mark.parametrize("mode", MODES)
async def test_updates_change_the_stored_record(mode: str, fake: FakeStuut) -> None:
    task, user = fake.records("tasks")[0], fake.records("users")[-1]
    updated = await call(
        set_task_assignee, mode, fake, task_id=task["id"], body=SetTaskAssigneeRequest(assignee=user["id"])
    )
    assert updated.assignee_id == user["id"] == fake.get("tasks", task["id"])["assignee_id"]
    transaction = fake.records("bank_transactions_v2")[0]
    body = UpdateBankTransactionRequestV2(is_payment=False, description="Refund from supplier")
    await call(update_bank_transaction, mode, fake, transaction_id=transaction["id"], body=body)
    again = (await call(list_bank_transactions_v2, mode, fake, limit=500)).data
    mine = next(t for t in again if t.id == transaction["id"])
    assert (mine.is_payment, mine.description) == (False, "Refund from supplier")


def test_partner_balances_add_up_from_their_invoices(fake: FakeStuut) -> None:
    with fake.client() as client:
        partners = list_partners.sync(client=client, limit=200).data
    for partner in partners:
        mine = [i for i in fake.records("invoices") if i["partner_id"] == partner.id]
        open_ = [i for i in mine if i["status"] in ("open", "overdue")]
        assert partner.num_open_invoices == len(open_)
        assert partner.invoice_balance == pytest.approx(sum(i["amount_due"] for i in open_))


# -- controls ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
async def test_seeded_records_from_dicts_and_models_are_served_as_given(mode: str, fake: FakeStuut) -> None:
    fake.clear("invoices")
    model = Invoice.from_dict(
        {
            "id": "inv_model",
            "amount_due": 5.0,
            "currency": "EUR",
            "object": "invoice",
            "remote_id": "r1",
            "total_amount": 5.0,
        }
    )
    added = fake.add(
        "invoices", {"id": "inv_dict", "status": "disputed", "total_amount": 100.0, "amount_paid": 40.0}, model
    )
    assert added[0]["amount_due"] == 60.0
    page = await call(list_invoices, mode, fake)
    assert [i.id for i in page.data] == ["inv_dict", "inv_model"]
    assert page.data[0].status == "disputed" and page.data[0].status.is_unknown  # an undocumented value is kept
    assert page.data[1].currency == "EUR" and page.total_records == 2


@pytest.mark.parametrize("mode", MODES)
async def test_queued_503s_are_retried_then_succeed(mode: str, fake: FakeStuut, slept: list[float]) -> None:
    invoice_id = fake.records("invoices")[0]["id"]
    fake.fail("retrieve_invoice", 503, times=2)
    invoice = await call(retrieve_invoice, mode, fake, invoice_id=invoice_id)
    assert invoice.id == invoice_id
    assert [r.status for r in fake.requests.filter("retrieve_invoice")] == [503, 503, 200]
    assert len(slept) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_a_queued_429_carries_retry_after(mode: str, fake: FakeStuut, slept: list[float]) -> None:
    fake.fail("list_invoices", 429, retry_after=7)
    await call(list_invoices, mode, fake)
    assert slept == [7.0]
    fake.fail("list_invoices", 429, retry_after=3600)  # above the client's max_retry_after: raised at once
    with pytest.raises(RateLimitError) as raised:
        await call(list_invoices, mode, fake)
    assert raised.value.retry_after == 3600


@pytest.mark.parametrize("mode", MODES)
async def test_a_queued_connection_error_is_raised_by_the_transport(mode: str, fake: FakeStuut) -> None:
    fake.fail("list_invoices", connection_error=True, times=3)
    with pytest.raises(APIConnectionError):
        await call(list_invoices, mode, fake)
    assert [r.status for r in fake.requests.filter("list_invoices")] == [None, None, None]


@pytest.mark.parametrize("mode", MODES)
async def test_failures_queued_for_any_operation_carry_their_body(mode: str, fake: FakeStuut) -> None:
    fake.fail("*", 500, times=3, body={"detail": "database unavailable"})
    with pytest.raises(StuutError, match="database unavailable"):
        await call(retrieve_invoice, mode, fake, invoice_id="inv_x")


@pytest.mark.parametrize("mode", MODES)
async def test_a_malformed_body_raises_a_stuut_error(mode: str, fake: FakeStuut) -> None:
    fake.fail("list_invoices", malformed=True)
    with pytest.raises(StuutError):
        await call(list_invoices, mode, fake)
    assert [r.status for r in fake.requests.filter("list_invoices")] == [200]


@pytest.mark.parametrize("mode", MODES)
async def test_latency_delays_every_answer(mode: str, fake: FakeStuut) -> None:
    fake.latency = 0.05
    started = time.perf_counter()
    await call(list_invoices, mode, fake, limit=1)
    assert time.perf_counter() - started >= 0.05


@pytest.mark.parametrize("mode", MODES)
async def test_the_request_log_keeps_what_was_sent_but_not_the_token(mode: str, fake: FakeStuut) -> None:
    await call(list_invoices, mode, fake, status=[InvoiceStatus.OPEN], limit=7)
    await call(retrieve_invoice, mode, fake, invoice_id=fake.records("invoices")[0]["id"])
    [listed] = fake.requests.filter("list_invoices")
    assert listed.query == {"page": ["0"], "status": ["open"], "limit": ["7"]} and listed.param("limit") == "7"
    assert [r.operation_id for r in fake.requests] == ["list_invoices", "retrieve_invoice"]
    assert fake.token not in json.dumps([r.headers for r in fake.requests])
    with pytest.raises(KeyError):
        fake.requests.filter("list_invoice")


@pytest.mark.parametrize("mode", MODES)
async def test_any_client_takes_the_fake_as_its_transport(mode: str, fake: FakeStuut) -> None:
    client = Client(token=fake.token, base_url="https://example.test", httpx_args={"transport": fake})
    if mode == "sync":
        with client:
            page = list_invoices.sync(client=client, limit=3)
    else:
        async with client:
            page = await list_invoices.asyncio(client=client, limit=3)
    assert len(page.data) == 3


def test_a_body_that_misses_a_required_field_is_a_422(fake: FakeStuut) -> None:
    with fake.client() as client:
        response = client.get_httpx_client().post("/v2/internal-contacts", json={"email": "a@b.c"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "internal_role"]


@pytest.mark.parametrize("mode", MODES)
async def test_uploads_go_to_the_fakes_presigned_url(mode: str, fake: FakeStuut, tmp_path: Path) -> None:
    from stuut_client.api.files import create_file
    from stuut_client.models import CreateFileRequest, FilePurpose
    from stuut_client.uploads import aupload_file, upload_file

    path = tmp_path / "po.pdf"
    path.write_bytes(b"%PDF-1.7 purchase order")
    body = CreateFileRequest(name="po.pdf", mime_type="application/pdf", size=23, purpose=FilePurpose.EMAIL)
    if mode == "sync":
        with fake.client() as client, httpx.Client(transport=fake) as storage:
            created = upload_file(client, path, create_file, body, upload_client=storage)
    else:
        async with fake.async_client() as client, httpx.AsyncClient(transport=fake) as storage:
            created = await aupload_file(client, path, create_file, body, upload_client=storage)
    upload = fake.requests[-1]
    assert upload.path == f"/_fake/uploads/{created.attachment.id}" and upload.status == 204
    assert "authorization" not in upload.headers and created.attachment.name == "po.pdf"


# -- packaging --------------------------------------------------------------------------------------------------------
def test_importing_the_client_does_not_import_the_fake() -> None:
    code = "import sys, stuut_client.api.invoices.list_invoices; print('stuut_client.testing' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT / "generated" / "stuut-client",
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    "module",
    [
        "asyncio",  # about 9 ms: loaded by the first async request (_send._aattempt), never by a sync program
        "html.entities",  # 3 ms with the table built from it: loaded at the first redaction (_redaction._named)
        "httpcore",  # about 20 ms: httpx 0.28 loads it when it builds its first transport (_direct_body_connections.py)
    ],
)
def test_importing_an_operation_leaves_what_only_some_calls_need_unloaded(module: str) -> None:
    # What httpx itself loads is not the package's to leave (httpx before 0.28 imports httpcore with itself).
    code = (
        f"import sys, httpx; by_httpx = {module!r} in sys.modules; import stuut_client.api.invoices.list_invoices; "
        f"print(not by_httpx and {module!r} in sys.modules)"
    )
    cwd = ROOT / "generated" / "stuut-client"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=cwd)
    assert result.stdout.strip() == "False"


def test_the_package_registers_the_pytest_plugin() -> None:
    # test_fake_readme.py runs the package README's example as a service's test through this plugin.
    import tomllib

    pyproject = tomllib.loads((ROOT / "generated" / "stuut-client" / "pyproject.toml").read_text())
    assert pyproject["project"]["entry-points"]["pytest11"] == {"stuut_client": "stuut_client.testing.pytest_plugin"}


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_http_mode_serves_the_same_fake_on_loopback() -> None:
    import threading

    from stuut_client.testing._server import make_server

    fake = FakeStuut(seed=1)
    server = make_server(fake)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        with Client(token=fake.token, base_url=f"http://{host}:{port}") as client:
            page = list_invoices.sync(client=client, limit=5)
            with pytest.raises(NotFoundError):
                retrieve_invoice.sync(client=client, invoice_id="inv_nope")
    finally:
        server.shutdown()
        server.server_close()
    assert [i.id for i in page.data] == [i["id"] for i in fake.records("invoices")[:5]]
