from typing import Any

from ..._deviations import deviation
from ..._errors import ResponseValidationError
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.integration_sync import IntegrationSync
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "request_sync"


def _get_kwargs(
    connection_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/integrations/connections/{connection_id}/sync".format(
            connection_id=path_segment("connection_id", connection_id),
        ),
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> list[IntegrationSync]:
    _response_200 = data
    response_200: list[IntegrationSync]
    if not isinstance(_response_200, list):
        response_200 = deviation(_response_200, "an array", None, "$", _OPERATION)
    else:
        response_200 = []
        for _response_200_index, response_200_item_data in enumerate(_response_200):
            try:
                _response_200_item = response_200_item_data
                response_200_item = (
                    IntegrationSync.from_dict(_response_200_item, lazy=lazy)
                    if isinstance(_response_200_item, dict)
                    else deviation(
                        _response_200_item,
                        "an object (IntegrationSync)",
                        _response_200,
                        _response_200_index,
                        _OPERATION,
                        "$",
                    )
                )

            except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                raise ResponseValidationError.from_exception(_parse_failure, (_response_200_index,)) from _parse_failure
            response_200.append(response_200_item)

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {}


def sync_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[IntegrationSync]]:
    """Request a Sync

     No request body is documented. Returns a bare JSON array of syncs.

    Args:
        connection_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[list[IntegrationSync]]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[IntegrationSync]:
    """Request a Sync

     No request body is documented. Returns a bare JSON array of syncs.

    Args:
        connection_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        list[IntegrationSync]
    """

    return sync_detailed(
        connection_id=connection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[IntegrationSync]]:
    """Request a Sync

     No request body is documented. Returns a bare JSON array of syncs.

    Args:
        connection_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[list[IntegrationSync]]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[IntegrationSync]:
    """Request a Sync

     No request body is documented. Returns a bare JSON array of syncs.

    Args:
        connection_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        list[IntegrationSync]
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
        )
    ).parsed
