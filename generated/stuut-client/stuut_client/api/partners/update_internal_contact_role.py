from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.internal_contact_assignment import InternalContactAssignment
from ...models.update_internal_contact_role_request import UpdateInternalContactRoleRequest
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "update_internal_contact_role"


def _get_kwargs(
    partner_id: str,
    assignment_id: str,
    *,
    body: UpdateInternalContactRoleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/partners/{partner_id}/internal-contacts/{assignment_id}".format(
            partner_id=path_segment("partner_id", partner_id),
            assignment_id=path_segment("assignment_id", assignment_id),
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
    assignment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateInternalContactRoleRequest,
) -> Response[InternalContactAssignment]:
    """Update Internal Contact Role

     Change the role of an existing assignment. The underlying InternalContact (person) is not modified.
    The reference page's example omits `internal_role`, which its field list marks required; the example
    adds `"internal_role": "account_manager"` (the first listed value) so that it fits the schema.

    Args:
        partner_id (str):
        assignment_id (str):
        body (UpdateInternalContactRoleRequest): Request body for updating an internal contact's
            role on a partner.

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
        assignment_id=assignment_id,
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    partner_id: str,
    assignment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateInternalContactRoleRequest,
) -> InternalContactAssignment:
    """Update Internal Contact Role

     Change the role of an existing assignment. The underlying InternalContact (person) is not modified.
    The reference page's example omits `internal_role`, which its field list marks required; the example
    adds `"internal_role": "account_manager"` (the first listed value) so that it fits the schema.

    Args:
        partner_id (str):
        assignment_id (str):
        body (UpdateInternalContactRoleRequest): Request body for updating an internal contact's
            role on a partner.

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
        assignment_id=assignment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    partner_id: str,
    assignment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateInternalContactRoleRequest,
) -> Response[InternalContactAssignment]:
    """Update Internal Contact Role

     Change the role of an existing assignment. The underlying InternalContact (person) is not modified.
    The reference page's example omits `internal_role`, which its field list marks required; the example
    adds `"internal_role": "account_manager"` (the first listed value) so that it fits the schema.

    Args:
        partner_id (str):
        assignment_id (str):
        body (UpdateInternalContactRoleRequest): Request body for updating an internal contact's
            role on a partner.

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
        assignment_id=assignment_id,
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    partner_id: str,
    assignment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateInternalContactRoleRequest,
) -> InternalContactAssignment:
    """Update Internal Contact Role

     Change the role of an existing assignment. The underlying InternalContact (person) is not modified.
    The reference page's example omits `internal_role`, which its field list marks required; the example
    adds `"internal_role": "account_manager"` (the first listed value) so that it fits the schema.

    Args:
        partner_id (str):
        assignment_id (str):
        body (UpdateInternalContactRoleRequest): Request body for updating an internal contact's
            role on a partner.

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
            assignment_id=assignment_id,
            client=client,
            body=body,
        )
    ).parsed
