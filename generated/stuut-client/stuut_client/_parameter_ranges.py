"""Documented ranges of integer query parameters per operation: written by scripts/generate.py."""

PARAMETER_RANGES: dict[str, dict[str, tuple[int | None, int | None]]] = {
    "list_invoices": {
        "limit": (1, 200),
        "page": (0, None),
    },
}
