"""scripts/check_fidelity.py: the spec, rendered the way the reference pages show it, differs from them only where
openapi/FIDELITY_DEVIATIONS says why; any other difference fails. The page text is the test data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from check_fidelity import DEVIATIONS, PAGES, check, load_spec, read_page


def checked_with(tmp_path: Path, edit: Any = None, deviations: str | None = None) -> list[str]:
    """The problems the check reports for the spec after `edit(spec)` and with `deviations` as the list."""
    spec = load_spec()
    if edit is not None:
        edit(spec)
    deviations_path = tmp_path / "FIDELITY_DEVIATIONS"
    deviations_path.write_text(DEVIATIONS.read_text() if deviations is None else deviations)
    return check(spec, PAGES, deviations_path)[2]


def query(spec: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    return next(p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == name)


def test_the_spec_differs_from_the_pages_only_where_a_reason_is_listed() -> None:
    found, listed, problems = check()
    assert problems == []
    assert found and all(listed[d.key] for d in found)


def test_every_page_names_an_operation_and_every_operation_has_a_page() -> None:
    found, _, _ = check()
    assert not [d for d in found if d.key.endswith((" operation", " page"))]
    assert len(list(PAGES.glob("*.txt"))) == 51


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        pytest.param(
            lambda s: query(s, "/v1/invoices", "limit")["schema"].update(maximum=500),
            "list_invoices query.limit range: page 1 <= x <= 200 | spec 1 <= x <= 500",
            id="range",
        ),
        pytest.param(
            lambda s: query(s, "/v1/invoices", "limit")["schema"].update(default=100),
            "list_invoices query.limit default: page 50 | spec 100",
            id="default",
        ),
        pytest.param(
            lambda s: s["components"]["schemas"]["InvoiceSortBy"]["enum"].remove("total_amount"),
            "list_invoices query.sort_by options: page amount_due,amount_remaining,due_date,issued_at,paid_at,number,"
            "last_inbound_at,last_outreach_at,total_amount | spec amount_due,amount_remaining,due_date,issued_at,"
            "paid_at,number,last_inbound_at,last_outreach_at",
            id="enum-values",
        ),
        pytest.param(
            lambda s: s["components"]["schemas"]["EmailSender"]["properties"].update(
                is_shared={"anyOf": [{"type": "boolean"}, {"type": "null"}]}
            ),
            "update_email_sender response.is_shared type: page boolean | spec boolean | null",
            id="nullability",
        ),
        pytest.param(
            lambda s: s["components"]["schemas"]["UserPage"].update(required=["next_page"]),
            "list_users response.next_page required: page false | spec true",
            id="required",
        ),
        pytest.param(
            lambda s: s["components"]["schemas"]["Email"]["properties"]["sent_at"].pop("description"),
            "create_email",
            id="lost-description",
        ),
        pytest.param(
            lambda s: s["components"]["schemas"]["Task"]["properties"].pop("label"),
            "list_tasks example.data[] fields-missing: page label | spec -",
            id="example-field-missing",
        ),
        pytest.param(
            lambda s: s["components"]["schemas"]["Task"]["properties"].update({"invented": {"type": "string"}}),
            "list_tasks example.data[] fields-extra: page - | spec invented",
            id="example-field-invented",
        ),
        pytest.param(
            lambda s: s["components"]["schemas"]["LineItem"]["properties"]["quantity"].update(
                {"anyOf": [{"type": "integer"}, {"type": "null"}]}
            ),
            "LineItem.quantity type: page 123 | spec integer | null",
            id="integer-from-123",
        ),
    ],
)
def test_a_new_difference_fails_the_check_and_is_printed(tmp_path: Path, edit: Any, expected: str) -> None:
    problems = checked_with(tmp_path, edit)
    assert any(problem.startswith("new difference: ") and expected in problem for problem in problems), problems


def test_a_listed_deviation_that_no_longer_occurs_fails(tmp_path: Path) -> None:
    deviations = DEVIATIONS.read_text() + "list_users response.data type   # made up\n"
    assert checked_with(tmp_path, deviations=deviations) == [
        "listed in FIDELITY_DEVIATIONS but no longer found: list_users response.data type"
    ]


def test_a_listed_deviation_without_a_reason_fails(tmp_path: Path) -> None:
    listed = DEVIATIONS.read_text()
    entry = next(line for line in listed.splitlines() if line.startswith("Attachment.size type"))
    deviations = listed.replace(entry, "Attachment.size type #")
    problems = checked_with(tmp_path, deviations=deviations)
    assert len(problems) == 1 and problems[0].endswith("`Attachment.size type` has no reason after `#`")


def test_the_page_reader_reads_list_invoices_as_the_page_shows_it() -> None:
    page = read_page(PAGES / "invoices--list-invoices.txt")
    assert (page.method, page.path) == ("get", "/v1/invoices")
    fields = {f.name: f for f in page.sections["query"]}
    assert list(fields) == [
        "page", "limit", "sort_order", "sort_by", "number", "task", "amount_remaining", "status", "istatus",
        "issued_at", "has_outreach", "customer_outreach_paused",
    ]  # fmt: skip
    assert (fields["limit"].type, fields["limit"].default, fields["limit"].range) == ("integer", "50", "1 <= x <= 200")
    assert fields["status"].type == "enum<string>[]" and fields["status"].options is not None
    assert fields["sort_by"].options is not None and fields["sort_by"].options[-1] == "total_amount"
    assert [(f.name, f.type, f.required) for f in page.sections["response"]] == [
        ("data", "object[]", False),
        ("current_page", "integer", False),
        ("total_records", "integer", False),
        ("next_page", "integer | null", False),
    ]
    assert page.response_example_complete and list(page.response_example) == [
        "data", "current_page", "total_records", "next_page",
    ]  # fmt: skip


def test_a_cut_off_example_is_completed_by_dropping_the_partial_field_and_closing_brackets() -> None:
    page = read_page(PAGES / "calls--list-calls.txt")  # ends inside `"a` of a task in a classification
    assert not page.response_example_complete
    task = page.response_example["data"][0]["classifications"][0]["tasks"][0]
    assert list(task) == ["label", "object", "organization_id", "type", "id"]
