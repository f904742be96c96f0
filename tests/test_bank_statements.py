"""Bank statements (v1 list, retrieve, update, upload; v2 list, upload, unapprove), sync and async, against recorded
traffic."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.bank_statements import (
    list_bank_statements,
    list_pending_bank_statements,
    retrieve_bank_statement,
    unapprove_bank_statement,
    update_bank_statement,
    upload_bank_statement,
    upload_bank_statement_v2,
)
from stuut_client.models import (
    Attachment,
    AttachmentV2,
    BankStatement,
    BankStatementDetailV2,
    BankStatementPage,
    BankStatementSortBy,
    BankStatementStatus,
    BankStatementUpload,
    BankStatementUploadV2,
    BankStatementV2,
    BankStatementV2Page,
    BankTransaction,
    ChildStatement,
    MimeType,
    PresignedUrl,
    ProcessingError,
    SortOrder,
    SplitInfo,
    StatementTransactionV2,
    UpdateBankStatementRequest,
    UploadBankStatementRequest,
    UploadBankStatementRequestV2,
)

pytestmark = pytest.mark.vcr


def assert_typed_v1_statement(statement: BankStatement) -> None:
    assert isinstance(statement, BankStatement)
    assert_typed(statement, "BankStatement")
    assert statement.status is BankStatementStatus.SUBMITTED
    assert statement.period_start == dt.date(2023, 12, 25)
    assert isinstance(statement.attachment, Attachment) and isinstance(statement.transactions[0], BankTransaction)


def assert_typed_v2_statement(statement: BankStatementV2) -> None:
    assert isinstance(statement, BankStatementV2)
    assert_typed(statement, "BankStatementV2")
    assert statement.status is BankStatementStatus.SUBMITTED and statement.period_end == dt.date(2023, 12, 25)
    assert isinstance(statement.attachment, AttachmentV2)
    assert statement.attachment.mime_type is MimeType.APPLICATION_JSON
    assert isinstance(statement.processing_error, ProcessingError)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_pending_bank_statements_sends_the_page_and_returns_typed_statements(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    page = await call(list_pending_bank_statements, mode, client, async_client, page=0, limit=5)

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/bank-statements")
    assert request.url.params.multi_items() == [("page", "0"), ("limit", "5")]
    assert isinstance(page, BankStatementPage)
    assert_typed_v1_statement(page.data[0])


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_retrieve_bank_statement_returns_a_typed_statement(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    statement = await call(retrieve_bank_statement, mode, client, async_client, bank_statement_id="bst_1")

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/bank-statements/bst_1")
    assert_typed_v1_statement(statement)
    assert statement.parsed_transaction_data is None  # the flattened rendering of this page shows null


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_update_bank_statement_posts_the_account(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    statement = await call(
        update_bank_statement,
        mode,
        client,
        async_client,
        bank_statement_id="bst_1",
        body=UpdateBankStatementRequest(account="ba_1"),
    )

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/bank-statements/bst_1")
    assert sent_json(request) == {"account": "ba_1"}
    assert_typed_v1_statement(statement)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_upload_bank_statement_posts_the_file_description_and_returns_the_presigned_url(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = UploadBankStatementRequest(account="ba_1", filename="january.csv", mime_type="text/csv")
    upload = await call(upload_bank_statement, mode, client, async_client, body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/bank-statements/upload")
    assert sent_json(request) == {"account": "ba_1", "filename": "january.csv", "mime_type": "text/csv"}
    assert isinstance(upload, BankStatementUpload)
    assert_typed(upload, "BankStatementUpload")
    assert isinstance(upload.presigned_url, PresignedUrl)
    assert_typed_v1_statement(upload.statement)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_bank_statements_sends_every_filter_and_returns_typed_statements(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    page = await call(
        list_bank_statements,
        mode,
        client,
        async_client,
        page=1,
        limit=20,
        sort_by=BankStatementSortBy.PERIOD_END,
        sort_order=SortOrder.ASC,
        status_in=[BankStatementStatus.PENDING_APPROVAL, BankStatementStatus.SPLIT],
        date=dt.date(2024, 1, 15),
        search="january",
        account_id="ba_1",
        original_statement_id="bst_0",
    )

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v2/bank-statements")
    assert request.url.params.multi_items() == [
        ("page", "1"),
        ("limit", "20"),
        ("sort_by", "period_end"),
        ("sort_order", "asc"),
        ("status__in", "pending_approval"),
        ("status__in", "split"),
        ("date", "2024-01-15"),
        ("search", "january"),
        ("account_id", "ba_1"),
        ("original_statement_id", "bst_0"),
    ]
    assert isinstance(page, BankStatementV2Page) and page.next_page == 123
    assert_typed_v2_statement(page.data[0])


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_bank_statements_sends_the_documented_defaults(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    await call(list_bank_statements, mode, client, async_client)

    (request,) = sent
    assert request.url.params.multi_items() == [
        ("page", "0"),
        ("limit", "100"),
        ("sort_by", "created_at"),
        ("sort_order", "desc"),
    ]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_upload_bank_statement_v2_posts_the_file_description_and_returns_the_presigned_url(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    body = UploadBankStatementRequestV2(filename="january.csv", mime_type=MimeType.TEXT_CSV, account_id="ba_1")
    upload = await call(upload_bank_statement_v2, mode, client, async_client, body=body)

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v2/bank-statements/upload")
    assert sent_json(request) == {"filename": "january.csv", "mime_type": "text/csv", "account_id": "ba_1"}
    assert isinstance(upload, BankStatementUploadV2)
    assert_typed(upload, "BankStatementUploadV2")
    assert_typed_v2_statement(upload.statement)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_unapprove_bank_statement_posts_without_a_body_and_returns_the_typed_detail(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    detail = await call(unapprove_bank_statement, mode, client, async_client, statement_id="bst_1")

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v2/bank-statements/bst_1/unapprove")
    assert request.content == b""
    assert isinstance(detail, BankStatementDetailV2)
    assert_typed(detail, "BankStatementDetailV2")
    assert isinstance(detail.split_info, SplitInfo)
    assert isinstance(detail.split_info.child_statements[0], ChildStatement)
    transaction = detail.transactions[0]
    assert isinstance(transaction, StatementTransactionV2) and transaction.amount == 123
