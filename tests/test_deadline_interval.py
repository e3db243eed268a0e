"""A rule due every few years from a year named: "ba năm một lần … bắt đầu từ năm 2015".

RFC 5545 FREQ=YEARLY;INTERVAL=N, whose years are counted from its DTSTART: the first year
the phrase names (`Recurrence.anchor`), in every place that expands it (status, the feed,
`kehoach deadline`); a cycle without its first year stays refused (no guessed phase)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import strict_calendar
from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines
from kehoach.dates.recurrence import next_due
from kehoach.reports.status import current_occurrence, previous_occurrence

KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"

# zg-mwld-ke-hoach-xet-tang-nghe-nhan-thu-cong-my-nghe (Nghị định 123/2014/NĐ-CP, as printed)
AWARD = (
    "Danh hiệu “Nghệ nhân Nhân dân”, “Nghệ nhân Ưu tú” được xét và công bố ba năm một lần "
    "vào dịp Quốc khánh 2-9 bắt đầu từ năm 2015."
)
AWARD_RULE = "FREQ=YEARLY;INTERVAL=3;BYMONTH=9;BYMONTHDAY=2"


def _read(phrase: str, issued: date | None = None) -> tuple[str | None, date | None, str]:
    (one,) = parse_deadlines(phrase, Context(issued=issued))
    assert one.kind is DeadlineKind.RECURRING and one.recurrence is not None
    return one.rrule, one.recurrence.anchor, one.reading


def _refused(phrase: str) -> str:
    with pytest.raises(DeadlineError) as error:
        parse_deadlines(phrase, Context(issued=date(2025, 12, 2)))
    return str(error.value)


# --- the reading --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rule", "first"),
    [
        (AWARD, AWARD_RULE, 2015),
        # zq-baonghean: the same rule as another paper prints it
        (
            "Danh hiệu “Nghệ nhân Nhân dân”, “Nghệ nhân Ưu tú” được xét và công bố 3 năm một lần "
            "vào dịp Quốc khánh 2/9, bắt đầu từ năm 2015",
            AWARD_RULE,
            2015,
        ),
        # m-vietnamtourism (Đắk Lắk): no day in the year, its last as "hằng năm" reads
        (
            "Đề án tổ chức Ngày hội Văn hóa các dân tộc tỉnh Đắk Lắk theo định kỳ 2 năm/lần, "
            "bắt đầu từ năm 2018.",
            "FREQ=YEARLY;INTERVAL=2;BYMONTH=12;BYMONTHDAY=-1",
            2018,
        ),
        # variants of the family: the verb inside the cycle, a month, "kể từ"
        (
            "Hội diễn hai năm tổ chức một lần, bắt đầu từ năm 2024",
            "FREQ=YEARLY;INTERVAL=2;BYMONTH=12;BYMONTHDAY=-1",
            2024,
        ),
        (
            "Hội thi được tổ chức định kỳ 5 năm 1 lần vào tháng 11, kể từ năm 2021",
            "FREQ=YEARLY;INTERVAL=5;BYMONTH=11;BYMONTHDAY=-1",
            2021,
        ),
    ],
)
def test_a_cycle_of_years_from_a_year_named_is_read_with_its_anchor(
    phrase: str, rule: str, first: int
) -> None:
    read, anchor, words = _read(phrase)
    assert read == rule
    assert anchor == date(first, 1, 1)
    assert f"năm một lần, từ năm {first}" in words


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # no first year: 2025 or 2026 due? never guessed from the plan or the day asked
        ("Hội thi được tổ chức định kỳ 5 năm một lần", "bắt đầu từ năm"),
        ("Festival biển được tổ chức 2 năm 1 lần vào tháng 6", "bắt đầu từ năm"),
        # a history up to now, a cycle told as done (conventions 4 and 1)
        ("Lễ hội được tổ chức 3 năm một lần từ 2015 đến nay", "đã diễn ra"),
        ("Hội thi đã được tổ chức 2 năm một lần, bắt đầu từ năm 2016", "đã diễn ra"),
        # two cadences: every two years, or every year?
        (
            "Báo cáo hai năm một lần trước ngày 20/11 hàng năm, bắt đầu từ năm 2024",
            "nhịp nhiều năm",
        ),
        # another year beside the first: which one is due?
        ("Tổ chức 2 năm một lần vào tháng 3 năm 2025, bắt đầu từ năm 2024", "nhịp nhiều năm"),
    ],
)
def test_a_cycle_without_its_first_year_or_told_as_past_is_refused(phrase: str, why: str) -> None:
    assert why in _refused(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "tổ chức một lần, bắt đầu từ năm 2024",  # once, no cycle
        "mỗi năm 2 lần, bắt đầu từ năm 2024",  # a count per year, not a cycle of years
        "thực hiện trong 3 năm, bắt đầu từ năm 2024",  # a duration
        # the year the law comes in force is not the cycle's first
        "Luật có hiệu lực từ năm 2015; Đại hội được tổ chức 5 năm một lần",
    ],
)
def test_once_twice_a_year_and_a_duration_are_no_cycle_of_years(phrase: str) -> None:
    try:
        readings = parse_deadlines(phrase, Context(issued=date(2024, 1, 2)))
    except DeadlineError:
        return
    assert all(one.rrule is None or "INTERVAL" not in one.rrule for one in readings)


# --- the expansion: the anchor is DTSTART -------------------------------------------------


def test_the_next_and_previous_due_days_count_from_the_first_year() -> None:
    (one,) = parse_deadlines(AWARD, Context())
    assert one.recurrence is not None
    # 2015, 2018, 2021, 2024, 2027: never 2025 or 2026, whatever day is asked
    assert current_occurrence(one.recurrence, date(2026, 12, 3)) == date(2027, 9, 2)
    assert current_occurrence(one.recurrence, date(2024, 9, 2)) == date(2024, 9, 2)
    assert current_occurrence(one.recurrence, date(2010, 1, 1)) == date(2015, 9, 2)
    assert previous_occurrence(one.recurrence, date(2027, 9, 2)) == date(2024, 9, 2)


def test_the_rule_text_alone_is_never_expanded_from_a_guessed_year() -> None:
    with pytest.raises(ValueError, match="năm bắt đầu"):
        next_due(AWARD_RULE, date(2026, 12, 3))
    assert next_due(AWARD_RULE, date(2026, 12, 3), date(2015, 1, 1)) == date(2027, 9, 2)


def _kehoach(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "KEHOACH_NO_CACHE": "1"}
    return subprocess.run(
        [KEHOACH, *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, check=False
    )


def test_kehoach_deadline_says_the_cycle_its_first_year_and_the_next_one() -> None:
    shown = _kehoach("deadline", "--as-of", "03/12/2026", AWARD)
    assert shown.returncode == 0, shown.stderr
    assert "3 năm một lần, từ năm 2015, hạn ngày 02/09" in shown.stdout
    assert "Hạn kế tiếp  02/09/2027" in shown.stdout
    data = _kehoach("deadline", "--as-of", "03/12/2026", "--format", "json", AWARD)
    assert data.returncode == 0, data.stderr
    record = json.loads(data.stdout)
    assert record["rrule"] == AWARD_RULE
    assert record["next_due"] == "2027-09-02"
    assert record["recurrence"]["interval"] == 3
    assert record["recurrence"]["anchor"] == "2015-01-01"


# A plan of 2024 carrying the rule: its due days since then are 02/09/2024 and 02/09/2027
PLAN = f"""\
schema: 1
id: nghe-nhan-2024
title: Kế hoạch xét tặng danh hiệu Nghệ nhân
issuer: Sở Công Thương
jurisdiction: Quảng Ngãi
issued: 02/01/2024
source: {{document: x, complete: true}}
tasks:
  - id: "1"
    title: Xét và công bố danh hiệu Nghệ nhân
    lead: [Sở Công Thương]
    deadline: "{AWARD}"
"""


def _repo(tmp_path: Path) -> Path:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "nghe-nhan-2024.yaml").write_text(PLAN, encoding="utf-8")
    registry = "schema: 1\njurisdiction: Quảng Ngãi\nagencies: []\n"
    (tmp_path / "plans" / "agencies.yaml").write_text(registry, encoding="utf-8")
    return tmp_path


def test_status_owes_only_the_years_of_the_cycle(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    shown = _kehoach("status", "--all", "--as-of", "03/12/2026", "-f", "json", cwd=repo)
    assert shown.returncode in (0, 1), shown.stderr
    items = json.loads(shown.stdout)["items"]
    bins = {i["period_due"]: i["bin"] for i in items if i["task_id"] == "1"}
    assert bins == {"2024-09-02": "overdue", "2027-09-02": "in_time"}


def test_the_feed_carries_the_interval_and_real_clients_expand_its_years(tmp_path: Path) -> None:
    from icalendar import Calendar

    from test_ics_cli import Khal

    repo = _repo(tmp_path)
    feed = tmp_path / "feed.ics"
    exported = _kehoach("export-ics", "--as-of", "03/12/2026", "-o", feed, cwd=repo)
    assert exported.returncode == 0, exported.stderr
    data = feed.read_bytes()
    assert b"RRULE:FREQ=YEARLY;INTERVAL=3;BYMONTHDAY=2;BYMONTH=9" in data
    assert b"DTSTART;VALUE=DATE:20240902" in data
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert event["RRULE"]["INTERVAL"] == [3] and event["RRULE"]["BYMONTH"] == [9]
    due = [date(2024, 9, 2), date(2027, 9, 2), date(2030, 9, 2)]
    timeline = strict_calendar(data).timeline
    assert [e.dtstart for e in timeline if e.dtstart < date(2032, 1, 1)] == due
    khal = Khal(tmp_path / "khal")
    khal.import_(feed)
    shown = [line.split()[0] for line in khal.days("01/01/2024", "31/12/2031")]
    assert shown == [f"{d:%d/%m/%Y}" for d in due]


def test_the_timeline_draws_only_the_years_of_the_cycle(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    shown = _kehoach("timeline", "--as-of", "03/12/2026", "-f", "mermaid", cwd=repo)
    assert shown.returncode in (0, 1), shown.stderr
    marks = [
        line.rsplit(",", 2)[-2].strip()
        for line in shown.stdout.splitlines()
        if ":milestone" in line
    ]
    # 02/09 is Quốc khánh: each due day rolled to the next working day (2024, 2027), no other
    assert marks == ["2024-09-04", "2027-09-06"]


def test_the_plan_cache_keeps_the_interval_and_its_anchor() -> None:
    from kehoach.plan import cache

    (reading,) = parse_deadlines(AWARD, Context())
    row = json.loads(json.dumps(cache._reading_row(((AWARD, Context()), reading))))
    assert cache._reading(row) == ((AWARD, Context()), reading)
