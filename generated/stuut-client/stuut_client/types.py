"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field

if TYPE_CHECKING:
    from ._deviations import Deviation


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    # stuut: readable in signatures and reprs.
    def __repr__(self) -> str:
        return "UNSET"

    # stuut: copied, deep-copied and unpickled as the one UNSET, so `is UNSET` and model equality still hold.
    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint.

    ``deviations``: the values of the body that do not fit the spec, kept as sent (``validation="report"``,
    the default), each a ``stuut_client.Deviation`` with its JSON path; empty in strict mode (which raises
    instead) and for a body that fits. With lazy parsing, deviations found when a nested field is first read
    are appended to this list then.
    """

    status_code: HTTPStatus
    # stuut: the raw body and header values, as received, are left out of repr (see the module comment).
    content: bytes = field(repr=lambda content: f"<{len(content)} bytes>")
    headers: MutableMapping[str, str] = field(repr=lambda headers: f"<headers {sorted(set(headers))}>")
    parsed: T
    deviations: "list[Deviation]" = field(factory=list)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
