from typing import Any

from ..._deviations import deviation
from ..._errors import ResponseValidationError
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.connection import Connection
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "list_connections"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/integrations/connections",
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> list[Connection]:
    _response_200 = data
    response_200: list[Connection]
    if not isinstance(_response_200, list):
        response_200 = deviation(_response_200, "an array", None, "$", _OPERATION)
    else:
        response_200 = []
        for _response_200_index, response_200_item_data in enumerate(_response_200):
            try:
                _response_200_item = response_200_item_data
                response_200_item = (
                    Connection.from_dict(_response_200_item, lazy=lazy)
                    if isinstance(_response_200_item, dict)
                    else deviation(
                        _response_200_item,
                        "an object (Connection)",
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Connection]]:
    """List Connections

     Returns a bare JSON array, not the page envelope. The reference page's query parameters were not
    recovered, so none are declared. The reference page's response example was cut off when the page was
    recovered (inside `[0].models`); the example below is the page's as far as it was recovered, ending
    after its last complete field, with the brackets closed.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[list[Connection]]
    """

    kwargs = _get_kwargs()
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[Connection]:
    """List Connections

     Returns a bare JSON array, not the page envelope. The reference page's query parameters were not
    recovered, so none are declared. The reference page's response example was cut off when the page was
    recovered (inside `[0].models`); the example below is the page's as far as it was recovered, ending
    after its last complete field, with the brackets closed.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        list[Connection]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Connection]]:
    """List Connections

     Returns a bare JSON array, not the page envelope. The reference page's query parameters were not
    recovered, so none are declared. The reference page's response example was cut off when the page was
    recovered (inside `[0].models`); the example below is the page's as far as it was recovered, ending
    after its last complete field, with the brackets closed.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[list[Connection]]
    """

    kwargs = _get_kwargs()
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[Connection]:
    """List Connections

     Returns a bare JSON array, not the page envelope. The reference page's query parameters were not
    recovered, so none are declared. The reference page's response example was cut off when the page was
    recovered (inside `[0].models`); the example below is the page's as far as it was recovered, ending
    after its last complete field, with the brackets closed.

    Raises:
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        list[Connection]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
