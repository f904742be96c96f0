from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.internal_contact_assignment import InternalContactAssignment
from ...models.internal_contact_input import InternalContactInput
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "add_internal_contact"


def _get_kwargs(
    partner_id: str,
    *,
    body: InternalContactInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/partners/{partner_id}/internal-contacts".format(
            partner_id=path_segment("partner_id", partner_id),
        ),
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
    partner_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InternalContactInput,
) -> Response[InternalContactAssignment]:
    """Add Internal Contact

     Add Internal Contact to a Partner. Assigns an internal contact to this partner with the specified
    role. The person is identified by email (within the organization) — reused if they already exist,
    created if not. The reference page's example omits `internal_role`, which its field list marks
    required; the example adds `"internal_role": "account_manager"` (the first listed value) so that it
    fits the schema.

    Args:
        partner_id (str):
        body (InternalContactInput): Request body of Create an Internal Contact (creates an
            internal contact and records their role) and of Add Internal Contact (finds or creates the
            InternalContact by organization and email, then assigns it to the partner with the given
            role). Both pages document the same fields.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[InternalContactAssignment]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    partner_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InternalContactInput,
) -> InternalContactAssignment:
    """Add Internal Contact

     Add Internal Contact to a Partner. Assigns an internal contact to this partner with the specified
    role. The person is identified by email (within the organization) — reused if they already exist,
    created if not. The reference page's example omits `internal_role`, which its field list marks
    required; the example adds `"internal_role": "account_manager"` (the first listed value) so that it
    fits the schema.

    Args:
        partner_id (str):
        body (InternalContactInput): Request body of Create an Internal Contact (creates an
            internal contact and records their role) and of Add Internal Contact (finds or creates the
            InternalContact by organization and email, then assigns it to the partner with the given
            role). Both pages document the same fields.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        InternalContactAssignment
    """

    return sync_detailed(
        partner_id=partner_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    partner_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InternalContactInput,
) -> Response[InternalContactAssignment]:
    """Add Internal Contact

     Add Internal Contact to a Partner. Assigns an internal contact to this partner with the specified
    role. The person is identified by email (within the organization) — reused if they already exist,
    created if not. The reference page's example omits `internal_role`, which its field list marks
    required; the example adds `"internal_role": "account_manager"` (the first listed value) so that it
    fits the schema.

    Args:
        partner_id (str):
        body (InternalContactInput): Request body of Create an Internal Contact (creates an
            internal contact and records their role) and of Add Internal Contact (finds or creates the
            InternalContact by organization and email, then assigns it to the partner with the given
            role). Both pages document the same fields.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[InternalContactAssignment]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    partner_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InternalContactInput,
) -> InternalContactAssignment:
    """Add Internal Contact

     Add Internal Contact to a Partner. Assigns an internal contact to this partner with the specified
    role. The person is identified by email (within the organization) — reused if they already exist,
    created if not. The reference page's example omits `internal_role`, which its field list marks
    required; the example adds `"internal_role": "account_manager"` (the first listed value) so that it
    fits the schema.

    Args:
        partner_id (str):
        body (InternalContactInput): Request body of Create an Internal Contact (creates an
            internal contact and records their role) and of Add Internal Contact (finds or creates the
            InternalContact by organization and email, then assigns it to the partner with the given
            role). Both pages document the same fields.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
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
            partner_id=partner_id,
            client=client,
            body=body,
        )
    ).parsed
