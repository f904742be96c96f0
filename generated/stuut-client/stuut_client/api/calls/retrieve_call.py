from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.call import Call
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "retrieve_call"


def _get_kwargs(
    call_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calls/{call_id}".format(
            call_id=path_segment("call_id", call_id),
        ),
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> Call:
    _response_200 = data
    response_200 = (
        Call.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (Call)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: Call,
}


def sync_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Call]:
    """Retrieve A Call

     The reference page's response example was cut off when the page was recovered (inside
    `classifications[0].tasks[0].assignee`); the example below is the page's as far as it was recovered,
    with the partly recovered `classifications[0].tasks[0].assignee` dropped and the brackets closed.

    Args:
        call_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Call]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Call:
    """Retrieve A Call

     The reference page's response example was cut off when the page was recovered (inside
    `classifications[0].tasks[0].assignee`); the example below is the page's as far as it was recovered,
    with the partly recovered `classifications[0].tasks[0].assignee` dropped and the brackets closed.

    Args:
        call_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Call
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Call]:
    """Retrieve A Call

     The reference page's response example was cut off when the page was recovered (inside
    `classifications[0].tasks[0].assignee`); the example below is the page's as far as it was recovered,
    with the partly recovered `classifications[0].tasks[0].assignee` dropped and the brackets closed.

    Args:
        call_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Call]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Call:
    """Retrieve A Call

     The reference page's response example was cut off when the page was recovered (inside
    `classifications[0].tasks[0].assignee`); the example below is the page's as far as it was recovered,
    with the partly recovered `classifications[0].tasks[0].assignee` dropped and the brackets closed.

    Args:
        call_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Call
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
        )
    ).parsed
