"""A client library for accessing Stuut API"""

from typing import TYPE_CHECKING, Any

from ._deviations import Deviation, collect_deviations  # stuut: deviations (validation="report")
from .client import AuthenticatedClient, Client, client_from_env
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    StuutError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from ._page import AsyncPage, SyncPage
    from ._resource import RawResponse
    from ._resources import AsyncStuut, Stuut
    from ._stuut import MissingTokenError

# The resource layer, imported on first use: name -> module.
_LAZY = {
    "AsyncPage": "._page",
    "SyncPage": "._page",
    "RawResponse": "._resource",
    "AsyncStuut": "._resources",
    "Stuut": "._resources",
    "MissingTokenError": "._stuut",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncStuut",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "Deviation",
    "InternalServerError",
    "MissingTokenError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "Stuut",
    "StuutError",
    "SyncPage",
    "UnprocessableEntityError",
    "client_from_env",
    "collect_deviations",
)
