"""Working days, Vietnamese holidays and the Civil Code's way of counting periods.

The expected days are worked out by hand from the announcements cited in
plans/calendar.yaml and the Civil Code 2015 (Điều 147, 148), never from the code.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import status_json_items
from kehoach.dates.holidaytable import TABLE, TABLE_YEARS, holidays_of, table_text
from kehoach.dates.workdays import (
    Calendar,
    CountError,
    Rollover,
    count_from,
    working_days_between,
)
from kehoach.plan.calendarfile import load_calendar
from kehoach.plan.settings import SettingsError, load_settings

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"


@pytest.fixture(scope="module")
def vn() -> Calendar:
    """The bundled repository's calendar: the package's holidays and plans/calendar.yaml."""
    loaded = load_calendar([PLANS], ROOT)
    assert loaded.findings == []
    assert loaded.calendar is not None
    return loaded.calendar


def weekday_days_off(calendar: Calendar, year: int) -> list[str]:
    span = working_days_between(date(year, 1, 1), date(year, 12, 31), calendar)
    return [f"{day:%d/%m}" for day, _ in span.days_off]


# --- the calendar itself ----------------------------------------------------------------


def test_2026_weekdays_off_are_the_announced_ones(vn: Calendar) -> None:
    # Tết Dương lịch 01/01 + swapped 02/01 (12729/VPCP-KGVX); Tết Bính Ngọ 16-20/02;
    # Giỗ Tổ on Sunday 26/04, in lieu Monday 27/04; 30/04, 01/05; Quốc khánh with the
    # swapped 31/08, 01/09, 02/09; Ngày Văn hóa Việt Nam 24/11 (the package, from 2026).
    assert weekday_days_off(vn, 2026) == [
        "01/01", "02/01", "16/02", "17/02", "18/02", "19/02", "20/02",
        "27/04", "30/04", "01/05", "31/08", "01/09", "02/09", "24/11",
    ]  # fmt: skip


def test_2027_weekdays_off_are_the_package_computation(vn: Calendar) -> None:
    # No swap announced yet: Tết Đinh Mùi (06/02/2027 is a Saturday) five days plus two in
    # lieu 04/02-10/02 on weekdays; Giỗ Tổ 16/04; 30/04; 01/05 is a Saturday, in lieu 03/05;
    # Quốc khánh 02/09 and 03/09; 24/11.
    assert weekday_days_off(vn, 2027) == [
        "01/01", "04/02", "05/02", "08/02", "09/02", "10/02",
        "16/04", "30/04", "03/05", "02/09", "03/09", "24/11",
    ]  # fmt: skip


def test_make_up_saturdays_are_working_days(vn: Calendar) -> None:
    assert vn.is_working_day(date(2026, 1, 10))  # Saturday, worked for Friday 02/01/2026
    assert vn.is_working_day(date(2025, 4, 26))  # Saturday, worked for Friday 02/05/2025
    assert not vn.is_working_day(date(2026, 1, 17))  # an ordinary Saturday
    assert not vn.is_working_day(date(2025, 5, 2))  # the swapped Friday


def test_the_bundled_table_is_the_pinned_package_output() -> None:
    committed = (ROOT / "src" / "kehoach" / "data" / TABLE).read_text(encoding="utf-8")
    assert committed == table_text(), "run `make holidays` and commit the result"


def test_a_year_beyond_the_table_asks_the_package_and_one_without_data_is_refused() -> None:
    assert holidays_of(2050)[date(2050, 9, 2)] == "Quốc khánh"
    assert TABLE_YEARS.stop <= 2050
    with pytest.raises(CountError, match="năm 2200"):
        holidays_of(2200)


# --- counting (Bộ luật Dân sự 2015, Điều 147-148) ----------------------------------------


def test_ten_working_days_from_13_01_2026(vn: Calendar) -> None:
    # The day of issue is not counted (Điều 147): 14, 15, 16, 19-23, 26, 27 January.
    counted = count_from(date(2026, 1, 13), 10, "ngày", working_days=True, calendar=vn)
    assert counted.due == date(2026, 1, 27)
    assert counted.skipped == ()  # Tết 2026 begins only on 16/02


def test_ten_working_days_across_tet_2026(vn: Calendar) -> None:
    # 12, 13 February; Tết 14-22/02 (five weekdays off); 23-27 February; 2, 3, 4 March.
    counted = count_from(date(2026, 2, 11), 10, "ngày", working_days=True, calendar=vn)
    assert counted.due == date(2026, 3, 4)
    assert [d.day for d, _ in counted.skipped] == [16, 17, 18, 19, 20]
    assert counted.skipped[1][1] == "Tết Nguyên Đán"


@pytest.mark.parametrize(
    ("written", "due"),
    [
        # 2025: 30/04 Wed, 01/05 Thu, Friday 02/05 swapped for Saturday 26/04, weekend.
        (date(2025, 4, 30), date(2025, 5, 5)),
        (date(2025, 5, 1), date(2025, 5, 5)),
        (date(2025, 5, 2), date(2025, 5, 5)),
        # 2026: Thursday 30/04, Friday 01/05, then the weekend.
        (date(2026, 4, 30), date(2026, 5, 4)),
        (date(2026, 5, 1), date(2026, 5, 4)),
        # Quốc khánh 2025: Saturday 30/08 to Tuesday 02/09.
        (date(2025, 9, 2), date(2025, 9, 3)),
        (date(2025, 8, 30), date(2025, 9, 3)),
        # Quốc khánh 2026: Monday 31/08 swapped for Saturday 22/08, 01/09, 02/09.
        (date(2026, 9, 2), date(2026, 9, 3)),
        (date(2026, 8, 29), date(2026, 9, 3)),
        # Tết Dương lịch 2026: Thursday 01/01, Friday 02/01 swapped, weekend.
        (date(2026, 1, 1), date(2026, 1, 5)),
        # a make-up Saturday is a working day: no rollover
        (date(2026, 1, 10), date(2026, 1, 10)),
        (date(2026, 1, 25), date(2026, 1, 26)),  # Sunday
    ],
)
def test_a_last_day_off_rolls_to_the_next_working_day(
    vn: Calendar, written: date, due: date
) -> None:
    assert vn.next_working_day(written) == due


def test_counted_days_roll_and_say_both_days(vn: Calendar) -> None:
    # 10 days after 15/01/2026 end on Sunday 25/01 (Điều 147, 148.1), due Monday (148.5).
    counted = count_from(date(2026, 1, 15), 10, "ngày", calendar=vn)
    assert (counted.last, counted.due) == (date(2026, 1, 25), date(2026, 1, 26))
    assert "hạn 25/01/2026 (Chủ nhật) → 26/01/2026" in counted.reading()


def test_rollover_off_keeps_the_day_as_counted(vn: Calendar) -> None:
    counted = count_from(date(2026, 1, 15), 10, "ngày", calendar=vn, rollover=Rollover.NONE)
    assert counted.due == counted.last == date(2026, 1, 25)
    assert "→" not in counted.reading()


def test_a_deadline_counted_from_a_holiday_eve_lands_on_the_swapped_days(vn: Calendar) -> None:
    # 2 days after Tuesday 28/04/2025: 30/04 (a holiday) -> 01/05, 02/05 off, weekend -> 05/05.
    counted = count_from(date(2025, 4, 28), 2, "ngày", calendar=vn)
    assert (counted.last, counted.due) == (date(2025, 4, 30), date(2025, 5, 5))
    assert [name for _, name in counted.skipped][-1].startswith("Nghỉ hoán đổi")


def test_months_end_on_the_corresponding_day_or_the_months_last() -> None:
    # Điều 148.3: a month after 31/01 ends on the last day of February.
    assert count_from(date(2026, 1, 31), 1, "tháng").last == date(2026, 2, 28)
    assert count_from(date(2024, 1, 31), 1, "tháng").last == date(2024, 2, 29)
    assert count_from(date(2026, 3, 15), 2, "tháng").last == date(2026, 5, 15)
    assert count_from(date(2024, 2, 29), 1, "năm").last == date(2025, 2, 28)
    assert count_from(date(2026, 1, 6), 2, "tuần").last == date(2026, 1, 20)


def test_backwards_from_an_event_is_never_rolled_forward(vn: Calendar) -> None:
    # 105 days before the 2021 election day 23/05/2021 is Sunday 07/02/2021 (the national
    # timetable's own day); rolling it to Monday would leave only 104 days.
    counted = count_from(date(2021, 5, 23), 105, "ngày", direction="before", calendar=vn)
    assert counted.due == counted.last == date(2021, 2, 7)


def test_working_days_backwards_skip_holidays(vn: Calendar) -> None:
    # 5 working days before Monday 04/05/2026: 29, 28, 27?-no (in lieu), so 29, 28, 24, 23, 22.
    counted = count_from(
        date(2026, 5, 4), 5, "ngày", working_days=True, direction="before", calendar=vn
    )
    assert counted.due == date(2026, 4, 22)


@pytest.mark.parametrize(
    ("offset", "unit", "working", "why"),
    [
        (0, "ngày", False, "phải lớn hơn 0"),
        (-3, "ngày", False, "phải lớn hơn 0"),
        (1000, "ngày", False, "quá dài"),
        (5000, "tháng", False, "quá dài"),
        (2, "tuần", True, "ngày làm việc"),
        (2, "giờ", False, "không đếm được"),
    ],
)
def test_counts_no_plan_means_are_refused(
    vn: Calendar, offset: int, unit: str, working: bool, why: str
) -> None:
    with pytest.raises(CountError, match=why):
        count_from(date(2026, 1, 1), offset, unit, working_days=working, calendar=vn)


def test_working_days_between_names_holidays_swaps_and_make_up_days(vn: Calendar) -> None:
    span = working_days_between(date(2025, 4, 25), date(2025, 5, 9), vn)
    # 25/04, Saturday 26/04 (make-up), 28/04, 29/04, then 05-09/05.
    assert span.working == 9
    assert [f"{d:%d/%m}" for d, _ in span.days_off] == ["30/04", "01/05", "02/05"]
    assert [f"{d:%d/%m}" for d, _ in span.makeup] == ["26/04"]


# --- the calendar file --------------------------------------------------------------------

BAD_CALENDAR = """\
schema: 1
years:
  2027:
    swaps:
      - off: 30/04/2027
        work: 01/05/2027
        reason: Saturday 01/05/2027 is itself Labour Day
        source: https://example.org/a
      - off: 05/01/2026
        reason: a day of another year
        source: https://example.org/b
      - off: 09/01/2027
        work: 13/01/2027
        reason: both days the wrong way round
        source: https://example.org/c
  2200:
    swaps: []
"""


def findings_of(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "calendar.yaml").write_text(text, encoding="utf-8")
    loaded = load_calendar([tmp_path], tmp_path)
    assert loaded.calendar is None or all(f.severity == "warning" for f in loaded.findings)
    return [f"{f.line}:{f.code}" for f in loaded.findings]


def test_a_bad_calendar_file_gives_located_findings(tmp_path: Path) -> None:
    assert findings_of(tmp_path, BAD_CALENDAR) == [
        "6:calendar-makeup-on-holiday",
        "9:calendar-outside-year",
        "12:calendar-off-weekend",
        "13:calendar-makeup-weekday",
        "16:calendar-no-holidays",
    ]


def test_an_unknown_key_in_the_calendar_file_is_located(tmp_path: Path) -> None:
    text = "schema: 1\nyears:\n  2026:\n    swapz: []\n"
    assert findings_of(tmp_path, text) == ["4:unknown-field"]


def test_a_swap_the_package_knows_but_the_file_lacks_is_a_warning(tmp_path: Path) -> None:
    text = "schema: 1\nyears:\n  2026:\n    swaps: []\n"
    assert findings_of(tmp_path, text) == ["3:calendar-makeup-missing"]


def test_a_broken_calendar_file_stops_a_count_instead_of_ignoring_it(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "calendar.yaml").write_text(BAD_CALENDAR, encoding="utf-8")
    done = workdays("01/01/2027", "31/01/2027", cwd=tmp_path)
    assert done.returncode == 1
    assert "calendar.yaml:6:" in done.stderr and "Traceback" not in done.stderr


def test_a_calendar_file_linked_from_outside_the_repository_is_not_read(
    tmp_path: Path,
) -> None:
    """A committed link must not make validate read, or quote, a file outside the
    repository (as for plans); the refusal names the link, not what it points at."""
    secret = tmp_path / "secret.yaml"
    secret.write_text(BAD_CALENDAR, encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "plans").mkdir()
    (repo / "plans" / "calendar.yaml").symlink_to(secret)
    loaded = load_calendar([repo / "plans"], repo)
    assert loaded.calendar is None
    assert [(f.path, f.code) for f in loaded.findings] == [
        ("plans/calendar.yaml", "symlink-outside")
    ]
    done = workdays("01/01/2027", "31/01/2027", cwd=repo)
    assert done.returncode == 1
    assert "symlink" in done.stderr and "secret" not in done.stderr


# --- the command --------------------------------------------------------------------------


def kehoach(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([KEHOACH, *args], cwd=cwd, capture_output=True, text=True, check=False)


def workdays(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return kehoach("workdays", *args, cwd=cwd)


def test_workdays_counts_and_names_each_exception() -> None:
    done = workdays("01/01/2026", "15/01/2026")
    assert done.returncode == 0, done.stderr
    assert "tính cả hai ngày: 10 ngày làm việc" in done.stdout
    assert "02/01/2026  Thứ Sáu   Nghỉ hoán đổi (Tết Dương lịch)" in done.stdout
    assert "10/01/2026  Thứ Bảy   Làm bù cho thứ sáu 02/01/2026" in done.stdout


def test_workdays_json_is_a_contract() -> None:
    data = json.loads(workdays("13/02/2026", "23/02/2026", "--format", "json").stdout)
    assert data["working_days"] == 2  # Friday 13 and Monday 23
    assert data["days_off"][0]["day"] == "2026-02-16"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("31/02/2026", "01/03/2026"), "không phải một ngày có thật"),
        (("10/01/2026", "01/01/2026"), "trước ngày đầu"),
        (("01/01/2200", "02/01/2200"), "năm 2200"),
    ],
)
def test_workdays_refuses_bad_days_in_one_line(args: tuple[str, str], message: str) -> None:
    done = workdays(*args)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr


# --- the rollover policy in status --------------------------------------------------------

ROLL_PLAN = """\
schema: 1
id: kh-1-2026
number: 1/KH-UBND
title: Kế hoạch mẫu để kiểm tra ngày nghỉ
issuer: Ủy ban nhân dân tỉnh
issued: 05/01/2026
source:
  document: tests
  complete: true
tasks:
  - id: "1"
    title: Báo cáo rơi vào Chủ nhật
    lead: [Sở Nội vụ]
    deadline: Trước ngày 25/01/2026
  - id: "2"
    title: Báo cáo rơi vào dịp 30/4
    lead: [Sở Nội vụ]
    deadline: Trước ngày 30/4/2026
  - id: "3"
    title: Báo cáo rơi vào ngày làm việc
    lead: [Sở Nội vụ]
    deadline: Trước ngày 27/01/2026
"""


def status_items(
    tmp_path: Path, as_of: str, settings: str | None = None
) -> list[dict[str, object]]:
    plans = tmp_path / "plans"
    plans.mkdir(exist_ok=True)
    (plans / "agencies.yaml").write_text(
        "schema: 1\nagencies:\n  - id: so-noi-vu\n    name: Sở Nội vụ\n", encoding="utf-8"
    )
    (plans / "kh-1-2026.yaml").write_text(ROLL_PLAN, encoding="utf-8")
    if settings is not None:
        (tmp_path / "kehoach.toml").write_text(settings, encoding="utf-8")
    return sorted(status_json_items(tmp_path, as_of), key=lambda item: str(item["task_id"]))


def test_status_rolls_a_sunday_deadline_to_monday_by_default(tmp_path: Path) -> None:
    sunday, holiday, tuesday = status_items(tmp_path, "26/01/2026")
    assert (sunday["due"], sunday["due_as_written"]) == ("2026-01-26", "2026-01-25")
    assert (sunday["bin"], sunday["days_left"]) == ("in_time", 0)  # due today, not late
    assert (holiday["due"], holiday["due_as_written"]) == ("2026-05-04", "2026-04-30")
    assert (tuesday["due"], tuesday["due_as_written"]) == ("2026-01-27", None)


def test_status_without_rollover_counts_from_the_day_written(tmp_path: Path) -> None:
    sunday, holiday, _ = status_items(tmp_path, "26/01/2026", '[calendar]\nrollover = "none"\n')
    assert (sunday["due"], sunday["due_as_written"]) == ("2026-01-25", None)
    assert (sunday["bin"], sunday["days_late"]) == ("overdue", 1)
    assert holiday["due"] == "2026-04-30"


def test_status_text_shows_both_days(tmp_path: Path) -> None:
    status_items(tmp_path, "26/01/2026")
    done = subprocess.run(
        [KEHOACH, "status", "--as-of", "26/01/2026", "--all"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"COLUMNS": "200", "PATH": str(Path(sys.executable).parent)},
    )
    assert "25/01/2026 (CN) → 26/01/2026" in done.stdout


def test_a_bad_rollover_setting_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "kehoach.toml").write_text('[calendar]\nrollover = "sometimes"\n')
    with pytest.raises(SettingsError, match="next_working_day"):
        load_settings(tmp_path)


def test_export_ics_publishes_the_rolled_day_and_says_why(tmp_path: Path) -> None:
    from icalendar import Calendar as ICalendar

    status_items(tmp_path, "26/01/2026")  # writes the plans
    done = subprocess.run(
        [KEHOACH, "export-ics", "--as-of", "05/01/2026", "-o", "-"],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    events = {
        str(event["uid"]): event
        for event in ICalendar.from_ical(done.stdout).walk("VEVENT")  # type: ignore[union-attr]
    }
    sunday = events["kh-1-2026.1.m1@kehoach"]
    assert sunday.decoded("dtstart") == date(2026, 1, 26)
    assert "Hạn ghi 25/01/2026 là ngày nghỉ" in str(sunday["description"])
    assert events["kh-1-2026.3.m1@kehoach"].decoded("dtstart") == date(2026, 1, 27)


@pytest.mark.parametrize("form", ["mermaid", "svg"])
def test_timeline_draws_the_rolled_day_and_names_the_written_one(tmp_path: Path, form: str) -> None:
    status_items(tmp_path, "20/01/2026")  # writes the plans
    done = kehoach("timeline", "--as-of", "20/01/2026", "--format", form, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "hạn 25/01/2026 (CN) → 26/01/2026" in done.stdout
    if form == "mermaid":
        assert ":milestone, active, 2026-01-26, 0d" in done.stdout  # due soon


def test_validating_the_calendar_file_alone_checks_it_with_its_plans(tmp_path: Path) -> None:
    # pre-commit passes only the files a commit changed
    status_items(tmp_path, "20/01/2026")  # writes the plans
    (tmp_path / "plans" / "calendar.yaml").write_text(BAD_CALENDAR, encoding="utf-8")
    done = kehoach("validate", "plans/calendar.yaml", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "plans/calendar.yaml:6:" in done.stdout
    assert "3 nhiệm vụ" in done.stderr  # the plan beside it was checked too
