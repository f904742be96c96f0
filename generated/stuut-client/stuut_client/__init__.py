"""A client library for accessing Stuut API"""

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

__all__ = (
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "Deviation",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "StuutError",
    "UnprocessableEntityError",
    "client_from_env",
    "collect_deviations",
)
