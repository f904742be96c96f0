from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.email import Email
from ...models.generate_email_body_request import GenerateEmailBodyRequest
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "generate_email_body"


def _get_kwargs(
    email_id: str,
    *,
    body: GenerateEmailBodyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/emails/{email_id}/generate-body".format(
            email_id=path_segment("email_id", email_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any, lazy: bool) -> Email:
    _response_200 = data
    response_200 = (
        Email.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (Email)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: Email,
}


def sync_detailed(
    email_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateEmailBodyRequest,
) -> Response[Email]:
    """Generate An Email Body

     The reference page's response example was cut off when the page was recovered (inside
    `email_sender`); the example below is the page's as far as it was recovered, with the partly
    recovered field `email_sender.name` dropped and the brackets closed.

    Args:
        email_id (str):
        body (GenerateEmailBodyRequest): Request body of Generate An Email Body (only the curl
            sample was recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Email]
    """

    kwargs = _get_kwargs(
        email_id=email_id,
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    email_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateEmailBodyRequest,
) -> Email:
    """Generate An Email Body

     The reference page's response example was cut off when the page was recovered (inside
    `email_sender`); the example below is the page's as far as it was recovered, with the partly
    recovered field `email_sender.name` dropped and the brackets closed.

    Args:
        email_id (str):
        body (GenerateEmailBodyRequest): Request body of Generate An Email Body (only the curl
            sample was recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Email
    """

    return sync_detailed(
        email_id=email_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    email_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateEmailBodyRequest,
) -> Response[Email]:
    """Generate An Email Body

     The reference page's response example was cut off when the page was recovered (inside
    `email_sender`); the example below is the page's as far as it was recovered, with the partly
    recovered field `email_sender.name` dropped and the brackets closed.

    Args:
        email_id (str):
        body (GenerateEmailBodyRequest): Request body of Generate An Email Body (only the curl
            sample was recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Email]
    """

    kwargs = _get_kwargs(
        email_id=email_id,
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    email_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateEmailBodyRequest,
) -> Email:
    """Generate An Email Body

     The reference page's response example was cut off when the page was recovered (inside
    `email_sender`); the example below is the page's as far as it was recovered, with the partly
    recovered field `email_sender.name` dropped and the brackets closed.

    Args:
        email_id (str):
        body (GenerateEmailBodyRequest): Request body of Generate An Email Body (only the curl
            sample was recovered).

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Email
    """

    return (
        await asyncio_detailed(
            email_id=email_id,
            client=client,
            body=body,
        )
    ).parsed
