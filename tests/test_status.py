"""`kehoach status`: the counting core (status.py, selection.py) and the command itself."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from kehoach.cli import app
from kehoach.dates.deadline import Frequency, Recurrence
from kehoach.plan.loader import Repository, load_repository
from kehoach.plan.model import Plan
from kehoach.plan.schedule import slots
from kehoach.plan.settings import Settings
from kehoach.reports.selection import Selection, SelectionError, select
from kehoach.reports.status import Bin, Item, Report, build_report, classify, previous_occurrence

STATUS_PLANS = Path(__file__).parent / "plans" / "status"
JULY_1 = date(2022, 7, 1)


def report_at(
    repo: Repository, day: date, selection: Selection | None = None, soon_days: int = 7
) -> Report:
    return build_report(
        repo.plans, Settings(), repo.directory, day, soon_days=soon_days, selection=selection
    )


def find(report: Report, plan: str, task: str, milestone: int = 1) -> Item:
    """The item of `task` in plan `kh-<plan>-2022` (milestones count from 1); for a
    recurring deadline, its latest occurrence (the next one due)."""
    wanted = (f"kh-{plan}-2022", task, milestone - 1)
    found = [i for i in report.items if (i.plan.id, i.task.id, i.slot.index) == wanted]
    if not found:
        raise AssertionError(f"no item for {plan}/{task}#{milestone}")
    return found[-1]


def keys(items: list[Item]) -> list[str]:
    return [f"{item.plan.number}:{item.task.id}.{item.slot.index + 1}" for item in items]


def tasks(report: Report) -> set[str]:
    return {f"{item.plan.id}:{item.task.id}" for item in report.items}


# --- Bins ----------------------------------------------------------------------------------


def test_done_on_the_deadline_day_is_on_time(status_report: Report) -> None:
    item = find(status_report, "348", "1")
    assert item.bin is Bin.DONE_ON_TIME
    assert item.completed == item.due == date(2022, 6, 23)
    assert item.days_late is None


def test_done_one_day_after_is_late_by_one(status_report: Report) -> None:
    item = find(status_report, "348", "2")
    assert (item.bin, item.days_late) == (Bin.DONE_LATE, 1)


def test_not_done_on_the_due_day_is_in_time_with_zero_days_left(status_report: Report) -> None:
    item = find(status_report, "348", "3")
    assert (item.bin, item.days_left, item.days_late) == (Bin.IN_TIME, 0, None)
    assert item.is_soon(0)


def test_not_done_the_day_after_is_overdue_by_one(status_repo: Repository) -> None:
    item = find(report_at(status_repo, date(2022, 7, 2)), "348", "3")
    assert (item.bin, item.days_late, item.days_left) == (Bin.OVERDUE, 1, None)


def test_a_window_counts_from_its_last_day(status_repo: Repository) -> None:
    last_day = find(report_at(status_repo, date(2022, 8, 31)), "348", "4")
    assert last_day.deadline is not None
    assert (last_day.deadline.first, last_day.due) == (date(2022, 6, 1), date(2022, 8, 31))
    assert (last_day.bin, last_day.days_left) == (Bin.IN_TIME, 0)
    after = find(report_at(status_repo, date(2022, 9, 1)), "348", "4")
    assert (after.bin, after.days_late) == (Bin.OVERDUE, 1)


def test_a_completion_after_as_of_is_not_yet_a_completion(status_repo: Repository) -> None:
    before = find(report_at(status_repo, JULY_1), "348", "5")  # done 10/07, due 30/06
    assert (before.bin, before.days_late, before.completed) == (Bin.OVERDUE, 1, None)
    after = find(report_at(status_repo, date(2022, 7, 15)), "348", "5")
    assert (after.bin, after.days_late, after.completed) == (Bin.DONE_LATE, 10, date(2022, 7, 10))


def test_each_milestone_is_judged_on_its_own(status_repo: Repository) -> None:
    first = find(report_at(status_repo, JULY_1), "348", "8", 1)
    second = find(report_at(status_repo, JULY_1), "348", "8", 2)
    assert (first.bin, first.days_left, first.slot.label) == (Bin.IN_TIME, 4, "Tham mưu UBND tỉnh")
    assert (second.bin, second.days_left, second.slot.label) == (Bin.IN_TIME, 14, None)
    done = find(report_at(status_repo, date(2022, 7, 5)), "348", "8", 1)
    assert (done.bin, done.completed) == (Bin.DONE_ON_TIME, date(2022, 7, 4))


def test_a_cancelled_task_is_in_no_count(status_report: Report) -> None:
    assert "kh-348-2022:6" not in tasks(status_report)
    assert status_report.total.total == len(status_report.items) == 16
    assert sum(tally.total for _, tally in status_report.agencies) == 17  # task 10 has 2 leads


@pytest.mark.parametrize("task", ["7", "11"])  # Thường xuyên, Không nêu thời hạn
def test_no_fixed_date_is_no_deadline(status_report: Report, task: str) -> None:
    item = find(status_report, "348", task)
    assert (item.bin, item.due, item.days_left, item.days_late) == (
        Bin.NO_DEADLINE,
        None,
        None,
        None,
    )


def test_a_yearly_deadline_past_this_year_is_due_next_year(status_repo: Repository) -> None:
    item = find(report_at(status_repo, date(2022, 12, 20)), "15", "3")  # Trước ngày 15/12 hằng năm
    assert (item.bin, item.due) == (Bin.IN_TIME, date(2023, 12, 15))


def test_a_quarterly_deadline_is_due_at_the_end_of_the_quarter(status_repo: Repository) -> None:
    item = find(report_at(status_repo, date(2026, 5, 1)), "15", "4")  # Định kỳ hằng quý
    assert (item.bin, item.due, item.days_left) == (Bin.IN_TIME, date(2026, 6, 30), 60)


def test_an_extended_deadline_is_judged_on_the_current_phrase(status_report: Report) -> None:
    item = find(status_report, "348", "9")  # was "Trước ngày 30/6/2022", now Oct-Nov
    assert item.slot.milestone.phrase == "Trong tháng 10, 11/2022"
    assert item.original_phrase == "Trước ngày 30/6/2022"
    assert (item.bin, item.due) == (Bin.IN_TIME, date(2022, 11, 30))
    assert find(status_report, "348", "3").original_phrase is None


# --- Tallies -------------------------------------------------------------------------------


def test_agencies_are_ranked_by_overdue_count(status_report: Report) -> None:
    names = [name for name, _ in status_report.agencies]
    overdue = [tally.counts[Bin.OVERDUE] for _, tally in status_report.agencies]
    assert names == [
        "Sở Tài chính",  # its alias STC is counted under the registry name
        "Sở Kế hoạch và Đầu tư",
        "Sở Tư pháp",
        "Sở Nội vụ",
        "Văn phòng UBND tỉnh",
    ]
    assert overdue == [2, 1, 1, 0, 0]


def test_agency_tally(status_report: Report) -> None:
    tally = dict(status_report.agencies)["Sở Tài chính"]
    expected = {Bin.DONE_LATE: 1, Bin.IN_TIME: 3, Bin.OVERDUE: 2}
    assert tally.counts == {bin_: expected.get(bin_, 0) for bin_ in Bin}
    assert (tally.soon, tally.overdue_over, tally.total) == (1, {30: 2, 120: 0}, 6)


def test_totals(status_report: Report) -> None:
    total = status_report.total
    assert total.counts == {
        Bin.DONE_ON_TIME: 1,
        Bin.DONE_LATE: 1,
        Bin.IN_TIME: 8,
        Bin.OVERDUE: 4,
        Bin.NO_DEADLINE: 2,
        Bin.DONE_UNDATED: 0,
    }
    assert total.overdue_over == {30: 3, 120: 1}  # 123, 62, 31 and 1 day late
    assert total.soon == 3


def test_on_time_rate(status_report: Report) -> None:
    rates = {name: tally.on_time_rate for name, tally in status_report.agencies}
    assert rates["Sở Kế hoạch và Đầu tư"] == 0.5  # one on time, one overdue
    assert rates["Sở Tài chính"] == 0.0  # one late, two overdue
    assert rates["Sở Nội vụ"] is None  # nothing done or past due yet
    assert status_report.total.on_time_rate == pytest.approx(1 / 6)


def test_attention_is_overdue_most_late_first_then_due_soon_nearest_first(
    status_report: Report,
) -> None:
    assert keys(status_report.attention()) == [
        "15/KH-UBND:1.1",
        "15/KH-UBND:5.1",
        "15/KH-UBND:2.1",
        "348/KH-UBND:5.1",
        "348/KH-UBND:3.1",
        "348/KH-UBND:10.1",
        "348/KH-UBND:8.1",
    ]
    rest = status_report.rest()
    assert len(rest) + 7 == len(status_report.items)
    assert not set(map(id, rest)) & set(map(id, status_report.attention()))


@pytest.mark.parametrize(("soon_days", "soon"), [(0, 1), (2, 2), (7, 3), (14, 4), (61, 5)])
def test_the_soon_window(status_repo: Repository, soon_days: int, soon: int) -> None:
    report = report_at(status_repo, JULY_1, soon_days=soon_days)
    assert report.total.soon == soon
    assert len(report.attention()) == 4 + soon


# --- Selection -----------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["348", "348/KH-UBND", "348/kh-ubnd", "kh-348-2022"])
def test_select_a_plan_by_number_or_id(status_repo: Repository, typed: str) -> None:
    selection = select(status_repo.plans, status_repo.directory, [typed])
    assert selection.plans == {"kh-348-2022"}
    assert {item.plan.id for item in report_at(status_repo, JULY_1, selection).items} == {
        "kh-348-2022"
    }


def test_an_unknown_plan_is_refused_with_a_suggestion(status_repo: Repository) -> None:
    with pytest.raises(SelectionError, match=r"có phải: 348/KH-UBND"):
        select(status_repo.plans, status_repo.directory, ["349/KH-UBND"])


@pytest.mark.parametrize("typed", ["so tai chinh", "STC", "Sở Tài chính", "SO TAI CHINH"])
def test_select_an_agency_without_diacritics_or_by_alias(
    status_repo: Repository, typed: str
) -> None:
    selection = select(status_repo.plans, status_repo.directory, agencies=[typed])
    assert selection.agencies == {"so-tai-chinh", "so-ke-hoach-va-dau-tu"}


def test_selecting_the_successor_includes_the_predecessors_tasks(status_repo: Repository) -> None:
    selection = select(status_repo.plans, status_repo.directory, agencies=["Sở Tài chính"])
    report = report_at(status_repo, JULY_1, selection)
    assert "kh-15-2022:1" in tasks(report)  # led by Sở Kế hoạch và Đầu tư only
    assert "kh-15-2022:5" in tasks(report)  # led by "STC"
    assert "kh-348-2022:3" not in tasks(report)  # Sở Nội vụ


def test_lead_only_or_lead_and_support(status_repo: Repository) -> None:
    def selected(lead_only: bool) -> set[str]:
        selection = select(
            status_repo.plans, status_repo.directory, agencies=["so noi vu"], lead_only=lead_only
        )
        return tasks(report_at(status_repo, JULY_1, selection))

    led = {"kh-348-2022:3", "kh-348-2022:11", "kh-15-2022:4"}
    assert selected(lead_only=True) == led
    assert selected(lead_only=False) == led | {"kh-348-2022:5"}  # Sở Nội vụ supports 5


@pytest.mark.parametrize("typed", ["so ke hoach", "ke hoach va dau tu", "KH&ĐT"])
def test_any_unambiguous_part_of_a_name_selects_the_body(
    status_repo: Repository, typed: str
) -> None:
    selection = select(status_repo.plans, status_repo.directory, agencies=[typed])
    assert selection.agencies == {"so-tai-chinh", "so-ke-hoach-va-dau-tu"}


def test_a_part_in_several_names_is_refused_naming_them(status_repo: Repository) -> None:
    with pytest.raises(SelectionError, match=r"'so' có trong tên nhiều cơ quan: .*Sở Nội vụ"):
        select(status_repo.plans, status_repo.directory, agencies=["so"])


def test_an_unknown_agency_is_refused_with_a_suggestion(status_repo: Repository) -> None:
    with pytest.raises(SelectionError, match=r"có phải: Sở Tài chính\?"):
        select(status_repo.plans, status_repo.directory, agencies=["So Tai chinhh"])


def test_done_without_a_date_is_counted_apart(tmp_path: Path) -> None:
    shutil.copy(STATUS_PLANS / "agencies.yaml", tmp_path)
    (tmp_path / "kh-1-2022.yaml").write_text(
        "schema: 1\nid: kh-1-2022\ntitle: Kế hoạch nhỏ\nissuer: UBND tỉnh\n"
        "source: {document: x, complete: true}\ntasks:\n"
        "  - {id: '1', title: Việc đã xong, lead: [STC], deadline: Trước ngày 23/6/2022,"
        " status: done}\n",
        encoding="utf-8",
    )
    repo = load_repository([tmp_path], Settings(), tmp_path)
    report = report_at(repo, JULY_1)
    assert [item.bin for item in report.items] == [Bin.DONE_UNDATED]
    assert report.total.on_time_rate is None


# --- The command ---------------------------------------------------------------------------


def kehoach() -> str:
    """The installed console script of the environment running the tests."""
    beside = Path(sys.executable).parent / "kehoach"
    found = str(beside) if beside.exists() else shutil.which("kehoach")
    assert found, "kehoach is not installed"
    return found


def run(cwd: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    env.pop("KEHOACH_PLANS", None)
    return subprocess.run(
        [kehoach(), "status", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,  # outside the repository: its kehoach.toml names another registry
        check=False,
        timeout=60,
    )


def test_cli_exits_0_without_fail_on(tmp_path: Path) -> None:
    result = run(tmp_path, STATUS_PLANS, "--as-of", "01/07/2022")
    assert result.returncode == 0, result.stderr
    assert "Tình hình thực hiện tại ngày 01/07/2022" in result.stdout
    assert "quá hạn 123 ngày" in result.stdout
    assert result.stderr == ""
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= 120


@pytest.mark.parametrize(("as_of", "code"), [("01/07/2022", 1), ("01/01/2022", 0)])
def test_cli_fail_on_overdue(tmp_path: Path, as_of: str, code: int) -> None:
    result = run(tmp_path, STATUS_PLANS, "--as-of", as_of, "--fail-on", "overdue")
    assert result.returncode == code, result.stderr


def test_cli_refuses_a_day_that_does_not_exist(tmp_path: Path) -> None:
    result = run(tmp_path, STATUS_PLANS, "--as-of", "31/02/2022")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert "--as-of" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_refuses_an_unknown_agency(tmp_path: Path) -> None:
    result = run(tmp_path, STATUS_PLANS, "--agency", "So Tai chinhh")
    assert result.returncode == 2
    assert "có phải" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_json_parses(tmp_path: Path) -> None:
    result = run(tmp_path, STATUS_PLANS, "--as-of", "01/07/2022", "--format", "json")
    document = json.loads(result.stdout)
    assert (document["schema"], document["as_of"]) == ("kehoach.reports.status/1", "2022-07-01")
    assert len(document["items"]) == 16


def test_cli_shows_valid_plans_beside_a_broken_one(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(STATUS_PLANS, plans)
    (plans / "broken.yaml").write_text(
        "schema: 1\nid: broken\nissuer: UBND tỉnh\nsource: {document: x, complete: true}\n"
        "tasks:\n  - {id: '1', title: Việc, lead: [STC], deadline: Thường xuyên}\n",
        encoding="utf-8",
    )  # no title
    result = run(tmp_path, plans, "--as-of", "01/07/2022")
    assert result.returncode == 1
    assert "15/KH-UBND" in result.stdout and "348/KH-UBND" in result.stdout
    assert re.search(r"^plans/broken\.yaml:\d+:\d+: error: .*title", result.stderr, re.M)
    assert "Traceback" not in result.stderr


def test_cli_an_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run(tmp_path, "empty")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert "empty" in result.stderr
    assert result.stdout == ""


# In-process: the same command without starting Python each time.


def test_cli_in_process_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["status", str(STATUS_PLANS), "--as-of", "01/07/2022", "--format", "csv"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    assert len(rows) == 16
    assert rows[0]["due"] == "28/02/2022"


def test_cli_in_process_agency_filter_and_fail_on_soon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["status", str(STATUS_PLANS), "--as-of", "30/06/2022", "-a", "so noi vu"]
    args += ["--lead-only", "--fail-on", "soon", "--format", "json", "--soon", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1  # 15/4 is due today, 348/3 tomorrow
    items = json.loads(result.stdout)["items"]
    assert {(i["plan_id"], i["task_id"]) for i in items} == {
        ("kh-348-2022", "3"),
        ("kh-348-2022", "11"),
        ("kh-15-2022", "4"),
    }
    assert items[0]["due_soon"] is True


def test_a_plan_issued_after_the_day_is_not_counted(status_repo: Repository) -> None:
    issued = {pf.plan.id: pf.plan.issued for pf in status_repo.plans}
    last_issue = max(d for d in issued.values() if d is not None)
    before = build_report(
        status_repo.plans, Settings(), status_repo.directory, last_issue - timedelta(days=1)
    )
    on_the_day = build_report(status_repo.plans, Settings(), status_repo.directory, last_issue)
    late_plans = {pid for pid, d in issued.items() if d == last_issue}
    assert not {i.plan.id for i in before.items} & late_plans
    assert {i.plan.id for i in on_the_day.items} & late_plans


def _recurring(phrase: str, completed: str, today: date) -> Item:
    plan = Plan.model_validate(
        {
            "schema": 1,
            "id": "kh-dinh-ky",
            "title": "Báo cáo định kỳ",
            "issuer": "UBND tỉnh",
            "issued": "2022-01-10",
            "source": {"document": "x", "complete": True},
            "tasks": [
                {
                    "id": "1",
                    "title": "Báo cáo",
                    "lead": ["Sở Tài chính"],
                    "deadline": phrase,
                    "status": "done",
                    "completed": completed,
                }
            ],
        }
    )
    item = classify(plan, slots(plan, Settings())[0], today)
    assert item is not None
    return item


@pytest.mark.parametrize(
    ("phrase", "completed", "today", "expected"),
    [
        # done for this year's 15/12: on time until the next period starts
        ("Trước ngày 15/12 hằng năm", "10/12/2022", date(2022, 12, 12), Bin.DONE_ON_TIME),
        # last year's report does not cover the next occurrence
        ("Trước ngày 15/12 hằng năm", "10/12/2022", date(2022, 12, 20), Bin.IN_TIME),
        ("Định kỳ hằng quý", "25/03/2026", date(2026, 5, 1), Bin.IN_TIME),
        ("Định kỳ hằng quý", "02/04/2026", date(2026, 5, 1), Bin.DONE_ON_TIME),
    ],
)
def test_a_recurring_task_is_done_only_for_the_period_it_was_done_in(
    phrase: str, completed: str, today: date, expected: Bin
) -> None:
    assert _recurring(phrase, completed, today).bin is expected


@pytest.mark.parametrize(
    ("frequency", "day", "due", "previous"),
    [
        (Frequency.QUARTERLY, None, date(2026, 3, 31), date(2025, 12, 31)),
        (Frequency.MONTHLY, None, date(2026, 3, 31), date(2026, 2, 28)),
        (Frequency.MONTHLY, 31, date(2026, 1, 31), date(2025, 12, 31)),
        (Frequency.YEARLY, 15, date(2026, 12, 15), date(2025, 12, 15)),
    ],
)
def test_previous_occurrence_steps_back_one_period(
    frequency: Frequency, day: int | None, due: date, previous: date
) -> None:
    month = 12 if frequency is Frequency.YEARLY else None
    assert previous_occurrence(Recurrence(frequency, month, day), due) == previous
