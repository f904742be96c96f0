from enum import StrEnum

from .._tolerant_enum import is_unknown_member, unknown_member


class PaymentExportMediaType(StrEnum):
    APPLICATION_JSON = "application/json"
    TEXT_CSV = "text/csv"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PaymentExportMediaType | None":
        return unknown_member(cls, value)

    @property
    def is_unknown(self) -> bool:
        """True when the server sent a value this version of the spec does not list."""
        return is_unknown_member(self)
