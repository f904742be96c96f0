from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.remittance import Remittance
from ...models.update_remittance_request import UpdateRemittanceRequest
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "update_remittance"


def _get_kwargs(
    remittance_id: str,
    *,
    body: UpdateRemittanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/remittances/{remittance_id}".format(
            remittance_id=path_segment("remittance_id", remittance_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any, lazy: bool) -> Remittance:
    _response_200 = data
    response_200 = (
        Remittance.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (Remittance)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: Remittance,
}


def sync_detailed(
    remittance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRemittanceRequest,
) -> Response[Remittance]:
    """Update A Remittance

     The reference page's response example was cut off when the page was recovered (inside
    `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
    recovered `email.attachments` dropped and the brackets closed.

    Args:
        remittance_id (str):
        body (UpdateRemittanceRequest): Request body of Update A Remittance (only the curl sample
            was recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Remittance]
    """

    kwargs = _get_kwargs(
        remittance_id=remittance_id,
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    remittance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRemittanceRequest,
) -> Remittance:
    """Update A Remittance

     The reference page's response example was cut off when the page was recovered (inside
    `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
    recovered `email.attachments` dropped and the brackets closed.

    Args:
        remittance_id (str):
        body (UpdateRemittanceRequest): Request body of Update A Remittance (only the curl sample
            was recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Remittance
    """

    return sync_detailed(
        remittance_id=remittance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    remittance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRemittanceRequest,
) -> Response[Remittance]:
    """Update A Remittance

     The reference page's response example was cut off when the page was recovered (inside
    `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
    recovered `email.attachments` dropped and the brackets closed.

    Args:
        remittance_id (str):
        body (UpdateRemittanceRequest): Request body of Update A Remittance (only the curl sample
            was recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Remittance]
    """

    kwargs = _get_kwargs(
        remittance_id=remittance_id,
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    remittance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRemittanceRequest,
) -> Remittance:
    """Update A Remittance

     The reference page's response example was cut off when the page was recovered (inside
    `email.attachments[0]`); the example below is the page's as far as it was recovered, with the partly
    recovered `email.attachments` dropped and the brackets closed.

    Args:
        remittance_id (str):
        body (UpdateRemittanceRequest): Request body of Update A Remittance (only the curl sample
            was recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Remittance
    """

    return (
        await asyncio_detailed(
            remittance_id=remittance_id,
            client=client,
            body=body,
        )
    ).parsed
