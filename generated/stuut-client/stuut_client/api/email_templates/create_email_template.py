from typing import Any

from ..._deviations import deviation
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.create_email_template_request import CreateEmailTemplateRequest
from ...models.email_template import EmailTemplate
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "create_email_template"


def _get_kwargs(
    *,
    body: CreateEmailTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/email-templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmailTemplateRequest,
) -> Response[EmailTemplate]:
    """Create An Email Templates

    Args:
        body (CreateEmailTemplateRequest): Request body of Create An Email Templates. No field is
            marked required on the page.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[EmailTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmailTemplateRequest,
) -> EmailTemplate:
    """Create An Email Templates

    Args:
        body (CreateEmailTemplateRequest): Request body of Create An Email Templates. No field is
            marked required on the page.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        EmailTemplate
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmailTemplateRequest,
) -> Response[EmailTemplate]:
    """Create An Email Templates

    Args:
        body (CreateEmailTemplateRequest): Request body of Create An Email Templates. No field is
            marked required on the page.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[EmailTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmailTemplateRequest,
) -> EmailTemplate:
    """Create An Email Templates

    Args:
        body (CreateEmailTemplateRequest): Request body of Create An Email Templates. No field is
            marked required on the page.

    Raises:
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
            client=client,
            body=body,
        )
    ).parsed
