from typing import Any

from ..._deviations import deviation
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.internal_contact_assignment import InternalContactAssignment
from ...models.internal_contact_input import InternalContactInput
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "create_internal_contact"


def _get_kwargs(
    *,
    body: InternalContactInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/internal-contacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any, lazy: bool) -> InternalContactAssignment:
    _response_200 = data
    response_200 = (
        InternalContactAssignment.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (InternalContactAssignment)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: InternalContactAssignment,
}


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InternalContactInput,
) -> Response[InternalContactAssignment]:
    """Create an Internal Contact

     Creates a new internal contact (a person within the organization) and records their role via a
    floating assignment (no partner attached). The reference page's example omits `internal_role`, which
    its field list marks required; the example adds `"internal_role": "account_manager"` (the first
    listed value) so that it fits the schema.

    Args:
        body (InternalContactInput): Request body of Create an Internal Contact (creates an
            internal contact and records their role) and of Add Internal Contact (finds or creates the
            InternalContact by organization and email, then assigns it to the partner with the given
            role). Both pages document the same fields.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[InternalContactAssignment]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InternalContactInput,
) -> InternalContactAssignment:
    """Create an Internal Contact

     Creates a new internal contact (a person within the organization) and records their role via a
    floating assignment (no partner attached). The reference page's example omits `internal_role`, which
    its field list marks required; the example adds `"internal_role": "account_manager"` (the first
    listed value) so that it fits the schema.

    Args:
        body (InternalContactInput): Request body of Create an Internal Contact (creates an
            internal contact and records their role) and of Add Internal Contact (finds or creates the
            InternalContact by organization and email, then assigns it to the partner with the given
            role). Both pages document the same fields.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        InternalContactAssignment
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InternalContactInput,
) -> Response[InternalContactAssignment]:
    """Create an Internal Contact

     Creates a new internal contact (a person within the organization) and records their role via a
    floating assignment (no partner attached). The reference page's example omits `internal_role`, which
    its field list marks required; the example adds `"internal_role": "account_manager"` (the first
    listed value) so that it fits the schema.

    Args:
        body (InternalContactInput): Request body of Create an Internal Contact (creates an
            internal contact and records their role) and of Add Internal Contact (finds or creates the
            InternalContact by organization and email, then assigns it to the partner with the given
            role). Both pages document the same fields.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[InternalContactAssignment]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InternalContactInput,
) -> InternalContactAssignment:
    """Create an Internal Contact

     Creates a new internal contact (a person within the organization) and records their role via a
    floating assignment (no partner attached). The reference page's example omits `internal_role`, which
    its field list marks required; the example adds `"internal_role": "account_manager"` (the first
    listed value) so that it fits the schema.

    Args:
        body (InternalContactInput): Request body of Create an Internal Contact (creates an
            internal contact and records their role) and of Add Internal Contact (finds or creates the
            InternalContact by organization and email, then assigns it to the partner with the given
            role). Both pages document the same fields.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        InternalContactAssignment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
