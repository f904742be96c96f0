"""Documented ranges of integer query parameters per operation: written by scripts/generate.py."""

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
