from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.email_template import EmailTemplate
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "retrieve_email_template"


def _get_kwargs(
    email_template_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/email-templates/{email_template_id}".format(
            email_template_id=path_segment("email_template_id", email_template_id),
        ),
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> EmailTemplate:
    _response_200 = data
    response_200 = (
        EmailTemplate.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (EmailTemplate)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: EmailTemplate,
}


def sync_detailed(
    email_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmailTemplate]:
    """Retrieve An Email Template

    Args:
        email_template_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[EmailTemplate]
    """

    kwargs = _get_kwargs(
        email_template_id=email_template_id,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    email_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmailTemplate:
    """Retrieve An Email Template

    Args:
        email_template_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        EmailTemplate
    """

    return sync_detailed(
        email_template_id=email_template_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    email_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmailTemplate]:
    """Retrieve An Email Template

    Args:
        email_template_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[EmailTemplate]
    """

    kwargs = _get_kwargs(
        email_template_id=email_template_id,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    email_template_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmailTemplate:
    """Retrieve An Email Template

    Args:
        email_template_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        EmailTemplate
    """

    return (
        await asyncio_detailed(
            email_template_id=email_template_id,
            client=client,
        )
    ).parsed
