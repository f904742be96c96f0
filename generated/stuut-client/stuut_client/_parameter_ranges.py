"""Documented ranges of integer query parameters, and the list operations: written by scripts/generate.py."""

from typing import NamedTuple

PARAMETER_RANGES: dict[str, dict[str, tuple[int | None, int | None]]] = {
    "get_calls": {
        "limit": (1, 500),
        "page": (0, None),
    },
    "list_bank_accounts": {
        "limit": (1, 200),
        "page": (0, None),
    },
    "list_bank_statements": {
        "limit": (1, 500),
        "page": (0, None),
    },
    "list_bank_transactions": {
        "limit": (1, 200),
        "page": (0, None),
    },
    "list_bank_transactions_v2": {
        "limit": (1, 500),
        "page": (0, None),
    },
    "list_calls": {
        "limit": (1, 200),
        "page": (0, None),
    },
    "list_contact_suggestions": {
        "limit": (1, 200),
        "page": (0, None),
    },
    "list_invoices": {
        "limit": (1, 200),
        "page": (0, None),
    },
    "list_organizations": {
        "limit": (1, 200),
        "page": (0, None),
    },
    "list_partners": {
        "limit": (1, 200),
        "page": (0, None),
    },
    "list_pending_bank_statements": {
        "limit": (1, 200),
        "page": (0, None),
    },
    "list_remittances": {
        "limit": (1, 200),
        "page": (0, None),
    },
    "list_tasks": {
        "limit": (1, 200),
        "page": (0, None),
    },
    "list_users": {
        "limit": (1, 200),
        "page": (0, None),
    },
}


class ListOperation(NamedTuple):
    """A paginated list operation: its id, the defaults of `page` and `limit`, their documented ranges."""

    operation_id: str
    default_page: int | None
    default_limit: int | None
    page_range: tuple[int | None, int | None]
    limit_range: tuple[int | None, int | None]


# Keyed by the module of the operation (`function.__module__`): no sys.modules or inspect needed.
LIST_OPERATIONS: dict[str, ListOperation] = {
    "stuut_client.api.bank_accounts.list_bank_accounts": ListOperation(
        "list_bank_accounts", 0, 50, (0, None), (1, 200)
    ),
    "stuut_client.api.bank_statements.list_bank_statements": ListOperation(
        "list_bank_statements", 0, 100, (0, None), (1, 500)
    ),
    "stuut_client.api.bank_statements.list_pending_bank_statements": ListOperation(
        "list_pending_bank_statements", 0, 50, (0, None), (1, 200)
    ),
    "stuut_client.api.bank_transactions.list_bank_transactions": ListOperation(
        "list_bank_transactions", 0, 50, (0, None), (1, 200)
    ),
    "stuut_client.api.bank_transactions.list_bank_transactions_v2": ListOperation(
        "list_bank_transactions_v2", 0, 100, (0, None), (1, 500)
    ),
    "stuut_client.api.calls.get_calls": ListOperation("get_calls", 0, 100, (0, None), (1, 500)),
    "stuut_client.api.calls.list_calls": ListOperation("list_calls", 0, 50, (0, None), (1, 200)),
    "stuut_client.api.contact_suggestions.list_contact_suggestions": ListOperation(
        "list_contact_suggestions", 0, 50, (0, None), (1, 200)
    ),
    "stuut_client.api.invoices.list_invoices": ListOperation("list_invoices", 0, 50, (0, None), (1, 200)),
    "stuut_client.api.organizations.list_organizations": ListOperation(
        "list_organizations", 0, 50, (0, None), (1, 200)
    ),
    "stuut_client.api.partners.list_partners": ListOperation("list_partners", 0, 50, (0, None), (1, 200)),
    "stuut_client.api.remittances.list_remittances": ListOperation("list_remittances", 0, 50, (0, None), (1, 200)),
    "stuut_client.api.tasks.list_tasks": ListOperation("list_tasks", 0, 50, (0, None), (1, 200)),
    "stuut_client.api.users.list_users": ListOperation("list_users", 0, 50, (0, None), (1, 200)),
}
