from enum import StrEnum
from typing import ClassVar

from .._tolerant_enum import is_unknown_member, unknown_member


class MimeType(StrEnum):
    APPLICATION_CSV = "application/csv"
    APPLICATION_JSON = "application/json"
    APPLICATION_MSWORD = "application/msword"
    APPLICATION_PDF = "application/pdf"
    APPLICATION_RTF = "application/rtf"
    APPLICATION_VND_MS_EXCEL = "application/vnd.ms-excel"
    APPLICATION_VND_MS_OUTLOOK = "application/vnd.ms-outlook"
    APPLICATION_VND_MS_POWERPOINT = "application/vnd.ms-powerpoint"
    APPLICATION_VND_OPENXMLFORMATS_OFFICEDOCUMENT_PRESENTATIONML_PRESENTATION = (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    )
    APPLICATION_VND_OPENXMLFORMATS_OFFICEDOCUMENT_SPREADSHEETML_SHEET = (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    APPLICATION_VND_OPENXMLFORMATS_OFFICEDOCUMENT_WORDPROCESSINGML_DOCUMENT = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    APPLICATION_XML = "application/xml"
    MESSAGE_RFC822 = "message/rfc822"
    TEXT_CSV = "text/csv"
    TEXT_HTML = "text/html"
    TEXT_PLAIN = "text/plain"

    # stuut: value -> member, filled below. Models look values up here: calling the enum costs ten times more.
    _by_value: ClassVar[dict[object, "MimeType"]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MimeType | None":
        return unknown_member(cls, value)

    @property
    def is_unknown(self) -> bool:
        """True when the server sent a value this version of the spec does not list."""
        return is_unknown_member(self)


MimeType._by_value = {member.value: member for member in MimeType}
