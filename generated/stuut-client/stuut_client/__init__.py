"""A client library for accessing Stuut API"""

from ._page import AsyncPage, SyncPage
from ._resource import RawResponse
from ._resources import AsyncStuut, Stuut
from ._stuut import MissingTokenError
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
)
