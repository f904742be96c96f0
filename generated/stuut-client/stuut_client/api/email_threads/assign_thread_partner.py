from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
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
            email_thread_id=path_segment("email_thread_id", email_thread_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any, lazy: bool) -> TriageActionResponse:
    _response_200 = data
    response_200 = (
        TriageActionResponse.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (TriageActionResponse)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: TriageActionResponse,
}


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[TriageActionResponse]
    """

    kwargs = _get_kwargs(
        email_thread_id=email_thread_id,
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[TriageActionResponse]
    """

    kwargs = _get_kwargs(
        email_thread_id=email_thread_id,
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

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
