from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "retrieve_contact"


def _get_kwargs(
    partner_id: str,
    contact_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/partners/{partner_id}/contacts/{contact_id}".format(
            partner_id=path_segment("partner_id", partner_id),
            contact_id=path_segment("contact_id", contact_id),
        ),
    }

    return _kwargs


def _parse_200(data: Any, lazy: bool) -> Contact:
    _response_200 = data
    response_200 = (
        Contact.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (Contact)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: Contact,
}


def sync_detailed(
    partner_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Contact]:
    """Retrieve A Contact

    Args:
        partner_id (str):
        contact_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Contact]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        contact_id=contact_id,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    partner_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Contact:
    """Retrieve A Contact

    Args:
        partner_id (str):
        contact_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Contact
    """

    return sync_detailed(
        partner_id=partner_id,
        contact_id=contact_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    partner_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Contact]:
    """Retrieve A Contact

    Args:
        partner_id (str):
        contact_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Contact]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        contact_id=contact_id,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    partner_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Contact:
    """Retrieve A Contact

    Args:
        partner_id (str):
        contact_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Contact
    """

    return (
        await asyncio_detailed(
            partner_id=partner_id,
            contact_id=contact_id,
            client=client,
        )
    ).parsed
