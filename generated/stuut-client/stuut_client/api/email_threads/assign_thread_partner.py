from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._collector import collector_paused
from ..._decode import decode_body
from ..._errors import ResponseValidationError
from ...client import AuthenticatedClient, Client
from ...models.assign_thread_partner_request import AssignThreadPartnerRequest
from ...models.triage_action_response import TriageActionResponse
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "assign_thread_partner"


def _get_kwargs(
    email_thread_id: str,
    *,
    body: AssignThreadPartnerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/email-threads/{email_thread_id}/assign".format(
            email_thread_id=quote(str(email_thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TriageActionResponse:
    if response.status_code == 200:
        response_200 = TriageActionResponse.from_dict(
            decode_body(response.content, TriageActionResponse, client.lazy_parsing), lazy=client.lazy_parsing
        )

        return response_200

    # stuut: error statuses were raised by client.request; an undocumented success is not what the spec says.
    raise ResponseValidationError(f"undocumented status {response.status_code}")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TriageActionResponse]:
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
    email_thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignThreadPartnerRequest,
) -> Response[TriageActionResponse]:
    """Assign Thread Partner

     The reference page's example omits `triage_status`, which its field list marks required; the example
    adds `"triage_status": "pending"` (the first listed value) so that it fits the schema.

    Args:
        email_thread_id (str):
        body (AssignThreadPartnerRequest): Request to assign a triage thread to a partner.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TriageActionResponse]
    """

    kwargs = _get_kwargs(
        email_thread_id=email_thread_id,
        body=body,
    )

    response = client.request(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


def sync(
    email_thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignThreadPartnerRequest,
) -> TriageActionResponse:
    """Assign Thread Partner

     The reference page's example omits `triage_status`, which its field list marks required; the example
    adds `"triage_status": "pending"` (the first listed value) so that it fits the schema.

    Args:
        email_thread_id (str):
        body (AssignThreadPartnerRequest): Request to assign a triage thread to a partner.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TriageActionResponse
    """

    return sync_detailed(
        email_thread_id=email_thread_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    email_thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignThreadPartnerRequest,
) -> Response[TriageActionResponse]:
    """Assign Thread Partner

     The reference page's example omits `triage_status`, which its field list marks required; the example
    adds `"triage_status": "pending"` (the first listed value) so that it fits the schema.

    Args:
        email_thread_id (str):
        body (AssignThreadPartnerRequest): Request to assign a triage thread to a partner.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TriageActionResponse]
    """

    kwargs = _get_kwargs(
        email_thread_id=email_thread_id,
        body=body,
    )

    response = await client.arequest(**kwargs)  # stuut: retries, typed errors

    return _build_response(client=client, response=response)


async def asyncio(
    email_thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignThreadPartnerRequest,
) -> TriageActionResponse:
    """Assign Thread Partner

     The reference page's example omits `triage_status`, which its field list marks required; the example
    adds `"triage_status": "pending"` (the first listed value) so that it fits the schema.

    Args:
        email_thread_id (str):
        body (AssignThreadPartnerRequest): Request to assign a triage thread to a partner.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TriageActionResponse
    """

    return (
        await asyncio_detailed(
            email_thread_id=email_thread_id,
            client=client,
            body=body,
        )
    ).parsed
