"""Tasks, sync and async, against recorded traffic."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from operation_calls import assert_sent_with_auth, assert_typed, call, sent_json
from stuut_client.api.tasks import list_tasks, set_task_assignee
from stuut_client.models import Event, SetTaskAssigneeRequest, Task, TaskData, TaskPage, TaskStatus, TaskType

pytestmark = pytest.mark.vcr


def assert_typed_task(task: Task) -> None:
    assert isinstance(task, Task)
    assert_typed(task, "Task")
    assert task.type_ is TaskType.ACTIVITY_SUMMARY_OUTREACH and task.status is TaskStatus.OPEN
    assert isinstance(task.data[0], TaskData) and isinstance(task.trigger_event, Event)
    assert task.trigger_event.timestamp == dt.datetime(2023, 11, 7, 5, 31, 56, tzinfo=dt.UTC)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_list_tasks_sends_the_v1_page_defaults_and_returns_typed_tasks(
    mode: str, client: Any, async_client: Any, sent: list[Any]
) -> None:
    page = await call(list_tasks, mode, client, async_client)

    (request,) = sent
    assert_sent_with_auth(request, "GET", "/v1/tasks")
    assert request.url.params.multi_items() == [("page", "0"), ("limit", "50")]
    assert isinstance(page, TaskPage) and page.next_page is None
    assert_typed_task(page.data[0])


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_set_task_assignee_posts_the_assignee(mode: str, client: Any, async_client: Any, sent: list[Any]) -> None:
    task = await call(
        set_task_assignee,
        mode,
        client,
        async_client,
        task_id="tsk_abc123",
        body=SetTaskAssigneeRequest(assignee="usr_1"),
    )

    (request,) = sent
    assert_sent_with_auth(request, "POST", "/v1/tasks/tsk_abc123/set-assignee")
    assert sent_json(request) == {"assignee": "usr_1"}
    assert_typed_task(task)
