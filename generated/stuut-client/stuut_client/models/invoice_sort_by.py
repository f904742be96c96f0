from enum import StrEnum
from typing import ClassVar

from .._tolerant_enum import is_unknown_member, unknown_member


class InvoiceSortBy(StrEnum):
    AMOUNT_DUE = "amount_due"
    AMOUNT_REMAINING = "amount_remaining"
    DUE_DATE = "due_date"
    ISSUED_AT = "issued_at"
    LAST_INBOUND_AT = "last_inbound_at"
    LAST_OUTREACH_AT = "last_outreach_at"
    NUMBER = "number"
    PAID_AT = "paid_at"
    TOTAL_AMOUNT = "total_amount"

    # stuut: value -> member, filled below. Models look values up here: calling the enum costs ten times more.
    _by_value: ClassVar[dict[object, "InvoiceSortBy"]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InvoiceSortBy | None":
        return unknown_member(cls, value)

    @property
    def is_unknown(self) -> bool:
        """True when the server sent a value this version of the spec does not list."""
        return is_unknown_member(self)


InvoiceSortBy._by_value = {member.value: member for member in InvoiceSortBy}
