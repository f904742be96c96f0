from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.payment_detail import PaymentDetail
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "retrieve_payment"


def _get_kwargs(
    payment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/payments/{payment_id}".format(
            payment_id=path_segment("payment_id", payment_id),
        ),
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> PaymentDetail:
    _response_200 = data
    response_200 = (
        PaymentDetail.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (PaymentDetail)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: PaymentDetail,
}


def sync_detailed(
    payment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PaymentDetail]:
    """Retrieve A Payment

     The reference page's response example was cut off when the page was recovered (inside
    `bank_transaction`); the example below is the page's as far as it was recovered, with the field cut
    off inside its name (`bank_transaction.des…`) dropped and the brackets closed.

    Args:
        payment_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[PaymentDetail]
    """

    kwargs = _get_kwargs(
        payment_id=payment_id,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    payment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PaymentDetail:
    """Retrieve A Payment

     The reference page's response example was cut off when the page was recovered (inside
    `bank_transaction`); the example below is the page's as far as it was recovered, with the field cut
    off inside its name (`bank_transaction.des…`) dropped and the brackets closed.

    Args:
        payment_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        PaymentDetail
    """

    return sync_detailed(
        payment_id=payment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    payment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PaymentDetail]:
    """Retrieve A Payment

     The reference page's response example was cut off when the page was recovered (inside
    `bank_transaction`); the example below is the page's as far as it was recovered, with the field cut
    off inside its name (`bank_transaction.des…`) dropped and the brackets closed.

    Args:
        payment_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[PaymentDetail]
    """

    kwargs = _get_kwargs(
        payment_id=payment_id,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    payment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PaymentDetail:
    """Retrieve A Payment

     The reference page's response example was cut off when the page was recovered (inside
    `bank_transaction`); the example below is the page's as far as it was recovered, with the field cut
    off inside its name (`bank_transaction.des…`) dropped and the brackets closed.

    Args:
        payment_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        PaymentDetail
    """

    return (
        await asyncio_detailed(
            payment_id=payment_id,
            client=client,
        )
    ).parsed
