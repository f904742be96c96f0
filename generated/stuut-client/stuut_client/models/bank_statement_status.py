from enum import StrEnum
from typing import ClassVar

from .._tolerant_enum import is_unknown_member, unknown_member


class BankStatementStatus(StrEnum):
    APPROVED = "approved"
    INVALID = "invalid"
    PENDING_APPROVAL = "pending_approval"
    PROCESSING = "processing"
    SPLIT = "split"
    SUBMITTED = "submitted"

    # stuut: value -> member, filled below. Models look values up here: calling the enum costs ten times more.
    _by_value: ClassVar[dict[object, "BankStatementStatus"]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BankStatementStatus | None":
        return unknown_member(cls, value)

    @property
    def is_unknown(self) -> bool:
        """True when the server sent a value this version of the spec does not list."""
        return is_unknown_member(self)


BankStatementStatus._by_value = {member.value: member for member in BankStatementStatus}
