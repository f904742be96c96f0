from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.internal_contact_assignment import InternalContactAssignment
from ...models.update_internal_contact_role_request import UpdateInternalContactRoleRequest
from ...types import Response


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InternalContactAssignment | None:
    if response.status_code == 200:
        response_200 = InternalContactAssignment.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InternalContactAssignment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    partner_id: str,
    assignment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateInternalContactRoleRequest,
) -> InternalContactAssignment | None:
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partner_id: str,
    assignment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateInternalContactRoleRequest,
) -> InternalContactAssignment | None:
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
