from http import HTTPStatus
from typing import Any

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalContactAssignment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalContactAssignment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalContactAssignment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
