"""The exceptions stuut_client raises; the hierarchy is drawn in stuut_client._errors."""

from ._errors import (
    APIConnectionError,
    APIProtocolError,
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
    UploadError,
)

UnexpectedStatus = APIStatusError

__all__ = [
    "APIConnectionError",
    "APIProtocolError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "StuutError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "UploadError",
]
