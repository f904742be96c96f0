"""Small, valid response bodies for scenario tests (the smallest invoice the spec allows, pages of them)."""

from __future__ import annotations

from typing import Any


def invoice(invoice_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "amount_due": 100.0,
        "currency": "USD",
        "object": "invoice",
        "remote_id": f"remote_{invoice_id}",
        "total_amount": 100.0,
        "id": invoice_id,
        **fields,
    }


def invoice_page(ids: list[str], current_page: int, next_page: int | None, total_records: int) -> dict[str, Any]:
    return {
        "data": [invoice(i) for i in ids],
        "current_page": current_page,
        "total_records": total_records,
        "next_page": next_page,
    }
