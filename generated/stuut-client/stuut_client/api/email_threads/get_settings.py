from typing import Any

from ..._deviations import deviation
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.centralized_inbox_settings import CentralizedInboxSettings
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "get_settings"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/email-threads/settings",
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> CentralizedInboxSettings:
    _response_200 = data
    response_200 = (
        CentralizedInboxSettings.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (CentralizedInboxSettings)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: CentralizedInboxSettings,
}


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CentralizedInboxSettings]:
    """Get Settings Endpoint

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[CentralizedInboxSettings]
    """

    kwargs = _get_kwargs()
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> CentralizedInboxSettings:
    """Get Settings Endpoint

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        CentralizedInboxSettings
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CentralizedInboxSettings]:
    """Get Settings Endpoint

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[CentralizedInboxSettings]
    """

    kwargs = _get_kwargs()
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CentralizedInboxSettings:
    """Get Settings Endpoint

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        CentralizedInboxSettings
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
