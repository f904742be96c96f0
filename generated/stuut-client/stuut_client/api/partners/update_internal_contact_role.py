from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
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
            partner_id=quote(str(partner_id), safe=""),
            assignment_id=quote(str(assignment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InternalContactAssignment:
    if response.status_code == 200:
        response_200 = InternalContactAssignment.from_dict(
            decode_body(response.content, InternalContactAssignment, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InternalContactAssignment]:
    # stuut: parse first (a bad body raises before HTTPStatus() is asked about an unusual status).
    try:
        with collector_paused():
            parsed = _parse_response(client=client, response=response)
    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise ResponseValidationError.from_exception(error).for_response(_OPERATION, response) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalContactAssignment]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        assignment_id=assignment_id,
        body=body,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalContactAssignment]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        assignment_id=assignment_id,
        body=body,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
