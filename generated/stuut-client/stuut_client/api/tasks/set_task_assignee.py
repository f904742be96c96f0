from typing import Any

from ..._deviations import deviation
from ..._paths import path_segment
from ..._response import build_response
from ...client import AuthenticatedClient, Client
from ...models.set_task_assignee_request import SetTaskAssigneeRequest
from ...models.task import Task
from ...types import Response

# stuut: named in ResponseValidationError messages.
_OPERATION = "set_task_assignee"


def _get_kwargs(
    task_id: str,
    *,
    body: SetTaskAssigneeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tasks/{task_id}/set-assignee".format(
            task_id=path_segment("task_id", task_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any, lazy: bool) -> Task:
    _response_200 = data
    response_200 = (
        Task.from_dict(_response_200, lazy=lazy)
        if isinstance(_response_200, dict)
        else deviation(_response_200, "an object (Task)", None, "$", _OPERATION)
    )

    return response_200


_PARSERS = {
    200: _parse_200,
}
_MODELS: dict[int, type] = {
    200: Task,
}


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetTaskAssigneeRequest,
) -> Response[Task]:
    """Set Task Assignee

    Args:
        task_id (str):
        body (SetTaskAssigneeRequest): Request body of Set Task Assignee. Only the curl sample was
            recovered (no field list), so no field is marked required.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )
    return build_response(client, client.request(**kwargs), _OPERATION, _PARSERS, _MODELS)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetTaskAssigneeRequest,
) -> Task:
    """Set Task Assignee

    Args:
        task_id (str):
        body (SetTaskAssigneeRequest): Request body of Set Task Assignee. Only the curl sample was
            recovered (no field list), so no field is marked required.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Task
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetTaskAssigneeRequest,
) -> Response[Task]:
    """Set Task Assignee

    Args:
        task_id (str):
        body (SetTaskAssigneeRequest): Request body of Set Task Assignee. Only the curl sample was
            recovered (no field list), so no field is marked required.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Response[Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )
    return build_response(client, await client.arequest(**kwargs), _OPERATION, _PARSERS, _MODELS)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetTaskAssigneeRequest,
) -> Task:
    """Set Task Assignee

    Args:
        task_id (str):
        body (SetTaskAssigneeRequest): Request body of Set Task Assignee. Only the curl sample was
            recovered (no field list), so no field is marked required.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (it would change the endpoint).
        stuut_client.errors.APIStatusError: The server answered with an error status (a subclass per status:
            NotFoundError, RateLimitError, ...), after the retries the client allows.
        stuut_client.errors.APIConnectionError: No response (APITimeoutError when a timeout expired).
        stuut_client.errors.ResponseValidationError: A success whose body does not fit the spec (in strict
            validation; in report mode a value that does not fit is kept and reported instead).

    Returns:
        Task
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
