"""The resource-style client: ``Stuut`` and ``AsyncStuut``, one attribute per resource, one method per operation.

Written by scripts/generate_resources.py from overrides/templates/resources.py.jinja; do not edit. Each method
converts its arguments (enum literals to members, body fields to the request model) and calls the generated
operation in ``stuut_client.api`` once; see ``_resource.py`` for what they share.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._page import AsyncPage, SyncPage
from ._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response,
    client_for_call,
    coerce_enum,
    coerce_enum_list,
    to_raw_response,
)
from ._stuut import BaseAsyncStuut, BaseStuut
from .client import AuthenticatedClient
from .types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .models import (
        BankAccount,
        BankStatement,
        BankStatementDetailV2,
        BankStatementSortBy,
        BankStatementStatus,
        BankStatementUpload,
        BankStatementUploadV2,
        BankStatementV2,
        BankTransaction,
        BankTransactionDetailV2,
        BankTransactionSortBy,
        BankTransactionType,
        BankTransactionV2,
        BulkApprovePaymentsResponse,
        BulkEmailRequest,
        Call,
        CallV2,
        CentralizedInboxSettings,
        Connection,
        Contact,
        ContactSuggestionList,
        Email,
        EmailList,
        EmailOptions,
        EmailSender,
        EmailTemplate,
        FilePurpose,
        FileUpload,
        IntegrationSync,
        InternalContactAssignment,
        InternalRole,
        Invoice,
        InvoiceSortBy,
        InvoiceStatus,
        MarkPaymentResponse,
        MimeType,
        Organization,
        PartnerDetail,
        PaymentDetail,
        PaymentExport,
        PaymentExportMediaType,
        Remittance,
        RemittanceAllocationInput,
        RemittanceUpload,
        SortOrder,
        Task,
        TriageActionResponse,
        User,
    )

__all__ = ["AsyncStuut", "Stuut"]


class BankAccounts(SyncAPIResource):
    """``client.bank_accounts``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> BankAccountsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return BankAccountsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[BankAccount]:
        """List Bank Accounts

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].linked_integration.integration`); the example below is the page's as far as it was recovered, with
        the field cut off inside its name (`data[0].linked_integration.integration.c…`) dropped and the brackets
        closed. The example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest
        of the page; it is completed with the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[BankAccount]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_accounts import list_bank_accounts as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
        )


class BankAccountsWithRawResponse:
    """``client.bank_accounts.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: BankAccounts) -> None:
        self.list = to_raw_response(resource.list)


class BankStatements(SyncAPIResource):
    """``client.bank_statements``: list, retrieve, update, upload."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> BankStatementsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return BankStatementsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[BankStatement]:
        """List Pending Bank Statements

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].transactions[0]`); the example below is the page's as far as it was recovered, ending after its
        last complete field, with the brackets closed. The example's envelope tail (`current_page`, `total_records`,
        `next_page`) was cut off with the rest of the page; it is completed with the documented defaults (0, 0,
        null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[BankStatement]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import list_pending_bank_statements as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
        )

    def retrieve(
        self,
        bank_statement_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankStatement:
        """Retrieve A Bank Statement

        The reference page's response example was cut off when the page was recovered (inside
        `transactions[0].partner.ap_portals[0].account`); the example below is the page's as far as it was
        recovered, with the partly recovered field `transactions[0].partner.ap_portals[0].account.id` dropped and
        the brackets closed.

        Args:
            bank_statement_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            BankStatement.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import retrieve_bank_statement as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._call(
            operation.sync_detailed,
            client,
            bank_statement_id=bank_statement_id,
        )

    def update(
        self,
        bank_statement_id: str,
        *,
        account: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankStatement:
        """Update A Bank Statement

        The reference page's response example was cut off when the page was recovered (inside `transactions[0]`);
        the example below is the page's as far as it was recovered, with the partly recovered field
        `transactions[0].description` dropped and the brackets closed.

        Args:
            bank_statement_id (str): Required.
            account (str | Unset): The bank account the statement belongs to.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BankStatement.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import update_bank_statement as operation
        from .models import UpdateBankStatementRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            bank_statement_id=bank_statement_id,
            body=UpdateBankStatementRequest(
                account=account,
            ),
        )

    def upload(
        self,
        *,
        account: str | Unset = UNSET,
        filename: str | Unset = UNSET,
        mime_type: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankStatementUpload:
        """Upload A Bank Statement

        Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is not on any
        page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both steps, sending a
        multipart form POST when `presigned_url.fields` has entries and a PUT to a signed URL otherwise. The
        reference page's response example was cut off when the page was recovered (inside
        `statement.transactions[0]`); the example below is the page's as far as it was recovered, with the field cut
        off inside its name (`statement.transactions[0].counterparty…`) dropped and the brackets closed.

        Args:
            account (str | Unset): The bank account the statement belongs to.
            filename (str | Unset):
            mime_type (str | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BankStatementUpload.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import upload_bank_statement as operation
        from .models import UploadBankStatementRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            body=UploadBankStatementRequest(
                account=account,
                filename=filename,
                mime_type=mime_type,
            ),
        )


class BankStatementsWithRawResponse:
    """``client.bank_statements.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: BankStatements) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.upload = to_raw_response(resource.upload)


class BankTransactions(SyncAPIResource):
    """``client.bank_transactions``: list, mark_payment, retrieve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> BankTransactionsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return BankTransactionsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[BankTransaction]:
        """List Bank Transactions

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].partner.ap_portals[0]`); the example below is the page's as far as it was recovered, with the field
        cut off inside its name (`data[0].partner.ap_portals[0].is_report_dow…`) dropped and the brackets closed.
        The example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of the
        page; it is completed with the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[BankTransaction]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import list_bank_transactions as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
        )

    def mark_payment(
        self,
        transaction_id: str,
        *,
        partner: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MarkPaymentResponse:
        """Mark Payment

        The reference page's response example was cut off when the page was recovered (inside
        `payment.bank_transaction`); the example below is the page's as far as it was recovered, with the field cut
        off inside its name (`payment.bank_transaction.cou…`) dropped and the brackets closed.

        Args:
            transaction_id (str): Required.
            partner (str | Unset): The Partner identifier, (e.g. ptn_abc123).

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            MarkPaymentResponse.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import mark_payment as operation
        from .models import MarkPaymentRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            transaction_id=transaction_id,
            body=MarkPaymentRequest(
                partner=partner,
            ),
        )

    def retrieve(
        self,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankTransaction:
        """Retrieve A Bank Transaction

        The reference page's response example was cut off when the page was recovered (inside
        `partner.ap_portals[0]`); the example below is the page's as far as it was recovered, with the field cut off
        inside its name (`partner.ap_portals[0].report_frequen…`) dropped and the brackets closed.

        Args:
            transaction_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            BankTransaction.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import retrieve_bank_transaction as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._call(
            operation.sync_detailed,
            client,
            transaction_id=transaction_id,
        )


class BankTransactionsWithRawResponse:
    """``client.bank_transactions.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: BankTransactions) -> None:
        self.list = to_raw_response(resource.list)
        self.mark_payment = to_raw_response(resource.mark_payment)
        self.retrieve = to_raw_response(resource.retrieve)


class Calls(SyncAPIResource):
    """``client.calls``: list, retrieve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> CallsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return CallsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[Call]:
        """List Calls

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].classifications[0].tasks[0]`); the example below is the page's as far as it was recovered, with the
        field cut off inside its name (`data[0].classifications[0].tasks[0].a…`) dropped and the brackets closed.
        The example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of the
        page; it is completed with the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[Call]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.calls import list_calls as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
        )

    def retrieve(
        self,
        call_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call:
        """Retrieve A Call

        The reference page's response example was cut off when the page was recovered (inside
        `classifications[0].tasks[0].assignee`); the example below is the page's as far as it was recovered, with
        the partly recovered `classifications[0].tasks[0].assignee` dropped and the brackets closed.

        Args:
            call_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            Call.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.calls import retrieve_call as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._call(
            operation.sync_detailed,
            client,
            call_id=call_id,
        )


class CallsWithRawResponse:
    """``client.calls.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: Calls) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class ContactSuggestions(SyncAPIResource):
    """``client.contact_suggestions``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ContactSuggestionsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return ContactSuggestionsWithRawResponse(self)

    def list(
        self,
        *,
        partner: str,
        page: int = 0,
        limit: int = 50,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContactSuggestionList:
        """List Contact Suggestions

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.
            sort_order (SortOrder | Literal["asc", "desc"] | Unset): Sort direction.
            sort_by (str | Unset): Documented as a free string; the fields it accepts were not recovered.
            partner (str): The Partner identifier, (e.g. ptn_abc123). Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            ContactSuggestionList.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.contact_suggestions import list_contact_suggestions as operation
        from .models import SortOrder

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._call(
            operation.sync_detailed,
            client,
            partner=partner,
            page=page,
            limit=limit,
            sort_order=coerce_enum(SortOrder, sort_order),
            sort_by=sort_by,
        )


class ContactSuggestionsWithRawResponse:
    """``client.contact_suggestions.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: ContactSuggestions) -> None:
        self.list = to_raw_response(resource.list)


class EmailSenders(SyncAPIResource):
    """``client.email_senders``: update."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> EmailSendersWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return EmailSendersWithRawResponse(self)

    def update(
        self,
        email_sender_id: str,
        *,
        is_shared: bool | Unset = UNSET,
        signature_html: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmailSender:
        """Update An Email Sender

        Args:
            email_sender_id (str): The EmailSender identifier (prefix `sndr_`). Required.
            is_shared (bool | Unset):
            signature_html (str | None | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            EmailSender.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_senders import update_email_sender as operation
        from .models import UpdateEmailSenderRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            email_sender_id=email_sender_id,
            body=UpdateEmailSenderRequest(
                is_shared=is_shared,
                signature_html=signature_html,
            ),
        )


class EmailSendersWithRawResponse:
    """``client.email_senders.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: EmailSenders) -> None:
        self.update = to_raw_response(resource.update)


class EmailTemplates(SyncAPIResource):
    """``client.email_templates``: create, retrieve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> EmailTemplatesWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return EmailTemplatesWithRawResponse(self)

    def create(
        self,
        *,
        body: str | Unset = UNSET,
        cc: builtins.list[str] | Unset = UNSET,
        is_default: bool = False,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        auto_correct: bool = False,
        folder: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmailTemplate:
        """Create An Email Templates

        Args:
            body (str | Unset):
            cc (builtins.list[str] | Unset):
            is_default (bool): Default: False.
            name (str | Unset):
            subject (str | Unset):
            auto_correct (bool): Default: False.
            folder (str | Unset): The EmailTemplateFolder identifier, (e.g. etf_abc123).

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            EmailTemplate.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_templates import create_email_template as operation
        from .models import CreateEmailTemplateRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            body=CreateEmailTemplateRequest(
                body=body,
                cc=cc,
                is_default=is_default,
                name=name,
                subject=subject,
                auto_correct=auto_correct,
                folder=folder,
            ),
        )

    def retrieve(
        self,
        email_template_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmailTemplate:
        """Retrieve An Email Template

        Args:
            email_template_id (str): The EmailTemplate identifier (prefix `eml_tmpl_`). Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            EmailTemplate.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_templates import retrieve_email_template as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._call(
            operation.sync_detailed,
            client,
            email_template_id=email_template_id,
        )


class EmailTemplatesWithRawResponse:
    """``client.email_templates.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: EmailTemplates) -> None:
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)


class Emails(SyncAPIResource):
    """``client.emails``: bulk_create, bulk_send, create, generate_body."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> EmailsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return EmailsWithRawResponse(self)

    def bulk_create(
        self,
        *,
        email_sender: str | Unset = UNSET,
        email_template: str | Unset = UNSET,
        partners: builtins.list[str] | Unset = UNSET,
        auto_send: bool | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkEmailRequest:
        """Bulk Create Emails

        The reference page's response example was cut off when the page was recovered (inside `partner.assignee`);
        the example below is the page's as far as it was recovered, with the field cut off inside its name
        (`partner.assignee.invited_by_use…`) dropped and the brackets closed.

        Args:
            email_sender (str | Unset): The EmailSender identifier, (e.g. sndr_abc123).
            email_template (str | Unset): The EmailTemplate identifier, (e.g. eml_tmpl_abc123).
            partners (builtins.list[str] | Unset): Partner identifiers, (e.g. ptn_abc123).
            auto_send (bool | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BulkEmailRequest.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.emails import bulk_create_emails as operation
        from .models import BulkCreateEmailsRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            body=BulkCreateEmailsRequest(
                email_sender=email_sender,
                email_template=email_template,
                partners=partners,
                auto_send=auto_send,
            ),
        )

    def bulk_send(
        self,
        *,
        emails: builtins.list[str] | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmailList:
        """Bulk Send Emails

        The reference page's response example was cut off when the page was recovered (inside `data[0].cc`); the
        example below is the page's as far as it was recovered, with the partly recovered `data[0].cc` dropped and
        the brackets closed.

        Args:
            emails (builtins.list[str] | Unset): The emails to send.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            EmailList.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.emails import bulk_send_emails as operation
        from .models import BulkSendEmailsRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            body=BulkSendEmailsRequest(
                emails=emails,
            ),
        )

    def create(
        self,
        *,
        bcc: builtins.list[str] | Unset = UNSET,
        body: str | Unset = UNSET,
        cc: builtins.list[str] | Unset = UNSET,
        email_sender: str | Unset = UNSET,
        email_template: str | Unset = UNSET,
        invoices: builtins.list[str] | Unset = UNSET,
        partner: str | Unset = UNSET,
        options: EmailOptions | Unset = UNSET,
        parent_email: str | Unset = UNSET,
        reply_to: builtins.list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        to: builtins.list[str] | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Email:
        """Create An Email

        The reference page's response example was cut off when the page was recovered (at the top level); the
        example below is the page's as far as it was recovered, with the partly recovered field `author_id` dropped
        and the brackets closed.

        Args:
            bcc (builtins.list[str] | Unset):
            body (str | Unset):
            cc (builtins.list[str] | Unset):
            email_sender (str | Unset): The EmailSender identifier, (e.g. sndr_abc123).
            email_template (str | Unset): The EmailTemplate identifier, (e.g. eml_tmpl_abc123).
            invoices (builtins.list[str] | Unset): Invoice identifiers, (e.g. inv_abc123).
            partner (str | Unset): The Partner identifier, (e.g. ptn_abc123).
            options (EmailOptions | Unset): Options for writing an email's body. Only the curl samples were
                recovered; they show every option as `false`.
            parent_email (str | Unset): The Email identifier, (e.g. eml_abc123).
            reply_to (builtins.list[str] | Unset):
            subject (str | Unset):
            to (builtins.list[str] | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Email.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.emails import create_email as operation
        from .models import CreateEmailRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            body=CreateEmailRequest(
                bcc=bcc,
                body=body,
                cc=cc,
                email_sender=email_sender,
                email_template=email_template,
                invoices=invoices,
                partner=partner,
                options=options,
                parent_email=parent_email,
                reply_to=reply_to,
                subject=subject,
                to=to,
            ),
        )

    def generate_body(
        self,
        email_id: str,
        *,
        email_template: str | Unset = UNSET,
        options: EmailOptions | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Email:
        """Generate An Email Body

        The reference page's response example was cut off when the page was recovered (inside `email_sender`); the
        example below is the page's as far as it was recovered, with the partly recovered field `email_sender.name`
        dropped and the brackets closed.

        Args:
            email_id (str): The Email identifier (prefix `eml_`). Required.
            email_template (str | Unset): The EmailTemplate identifier, (e.g. eml_tmpl_abc123).
            options (EmailOptions | Unset): Options for writing an email's body. Only the curl samples were
                recovered; they show every option as `false`.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Email.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.emails import generate_email_body as operation
        from .models import GenerateEmailBodyRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            email_id=email_id,
            body=GenerateEmailBodyRequest(
                email_template=email_template,
                options=options,
            ),
        )


class EmailsWithRawResponse:
    """``client.emails.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: Emails) -> None:
        self.bulk_create = to_raw_response(resource.bulk_create)
        self.bulk_send = to_raw_response(resource.bulk_send)
        self.create = to_raw_response(resource.create)
        self.generate_body = to_raw_response(resource.generate_body)


class Files(SyncAPIResource):
    """``client.files``: create."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return FilesWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        mime_type: str,
        size: int,
        purpose: FilePurpose | Literal["knowledge-base", "email", "chat"],
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FileUpload:
        """Create A File

        Returns a presigned url for the upload, along with an attachment which can be used across various endpoints.
        How the file itself is sent is not on any page (an assumption, see `PresignedUrl`);
        `stuut_client.uploads.upload_file` does both steps, sending a multipart form POST when
        `presigned_url.fields` has entries and a PUT to a signed URL otherwise.

        Args:
            name (str): Required.
            mime_type (str): Required.
            size (int): File size in bytes. Max: 52428800 (50 MiB; the page's text after `Max:` was not recovered,
                its range is `0 <= x <= 52428800`). Required. Range: 0..52428800.
            purpose (FilePurpose | Literal["knowledge-base", "email", "chat"]): What an uploaded file is for.
                Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            FileUpload.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.files import create_file as operation
        from .models import CreateFileRequest, FilePurpose

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            body=CreateFileRequest(
                name=name,
                mime_type=mime_type,
                size=size,
                purpose=coerce_enum(FilePurpose, purpose),
            ),
        )


class FilesWithRawResponse:
    """``client.files.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: Files) -> None:
        self.create = to_raw_response(resource.create)


class Invoices(SyncAPIResource):
    """``client.invoices``: list, retrieve, sync."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> InvoicesWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return InvoicesWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        sort_by: InvoiceSortBy
        | Literal[
            "amount_due",
            "amount_remaining",
            "due_date",
            "issued_at",
            "paid_at",
            "number",
            "last_inbound_at",
            "last_outreach_at",
            "total_amount",
        ]
        | Unset = UNSET,
        number: builtins.list[str] | Unset = UNSET,
        task: str | Unset = UNSET,
        amount_remaining: str | Unset = UNSET,
        status: builtins.list[
            InvoiceStatus | Literal["draft", "open", "uncollectible", "paid", "void", "processing", "overdue"]
        ]
        | Unset = UNSET,
        istatus: str | Unset = UNSET,
        issued_at: str | Unset = UNSET,
        has_outreach: bool | Unset = UNSET,
        customer_outreach_paused: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[Invoice]:
        """List Invoices

        Lists invoices, one page at a time (pages are numbered from 0). The response example is the reference
        page's, except two docs-renderer placeholders that are not values of their field's type: `calls[].invoices`
        (shown as `"<array>"`) is `[]` and `status` (shown as `"<unknown>"`) is `null`.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.
            sort_order (SortOrder | Literal["asc", "desc"] | Unset): Sort direction.
            sort_by (InvoiceSortBy | Literal["amount_due", "amount_remaining", "due_date", "issued_at", "paid_at",
                "number", "last_inbound_at", "last_outreach_at", "total_amount"] | Unset): Fields List Invoices can
                sort by.
            number (builtins.list[str] | Unset): Invoice numbers. Sent as one `name=value` pair per item (`style:
                form`, `explode: true`): an assumption, as the page does not show how arrays are sent; it is
                FastAPI's way of reading a list query parameter, and a FastAPI server written from the List Invoices
                page accepted it.
            task (str | Unset): The Task identifier, (e.g. tsk_abc123).
            amount_remaining (str | Unset): Documented as a string; its filter syntax was not recovered.
            status (builtins.list[InvoiceStatus | Literal["draft", "open", "uncollectible", "paid", "void",
                "processing", "overdue"]] | Unset): Invoice statuses. Sent as one `name=value` pair per item
                (`style: form`, `explode: true`): an assumption, as the page does not show how arrays are sent; it
                is FastAPI's way of reading a list query parameter, and a FastAPI server written from the List
                Invoices page accepted it.
            istatus (str | Unset): Documented as a string without a description.
            issued_at (str | Unset): Documented as a string; its filter syntax was not recovered.
            has_outreach (bool | Unset):
            customer_outreach_paused (bool | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[Invoice]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.invoices import list_invoices as operation
        from .models import InvoiceSortBy, InvoiceStatus, SortOrder

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
            sort_order=coerce_enum(SortOrder, sort_order),
            sort_by=coerce_enum(InvoiceSortBy, sort_by),
            number=number,
            task=task,
            amount_remaining=amount_remaining,
            status=coerce_enum_list(InvoiceStatus, status),
            istatus=istatus,
            issued_at=issued_at,
            has_outreach=has_outreach,
            customer_outreach_paused=customer_outreach_paused,
        )

    def retrieve(
        self,
        invoice_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Retrieve An Invoice

        The reference page's response example was cut off when the page was recovered (it ends inside
        `calls[].classifications[]`); the example below is the complete Invoice from the List Invoices page, which
        has the same shape. The response example is the reference page's, except two docs-renderer placeholders that
        are not values of their field's type: `calls[].invoices` (shown as `"<array>"`) is `[]` and `status` (shown
        as `"<unknown>"`) is `null`.

        Args:
            invoice_id (str): The Invoice identifier (prefix `inv_`). Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            Invoice.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.invoices import retrieve_invoice as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._call(
            operation.sync_detailed,
            client,
            invoice_id=invoice_id,
        )

    def sync(
        self,
        invoice_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Sync An Invoice

        Asks Stuut to sync the invoice with its linked integration: an assumption from the operation's name and
        path, as the page's prose was not recovered (nor whether the sync is done when the answer comes or only
        queued, so a retry may sync twice; the client retries this POST only with an `Idempotency-Key`). No request
        body is documented. The reference page's response example was cut off when the page was recovered (it ends
        inside `calls[].classifications[]`); the example below is the complete Invoice from the List Invoices page,
        which has the same shape. The response example is the reference page's, except two docs-renderer
        placeholders that are not values of their field's type: `calls[].invoices` (shown as `"<array>"`) is `[]`
        and `status` (shown as `"<unknown>"`) is `null`.

        Args:
            invoice_id (str): The Invoice identifier (prefix `inv_`). Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Invoice.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.invoices import sync_invoice as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            invoice_id=invoice_id,
        )


class InvoicesWithRawResponse:
    """``client.invoices.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: Invoices) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.sync = to_raw_response(resource.sync)


class Organizations(SyncAPIResource):
    """``client.organizations``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return OrganizationsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[Organization]:
        """List all organizations

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].integrations.integration`); the example below is the page's as far as it was recovered, with the
        field cut off inside its name (`data[0].integrations.integration.connection_instructions…`) dropped and the
        brackets closed. The example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with
        the rest of the page; it is completed with the documented defaults (0, 0, null), as on the List Invoices
        page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[Organization]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.organizations import list_organizations as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
        )


class OrganizationsWithRawResponse:
    """``client.organizations.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: Organizations) -> None:
        self.list = to_raw_response(resource.list)


class PartnerContacts(SyncAPIResource):
    """``client.partner_contacts``: retrieve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PartnerContactsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return PartnerContactsWithRawResponse(self)

    def retrieve(
        self,
        partner_id: str,
        contact_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Retrieve A Contact

        Args:
            partner_id (str): The Partner identifier (prefix `ptn_`). Required.
            contact_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            Contact.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.partner_contacts import retrieve_contact as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._call(
            operation.sync_detailed,
            client,
            partner_id=partner_id,
            contact_id=contact_id,
        )


class PartnerContactsWithRawResponse:
    """``client.partner_contacts.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: PartnerContacts) -> None:
        self.retrieve = to_raw_response(resource.retrieve)


class Partners(SyncAPIResource):
    """``client.partners``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PartnersWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return PartnersWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[PartnerDetail]:
        """List Partners

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].assignee.dashboard_settings`); the example below is the page's as far as it was recovered, with the
        partly recovered `data[0].assignee.dashboard_settings` dropped and the brackets closed. The example's
        envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of the page; it is
        completed with the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[PartnerDetail]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.partners import list_partners as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
        )


class PartnersWithRawResponse:
    """``client.partners.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: Partners) -> None:
        self.list = to_raw_response(resource.list)


class Payments(SyncAPIResource):
    """``client.payments``: approve_allocations, export, retrieve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PaymentsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return PaymentsWithRawResponse(self)

    def approve_allocations(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PaymentDetail:
        """Approve Allocations

        No request body is documented. The reference page's response example was cut off when the page was recovered
        (inside `bank_transaction.partner.ap_portals[0].account`); the example below is the page's as far as it was
        recovered, with the partly recovered `bank_transaction.partner.ap_portals[0].account` dropped and the
        brackets closed.

        Args:
            payment_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            PaymentDetail.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.payments import approve_payment_allocations as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            payment_id=payment_id,
        )

    def export(
        self,
        *,
        accept: PaymentExportMediaType | Literal["application/json", "text/csv"],
        approved_only: bool = False,
        since: datetime.datetime | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PaymentExport:
        """Export Payments

        Args:
            accept (PaymentExportMediaType | Literal["application/json", "text/csv"]): The media type to answer
                with: `application/json` (a `PaymentExport`) or `text/csv`. Required.
            approved_only (bool): Whether to only export approved payment allocations. Default: False.
            since (datetime.datetime | Unset): Export payment allocations since this date. If not provided, and
                approved_only is True, will default to the time of the last export where approved_only was True.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            PaymentExport.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.payments import export_payments as operation
        from .models import ExportPaymentsRequest, PaymentExportMediaType

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            accept=coerce_enum(PaymentExportMediaType, accept),
            body=ExportPaymentsRequest(
                approved_only=approved_only,
                since=since,
            ),
        )

    def retrieve(
        self,
        payment_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PaymentDetail:
        """Retrieve A Payment

        The reference page's response example was cut off when the page was recovered (inside `bank_transaction`);
        the example below is the page's as far as it was recovered, with the field cut off inside its name
        (`bank_transaction.des…`) dropped and the brackets closed.

        Args:
            payment_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            PaymentDetail.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.payments import retrieve_payment as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._call(
            operation.sync_detailed,
            client,
            payment_id=payment_id,
        )


class PaymentsWithRawResponse:
    """``client.payments.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: Payments) -> None:
        self.approve_allocations = to_raw_response(resource.approve_allocations)
        self.export = to_raw_response(resource.export)
        self.retrieve = to_raw_response(resource.retrieve)


class Remittances(SyncAPIResource):
    """``client.remittances``: list, process, update, upload."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> RemittancesWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return RemittancesWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[Remittance]:
        """List Remittances

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
        recovered `data[0].email.attachments` dropped and the brackets closed. The example's envelope tail
        (`current_page`, `total_records`, `next_page`) was cut off with the rest of the page; it is completed with
        the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[Remittance]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.remittances import list_remittances as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
        )

    def process(
        self,
        remittance_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Remittance:
        """Process A Remittance

        No request body is documented. The reference page's response example was cut off when the page was recovered
        (inside `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
        recovered field `email.attachments[0].disposition` dropped and the brackets closed.

        Args:
            remittance_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Remittance.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.remittances import process_remittance as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            remittance_id=remittance_id,
        )

    def update(
        self,
        remittance_id: str,
        *,
        allocations: builtins.list[RemittanceAllocationInput] | Unset = UNSET,
        currency: str | Unset = UNSET,
        partner: str | Unset = UNSET,
        transaction_amount: float | Unset = UNSET,
        transaction_date: datetime.date | Unset = UNSET,
        transaction_number: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Remittance:
        """Update A Remittance

        The reference page's response example was cut off when the page was recovered (inside
        `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
        recovered `email.attachments` dropped and the brackets closed.

        Args:
            remittance_id (str): Required.
            allocations (builtins.list[RemittanceAllocationInput] | Unset):
            currency (str | Unset):
            partner (str | Unset): The Partner identifier, (e.g. ptn_abc123).
            transaction_amount (float | Unset):
            transaction_date (datetime.date | Unset):
            transaction_number (str | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Remittance.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.remittances import update_remittance as operation
        from .models import UpdateRemittanceRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            remittance_id=remittance_id,
            body=UpdateRemittanceRequest(
                allocations=allocations,
                currency=currency,
                partner=partner,
                transaction_amount=transaction_amount,
                transaction_date=transaction_date,
                transaction_number=transaction_number,
            ),
        )

    def upload(
        self,
        *,
        filename: str | Unset = UNSET,
        mime_type: str | Unset = UNSET,
        partner: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RemittanceUpload:
        """Upload A Remittance

        Creates a remittance and returns a presigned URL for its file. How the file itself is sent is not on any
        page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both steps, sending a
        multipart form POST when `presigned_url.fields` has entries and a PUT to a signed URL otherwise. The
        reference page's response example was cut off when the page was recovered (inside
        `remittance.email.attachments`); the example below is the page's as far as it was recovered, with the partly
        recovered `remittance.email.attachments` dropped and the brackets closed.

        Args:
            filename (str | Unset):
            mime_type (str | Unset):
            partner (str | Unset): The Partner identifier, (e.g. ptn_abc123).

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            RemittanceUpload.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.remittances import upload_remittance as operation
        from .models import UploadRemittanceRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            body=UploadRemittanceRequest(
                filename=filename,
                mime_type=mime_type,
                partner=partner,
            ),
        )


class RemittancesWithRawResponse:
    """``client.remittances.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: Remittances) -> None:
        self.list = to_raw_response(resource.list)
        self.process = to_raw_response(resource.process)
        self.update = to_raw_response(resource.update)
        self.upload = to_raw_response(resource.upload)


class Tasks(SyncAPIResource):
    """``client.tasks``: list, set_assignee."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> TasksWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return TasksWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[Task]:
        """List Tasks

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[Task]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.tasks import list_tasks as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
        )

    def set_assignee(
        self,
        task_id: str,
        *,
        assignee: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Task:
        """Set Task Assignee

        Args:
            task_id (str): The Task identifier (prefix `tsk_`). Required.
            assignee (str | Unset): The user to assign the task to.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Task.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.tasks import set_task_assignee as operation
        from .models import SetTaskAssigneeRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            task_id=task_id,
            body=SetTaskAssigneeRequest(
                assignee=assignee,
            ),
        )


class TasksWithRawResponse:
    """``client.tasks.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: Tasks) -> None:
        self.list = to_raw_response(resource.list)
        self.set_assignee = to_raw_response(resource.set_assignee)


class Users(SyncAPIResource):
    """``client.users``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return UsersWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[User]:
        """List Users

        List all users that are part of your organization. The reference page documents no query parameters. `page`
        and `limit` (the v1 pagination parameters, with the v1 defaults and ranges) are declared because the
        response is the page envelope.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[User]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.users import list_users as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
        )


class UsersWithRawResponse:
    """``client.users.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: Users) -> None:
        self.list = to_raw_response(resource.list)


class V2BankStatements(SyncAPIResource):
    """``client.v2.bank_statements``: list, unapprove, upload."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> V2BankStatementsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return V2BankStatementsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 100,
        sort_by: BankStatementSortBy | Literal["created_at", "period_start", "period_end"] = "created_at",
        sort_order: SortOrder | Literal["asc", "desc"] = "desc",
        status_in: builtins.list[
            BankStatementStatus | Literal["submitted", "processing", "invalid", "pending_approval", "approved", "split"]
        ]
        | Unset = UNSET,
        date: datetime.date | None | Unset = UNSET,
        search: str | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        original_statement_id: str | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[BankStatementV2]:
        """List Bank Statements

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): Number of records per page. Default: 100. Range: 1..500.
            sort_by (BankStatementSortBy | Literal["created_at", "period_start", "period_end"]): Default:
                "created_at".
            sort_order (SortOrder | Literal["asc", "desc"]): Default: "desc".
            status_in (builtins.list[BankStatementStatus | Literal["submitted", "processing", "invalid",
                "pending_approval", "approved", "split"]] | Unset): Filter by statement status (including SPLIT for
                parent statements). The page types it `enum<string>[] | null`; the `| null` is left out because a
                query string cannot carry a null and an `anyOf` around a form-exploded array keeps validators
                (openapi-core, Prism) from reading it as an array. Sent as one `name=value` pair per item (`style:
                form`, `explode: true`): an assumption, as the page does not show how arrays are sent; it is
                FastAPI's way of reading a list query parameter, and a FastAPI server written from the List Invoices
                page accepted it.
            date (datetime.date | None | Unset): Filter by date - returns statements where this date falls within
                the period.
            search (str | None | Unset): Search in attachment filename.
            account_id (str | None | Unset): Filter by bank account ID.
            original_statement_id (str | None | Unset): Find child statements of a split parent.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[BankStatementV2]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import list_bank_statements as operation
        from .models import BankStatementSortBy, BankStatementStatus, SortOrder

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
            sort_by=coerce_enum(BankStatementSortBy, sort_by),
            sort_order=coerce_enum(SortOrder, sort_order),
            status_in=coerce_enum_list(BankStatementStatus, status_in),
            date=date,
            search=search,
            account_id=account_id,
            original_statement_id=original_statement_id,
        )

    def unapprove(
        self,
        statement_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankStatementDetailV2:
        """Unapprove a Bank Statement

        No request body is documented.

        Args:
            statement_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BankStatementDetailV2.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import unapprove_bank_statement as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            statement_id=statement_id,
        )

    def upload(
        self,
        *,
        filename: str,
        mime_type: MimeType
        | Literal[
            "application/json",
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "text/csv",
            "application/csv",
            "text/plain",
            "text/html",
            "application/xml",
            "message/rfc822",
            "application/vnd.ms-outlook",
            "application/rtf",
        ],
        account_id: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankStatementUploadV2:
        """Upload a Bank Statement

        Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is not on any
        page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both steps, sending a
        multipart form POST when `presigned_url.fields` has entries and a PUT to a signed URL otherwise.

        Args:
            filename (str): Name of the file being uploaded. Required.
            mime_type (MimeType | Literal["application/json", "application/pdf", "application/msword",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-
                excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-
                powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "text/csv", "application/csv", "text/plain", "text/html", "application/xml", "message/rfc822",
                "application/vnd.ms-outlook", "application/rtf"]): MIME types the v2 bank statement upload accepts.
                `AttachmentV2.mime_type` shows only `application/json`, the first of these values. Required.
            account_id (str | None | Unset): Bank account ID to ass… (the description was cut off on the reference
                page).

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BankStatementUploadV2.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import upload_bank_statement_v2 as operation
        from .models import MimeType, UploadBankStatementRequestV2

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            body=UploadBankStatementRequestV2(
                filename=filename,
                mime_type=coerce_enum(MimeType, mime_type),
                account_id=account_id,
            ),
        )


class V2BankStatementsWithRawResponse:
    """``client.v2.bank_statements.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: V2BankStatements) -> None:
        self.list = to_raw_response(resource.list)
        self.unapprove = to_raw_response(resource.unapprove)
        self.upload = to_raw_response(resource.upload)


class V2BankTransactions(SyncAPIResource):
    """``client.v2.bank_transactions``: list, retrieve, update."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> V2BankTransactionsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return V2BankTransactionsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 100,
        sort_by: BankTransactionSortBy
        | Literal["timestamp", "amount", "account_mask", "agent_confidence_score"] = "timestamp",
        sort_order: SortOrder | Literal["asc", "desc"] = "desc",
        date: datetime.date | None | Unset = UNSET,
        bank_account_id: str | None | Unset = UNSET,
        search: str | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[BankTransactionV2]:
        """List Bank Transactions

        The reference page's query parameter list was cut off after `search`; further filters exist but were not
        recovered.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): Number of records per page. Default: 100. Range: 1..500.
            sort_by (BankTransactionSortBy | Literal["timestamp", "amount", "account_mask",
                "agent_confidence_score"]): Default: "timestamp".
            sort_order (SortOrder | Literal["asc", "desc"]): Default: "desc".
            date (datetime.date | None | Unset): Documented as `string<date> | null` without a description.
            bank_account_id (str | None | Unset): Bank account ID to filter by.
            search (str | None | Unset): Search in description, reference_number, counter… (the description was cut
                off on the reference page).

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[BankTransactionV2]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import list_bank_transactions_v2 as operation
        from .models import BankTransactionSortBy, SortOrder

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
            sort_by=coerce_enum(BankTransactionSortBy, sort_by),
            sort_order=coerce_enum(SortOrder, sort_order),
            date=date,
            bank_account_id=bank_account_id,
            search=search,
        )

    def retrieve(
        self,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankTransactionDetailV2:
        """Get Bank Transaction

        Args:
            transaction_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            BankTransactionDetailV2.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import get_bank_transaction as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._call(
            operation.sync_detailed,
            client,
            transaction_id=transaction_id,
        )

    def update(
        self,
        transaction_id: str,
        *,
        is_payment: bool | None | Unset = UNSET,
        non_payment_reason: str | None | Unset = UNSET,
        timestamp: datetime.datetime | None | Unset = UNSET,
        reference_number: str | None | Unset = UNSET,
        description: str | Unset = UNSET,
        type_: BankTransactionType | Literal["deposit"] | Unset = UNSET,
        amount: float | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankTransactionV2:
        """Update a Bank Transaction

        Args:
            transaction_id (str): Required.
            is_payment (bool | None | Unset): Whether this is a payment. True=payment, False=non-payment,
                None=undetermined.
            non_payment_reason (str | None | Unset): Reason for marking this transaction as a non-payment.
            timestamp (datetime.datetime | None | Unset): Transaction timestamp (draft transactions only)
            reference_number (str | None | Unset): Transaction reference n… (the description was cut off on the
                reference page).
            description (str | Unset):
            type_ (BankTransactionType | Literal["deposit"] | Unset): The kind of bank transaction. The reference
                page shows only the value `deposit`; the complete list was not recovered. Values the server sends
                that are not listed here parse as unknown members (see the client's tolerant enums).
            amount (float | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BankTransactionV2.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import update_bank_transaction as operation
        from .models import BankTransactionType, UpdateBankTransactionRequestV2

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            transaction_id=transaction_id,
            body=UpdateBankTransactionRequestV2(
                is_payment=is_payment,
                non_payment_reason=non_payment_reason,
                timestamp=timestamp,
                reference_number=reference_number,
                description=description,
                type_=coerce_enum(BankTransactionType, type_),
                amount=amount,
            ),
        )


class V2BankTransactionsWithRawResponse:
    """``client.v2.bank_transactions.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: V2BankTransactions) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class V2Calls(SyncAPIResource):
    """``client.v2.calls``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> V2CallsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return V2CallsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 0,
        limit: int = 100,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPage[CallV2]:
        """Get Calls

        The reference page's query parameters were not recovered: only `page` and `limit` (the v2 pagination
        parameters, with the v2 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].invoices[0].partner`); the example below is the page's as far as it was recovered, with the partly
        recovered field `data[0].invoices[0].partner.parent_id` dropped and the brackets closed. The example's
        envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of the page; it is
        completed with the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): Number of records per page. Default: 100. Range: 1..500.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[CallV2]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.calls import get_calls as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._list(
            operation.sync,
            operation.sync_detailed,
            client,
            page=page,
            limit=limit,
        )


class V2CallsWithRawResponse:
    """``client.v2.calls.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: V2Calls) -> None:
        self.list = to_raw_response(resource.list)


class V2EmailThreads(SyncAPIResource):
    """``client.v2.email_threads``: assign_partner, retrieve_settings, update_settings."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> V2EmailThreadsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return V2EmailThreadsWithRawResponse(self)

    def assign_partner(
        self,
        email_thread_id: str,
        *,
        partner_id: str,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TriageActionResponse:
        """Assign Thread Partner

        The reference page's example omits `triage_status`, which its field list marks required; the example adds
        `"triage_status": "pending"` (the first listed value) so that it fits the schema.

        Args:
            email_thread_id (str): Required.
            partner_id (str): The partner ID to assign to this thread. Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            TriageActionResponse.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_threads import assign_thread_partner as operation
        from .models import AssignThreadPartnerRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            email_thread_id=email_thread_id,
            body=AssignThreadPartnerRequest(
                partner_id=partner_id,
            ),
        )

    def retrieve_settings(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CentralizedInboxSettings:
        """Get Settings Endpoint

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            CentralizedInboxSettings.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_threads import get_settings as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._call(
            operation.sync_detailed,
            client,
        )

    def update_settings(
        self,
        *,
        centralized_inbox_auto_assign: bool | None | Unset = UNSET,
        centralized_inbox_auto_assign_threshold: int | None | Unset = UNSET,
        centralized_inbox_matching_guidelines: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CentralizedInboxSettings:
        """Update Settings Endpoint

        Args:
            centralized_inbox_auto_assign (bool | None | Unset):
            centralized_inbox_auto_assign_threshold (int | None | Unset): Threshold must be between 0 and 100.
                Range: 0..100.
            centralized_inbox_matching_guidelines (str | None | Unset): Free-text matching guidelines for the AI
                agent.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            CentralizedInboxSettings.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_threads import update_settings as operation
        from .models import UpdateCentralizedInboxSettingsRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            body=UpdateCentralizedInboxSettingsRequest(
                centralized_inbox_auto_assign=centralized_inbox_auto_assign,
                centralized_inbox_auto_assign_threshold=centralized_inbox_auto_assign_threshold,
                centralized_inbox_matching_guidelines=centralized_inbox_matching_guidelines,
            ),
        )


class V2EmailThreadsWithRawResponse:
    """``client.v2.email_threads.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: V2EmailThreads) -> None:
        self.assign_partner = to_raw_response(resource.assign_partner)
        self.retrieve_settings = to_raw_response(resource.retrieve_settings)
        self.update_settings = to_raw_response(resource.update_settings)


class V2Integrations(SyncAPIResource):
    """``client.v2.integrations``: list, sync."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> V2IntegrationsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return V2IntegrationsWithRawResponse(self)

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[Connection]:
        """List Connections

        Returns a bare JSON array, not the page envelope. The reference page's query parameters were not recovered,
        so none are declared. The reference page's response example was cut off when the page was recovered (inside
        `[0].models`); the example below is the page's as far as it was recovered, ending after its last complete
        field, with the brackets closed.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            builtins.list[Connection].

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.integrations import list_connections as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return self._call(
            operation.sync_detailed,
            client,
        )

    def sync(
        self,
        connection_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[IntegrationSync]:
        """Request a Sync

        No request body is documented. Returns a bare JSON array of syncs.

        Args:
            connection_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            builtins.list[IntegrationSync].

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.integrations import request_sync as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            connection_id=connection_id,
        )


class V2IntegrationsWithRawResponse:
    """``client.v2.integrations.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: V2Integrations) -> None:
        self.list = to_raw_response(resource.list)
        self.sync = to_raw_response(resource.sync)


class V2InternalContacts(SyncAPIResource):
    """``client.v2.internal_contacts``: create."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> V2InternalContactsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return V2InternalContactsWithRawResponse(self)

    def create(
        self,
        *,
        email: str,
        internal_role: InternalRole
        | Literal["account_manager", "account_executive", "csm", "lead", "co_lead", "practice_lead"],
        given_name: str | None | Unset = UNSET,
        family_name: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        job_title: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InternalContactAssignment:
        """Create an Internal Contact

        Creates a new internal contact (a person within the organization) and records their role via a floating
        assignment (no partner attached). The reference page's example omits `internal_role`, which its field list
        marks required; the example adds `"internal_role": "account_manager"` (the first listed value) so that it
        fits the schema.

        Args:
            email (str): The internal contact's email address. Email uniquely identifies the internal contact within
                the organization. (Create an Internal Contact shows the first sentence, Add Internal Contact the
                second.) Required.
            internal_role (InternalRole | Literal["account_manager", "account_executive", "csm", "lead", "co_lead",
                "practice_lead"]): The role an internal contact holds for a partner (values from the v2 internal-
                contact pages). Required.
            given_name (str | None | Unset): The internal contact's given name.
            family_name (str | None | Unset): The internal contact's family name.
            name (str | None | Unset): The internal contact's full name, if no given/family name.
            phone (str | None | Unset): The internal contact's phone number.
            job_title (str | None | Unset): The internal contact's job title.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            InternalContactAssignment.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.internal_contacts import create_internal_contact as operation
        from .models import InternalContactInput, InternalRole

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            body=InternalContactInput(
                email=email,
                internal_role=coerce_enum(InternalRole, internal_role),
                given_name=given_name,
                family_name=family_name,
                name=name,
                phone=phone,
                job_title=job_title,
            ),
        )


class V2InternalContactsWithRawResponse:
    """``client.v2.internal_contacts.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: V2InternalContacts) -> None:
        self.create = to_raw_response(resource.create)


class V2Partners(SyncAPIResource):
    """``client.v2.partners``: add_internal_contact, update_internal_contact_role."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> V2PartnersWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return V2PartnersWithRawResponse(self)

    def add_internal_contact(
        self,
        partner_id: str,
        *,
        email: str,
        internal_role: InternalRole
        | Literal["account_manager", "account_executive", "csm", "lead", "co_lead", "practice_lead"],
        given_name: str | None | Unset = UNSET,
        family_name: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        job_title: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InternalContactAssignment:
        """Add Internal Contact

        Add Internal Contact to a Partner. Assigns an internal contact to this partner with the specified role. The
        person is identified by email (within the organization) — reused if they already exist, created if not. The
        reference page's example omits `internal_role`, which its field list marks required; the example adds
        `"internal_role": "account_manager"` (the first listed value) so that it fits the schema.

        Args:
            partner_id (str): The Partner identifier (prefix `ptn_`). Required.
            email (str): The internal contact's email address. Email uniquely identifies the internal contact within
                the organization. (Create an Internal Contact shows the first sentence, Add Internal Contact the
                second.) Required.
            internal_role (InternalRole | Literal["account_manager", "account_executive", "csm", "lead", "co_lead",
                "practice_lead"]): The role an internal contact holds for a partner (values from the v2 internal-
                contact pages). Required.
            given_name (str | None | Unset): The internal contact's given name.
            family_name (str | None | Unset): The internal contact's family name.
            name (str | None | Unset): The internal contact's full name, if no given/family name.
            phone (str | None | Unset): The internal contact's phone number.
            job_title (str | None | Unset): The internal contact's job title.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            InternalContactAssignment.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.partners import add_internal_contact as operation
        from .models import InternalContactInput, InternalRole

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            partner_id=partner_id,
            body=InternalContactInput(
                email=email,
                internal_role=coerce_enum(InternalRole, internal_role),
                given_name=given_name,
                family_name=family_name,
                name=name,
                phone=phone,
                job_title=job_title,
            ),
        )

    def update_internal_contact_role(
        self,
        partner_id: str,
        assignment_id: str,
        *,
        internal_role: InternalRole
        | Literal["account_manager", "account_executive", "csm", "lead", "co_lead", "practice_lead"],
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InternalContactAssignment:
        """Update Internal Contact Role

        Change the role of an existing assignment. The underlying InternalContact (person) is not modified. The
        reference page's example omits `internal_role`, which its field list marks required; the example adds
        `"internal_role": "account_manager"` (the first listed value) so that it fits the schema.

        Args:
            partner_id (str): The Partner identifier (prefix `ptn_`). Required.
            assignment_id (str): The internal contact assignment identifier. Required.
            internal_role (InternalRole | Literal["account_manager", "account_executive", "csm", "lead", "co_lead",
                "practice_lead"]): The role an internal contact holds for a partner (values from the v2 internal-
                contact pages). Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            InternalContactAssignment.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.partners import update_internal_contact_role as operation
        from .models import InternalRole, UpdateInternalContactRoleRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            partner_id=partner_id,
            assignment_id=assignment_id,
            body=UpdateInternalContactRoleRequest(
                internal_role=coerce_enum(InternalRole, internal_role),
            ),
        )


class V2PartnersWithRawResponse:
    """``client.v2.partners.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: V2Partners) -> None:
        self.add_internal_contact = to_raw_response(resource.add_internal_contact)
        self.update_internal_contact_role = to_raw_response(resource.update_internal_contact_role)


class V2Payments(SyncAPIResource):
    """``client.v2.payments``: bulk_approve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> V2PaymentsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return V2PaymentsWithRawResponse(self)

    def bulk_approve(
        self,
        *,
        transaction_ids: builtins.list[str],
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkApprovePaymentsResponse:
        """Bulk Approve Payments

        Args:
            transaction_ids (builtins.list[str]): List of bank transaction IDs to approve payments for. Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BulkApprovePaymentsResponse.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.payments import bulk_approve_payments as operation
        from .models import BulkApprovePaymentsRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return self._call(
            operation.sync_detailed,
            client,
            body=BulkApprovePaymentsRequest(
                transaction_ids=transaction_ids,
            ),
        )


class V2PaymentsWithRawResponse:
    """``client.v2.payments.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: V2Payments) -> None:
        self.bulk_approve = to_raw_response(resource.bulk_approve)


class V2:
    """``client.v2``: the v2 operations, by resource."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def bank_statements(self) -> V2BankStatements:
        """list, unapprove, upload."""
        return V2BankStatements(self._client)

    @cached_property
    def bank_transactions(self) -> V2BankTransactions:
        """list, retrieve, update."""
        return V2BankTransactions(self._client)

    @cached_property
    def calls(self) -> V2Calls:
        """list."""
        return V2Calls(self._client)

    @cached_property
    def email_threads(self) -> V2EmailThreads:
        """assign_partner, retrieve_settings, update_settings."""
        return V2EmailThreads(self._client)

    @cached_property
    def integrations(self) -> V2Integrations:
        """list, sync."""
        return V2Integrations(self._client)

    @cached_property
    def internal_contacts(self) -> V2InternalContacts:
        """create."""
        return V2InternalContacts(self._client)

    @cached_property
    def partners(self) -> V2Partners:
        """add_internal_contact, update_internal_contact_role."""
        return V2Partners(self._client)

    @cached_property
    def payments(self) -> V2Payments:
        """bulk_approve."""
        return V2Payments(self._client)


class Stuut(BaseStuut):
    """The Stuut API: ``with Stuut() as client``, then ``client.invoices.list(...)``.

    ``Stuut()`` reads the token from ``STUUT_API_TOKEN`` and the API root from ``STUUT_BASE_URL``; any
    keyword (``token``, ``base_url``, ``timeout``, ``max_retries``, ``lazy_parsing``, ``httpx_args``...) is passed to
    the client. ``with_options(...)`` makes a copy with other settings on the same connection pool.
    """

    @cached_property
    def bank_accounts(self) -> BankAccounts:
        """list."""
        return BankAccounts(self._client)

    @cached_property
    def bank_statements(self) -> BankStatements:
        """list, retrieve, update, upload."""
        return BankStatements(self._client)

    @cached_property
    def bank_transactions(self) -> BankTransactions:
        """list, mark_payment, retrieve."""
        return BankTransactions(self._client)

    @cached_property
    def calls(self) -> Calls:
        """list, retrieve."""
        return Calls(self._client)

    @cached_property
    def contact_suggestions(self) -> ContactSuggestions:
        """list."""
        return ContactSuggestions(self._client)

    @cached_property
    def email_senders(self) -> EmailSenders:
        """update."""
        return EmailSenders(self._client)

    @cached_property
    def email_templates(self) -> EmailTemplates:
        """create, retrieve."""
        return EmailTemplates(self._client)

    @cached_property
    def emails(self) -> Emails:
        """bulk_create, bulk_send, create, generate_body."""
        return Emails(self._client)

    @cached_property
    def files(self) -> Files:
        """create."""
        return Files(self._client)

    @cached_property
    def invoices(self) -> Invoices:
        """list, retrieve, sync."""
        return Invoices(self._client)

    @cached_property
    def organizations(self) -> Organizations:
        """list."""
        return Organizations(self._client)

    @cached_property
    def partner_contacts(self) -> PartnerContacts:
        """retrieve."""
        return PartnerContacts(self._client)

    @cached_property
    def partners(self) -> Partners:
        """list."""
        return Partners(self._client)

    @cached_property
    def payments(self) -> Payments:
        """approve_allocations, export, retrieve."""
        return Payments(self._client)

    @cached_property
    def remittances(self) -> Remittances:
        """list, process, update, upload."""
        return Remittances(self._client)

    @cached_property
    def tasks(self) -> Tasks:
        """list, set_assignee."""
        return Tasks(self._client)

    @cached_property
    def users(self) -> Users:
        """list."""
        return Users(self._client)

    @cached_property
    def v2(self) -> V2:
        """The v2 operations: bank_statements, bank_transactions, calls, email_threads, integrations, internal_contacts, partners, payments."""
        return V2(self._client)


class AsyncBankAccounts(AsyncAPIResource):
    """``client.bank_accounts``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncBankAccountsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncBankAccountsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[BankAccount]:
        """List Bank Accounts

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].linked_integration.integration`); the example below is the page's as far as it was recovered, with
        the field cut off inside its name (`data[0].linked_integration.integration.c…`) dropped and the brackets
        closed. The example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest
        of the page; it is completed with the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[BankAccount]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_accounts import list_bank_accounts as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
        )


class AsyncBankAccountsWithRawResponse:
    """``client.bank_accounts.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncBankAccounts) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncBankStatements(AsyncAPIResource):
    """``client.bank_statements``: list, retrieve, update, upload."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncBankStatementsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncBankStatementsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[BankStatement]:
        """List Pending Bank Statements

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].transactions[0]`); the example below is the page's as far as it was recovered, ending after its
        last complete field, with the brackets closed. The example's envelope tail (`current_page`, `total_records`,
        `next_page`) was cut off with the rest of the page; it is completed with the documented defaults (0, 0,
        null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[BankStatement]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import list_pending_bank_statements as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
        )

    async def retrieve(
        self,
        bank_statement_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankStatement:
        """Retrieve A Bank Statement

        The reference page's response example was cut off when the page was recovered (inside
        `transactions[0].partner.ap_portals[0].account`); the example below is the page's as far as it was
        recovered, with the partly recovered field `transactions[0].partner.ap_portals[0].account.id` dropped and
        the brackets closed.

        Args:
            bank_statement_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            BankStatement.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import retrieve_bank_statement as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._call(
            operation.asyncio_detailed,
            client,
            bank_statement_id=bank_statement_id,
        )

    async def update(
        self,
        bank_statement_id: str,
        *,
        account: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankStatement:
        """Update A Bank Statement

        The reference page's response example was cut off when the page was recovered (inside `transactions[0]`);
        the example below is the page's as far as it was recovered, with the partly recovered field
        `transactions[0].description` dropped and the brackets closed.

        Args:
            bank_statement_id (str): Required.
            account (str | Unset): The bank account the statement belongs to.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BankStatement.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import update_bank_statement as operation
        from .models import UpdateBankStatementRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            bank_statement_id=bank_statement_id,
            body=UpdateBankStatementRequest(
                account=account,
            ),
        )

    async def upload(
        self,
        *,
        account: str | Unset = UNSET,
        filename: str | Unset = UNSET,
        mime_type: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankStatementUpload:
        """Upload A Bank Statement

        Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is not on any
        page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both steps, sending a
        multipart form POST when `presigned_url.fields` has entries and a PUT to a signed URL otherwise. The
        reference page's response example was cut off when the page was recovered (inside
        `statement.transactions[0]`); the example below is the page's as far as it was recovered, with the field cut
        off inside its name (`statement.transactions[0].counterparty…`) dropped and the brackets closed.

        Args:
            account (str | Unset): The bank account the statement belongs to.
            filename (str | Unset):
            mime_type (str | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BankStatementUpload.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import upload_bank_statement as operation
        from .models import UploadBankStatementRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            body=UploadBankStatementRequest(
                account=account,
                filename=filename,
                mime_type=mime_type,
            ),
        )


class AsyncBankStatementsWithRawResponse:
    """``client.bank_statements.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncBankStatements) -> None:
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.upload = async_to_raw_response(resource.upload)


class AsyncBankTransactions(AsyncAPIResource):
    """``client.bank_transactions``: list, mark_payment, retrieve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncBankTransactionsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncBankTransactionsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[BankTransaction]:
        """List Bank Transactions

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].partner.ap_portals[0]`); the example below is the page's as far as it was recovered, with the field
        cut off inside its name (`data[0].partner.ap_portals[0].is_report_dow…`) dropped and the brackets closed.
        The example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of the
        page; it is completed with the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[BankTransaction]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import list_bank_transactions as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
        )

    async def mark_payment(
        self,
        transaction_id: str,
        *,
        partner: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MarkPaymentResponse:
        """Mark Payment

        The reference page's response example was cut off when the page was recovered (inside
        `payment.bank_transaction`); the example below is the page's as far as it was recovered, with the field cut
        off inside its name (`payment.bank_transaction.cou…`) dropped and the brackets closed.

        Args:
            transaction_id (str): Required.
            partner (str | Unset): The Partner identifier, (e.g. ptn_abc123).

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            MarkPaymentResponse.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import mark_payment as operation
        from .models import MarkPaymentRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            transaction_id=transaction_id,
            body=MarkPaymentRequest(
                partner=partner,
            ),
        )

    async def retrieve(
        self,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankTransaction:
        """Retrieve A Bank Transaction

        The reference page's response example was cut off when the page was recovered (inside
        `partner.ap_portals[0]`); the example below is the page's as far as it was recovered, with the field cut off
        inside its name (`partner.ap_portals[0].report_frequen…`) dropped and the brackets closed.

        Args:
            transaction_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            BankTransaction.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import retrieve_bank_transaction as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._call(
            operation.asyncio_detailed,
            client,
            transaction_id=transaction_id,
        )


class AsyncBankTransactionsWithRawResponse:
    """``client.bank_transactions.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncBankTransactions) -> None:
        self.list = async_to_raw_response(resource.list)
        self.mark_payment = async_to_raw_response(resource.mark_payment)
        self.retrieve = async_to_raw_response(resource.retrieve)


class AsyncCalls(AsyncAPIResource):
    """``client.calls``: list, retrieve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncCallsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncCallsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[Call]:
        """List Calls

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].classifications[0].tasks[0]`); the example below is the page's as far as it was recovered, with the
        field cut off inside its name (`data[0].classifications[0].tasks[0].a…`) dropped and the brackets closed.
        The example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of the
        page; it is completed with the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[Call]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.calls import list_calls as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
        )

    async def retrieve(
        self,
        call_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Call:
        """Retrieve A Call

        The reference page's response example was cut off when the page was recovered (inside
        `classifications[0].tasks[0].assignee`); the example below is the page's as far as it was recovered, with
        the partly recovered `classifications[0].tasks[0].assignee` dropped and the brackets closed.

        Args:
            call_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            Call.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.calls import retrieve_call as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._call(
            operation.asyncio_detailed,
            client,
            call_id=call_id,
        )


class AsyncCallsWithRawResponse:
    """``client.calls.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncCalls) -> None:
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)


class AsyncContactSuggestions(AsyncAPIResource):
    """``client.contact_suggestions``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncContactSuggestionsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncContactSuggestionsWithRawResponse(self)

    async def list(
        self,
        *,
        partner: str,
        page: int = 0,
        limit: int = 50,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContactSuggestionList:
        """List Contact Suggestions

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.
            sort_order (SortOrder | Literal["asc", "desc"] | Unset): Sort direction.
            sort_by (str | Unset): Documented as a free string; the fields it accepts were not recovered.
            partner (str): The Partner identifier, (e.g. ptn_abc123). Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            ContactSuggestionList.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.contact_suggestions import list_contact_suggestions as operation
        from .models import SortOrder

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._call(
            operation.asyncio_detailed,
            client,
            partner=partner,
            page=page,
            limit=limit,
            sort_order=coerce_enum(SortOrder, sort_order),
            sort_by=sort_by,
        )


class AsyncContactSuggestionsWithRawResponse:
    """``client.contact_suggestions.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncContactSuggestions) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncEmailSenders(AsyncAPIResource):
    """``client.email_senders``: update."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncEmailSendersWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncEmailSendersWithRawResponse(self)

    async def update(
        self,
        email_sender_id: str,
        *,
        is_shared: bool | Unset = UNSET,
        signature_html: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmailSender:
        """Update An Email Sender

        Args:
            email_sender_id (str): The EmailSender identifier (prefix `sndr_`). Required.
            is_shared (bool | Unset):
            signature_html (str | None | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            EmailSender.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_senders import update_email_sender as operation
        from .models import UpdateEmailSenderRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            email_sender_id=email_sender_id,
            body=UpdateEmailSenderRequest(
                is_shared=is_shared,
                signature_html=signature_html,
            ),
        )


class AsyncEmailSendersWithRawResponse:
    """``client.email_senders.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncEmailSenders) -> None:
        self.update = async_to_raw_response(resource.update)


class AsyncEmailTemplates(AsyncAPIResource):
    """``client.email_templates``: create, retrieve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncEmailTemplatesWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncEmailTemplatesWithRawResponse(self)

    async def create(
        self,
        *,
        body: str | Unset = UNSET,
        cc: builtins.list[str] | Unset = UNSET,
        is_default: bool = False,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        auto_correct: bool = False,
        folder: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmailTemplate:
        """Create An Email Templates

        Args:
            body (str | Unset):
            cc (builtins.list[str] | Unset):
            is_default (bool): Default: False.
            name (str | Unset):
            subject (str | Unset):
            auto_correct (bool): Default: False.
            folder (str | Unset): The EmailTemplateFolder identifier, (e.g. etf_abc123).

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            EmailTemplate.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_templates import create_email_template as operation
        from .models import CreateEmailTemplateRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            body=CreateEmailTemplateRequest(
                body=body,
                cc=cc,
                is_default=is_default,
                name=name,
                subject=subject,
                auto_correct=auto_correct,
                folder=folder,
            ),
        )

    async def retrieve(
        self,
        email_template_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmailTemplate:
        """Retrieve An Email Template

        Args:
            email_template_id (str): The EmailTemplate identifier (prefix `eml_tmpl_`). Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            EmailTemplate.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_templates import retrieve_email_template as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._call(
            operation.asyncio_detailed,
            client,
            email_template_id=email_template_id,
        )


class AsyncEmailTemplatesWithRawResponse:
    """``client.email_templates.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncEmailTemplates) -> None:
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)


class AsyncEmails(AsyncAPIResource):
    """``client.emails``: bulk_create, bulk_send, create, generate_body."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncEmailsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncEmailsWithRawResponse(self)

    async def bulk_create(
        self,
        *,
        email_sender: str | Unset = UNSET,
        email_template: str | Unset = UNSET,
        partners: builtins.list[str] | Unset = UNSET,
        auto_send: bool | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkEmailRequest:
        """Bulk Create Emails

        The reference page's response example was cut off when the page was recovered (inside `partner.assignee`);
        the example below is the page's as far as it was recovered, with the field cut off inside its name
        (`partner.assignee.invited_by_use…`) dropped and the brackets closed.

        Args:
            email_sender (str | Unset): The EmailSender identifier, (e.g. sndr_abc123).
            email_template (str | Unset): The EmailTemplate identifier, (e.g. eml_tmpl_abc123).
            partners (builtins.list[str] | Unset): Partner identifiers, (e.g. ptn_abc123).
            auto_send (bool | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BulkEmailRequest.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.emails import bulk_create_emails as operation
        from .models import BulkCreateEmailsRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            body=BulkCreateEmailsRequest(
                email_sender=email_sender,
                email_template=email_template,
                partners=partners,
                auto_send=auto_send,
            ),
        )

    async def bulk_send(
        self,
        *,
        emails: builtins.list[str] | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmailList:
        """Bulk Send Emails

        The reference page's response example was cut off when the page was recovered (inside `data[0].cc`); the
        example below is the page's as far as it was recovered, with the partly recovered `data[0].cc` dropped and
        the brackets closed.

        Args:
            emails (builtins.list[str] | Unset): The emails to send.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            EmailList.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.emails import bulk_send_emails as operation
        from .models import BulkSendEmailsRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            body=BulkSendEmailsRequest(
                emails=emails,
            ),
        )

    async def create(
        self,
        *,
        bcc: builtins.list[str] | Unset = UNSET,
        body: str | Unset = UNSET,
        cc: builtins.list[str] | Unset = UNSET,
        email_sender: str | Unset = UNSET,
        email_template: str | Unset = UNSET,
        invoices: builtins.list[str] | Unset = UNSET,
        partner: str | Unset = UNSET,
        options: EmailOptions | Unset = UNSET,
        parent_email: str | Unset = UNSET,
        reply_to: builtins.list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        to: builtins.list[str] | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Email:
        """Create An Email

        The reference page's response example was cut off when the page was recovered (at the top level); the
        example below is the page's as far as it was recovered, with the partly recovered field `author_id` dropped
        and the brackets closed.

        Args:
            bcc (builtins.list[str] | Unset):
            body (str | Unset):
            cc (builtins.list[str] | Unset):
            email_sender (str | Unset): The EmailSender identifier, (e.g. sndr_abc123).
            email_template (str | Unset): The EmailTemplate identifier, (e.g. eml_tmpl_abc123).
            invoices (builtins.list[str] | Unset): Invoice identifiers, (e.g. inv_abc123).
            partner (str | Unset): The Partner identifier, (e.g. ptn_abc123).
            options (EmailOptions | Unset): Options for writing an email's body. Only the curl samples were
                recovered; they show every option as `false`.
            parent_email (str | Unset): The Email identifier, (e.g. eml_abc123).
            reply_to (builtins.list[str] | Unset):
            subject (str | Unset):
            to (builtins.list[str] | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Email.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.emails import create_email as operation
        from .models import CreateEmailRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            body=CreateEmailRequest(
                bcc=bcc,
                body=body,
                cc=cc,
                email_sender=email_sender,
                email_template=email_template,
                invoices=invoices,
                partner=partner,
                options=options,
                parent_email=parent_email,
                reply_to=reply_to,
                subject=subject,
                to=to,
            ),
        )

    async def generate_body(
        self,
        email_id: str,
        *,
        email_template: str | Unset = UNSET,
        options: EmailOptions | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Email:
        """Generate An Email Body

        The reference page's response example was cut off when the page was recovered (inside `email_sender`); the
        example below is the page's as far as it was recovered, with the partly recovered field `email_sender.name`
        dropped and the brackets closed.

        Args:
            email_id (str): The Email identifier (prefix `eml_`). Required.
            email_template (str | Unset): The EmailTemplate identifier, (e.g. eml_tmpl_abc123).
            options (EmailOptions | Unset): Options for writing an email's body. Only the curl samples were
                recovered; they show every option as `false`.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Email.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.emails import generate_email_body as operation
        from .models import GenerateEmailBodyRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            email_id=email_id,
            body=GenerateEmailBodyRequest(
                email_template=email_template,
                options=options,
            ),
        )


class AsyncEmailsWithRawResponse:
    """``client.emails.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncEmails) -> None:
        self.bulk_create = async_to_raw_response(resource.bulk_create)
        self.bulk_send = async_to_raw_response(resource.bulk_send)
        self.create = async_to_raw_response(resource.create)
        self.generate_body = async_to_raw_response(resource.generate_body)


class AsyncFiles(AsyncAPIResource):
    """``client.files``: create."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncFilesWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        mime_type: str,
        size: int,
        purpose: FilePurpose | Literal["knowledge-base", "email", "chat"],
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FileUpload:
        """Create A File

        Returns a presigned url for the upload, along with an attachment which can be used across various endpoints.
        How the file itself is sent is not on any page (an assumption, see `PresignedUrl`);
        `stuut_client.uploads.upload_file` does both steps, sending a multipart form POST when
        `presigned_url.fields` has entries and a PUT to a signed URL otherwise.

        Args:
            name (str): Required.
            mime_type (str): Required.
            size (int): File size in bytes. Max: 52428800 (50 MiB; the page's text after `Max:` was not recovered,
                its range is `0 <= x <= 52428800`). Required. Range: 0..52428800.
            purpose (FilePurpose | Literal["knowledge-base", "email", "chat"]): What an uploaded file is for.
                Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            FileUpload.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.files import create_file as operation
        from .models import CreateFileRequest, FilePurpose

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            body=CreateFileRequest(
                name=name,
                mime_type=mime_type,
                size=size,
                purpose=coerce_enum(FilePurpose, purpose),
            ),
        )


class AsyncFilesWithRawResponse:
    """``client.files.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncFiles) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncInvoices(AsyncAPIResource):
    """``client.invoices``: list, retrieve, sync."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncInvoicesWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncInvoicesWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        sort_by: InvoiceSortBy
        | Literal[
            "amount_due",
            "amount_remaining",
            "due_date",
            "issued_at",
            "paid_at",
            "number",
            "last_inbound_at",
            "last_outreach_at",
            "total_amount",
        ]
        | Unset = UNSET,
        number: builtins.list[str] | Unset = UNSET,
        task: str | Unset = UNSET,
        amount_remaining: str | Unset = UNSET,
        status: builtins.list[
            InvoiceStatus | Literal["draft", "open", "uncollectible", "paid", "void", "processing", "overdue"]
        ]
        | Unset = UNSET,
        istatus: str | Unset = UNSET,
        issued_at: str | Unset = UNSET,
        has_outreach: bool | Unset = UNSET,
        customer_outreach_paused: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[Invoice]:
        """List Invoices

        Lists invoices, one page at a time (pages are numbered from 0). The response example is the reference
        page's, except two docs-renderer placeholders that are not values of their field's type: `calls[].invoices`
        (shown as `"<array>"`) is `[]` and `status` (shown as `"<unknown>"`) is `null`.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.
            sort_order (SortOrder | Literal["asc", "desc"] | Unset): Sort direction.
            sort_by (InvoiceSortBy | Literal["amount_due", "amount_remaining", "due_date", "issued_at", "paid_at",
                "number", "last_inbound_at", "last_outreach_at", "total_amount"] | Unset): Fields List Invoices can
                sort by.
            number (builtins.list[str] | Unset): Invoice numbers. Sent as one `name=value` pair per item (`style:
                form`, `explode: true`): an assumption, as the page does not show how arrays are sent; it is
                FastAPI's way of reading a list query parameter, and a FastAPI server written from the List Invoices
                page accepted it.
            task (str | Unset): The Task identifier, (e.g. tsk_abc123).
            amount_remaining (str | Unset): Documented as a string; its filter syntax was not recovered.
            status (builtins.list[InvoiceStatus | Literal["draft", "open", "uncollectible", "paid", "void",
                "processing", "overdue"]] | Unset): Invoice statuses. Sent as one `name=value` pair per item
                (`style: form`, `explode: true`): an assumption, as the page does not show how arrays are sent; it
                is FastAPI's way of reading a list query parameter, and a FastAPI server written from the List
                Invoices page accepted it.
            istatus (str | Unset): Documented as a string without a description.
            issued_at (str | Unset): Documented as a string; its filter syntax was not recovered.
            has_outreach (bool | Unset):
            customer_outreach_paused (bool | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[Invoice]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.invoices import list_invoices as operation
        from .models import InvoiceSortBy, InvoiceStatus, SortOrder

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
            sort_order=coerce_enum(SortOrder, sort_order),
            sort_by=coerce_enum(InvoiceSortBy, sort_by),
            number=number,
            task=task,
            amount_remaining=amount_remaining,
            status=coerce_enum_list(InvoiceStatus, status),
            istatus=istatus,
            issued_at=issued_at,
            has_outreach=has_outreach,
            customer_outreach_paused=customer_outreach_paused,
        )

    async def retrieve(
        self,
        invoice_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Retrieve An Invoice

        The reference page's response example was cut off when the page was recovered (it ends inside
        `calls[].classifications[]`); the example below is the complete Invoice from the List Invoices page, which
        has the same shape. The response example is the reference page's, except two docs-renderer placeholders that
        are not values of their field's type: `calls[].invoices` (shown as `"<array>"`) is `[]` and `status` (shown
        as `"<unknown>"`) is `null`.

        Args:
            invoice_id (str): The Invoice identifier (prefix `inv_`). Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            Invoice.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.invoices import retrieve_invoice as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._call(
            operation.asyncio_detailed,
            client,
            invoice_id=invoice_id,
        )

    async def sync(
        self,
        invoice_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Sync An Invoice

        Asks Stuut to sync the invoice with its linked integration: an assumption from the operation's name and
        path, as the page's prose was not recovered (nor whether the sync is done when the answer comes or only
        queued, so a retry may sync twice; the client retries this POST only with an `Idempotency-Key`). No request
        body is documented. The reference page's response example was cut off when the page was recovered (it ends
        inside `calls[].classifications[]`); the example below is the complete Invoice from the List Invoices page,
        which has the same shape. The response example is the reference page's, except two docs-renderer
        placeholders that are not values of their field's type: `calls[].invoices` (shown as `"<array>"`) is `[]`
        and `status` (shown as `"<unknown>"`) is `null`.

        Args:
            invoice_id (str): The Invoice identifier (prefix `inv_`). Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Invoice.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.invoices import sync_invoice as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            invoice_id=invoice_id,
        )


class AsyncInvoicesWithRawResponse:
    """``client.invoices.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncInvoices) -> None:
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.sync = async_to_raw_response(resource.sync)


class AsyncOrganizations(AsyncAPIResource):
    """``client.organizations``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncOrganizationsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncOrganizationsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[Organization]:
        """List all organizations

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].integrations.integration`); the example below is the page's as far as it was recovered, with the
        field cut off inside its name (`data[0].integrations.integration.connection_instructions…`) dropped and the
        brackets closed. The example's envelope tail (`current_page`, `total_records`, `next_page`) was cut off with
        the rest of the page; it is completed with the documented defaults (0, 0, null), as on the List Invoices
        page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[Organization]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.organizations import list_organizations as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
        )


class AsyncOrganizationsWithRawResponse:
    """``client.organizations.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncOrganizations) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncPartnerContacts(AsyncAPIResource):
    """``client.partner_contacts``: retrieve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncPartnerContactsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncPartnerContactsWithRawResponse(self)

    async def retrieve(
        self,
        partner_id: str,
        contact_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Retrieve A Contact

        Args:
            partner_id (str): The Partner identifier (prefix `ptn_`). Required.
            contact_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            Contact.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.partner_contacts import retrieve_contact as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._call(
            operation.asyncio_detailed,
            client,
            partner_id=partner_id,
            contact_id=contact_id,
        )


class AsyncPartnerContactsWithRawResponse:
    """``client.partner_contacts.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncPartnerContacts) -> None:
        self.retrieve = async_to_raw_response(resource.retrieve)


class AsyncPartners(AsyncAPIResource):
    """``client.partners``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncPartnersWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncPartnersWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[PartnerDetail]:
        """List Partners

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].assignee.dashboard_settings`); the example below is the page's as far as it was recovered, with the
        partly recovered `data[0].assignee.dashboard_settings` dropped and the brackets closed. The example's
        envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of the page; it is
        completed with the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[PartnerDetail]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.partners import list_partners as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
        )


class AsyncPartnersWithRawResponse:
    """``client.partners.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncPartners) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncPayments(AsyncAPIResource):
    """``client.payments``: approve_allocations, export, retrieve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncPaymentsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncPaymentsWithRawResponse(self)

    async def approve_allocations(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PaymentDetail:
        """Approve Allocations

        No request body is documented. The reference page's response example was cut off when the page was recovered
        (inside `bank_transaction.partner.ap_portals[0].account`); the example below is the page's as far as it was
        recovered, with the partly recovered `bank_transaction.partner.ap_portals[0].account` dropped and the
        brackets closed.

        Args:
            payment_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            PaymentDetail.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.payments import approve_payment_allocations as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            payment_id=payment_id,
        )

    async def export(
        self,
        *,
        accept: PaymentExportMediaType | Literal["application/json", "text/csv"],
        approved_only: bool = False,
        since: datetime.datetime | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PaymentExport:
        """Export Payments

        Args:
            accept (PaymentExportMediaType | Literal["application/json", "text/csv"]): The media type to answer
                with: `application/json` (a `PaymentExport`) or `text/csv`. Required.
            approved_only (bool): Whether to only export approved payment allocations. Default: False.
            since (datetime.datetime | Unset): Export payment allocations since this date. If not provided, and
                approved_only is True, will default to the time of the last export where approved_only was True.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            PaymentExport.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.payments import export_payments as operation
        from .models import ExportPaymentsRequest, PaymentExportMediaType

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            accept=coerce_enum(PaymentExportMediaType, accept),
            body=ExportPaymentsRequest(
                approved_only=approved_only,
                since=since,
            ),
        )

    async def retrieve(
        self,
        payment_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PaymentDetail:
        """Retrieve A Payment

        The reference page's response example was cut off when the page was recovered (inside `bank_transaction`);
        the example below is the page's as far as it was recovered, with the field cut off inside its name
        (`bank_transaction.des…`) dropped and the brackets closed.

        Args:
            payment_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            PaymentDetail.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.payments import retrieve_payment as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._call(
            operation.asyncio_detailed,
            client,
            payment_id=payment_id,
        )


class AsyncPaymentsWithRawResponse:
    """``client.payments.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncPayments) -> None:
        self.approve_allocations = async_to_raw_response(resource.approve_allocations)
        self.export = async_to_raw_response(resource.export)
        self.retrieve = async_to_raw_response(resource.retrieve)


class AsyncRemittances(AsyncAPIResource):
    """``client.remittances``: list, process, update, upload."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncRemittancesWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncRemittancesWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[Remittance]:
        """List Remittances

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
        recovered `data[0].email.attachments` dropped and the brackets closed. The example's envelope tail
        (`current_page`, `total_records`, `next_page`) was cut off with the rest of the page; it is completed with
        the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[Remittance]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.remittances import list_remittances as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
        )

    async def process(
        self,
        remittance_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Remittance:
        """Process A Remittance

        No request body is documented. The reference page's response example was cut off when the page was recovered
        (inside `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
        recovered field `email.attachments[0].disposition` dropped and the brackets closed.

        Args:
            remittance_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Remittance.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.remittances import process_remittance as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            remittance_id=remittance_id,
        )

    async def update(
        self,
        remittance_id: str,
        *,
        allocations: builtins.list[RemittanceAllocationInput] | Unset = UNSET,
        currency: str | Unset = UNSET,
        partner: str | Unset = UNSET,
        transaction_amount: float | Unset = UNSET,
        transaction_date: datetime.date | Unset = UNSET,
        transaction_number: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Remittance:
        """Update A Remittance

        The reference page's response example was cut off when the page was recovered (inside
        `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
        recovered `email.attachments` dropped and the brackets closed.

        Args:
            remittance_id (str): Required.
            allocations (builtins.list[RemittanceAllocationInput] | Unset):
            currency (str | Unset):
            partner (str | Unset): The Partner identifier, (e.g. ptn_abc123).
            transaction_amount (float | Unset):
            transaction_date (datetime.date | Unset):
            transaction_number (str | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Remittance.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.remittances import update_remittance as operation
        from .models import UpdateRemittanceRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            remittance_id=remittance_id,
            body=UpdateRemittanceRequest(
                allocations=allocations,
                currency=currency,
                partner=partner,
                transaction_amount=transaction_amount,
                transaction_date=transaction_date,
                transaction_number=transaction_number,
            ),
        )

    async def upload(
        self,
        *,
        filename: str | Unset = UNSET,
        mime_type: str | Unset = UNSET,
        partner: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RemittanceUpload:
        """Upload A Remittance

        Creates a remittance and returns a presigned URL for its file. How the file itself is sent is not on any
        page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both steps, sending a
        multipart form POST when `presigned_url.fields` has entries and a PUT to a signed URL otherwise. The
        reference page's response example was cut off when the page was recovered (inside
        `remittance.email.attachments`); the example below is the page's as far as it was recovered, with the partly
        recovered `remittance.email.attachments` dropped and the brackets closed.

        Args:
            filename (str | Unset):
            mime_type (str | Unset):
            partner (str | Unset): The Partner identifier, (e.g. ptn_abc123).

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            RemittanceUpload.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.remittances import upload_remittance as operation
        from .models import UploadRemittanceRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            body=UploadRemittanceRequest(
                filename=filename,
                mime_type=mime_type,
                partner=partner,
            ),
        )


class AsyncRemittancesWithRawResponse:
    """``client.remittances.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncRemittances) -> None:
        self.list = async_to_raw_response(resource.list)
        self.process = async_to_raw_response(resource.process)
        self.update = async_to_raw_response(resource.update)
        self.upload = async_to_raw_response(resource.upload)


class AsyncTasks(AsyncAPIResource):
    """``client.tasks``: list, set_assignee."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncTasksWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[Task]:
        """List Tasks

        The reference page's query parameters were not recovered: only `page` and `limit` (the v1 pagination
        parameters, with the v1 defaults and ranges) are declared; filters the endpoint may take are not.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[Task]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.tasks import list_tasks as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
        )

    async def set_assignee(
        self,
        task_id: str,
        *,
        assignee: str | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Task:
        """Set Task Assignee

        Args:
            task_id (str): The Task identifier (prefix `tsk_`). Required.
            assignee (str | Unset): The user to assign the task to.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            Task.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.tasks import set_task_assignee as operation
        from .models import SetTaskAssigneeRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            task_id=task_id,
            body=SetTaskAssigneeRequest(
                assignee=assignee,
            ),
        )


class AsyncTasksWithRawResponse:
    """``client.tasks.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncTasks) -> None:
        self.list = async_to_raw_response(resource.list)
        self.set_assignee = async_to_raw_response(resource.set_assignee)


class AsyncUsers(AsyncAPIResource):
    """``client.users``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncUsersWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 50,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[User]:
        """List Users

        List all users that are part of your organization. The reference page documents no query parameters. `page`
        and `limit` (the v1 pagination parameters, with the v1 defaults and ranges) are declared because the
        response is the page envelope.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): The page size. Default: 50. Range: 1..200.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[User]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.users import list_users as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
        )


class AsyncUsersWithRawResponse:
    """``client.users.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncV2BankStatements(AsyncAPIResource):
    """``client.v2.bank_statements``: list, unapprove, upload."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncV2BankStatementsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncV2BankStatementsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 100,
        sort_by: BankStatementSortBy | Literal["created_at", "period_start", "period_end"] = "created_at",
        sort_order: SortOrder | Literal["asc", "desc"] = "desc",
        status_in: builtins.list[
            BankStatementStatus | Literal["submitted", "processing", "invalid", "pending_approval", "approved", "split"]
        ]
        | Unset = UNSET,
        date: datetime.date | None | Unset = UNSET,
        search: str | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        original_statement_id: str | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[BankStatementV2]:
        """List Bank Statements

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): Number of records per page. Default: 100. Range: 1..500.
            sort_by (BankStatementSortBy | Literal["created_at", "period_start", "period_end"]): Default:
                "created_at".
            sort_order (SortOrder | Literal["asc", "desc"]): Default: "desc".
            status_in (builtins.list[BankStatementStatus | Literal["submitted", "processing", "invalid",
                "pending_approval", "approved", "split"]] | Unset): Filter by statement status (including SPLIT for
                parent statements). The page types it `enum<string>[] | null`; the `| null` is left out because a
                query string cannot carry a null and an `anyOf` around a form-exploded array keeps validators
                (openapi-core, Prism) from reading it as an array. Sent as one `name=value` pair per item (`style:
                form`, `explode: true`): an assumption, as the page does not show how arrays are sent; it is
                FastAPI's way of reading a list query parameter, and a FastAPI server written from the List Invoices
                page accepted it.
            date (datetime.date | None | Unset): Filter by date - returns statements where this date falls within
                the period.
            search (str | None | Unset): Search in attachment filename.
            account_id (str | None | Unset): Filter by bank account ID.
            original_statement_id (str | None | Unset): Find child statements of a split parent.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[BankStatementV2]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import list_bank_statements as operation
        from .models import BankStatementSortBy, BankStatementStatus, SortOrder

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
            sort_by=coerce_enum(BankStatementSortBy, sort_by),
            sort_order=coerce_enum(SortOrder, sort_order),
            status_in=coerce_enum_list(BankStatementStatus, status_in),
            date=date,
            search=search,
            account_id=account_id,
            original_statement_id=original_statement_id,
        )

    async def unapprove(
        self,
        statement_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankStatementDetailV2:
        """Unapprove a Bank Statement

        No request body is documented.

        Args:
            statement_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BankStatementDetailV2.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import unapprove_bank_statement as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            statement_id=statement_id,
        )

    async def upload(
        self,
        *,
        filename: str,
        mime_type: MimeType
        | Literal[
            "application/json",
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "text/csv",
            "application/csv",
            "text/plain",
            "text/html",
            "application/xml",
            "message/rfc822",
            "application/vnd.ms-outlook",
            "application/rtf",
        ],
        account_id: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankStatementUploadV2:
        """Upload a Bank Statement

        Creates a bank statement and returns a presigned URL for its file. How the file itself is sent is not on any
        page (an assumption, see `PresignedUrl`); `stuut_client.uploads.upload_file` does both steps, sending a
        multipart form POST when `presigned_url.fields` has entries and a PUT to a signed URL otherwise.

        Args:
            filename (str): Name of the file being uploaded. Required.
            mime_type (MimeType | Literal["application/json", "application/pdf", "application/msword",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-
                excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-
                powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "text/csv", "application/csv", "text/plain", "text/html", "application/xml", "message/rfc822",
                "application/vnd.ms-outlook", "application/rtf"]): MIME types the v2 bank statement upload accepts.
                `AttachmentV2.mime_type` shows only `application/json`, the first of these values. Required.
            account_id (str | None | Unset): Bank account ID to ass… (the description was cut off on the reference
                page).

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BankStatementUploadV2.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_statements import upload_bank_statement_v2 as operation
        from .models import MimeType, UploadBankStatementRequestV2

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            body=UploadBankStatementRequestV2(
                filename=filename,
                mime_type=coerce_enum(MimeType, mime_type),
                account_id=account_id,
            ),
        )


class AsyncV2BankStatementsWithRawResponse:
    """``client.v2.bank_statements.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncV2BankStatements) -> None:
        self.list = async_to_raw_response(resource.list)
        self.unapprove = async_to_raw_response(resource.unapprove)
        self.upload = async_to_raw_response(resource.upload)


class AsyncV2BankTransactions(AsyncAPIResource):
    """``client.v2.bank_transactions``: list, retrieve, update."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncV2BankTransactionsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncV2BankTransactionsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 100,
        sort_by: BankTransactionSortBy
        | Literal["timestamp", "amount", "account_mask", "agent_confidence_score"] = "timestamp",
        sort_order: SortOrder | Literal["asc", "desc"] = "desc",
        date: datetime.date | None | Unset = UNSET,
        bank_account_id: str | None | Unset = UNSET,
        search: str | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[BankTransactionV2]:
        """List Bank Transactions

        The reference page's query parameter list was cut off after `search`; further filters exist but were not
        recovered.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): Number of records per page. Default: 100. Range: 1..500.
            sort_by (BankTransactionSortBy | Literal["timestamp", "amount", "account_mask",
                "agent_confidence_score"]): Default: "timestamp".
            sort_order (SortOrder | Literal["asc", "desc"]): Default: "desc".
            date (datetime.date | None | Unset): Documented as `string<date> | null` without a description.
            bank_account_id (str | None | Unset): Bank account ID to filter by.
            search (str | None | Unset): Search in description, reference_number, counter… (the description was cut
                off on the reference page).

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[BankTransactionV2]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import list_bank_transactions_v2 as operation
        from .models import BankTransactionSortBy, SortOrder

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
            sort_by=coerce_enum(BankTransactionSortBy, sort_by),
            sort_order=coerce_enum(SortOrder, sort_order),
            date=date,
            bank_account_id=bank_account_id,
            search=search,
        )

    async def retrieve(
        self,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankTransactionDetailV2:
        """Get Bank Transaction

        Args:
            transaction_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            BankTransactionDetailV2.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import get_bank_transaction as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._call(
            operation.asyncio_detailed,
            client,
            transaction_id=transaction_id,
        )

    async def update(
        self,
        transaction_id: str,
        *,
        is_payment: bool | None | Unset = UNSET,
        non_payment_reason: str | None | Unset = UNSET,
        timestamp: datetime.datetime | None | Unset = UNSET,
        reference_number: str | None | Unset = UNSET,
        description: str | Unset = UNSET,
        type_: BankTransactionType | Literal["deposit"] | Unset = UNSET,
        amount: float | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BankTransactionV2:
        """Update a Bank Transaction

        Args:
            transaction_id (str): Required.
            is_payment (bool | None | Unset): Whether this is a payment. True=payment, False=non-payment,
                None=undetermined.
            non_payment_reason (str | None | Unset): Reason for marking this transaction as a non-payment.
            timestamp (datetime.datetime | None | Unset): Transaction timestamp (draft transactions only)
            reference_number (str | None | Unset): Transaction reference n… (the description was cut off on the
                reference page).
            description (str | Unset):
            type_ (BankTransactionType | Literal["deposit"] | Unset): The kind of bank transaction. The reference
                page shows only the value `deposit`; the complete list was not recovered. Values the server sends
                that are not listed here parse as unknown members (see the client's tolerant enums).
            amount (float | Unset):

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BankTransactionV2.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.bank_transactions import update_bank_transaction as operation
        from .models import BankTransactionType, UpdateBankTransactionRequestV2

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            transaction_id=transaction_id,
            body=UpdateBankTransactionRequestV2(
                is_payment=is_payment,
                non_payment_reason=non_payment_reason,
                timestamp=timestamp,
                reference_number=reference_number,
                description=description,
                type_=coerce_enum(BankTransactionType, type_),
                amount=amount,
            ),
        )


class AsyncV2BankTransactionsWithRawResponse:
    """``client.v2.bank_transactions.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncV2BankTransactions) -> None:
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)


class AsyncV2Calls(AsyncAPIResource):
    """``client.v2.calls``: list."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncV2CallsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncV2CallsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int = 0,
        limit: int = 100,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[CallV2]:
        """Get Calls

        The reference page's query parameters were not recovered: only `page` and `limit` (the v2 pagination
        parameters, with the v2 defaults and ranges) are declared; filters the endpoint may take are not. The
        reference page's response example was cut off when the page was recovered (inside
        `data[0].invoices[0].partner`); the example below is the page's as far as it was recovered, with the partly
        recovered field `data[0].invoices[0].partner.parent_id` dropped and the brackets closed. The example's
        envelope tail (`current_page`, `total_records`, `next_page`) was cut off with the rest of the page; it is
        completed with the documented defaults (0, 0, null), as on the List Invoices page.

        Args:
            page (int): Page number, 0 indexed. Default: 0. Range: 0..inf.
            limit (int): Number of records per page. Default: 100. Range: 1..500.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            SyncPage[CallV2]: the first page; iterate it for every item of every page.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.calls import get_calls as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._list(
            operation.asyncio,
            operation.asyncio_detailed,
            client,
            page=page,
            limit=limit,
        )


class AsyncV2CallsWithRawResponse:
    """``client.v2.calls.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncV2Calls) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncV2EmailThreads(AsyncAPIResource):
    """``client.v2.email_threads``: assign_partner, retrieve_settings, update_settings."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncV2EmailThreadsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncV2EmailThreadsWithRawResponse(self)

    async def assign_partner(
        self,
        email_thread_id: str,
        *,
        partner_id: str,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TriageActionResponse:
        """Assign Thread Partner

        The reference page's example omits `triage_status`, which its field list marks required; the example adds
        `"triage_status": "pending"` (the first listed value) so that it fits the schema.

        Args:
            email_thread_id (str): Required.
            partner_id (str): The partner ID to assign to this thread. Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            TriageActionResponse.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_threads import assign_thread_partner as operation
        from .models import AssignThreadPartnerRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            email_thread_id=email_thread_id,
            body=AssignThreadPartnerRequest(
                partner_id=partner_id,
            ),
        )

    async def retrieve_settings(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CentralizedInboxSettings:
        """Get Settings Endpoint

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            CentralizedInboxSettings.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_threads import get_settings as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._call(
            operation.asyncio_detailed,
            client,
        )

    async def update_settings(
        self,
        *,
        centralized_inbox_auto_assign: bool | None | Unset = UNSET,
        centralized_inbox_auto_assign_threshold: int | None | Unset = UNSET,
        centralized_inbox_matching_guidelines: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CentralizedInboxSettings:
        """Update Settings Endpoint

        Args:
            centralized_inbox_auto_assign (bool | None | Unset):
            centralized_inbox_auto_assign_threshold (int | None | Unset): Threshold must be between 0 and 100.
                Range: 0..100.
            centralized_inbox_matching_guidelines (str | None | Unset): Free-text matching guidelines for the AI
                agent.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            CentralizedInboxSettings.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.email_threads import update_settings as operation
        from .models import UpdateCentralizedInboxSettingsRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            body=UpdateCentralizedInboxSettingsRequest(
                centralized_inbox_auto_assign=centralized_inbox_auto_assign,
                centralized_inbox_auto_assign_threshold=centralized_inbox_auto_assign_threshold,
                centralized_inbox_matching_guidelines=centralized_inbox_matching_guidelines,
            ),
        )


class AsyncV2EmailThreadsWithRawResponse:
    """``client.v2.email_threads.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncV2EmailThreads) -> None:
        self.assign_partner = async_to_raw_response(resource.assign_partner)
        self.retrieve_settings = async_to_raw_response(resource.retrieve_settings)
        self.update_settings = async_to_raw_response(resource.update_settings)


class AsyncV2Integrations(AsyncAPIResource):
    """``client.v2.integrations``: list, sync."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncV2IntegrationsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncV2IntegrationsWithRawResponse(self)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[Connection]:
        """List Connections

        Returns a bare JSON array, not the page envelope. The reference page's query parameters were not recovered,
        so none are declared. The reference page's response example was cut off when the page was recovered (inside
        `[0].models`); the example below is the page's as far as it was recovered, ending after its last complete
        field, with the brackets closed.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query.

        Returns:
            builtins.list[Connection].

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.integrations import list_connections as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, None)
        return await self._call(
            operation.asyncio_detailed,
            client,
        )

    async def sync(
        self,
        connection_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[IntegrationSync]:
        """Request a Sync

        No request body is documented. Returns a bare JSON array of syncs.

        Args:
            connection_id (str): Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            builtins.list[IntegrationSync].

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.integrations import request_sync as operation

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            connection_id=connection_id,
        )


class AsyncV2IntegrationsWithRawResponse:
    """``client.v2.integrations.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncV2Integrations) -> None:
        self.list = async_to_raw_response(resource.list)
        self.sync = async_to_raw_response(resource.sync)


class AsyncV2InternalContacts(AsyncAPIResource):
    """``client.v2.internal_contacts``: create."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncV2InternalContactsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncV2InternalContactsWithRawResponse(self)

    async def create(
        self,
        *,
        email: str,
        internal_role: InternalRole
        | Literal["account_manager", "account_executive", "csm", "lead", "co_lead", "practice_lead"],
        given_name: str | None | Unset = UNSET,
        family_name: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        job_title: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InternalContactAssignment:
        """Create an Internal Contact

        Creates a new internal contact (a person within the organization) and records their role via a floating
        assignment (no partner attached). The reference page's example omits `internal_role`, which its field list
        marks required; the example adds `"internal_role": "account_manager"` (the first listed value) so that it
        fits the schema.

        Args:
            email (str): The internal contact's email address. Email uniquely identifies the internal contact within
                the organization. (Create an Internal Contact shows the first sentence, Add Internal Contact the
                second.) Required.
            internal_role (InternalRole | Literal["account_manager", "account_executive", "csm", "lead", "co_lead",
                "practice_lead"]): The role an internal contact holds for a partner (values from the v2 internal-
                contact pages). Required.
            given_name (str | None | Unset): The internal contact's given name.
            family_name (str | None | Unset): The internal contact's family name.
            name (str | None | Unset): The internal contact's full name, if no given/family name.
            phone (str | None | Unset): The internal contact's phone number.
            job_title (str | None | Unset): The internal contact's job title.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            InternalContactAssignment.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.internal_contacts import create_internal_contact as operation
        from .models import InternalContactInput, InternalRole

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            body=InternalContactInput(
                email=email,
                internal_role=coerce_enum(InternalRole, internal_role),
                given_name=given_name,
                family_name=family_name,
                name=name,
                phone=phone,
                job_title=job_title,
            ),
        )


class AsyncV2InternalContactsWithRawResponse:
    """``client.v2.internal_contacts.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncV2InternalContacts) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncV2Partners(AsyncAPIResource):
    """``client.v2.partners``: add_internal_contact, update_internal_contact_role."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncV2PartnersWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncV2PartnersWithRawResponse(self)

    async def add_internal_contact(
        self,
        partner_id: str,
        *,
        email: str,
        internal_role: InternalRole
        | Literal["account_manager", "account_executive", "csm", "lead", "co_lead", "practice_lead"],
        given_name: str | None | Unset = UNSET,
        family_name: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        job_title: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InternalContactAssignment:
        """Add Internal Contact

        Add Internal Contact to a Partner. Assigns an internal contact to this partner with the specified role. The
        person is identified by email (within the organization) — reused if they already exist, created if not. The
        reference page's example omits `internal_role`, which its field list marks required; the example adds
        `"internal_role": "account_manager"` (the first listed value) so that it fits the schema.

        Args:
            partner_id (str): The Partner identifier (prefix `ptn_`). Required.
            email (str): The internal contact's email address. Email uniquely identifies the internal contact within
                the organization. (Create an Internal Contact shows the first sentence, Add Internal Contact the
                second.) Required.
            internal_role (InternalRole | Literal["account_manager", "account_executive", "csm", "lead", "co_lead",
                "practice_lead"]): The role an internal contact holds for a partner (values from the v2 internal-
                contact pages). Required.
            given_name (str | None | Unset): The internal contact's given name.
            family_name (str | None | Unset): The internal contact's family name.
            name (str | None | Unset): The internal contact's full name, if no given/family name.
            phone (str | None | Unset): The internal contact's phone number.
            job_title (str | None | Unset): The internal contact's job title.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            InternalContactAssignment.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.partners import add_internal_contact as operation
        from .models import InternalContactInput, InternalRole

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            partner_id=partner_id,
            body=InternalContactInput(
                email=email,
                internal_role=coerce_enum(InternalRole, internal_role),
                given_name=given_name,
                family_name=family_name,
                name=name,
                phone=phone,
                job_title=job_title,
            ),
        )

    async def update_internal_contact_role(
        self,
        partner_id: str,
        assignment_id: str,
        *,
        internal_role: InternalRole
        | Literal["account_manager", "account_executive", "csm", "lead", "co_lead", "practice_lead"],
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InternalContactAssignment:
        """Update Internal Contact Role

        Change the role of an existing assignment. The underlying InternalContact (person) is not modified. The
        reference page's example omits `internal_role`, which its field list marks required; the example adds
        `"internal_role": "account_manager"` (the first listed value) so that it fits the schema.

        Args:
            partner_id (str): The Partner identifier (prefix `ptn_`). Required.
            assignment_id (str): The internal contact assignment identifier. Required.
            internal_role (InternalRole | Literal["account_manager", "account_executive", "csm", "lead", "co_lead",
                "practice_lead"]): The role an internal contact holds for a partner (values from the v2 internal-
                contact pages). Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            InternalContactAssignment.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.partners import update_internal_contact_role as operation
        from .models import InternalRole, UpdateInternalContactRoleRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            partner_id=partner_id,
            assignment_id=assignment_id,
            body=UpdateInternalContactRoleRequest(
                internal_role=coerce_enum(InternalRole, internal_role),
            ),
        )


class AsyncV2PartnersWithRawResponse:
    """``client.v2.partners.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncV2Partners) -> None:
        self.add_internal_contact = async_to_raw_response(resource.add_internal_contact)
        self.update_internal_contact_role = async_to_raw_response(resource.update_internal_contact_role)


class AsyncV2Payments(AsyncAPIResource):
    """``client.v2.payments``: bulk_approve."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncV2PaymentsWithRawResponse:
        """The same methods, returning a RawResponse (status, headers, content, request_id, parse())."""
        return AsyncV2PaymentsWithRawResponse(self)

    async def bulk_approve(
        self,
        *,
        transaction_ids: builtins.list[str],
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkApprovePaymentsResponse:
        """Bulk Approve Payments

        Args:
            transaction_ids (builtins.list[str]): List of bank transaction IDs to approve payments for. Required.

        Per-call options: timeout (seconds or httpx.Timeout), extra_headers, extra_query, idempotency_key (sent as
        Idempotency-Key, which also lets the request be retried).

        Returns:
            BulkApprovePaymentsResponse.

        Raises:
            APIStatusError: the server answered an error status (NotFoundError 404, RateLimitError 429, ...).
            APIConnectionError: no answer (APITimeoutError when the timeout passed), after the retries.
            ResponseValidationError: a success answer that does not fit the spec.
        """
        from .api.payments import bulk_approve_payments as operation
        from .models import BulkApprovePaymentsRequest

        client = client_for_call(self._client, timeout, extra_headers, extra_query, idempotency_key)
        return await self._call(
            operation.asyncio_detailed,
            client,
            body=BulkApprovePaymentsRequest(
                transaction_ids=transaction_ids,
            ),
        )


class AsyncV2PaymentsWithRawResponse:
    """``client.v2.payments.with_raw_response``: each method returns a RawResponse."""

    def __init__(self, resource: AsyncV2Payments) -> None:
        self.bulk_approve = async_to_raw_response(resource.bulk_approve)


class AsyncV2:
    """``client.v2``: the v2 operations, by resource."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @cached_property
    def bank_statements(self) -> AsyncV2BankStatements:
        """list, unapprove, upload."""
        return AsyncV2BankStatements(self._client)

    @cached_property
    def bank_transactions(self) -> AsyncV2BankTransactions:
        """list, retrieve, update."""
        return AsyncV2BankTransactions(self._client)

    @cached_property
    def calls(self) -> AsyncV2Calls:
        """list."""
        return AsyncV2Calls(self._client)

    @cached_property
    def email_threads(self) -> AsyncV2EmailThreads:
        """assign_partner, retrieve_settings, update_settings."""
        return AsyncV2EmailThreads(self._client)

    @cached_property
    def integrations(self) -> AsyncV2Integrations:
        """list, sync."""
        return AsyncV2Integrations(self._client)

    @cached_property
    def internal_contacts(self) -> AsyncV2InternalContacts:
        """create."""
        return AsyncV2InternalContacts(self._client)

    @cached_property
    def partners(self) -> AsyncV2Partners:
        """add_internal_contact, update_internal_contact_role."""
        return AsyncV2Partners(self._client)

    @cached_property
    def payments(self) -> AsyncV2Payments:
        """bulk_approve."""
        return AsyncV2Payments(self._client)


class AsyncStuut(BaseAsyncStuut):
    """The Stuut API, for asyncio: ``async with AsyncStuut() as client``, then ``await client.invoices.list(...)``.

    ``AsyncStuut()`` reads the token from ``STUUT_API_TOKEN`` and the API root from ``STUUT_BASE_URL``; any
    keyword (``token``, ``base_url``, ``timeout``, ``max_retries``, ``lazy_parsing``, ``httpx_args``...) is passed to
    the client. ``with_options(...)`` makes a copy with other settings on the same connection pool.
    """

    @cached_property
    def bank_accounts(self) -> AsyncBankAccounts:
        """list."""
        return AsyncBankAccounts(self._client)

    @cached_property
    def bank_statements(self) -> AsyncBankStatements:
        """list, retrieve, update, upload."""
        return AsyncBankStatements(self._client)

    @cached_property
    def bank_transactions(self) -> AsyncBankTransactions:
        """list, mark_payment, retrieve."""
        return AsyncBankTransactions(self._client)

    @cached_property
    def calls(self) -> AsyncCalls:
        """list, retrieve."""
        return AsyncCalls(self._client)

    @cached_property
    def contact_suggestions(self) -> AsyncContactSuggestions:
        """list."""
        return AsyncContactSuggestions(self._client)

    @cached_property
    def email_senders(self) -> AsyncEmailSenders:
        """update."""
        return AsyncEmailSenders(self._client)

    @cached_property
    def email_templates(self) -> AsyncEmailTemplates:
        """create, retrieve."""
        return AsyncEmailTemplates(self._client)

    @cached_property
    def emails(self) -> AsyncEmails:
        """bulk_create, bulk_send, create, generate_body."""
        return AsyncEmails(self._client)

    @cached_property
    def files(self) -> AsyncFiles:
        """create."""
        return AsyncFiles(self._client)

    @cached_property
    def invoices(self) -> AsyncInvoices:
        """list, retrieve, sync."""
        return AsyncInvoices(self._client)

    @cached_property
    def organizations(self) -> AsyncOrganizations:
        """list."""
        return AsyncOrganizations(self._client)

    @cached_property
    def partner_contacts(self) -> AsyncPartnerContacts:
        """retrieve."""
        return AsyncPartnerContacts(self._client)

    @cached_property
    def partners(self) -> AsyncPartners:
        """list."""
        return AsyncPartners(self._client)

    @cached_property
    def payments(self) -> AsyncPayments:
        """approve_allocations, export, retrieve."""
        return AsyncPayments(self._client)

    @cached_property
    def remittances(self) -> AsyncRemittances:
        """list, process, update, upload."""
        return AsyncRemittances(self._client)

    @cached_property
    def tasks(self) -> AsyncTasks:
        """list, set_assignee."""
        return AsyncTasks(self._client)

    @cached_property
    def users(self) -> AsyncUsers:
        """list."""
        return AsyncUsers(self._client)

    @cached_property
    def v2(self) -> AsyncV2:
        """The v2 operations: bank_statements, bank_transactions, calls, email_threads, integrations, internal_contacts, partners, payments."""
        return AsyncV2(self._client)
