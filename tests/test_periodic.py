"""Periodic reports (issue 12): every occurrence of a recurring deadline is a deliverable."""

from __future__ import annotations

import calendar
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import strict_calendar
from kehoach.dates.deadline import Frequency, Recurrence, parse_deadline, rrule_text
from kehoach.dates.recurrence import find_period, next_occurrence, occurrences, period_key
from kehoach.plan.loader import PlanFile
from kehoach.plan.model import Plan
from kehoach.plan.schedule import slots
from kehoach.plan.settings import Settings
from kehoach.plan.yamlread import Located
from kehoach.render.status import RenderOptions, as_text
from kehoach.reports.selection import Selection
from kehoach.reports.status import Bin, Item, build_report, classify_all, current_occurrence

KEHOACH = Path(sys.executable).parent / "kehoach"
REPO_PLANS = Path(__file__).parent.parent / "plans"
JAN_1, FAR = date(2026, 1, 1), date(2030, 12, 31)


def _rule(phrase: str) -> str:
    rule = parse_deadline(phrase).rrule
    assert rule is not None
    return rule


def _dues(phrase: str, start: date, end: date, until: date | None = None) -> list[date]:
    return [o.due for o in occurrences(_rule(phrase), start, end, until)]


# --- The rule: dates.recurrence -------------------------------------------------------------


def test_a_quarterly_report_on_the_fifth_of_the_last_month_of_each_quarter() -> None:
    dues = _dues("Chậm nhất ngày 05 của tháng cuối quý", JAN_1, date(2026, 12, 31))
    assert dues == [date(2026, 3, 5), date(2026, 6, 5), date(2026, 9, 5), date(2026, 12, 5)]
    periods = [o.period for o in occurrences(_rule("Định kỳ hằng quý"), JAN_1, date(2026, 6, 30))]
    assert periods == ["quý I/2026", "quý II/2026"]


def test_a_quarterly_rule_starting_mid_quarter_still_meets_its_months() -> None:
    """INTERVAL=3 counted from a February DTSTART would meet no March: the months rule."""
    dues = _dues("Chậm nhất ngày 05 của tháng cuối quý", date(2026, 2, 10), date(2026, 9, 30))
    assert dues == [date(2026, 3, 5), date(2026, 6, 5), date(2026, 9, 5)]


def test_a_yearly_29_february_falls_on_the_28th_except_in_a_leap_year() -> None:
    dues = _dues("Trước ngày 29/02 hằng năm", date(2027, 1, 1), date(2029, 12, 31))
    assert dues == [date(2027, 2, 28), date(2028, 2, 29), date(2029, 2, 28)]


def test_until_ends_the_series() -> None:
    rule = _rule("Trước ngày 15/6 hằng năm")
    assert [o.period for o in occurrences(rule, JAN_1, FAR, date(2027, 12, 31))] == [
        "năm 2026",
        "năm 2027",
    ]
    assert next_occurrence(rule, JAN_1, date(2027, 7, 1), date(2027, 12, 31)) is None
    coming = next_occurrence(rule, JAN_1, date(2027, 6, 15), date(2027, 12, 31))
    assert coming is not None and coming.due == date(2027, 6, 15)


def test_the_start_is_inclusive_and_nothing_is_owed_before_it() -> None:
    assert _dues("Trước ngày 20 hằng tháng", date(2026, 1, 20), date(2026, 3, 1)) == [
        date(2026, 1, 20),
        date(2026, 2, 20),
    ]
    assert _dues("Trước ngày 20 hằng tháng", date(2026, 1, 21), date(2026, 3, 1)) == [
        date(2026, 2, 20)
    ]


@pytest.mark.parametrize(
    ("rule", "due", "period"),
    [
        ("FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=15", date(2026, 6, 15), "6 tháng đầu năm 2026"),
        ("FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=15", date(2026, 12, 15), "6 tháng cuối năm 2026"),
        ("FREQ=WEEKLY;BYDAY=FR", date(2026, 1, 2), "tuần 1/2026"),
        # a quarter's first month with no words for the quarter: named by its due day, no
        # quarter guessed (reading.usual_offset; the words' "quý sau": test_report_parts.py)
        ("FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10", date(2026, 1, 10), "kỳ hạn 10/01/2026"),
    ],
)  # fmt: skip
def test_six_monthly_weekly_and_next_quarter_rules_name_their_periods(
    rule: str, due: date, period: str
) -> None:
    found = [o for o in occurrences(rule, date(2025, 12, 29), date(2026, 12, 31)) if o.due == due]
    assert [o.period for o in found] == [period]


def test_a_weekly_rule_is_due_every_week() -> None:
    dues = [o.due for o in occurrences("FREQ=WEEKLY;BYDAY=FR", JAN_1, date(2026, 1, 31))]
    assert dues == [date(2026, 1, d) for d in (2, 9, 16, 23, 30)]


def test_a_period_is_found_however_it_is_written() -> None:
    assert period_key("Quý 2/2026") == period_key("quy II/2026") == period_key("quý II/2026")
    assert period_key("Tháng 01/2026") == period_key("tháng 1/2026")
    assert period_key("tháng 1/2026") != period_key("tháng 11/2026")
    found = find_period(_rule("Định kỳ hằng quý"), JAN_1, "Quý 3/2026")
    assert found is not None and found.due == date(2026, 9, 30)
    assert find_period(_rule("Định kỳ hằng quý"), JAN_1, "tháng 3/2026") is None


def test_a_period_written_with_nam_before_its_year_is_the_same_period() -> None:
    # the way a report's title names it: "Báo cáo tháng 03 năm 2026", "quý II năm 2026"
    assert period_key("Tháng 03 năm 2026") == period_key("tháng 3/2026")
    assert period_key("Quý II năm 2026") == period_key("quý 2/2026")
    found = find_period(_rule("Định kỳ hằng quý"), JAN_1, "Quý III năm 2026")
    assert found is not None and found.due == date(2026, 9, 30)
    assert period_key("Tháng 1 năm 2026") != period_key("tháng 11/2026")


# --- status: each occurrence in the four bins ------------------------------------------------


def _plan(**task: Any) -> Plan:
    base = {"id": "1", "title": "Báo cáo tình hình kinh tế - xã hội", "lead": ["Sở Tài chính"]}
    return Plan.model_validate(
        {
            "schema": 1,
            "id": "kh-bao-cao-2026",
            "title": "Chế độ báo cáo định kỳ",
            "issuer": "UBND tỉnh",
            "issued": "05/01/2026",
            "source": {"document": "x", "complete": True},
            "tasks": [base | task],
        }
    )


MONTHLY = {
    "deadline": "Trước ngày 20 hằng tháng",
    "reports": [
        {"period": "tháng 1/2026", "sent": "19/01/2026", "document": "15/BC-STC"},
        {"period": "Tháng 02/2026", "sent": "25/02/2026"},
    ],
}


def _files(plan: Plan) -> list[PlanFile]:
    return [PlanFile(Path("x.yaml"), "x.yaml", plan, Located(None))]


def _items(plan: Plan, today: date) -> list[Item]:
    return [item for slot in slots(plan, Settings()) for item in classify_all(plan, slot, today)]


def _judged(items: list[Item]) -> list[tuple[str | None, Bin, int | None, int | None]]:
    return [
        (i.occurrence.period if i.occurrence else None, i.bin, i.days_late, i.days_left)
        for i in items
    ]


def test_a_monthly_report_on_time_late_and_missing_as_of_10_april() -> None:
    assert _judged(_items(_plan(**MONTHLY), date(2026, 4, 10))) == [
        ("tháng 1/2026", Bin.DONE_ON_TIME, None, None),
        ("tháng 2/2026", Bin.DONE_LATE, 5, None),
        ("tháng 3/2026", Bin.OVERDUE, 21, None),
        ("tháng 4/2026", Bin.IN_TIME, None, 10),
    ]


def test_a_report_sent_after_the_as_of_day_is_not_yet_sent() -> None:
    judged = _judged(_items(_plan(**MONTHLY), date(2026, 2, 22)))
    assert judged[1] == ("tháng 2/2026", Bin.OVERDUE, 2, None)


def test_a_task_from_a_later_day_owes_nothing_before_it() -> None:
    items = _items(_plan(deadline="Định kỳ hằng quý", **{"from": "01/07/2026"}), date(2026, 8, 1))
    assert _judged(items) == [("quý III/2026", Bin.IN_TIME, None, 60)]


def test_the_series_ends_with_until() -> None:
    plan = _plan(deadline="Trước ngày 15/6 hằng năm", until="31/12/2027")
    items = _items(plan, date(2028, 7, 1))
    assert [(i.occurrence and i.occurrence.period, i.bin) for i in items] == [
        ("năm 2026", Bin.OVERDUE),
        ("năm 2027", Bin.OVERDUE),
    ]


def test_a_completion_day_without_reports_counts_for_its_own_period() -> None:
    plan = _plan(deadline="Định kỳ hằng quý", status="done", completed="02/04/2026")
    assert _judged(_items(plan, date(2026, 5, 1))) == [
        ("quý I/2026", Bin.OVERDUE, 31, None),
        ("quý II/2026", Bin.DONE_ON_TIME, None, None),
    ]


def test_the_overdue_ageing_counts_every_missed_period() -> None:
    plan = _plan(deadline="Trước ngày 20 hằng tháng")
    report = build_report(_files(plan), Settings(), None, date(2026, 7, 1))
    tally = report.total
    assert tally.counts[Bin.OVERDUE] == 6 and tally.counts[Bin.IN_TIME] == 1
    # Jan 162 days late, Feb 131, Mar 103, Apr 72, May 42, Jun 11
    assert tally.overdue_over == {30: 5, 120: 2}


def test_the_listing_names_the_missed_periods_in_one_row() -> None:
    plan = _plan(deadline="Chậm nhất ngày 05 của tháng cuối quý")
    report = build_report(_files(plan), Settings(), None, date(2026, 10, 1))
    text = " ".join(as_text(report, RenderOptions(width=200)).split())
    assert "quý I/2026, quý II/2026, quý III/2026 chưa gửi" in text
    assert text.count("Báo cáo tình hình kinh tế") == 1  # one row, not one per quarter
    monthly = build_report(
        _files(_plan(deadline="Trước ngày 20 hằng tháng")),
        Settings(),
        None,
        date(2026, 10, 1),
    )
    text = " ".join(as_text(monthly, RenderOptions(width=200)).split())
    assert "tháng 1/2026, tháng 2/2026, …, tháng 9/2026 (9 kỳ) chưa gửi" in text


def test_the_installed_command_gives_each_occurrence_in_json(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    data = _plan(**MONTHLY).model_dump(mode="json", by_alias=True, exclude_none=True)
    (plans / "kh-bao-cao-2026.yaml").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    done = subprocess.run(
        [str(KEHOACH), "status", str(plans), "--as-of", "10/04/2026", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    items = json.loads(done.stdout)["items"]
    got = {(i["period"], i["period_due"], i["bin"], i["days_late"]) for i in items}
    assert got == {
        ("tháng 1/2026", "2026-01-20", "done_on_time", None),
        ("tháng 2/2026", "2026-02-20", "done_late", 2),  # due rolled past Tết to 23/02
        ("tháng 3/2026", "2026-03-20", "overdue", 21),
        ("tháng 4/2026", "2026-04-20", "in_time", None),
    }


# --- the calendar feed: one VEVENT with an RRULE, fixed by the plan -------------------------


def _feed(plan: Plan, today: date) -> bytes:
    from datetime import UTC, datetime

    from kehoach.feeds.ics import export

    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    done = export(_files(plan), Settings(), None, today, selection=Selection(), stamp=stamp)
    return done.feeds[0].data


def _undated(**task: Any) -> Plan:
    """A plan with no issue day: it counts from the day it states it is in force."""
    data = _plan(**task).model_dump(by_alias=True, exclude_none=True)
    del data["issued"]
    return Plan.model_validate(data | {"in_force": date(2026, 2, 10)})


def test_the_feed_does_not_move_with_the_export_day() -> None:
    for plan in (_plan(**MONTHLY), _undated(deadline="Chậm nhất ngày 05 của tháng cuối quý")):
        assert _feed(plan, date(2026, 3, 1)) == _feed(plan, date(2026, 9, 15))


def test_the_feed_starts_at_the_first_occurrence_and_expands_as_status_counts() -> None:
    plan = _undated(deadline="Chậm nhất ngày 05 của tháng cuối quý", until="31/12/2026")
    data = _feed(plan, date(2026, 9, 15))
    assert b"DTSTART;VALUE=DATE:20260305" in data and b"UNTIL=20261231" in data
    expanded = [e.dtstart for e in strict_calendar(data).timeline]
    counted = [
        o.due
        for o in occurrences(
            _rule(plan.tasks[0].deadline or ""), plan.in_force or JAN_1, FAR, date(2026, 12, 31)
        )
    ]
    assert (
        expanded
        == counted
        == [date(2026, 3, 5), date(2026, 6, 5), date(2026, 9, 5), date(2026, 12, 5)]
    )


# --- kehoach done on a recurring task: the report of one period ----------------------------

PLAN_TEXT = """\
schema: 1
id: kh-bao-cao-2026
title: Chế độ báo cáo định kỳ
issuer: UBND tỉnh
jurisdiction: Nghệ An
issued: 05/01/2026
source: {document: x, complete: true}
tasks:
  # báo cáo tháng, Sở Tài chính
  - id: "1"
    title: Báo cáo tình hình kinh tế - xã hội
    lead: [UBND tỉnh]
    deadline: Trước ngày 20 hằng tháng
    reports:
      - {period: tháng 1/2026, sent: 19/01/2026}  # đúng hạn
"""


def _kehoach(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "KEHOACH_CACHE_DIR": str(folder / "cache")}
    return subprocess.run(
        [str(KEHOACH), *args], capture_output=True, text=True, check=False, cwd=folder, env=env
    )


def _plan_file(folder: Path) -> Path:
    plans = folder / "plans"
    plans.mkdir()
    shutil.copy(REPO_PLANS / "agencies.yaml", plans)
    plan = plans / "kh-bao-cao-2026.yaml"
    plan.write_text(PLAN_TEXT, encoding="utf-8")
    return plan


def test_done_records_the_period_in_progress_or_the_one_named(tmp_path: Path) -> None:
    plan = _plan_file(tmp_path)
    assert _kehoach(tmp_path, "validate", str(plan.parent)).returncode == 0  # fills the cache
    assert (
        _kehoach(
            tmp_path, "done", "kh-bao-cao-2026/1", "--on", "10/04/2026", "--plans", str(plan.parent)
        ).returncode
        == 0
    )
    late = ("--on", "12/04/2026", "--period", "Tháng 03/2026", "--note", "gửi muộn")
    assert (
        _kehoach(
            tmp_path, "done", "kh-bao-cao-2026/1", *late, "--plans", str(plan.parent)
        ).returncode
        == 0
    )
    text = plan.read_text(encoding="utf-8")
    assert "# báo cáo tháng, Sở Tài chính" in text and "# đúng hạn" in text  # comments kept
    model = Plan.model_validate(yaml.safe_load(text))
    got = [(r.period, r.sent, r.note) for r in model.tasks[0].reports]
    assert got == [
        ("tháng 1/2026", date(2026, 1, 19), None),
        ("tháng 4/2026", date(2026, 4, 10), None),
        ("tháng 3/2026", date(2026, 4, 12), "gửi muộn"),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--on", "12/04/2026", "--period", "tháng 1/2026"), "kỳ tháng 1/2026 đã ghi gửi ngày 19/01/2026"),
        (("--on", "12/04/2026", "--period", "quý II/2026"), "không có kỳ 'quý II/2026'"),
        (("--on", "02/03/2026", "--period", "tháng 5/2026"), "trước khi kỳ tháng 5/2026 bắt đầu"),
    ],
)  # fmt: skip
def test_done_refuses_a_period_the_rule_does_not_have_or_already_has(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    plan = _plan_file(tmp_path)
    assert _kehoach(tmp_path, "validate", str(plan.parent)).returncode == 0  # a warm cache too
    done = _kehoach(tmp_path, "done", "kh-bao-cao-2026/1", *args, "--plans", str(plan.parent))
    assert done.returncode in (1, 2) and message in done.stderr
    assert plan.read_text(encoding="utf-8") == PLAN_TEXT


# --- one arithmetic: the RRULE's days are those status has always counted -------------------


@settings(max_examples=150, deadline=None)
@given(
    frequency=st.sampled_from(list(Frequency)),
    month=st.integers(1, 12),
    day=st.none() | st.integers(1, 31),
    today=st.dates(date(1990, 1, 1), date(2100, 12, 31)),
)
def test_the_rule_gives_the_occurrence_status_counts(
    frequency: Frequency, month: int, day: int | None, today: date
) -> None:
    if frequency is Frequency.QUARTERLY:
        month = 1 + month % 3
    if frequency is Frequency.MONTHLY:
        month = 0
    rule = Recurrence(frequency, month=month or None, day=day)
    if frequency is Frequency.YEARLY and day is not None:
        day = min(day, calendar.monthrange(2000, month)[1])  # "31/02" is not a phrase
        rule = Recurrence(frequency, month=month, day=day)
    found = next_occurrence(rrule_text(rule), today, today)
    assert found is not None and found.due == current_occurrence(rule, today)


def test_khal_expands_the_feed_to_the_days_status_counts(tmp_path: Path) -> None:
    from test_ics_cli import Khal

    plan = _plan_file(tmp_path)
    text = PLAN_TEXT.replace("Trước ngày 20 hằng tháng", "Chậm nhất ngày 05 của tháng cuối quý")
    plan.write_text(text.replace("tháng 1/2026", "quý I/2026") + "    until: 31/12/2026\n", "utf-8")
    feeds = []
    for day in ("01/03/2026", "20/11/2026"):  # two export days, no plan change
        feed = tmp_path / f"feed-{day.replace('/', '-')}.ics"
        done = _kehoach(tmp_path, "export-ics", str(plan.parent), "--as-of", day, "-o", str(feed))
        assert done.returncode == 0, done.stderr
        feeds.append(feed.read_bytes())
    assert feeds[0] == feeds[1]
    status = _kehoach(tmp_path, "status", str(plan.parent), "--as-of", "31/12/2027", "-f", "json")
    items = json.loads(status.stdout)["items"]
    counted = sorted(i["period_due"] for i in items)
    owed = sorted(i["period_due"] for i in items if not i["bin"].startswith("done"))
    khal = Khal(tmp_path / "khal")
    khal.import_(tmp_path / "feed-01-03-2026.ics")
    shown = [line.split()[0] for line in khal.days("01/01/2025", "31/12/2027")]
    # quý I/2026 was reported (sent 19/01/2026): an EXDATE of the series, no longer shown
    assert [date(*map(int, reversed(d.split("/")))).isoformat() for d in shown] == owed
    assert counted == ["2026-03-05", "2026-06-05", "2026-09-05", "2026-12-05"]
    assert owed == counted[1:]
