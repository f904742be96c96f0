from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_thread_partner_request import AssignThreadPartnerRequest
from ...models.triage_action_response import TriageActionResponse
from ...types import Response


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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TriageActionResponse | None:
    if response.status_code == 200:
        response_200 = TriageActionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TriageActionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email_thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignThreadPartnerRequest,
) -> TriageActionResponse | None:
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email_thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssignThreadPartnerRequest,
) -> TriageActionResponse | None:
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
