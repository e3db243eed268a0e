"""Silent wrong dates a fresh-user test of main found, each now read right or refused with a
reason and a way out: a column header's unit (working days) ignored; "như mọi năm" read as
a yearly deadline; a cadence beside its own due day read as two deadlines (one invented);
a weekday "thứ Năm" taken for a year; a connective's fragment shown as the step."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clirun import kehoach
from deadline_forms import refused
from kehoach.base.text import fold
from kehoach.dates.deadline import (
    Context,
    DeadlineError,
    DeadlineKind,
    Frequency,
    Recurrence,
    Relative,
    parse_deadline,
    parse_deadlines,
)

ELECTION = date(2026, 3, 15)
WORKING_HEADER = "Thời hạn (số ngày làm việc trước ngày bầu cử)"


# --- 1. a column header that counts working days ---------------------------------------


@pytest.mark.parametrize(
    ("cell", "header"),
    [
        ("105 ngày", WORKING_HEADER),  # the imported table of the report
        ("105 ngày", "Số ngày làm việc trước ngày bầu cử"),  # a hand-written milestone
        ("105 ngày", "SỐ NGÀY LÀM VIỆC TRƯỚC NGÀY BẦU CỬ"),
        ("105 ngày", "So ngay lam viec truoc ngay bau cu"),  # typed without diacritics
        ("chậm nhất 105 ngày", WORKING_HEADER),
        ("105 ngày làm việc", WORKING_HEADER),  # the cell says it too: they agree
        ("105 ngày trước ngày bầu cử", WORKING_HEADER),  # the cell's own anchor, same unit
        ("Chậm nhất 105 ngày trước ngày bầu cử", "Số ngày (ngày làm việc) trước ngày bầu cử"),
    ],
)
def test_a_working_day_header_makes_the_count_working_days(cell: str, header: str) -> None:
    got = parse_deadline(cell, Context(header=header))
    assert got.kind is DeadlineKind.RELATIVE
    rel = got.relative
    assert rel is not None and (rel.offset, rel.unit, rel.working_days) == (105, "ngày", True)
    assert (rel.direction, fold(rel.anchor)) == ("before", "ngay bau cu")
    assert "ngày làm việc" in got.reading


@pytest.mark.parametrize(
    ("cell", "header", "relative"),
    [
        ("105 ngày", "Số ngày trước ngày bầu cử", Relative(105, "ngày", False, "before", "ngày bầu cử")),
        ("105 ngày", "Số ngày theo lịch trước ngày bầu cử",
         Relative(105, "ngày", False, "before", "ngày bầu cử")),
        ("2 tuần", "Số tuần trước ngày khai mạc", Relative(2, "tuần", False, "before", "ngày khai mạc")),
        ("10 ngày kể từ ngày nhận hồ sơ", "Thời hạn (ngày làm việc)",
         Relative(10, "ngày", True, "after", "ngày nhận hồ sơ")),  # a header with a unit only
        ("10 ngày làm việc", "Số ngày sau khi nhận đủ hồ sơ",
         Relative(10, "ngày", True, "after", "khi nhận đủ hồ sơ")),  # the cell narrows "số ngày"
        # a date column's header names no unit: "ngày/tháng/năm" is the date's format
        ("30 ngày kể từ ngày ký", "Thời hạn (ngày/tháng/năm)",
         Relative(30, "ngày", False, "after", "ngày ký")),
    ],
)  # fmt: skip
def test_a_header_that_agrees_or_names_no_unit_keeps_the_cells_unit(
    cell: str, header: str, relative: Relative
) -> None:
    assert parse_deadline(cell, Context(header=header)).relative == relative


@pytest.mark.parametrize(
    ("cell", "header", "why"),
    [
        ("2 tuần", "Số ngày làm việc trước ngày bầu cử", "đếm theo “ngày làm việc”"),
        ("105 ngày", "Số tuần trước ngày bầu cử", "đếm theo “tuần”"),
        ("3 tháng", "Số ngày trước ngày bầu cử", "đếm theo “ngày”"),
        ("10 ngày làm việc", "Số ngày theo lịch trước ngày bầu cử", "đếm theo “ngày lịch”"),
        ("105 ngày trước ngày bầu cử", "Số tuần trước ngày bầu cử", "đếm theo “tuần”"),
        ("105 ngày", "Số ngày/tuần trước ngày bầu cử", "nhiều đơn vị"),
        ("2 ngày", "Thời hạn (tuần) trước ngày khai mạc", "đếm theo “tuần”"),
        # the cell's own anchor is not the header's: which unit it counts in is unsaid
        ("10 ngày sau ngày khai mạc", "Số ngày làm việc trước ngày bầu cử", "mốc riêng"),
        ("105 ngày", "Số ngày làm việc (số tuần) trước ngày bầu cử", "nhiều đơn vị"),
    ],
)
def test_a_cell_and_a_header_that_disagree_are_refused(cell: str, header: str, why: str) -> None:
    said = refused(cell, Context(header=header))
    assert why in said and "last_day" in said


HEADER_UNITS = {
    "số ngày làm việc": ("ngày", True),
    "số ngày": ("ngày", False),
    "số tuần": ("tuần", False),
    "số tháng": ("tháng", False),
}
CELL_UNITS = ["ngày", "ngày làm việc", "tuần", "tháng"]


@settings(max_examples=150, deadline=None)
@given(
    count=st.integers(1, 400),
    header_unit=st.sampled_from(sorted(HEADER_UNITS)),
    cell_unit=st.sampled_from(CELL_UNITS),
    shape=st.sampled_from(
        [
            "{n} {u}",
            "chậm nhất {n} {u}",
            "{n} {u} trước ngày bầu cử",
            "Chậm nhất là {n} {u} trước ngày bầu cử",
        ]
    ),
    wrap=st.sampled_from(["{}", "Thời hạn ({})", "{} (theo Luật Bầu cử)"]),
)
def test_property_a_count_is_never_read_in_a_unit_its_header_contradicts(
    count: int, header_unit: str, cell_unit: str, shape: str, wrap: str
) -> None:
    """Whatever the cell and the header say, the unit read is the header's (or, under a
    header saying only "số ngày", the cell's kind of day): never a unit the header rules
    out, which would be a wrong date without a word."""
    header = wrap.format(f"{header_unit} trước ngày bầu cử")
    cell = shape.format(n=count, u=cell_unit)
    try:
        (got,) = parse_deadlines(cell, Context(header=header))
    except DeadlineError as error:
        assert "last_day" in error.why
        return
    assert got.relative is not None
    unit, working = HEADER_UNITS[header_unit]
    read = (got.relative.unit, got.relative.working_days)
    if header_unit == "số ngày":
        assert read == ("ngày", cell_unit == "ngày làm việc"), (cell, header)
    else:
        assert read == (unit, working), (cell, header)
    assert got.relative.offset == count


_PLAN_HEAD = """\
schema: 1
id: kh-bau-cu-x
title: Bầu cử
issuer: UBND tỉnh Nghệ An
jurisdiction: Nghệ An
issued: 01/09/2025
source:
  document: x
  complete: true
events:
  - name: ngày bầu cử
    day: 15/03/2026
tasks:
"""


def _plan(tmp_path: Path, milestones: str) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir(parents=True)
    (plans / "kh-bau-cu-x.yaml").write_text(_PLAN_HEAD + milestones, encoding="utf-8")
    return plans


def _dues(plans: Path, key: str = "due") -> dict[str, str | None]:
    done = kehoach("status", str(plans), "--format", "json", "--as-of", "01/09/2025")
    assert done.returncode == 0, done.stderr
    return {item["task_id"]: item[key] for item in json.loads(done.stdout)["items"]}


def test_the_reported_header_gives_the_day_the_deadline_command_gives(tmp_path: Path) -> None:
    """The exact report: 105 days under a working-day header, election on 15/03/2026, is
    10/10/2025 (as `kehoach deadline --from` counts it), not 30/11/2025 (calendar days)."""
    counted = kehoach("deadline", "--from", "15/03/2026", "105 ngày làm việc trước ngày bầu cử")
    assert counted.returncode == 0 and "hạn 10/10/2025" in counted.stdout
    milestones = f"""\
  - id: "1"
    title: A
    lead: [Sở Nội vụ]
    deadlines:
      - phrase: "105 ngày"
        header: "{WORKING_HEADER}"
  - id: "2"
    title: B
    lead: [Sở Nội vụ]
    deadlines:
      - phrase: "105 ngày"
        header: "Số ngày làm việc trước ngày bầu cử"
  - id: "3"
    title: C
    lead: [Sở Nội vụ]
    deadlines:
      - phrase: "105 ngày"
        header: "Số ngày trước ngày bầu cử"
"""
    plans = _plan(tmp_path, milestones)
    assert kehoach("validate", str(plans)).returncode == 0
    assert _dues(plans) == {"1": "2025-10-10", "2": "2025-10-10", "3": "2025-11-30"}


def test_an_import_keeps_the_header_wherever_it_changes_the_reading(tmp_path: Path) -> None:
    """A cell with its own anchor reads otherwise under a working-day header: the header is
    written beside it too, so the plan counts working days as the import did; a cell the
    header contradicts is listed as unread, with the header kept so the plan refuses it."""
    table = (
        f"TT\tNội dung\tChủ trì\t{WORKING_HEADER}\n"
        "1\tLập danh sách cử tri\tUBND tỉnh Nghệ An\t105 ngày\n"
        "2\tNiêm yết\tUBND tỉnh Nghệ An\t105 ngày trước ngày bầu cử\n"
        "3\tCông bố\tUBND tỉnh Nghệ An\tTrước ngày 15/3/2026\n"
        "4\tTổng kết\tUBND tỉnh Nghệ An\t2 tuần\n"
    )
    out = tmp_path / "draft.yaml"
    done = kehoach("import", "-", "-o", str(out), "--title", "Bầu cử", "--issuer",
                   "UBND tỉnh Nghệ An", stdin=table)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "1 thời hạn chưa đọc được" in done.stderr and "“2 tuần”" in done.stderr
    text = out.read_text(encoding="utf-8")
    headed = f"        header: {WORKING_HEADER}"
    assert f'      - phrase: "105 ngày"\n{headed}' in text
    assert f'      - phrase: "105 ngày trước ngày bầu cử"\n{headed}' in text
    assert f'      - phrase: "2 tuần"\n{headed}' in text
    assert 'deadline: "Trước ngày 15/3/2026"' in text  # a date needs no header


# --- 2. "như mọi năm" is a note, never a deadline --------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "như mọi năm",  # was: yearly, due 31/12, step "như"
        "Như mọi năm",
        "Báo cáo như mọi năm",  # was valid in a plan, and counted by status
        "nhu moi nam",
        "như hằng năm",
        "như hàng năm",
        "như các năm",
        "mọi năm",
        "Như mọi năm, trước ngày 15/12",  # the day is this year's, or each year's: unsaid
        "Báo cáo kết quả như mọi năm.",
    ],
)
def test_as_usual_alone_is_refused(phrase: str) -> None:
    said = refused(phrase, Context(issued=date(2025, 3, 1)))
    assert "chú thích" in said and "last_day" in said


@pytest.mark.parametrize(
    "phrase", ["Trước ngày 15/12/2025 như mọi năm", "Trước ngày 15/12/2025, như mọi năm"]
)
def test_as_usual_after_a_date_is_its_note(phrase: str) -> None:
    got = parse_deadline(phrase, Context(issued=date(2025, 3, 1)))
    assert (got.kind, got.last, got.gloss) == (DeadlineKind.DATE, date(2025, 12, 15), "như mọi năm")


@pytest.mark.parametrize("phrase", ["mỗi năm", "moi nam", "hằng năm"])
def test_each_year_is_still_a_cadence(phrase: str) -> None:
    assert parse_deadline(phrase).recurrence == Recurrence(Frequency.YEARLY)


def test_a_plan_saying_as_usual_fails_validate_and_status(tmp_path: Path) -> None:
    milestones = """\
  - id: "1"
    title: Báo cáo
    lead: [Sở Nội vụ]
    deadline: "Báo cáo như mọi năm"
"""
    plans = _plan(tmp_path, milestones)
    checked = kehoach("validate", str(plans))
    assert checked.returncode == 1 and "[deadline-unreadable]" in checked.stdout
    assert "như mọi năm" in checked.stdout
    assert kehoach("deadline", "như mọi năm").returncode == 1
    status = kehoach("status", str(plans), "--format", "json")
    assert status.returncode == 1 and "[deadline-unreadable]" in status.stderr
    assert '"due": "' not in status.stdout  # no day counted from it


# --- 3. a cadence beside its day is one rule, never two deadlines -----------------------

ISSUED_2025 = Context(issued=date(2025, 3, 1))


@pytest.mark.parametrize(
    ("phrase", "rule", "rrule"),
    [
        ("định kỳ 6 tháng, trước ngày 20/6 và 20/12", Recurrence(Frequency.HALF_YEARLY, day=20),
         "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=20"),
        ("hằng quý, trước ngày 20 tháng cuối quý", Recurrence(Frequency.QUARTERLY, day=20),
         "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=20"),
        ("định kỳ hằng năm, chậm nhất ngày 15/12", Recurrence(Frequency.YEARLY, month=12, day=15),
         "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"),
        ("hằng tháng, trước ngày 20 hằng tháng", Recurrence(Frequency.MONTHLY, day=20),
         "FREQ=MONTHLY;BYMONTHDAY=20"),
        # nearby variants: the cadence after the days, "06", "một lần", "ngày" repeated
        ("trước ngày 20/6 và 20/12, định kỳ 6 tháng", Recurrence(Frequency.HALF_YEARLY, day=20),
         "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=20"),
        ("định kỳ 06 tháng, chậm nhất ngày 20/6 và ngày 20/12",
         Recurrence(Frequency.HALF_YEARLY, day=20), "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=20"),
        ("6 tháng một lần, trước ngày 20/6 và 20/12", Recurrence(Frequency.HALF_YEARLY, day=20),
         "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=20"),
        ("định kỳ 6 tháng, trước ngày 30/6 và 31/12", Recurrence(Frequency.HALF_YEARLY),
         "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1"),
        ("Định kỳ hằng quý, trước ngày 20 của tháng cuối quý", Recurrence(Frequency.QUARTERLY, day=20),
         "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=20"),
        ("hằng quý, trước ngày 20/3, 20/6, 20/9 và 20/12", Recurrence(Frequency.QUARTERLY, day=20),
         "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=20"),
        ("hằng quý, trước ngày 10/1, 10/4, 10/7 và 10/10",
         Recurrence(Frequency.QUARTERLY, month=1, day=10),
         "FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10"),
        ("định kỳ hằng năm, chậm nhất ngày 15 tháng 12", Recurrence(Frequency.YEARLY, month=12, day=15),
         "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"),
        ("hằng năm, chậm nhất ngày 15/12", Recurrence(Frequency.YEARLY, month=12, day=15),
         "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"),
        ("hằng tháng, chậm nhất ngày 20 hằng tháng", Recurrence(Frequency.MONTHLY, day=20),
         "FREQ=MONTHLY;BYMONTHDAY=20"),
        # two days six months apart, each its own occurrence (tests/test_recurrence_several.py)
        ("định kỳ 6 tháng, trước ngày 20/7 và 20/1", Recurrence(Frequency.HALF_YEARLY, month=1, day=20),
         "FREQ=MONTHLY;INTERVAL=6;BYMONTH=1,7;BYMONTHDAY=20"),
        ("hằng năm, trước ngày 15/6 và 15/12", Recurrence(Frequency.HALF_YEARLY, day=15),
         "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=15"),
    ],
)  # fmt: skip
def test_the_day_beside_a_cadence_is_its_due_day(phrase: str, rule: Recurrence, rrule: str) -> None:
    for context in (ISSUED_2025, Context()):  # a recurring day needs no year
        (got,) = parse_deadlines(phrase, context)
        assert (got.kind, got.recurrence, got.rrule) == (DeadlineKind.RECURRING, rule, rrule)
        assert "cuối năm" not in got.reading and got.first is None and got.last is None


@pytest.mark.parametrize(
    ("phrase", "shown"),
    [
        ("định kỳ 6 tháng, trước ngày 20/6", "20/06"),  # one half only
        ("hằng tháng, trước ngày 20/6", "20/06"),  # a month named beside a monthly cadence
        ("hằng quý, trước ngày 20/3 và 20/6", "20/03, 20/06"),  # two quarters of four
        ("hằng quý, trước ngày 20/2, 20/5, 20/8 và 20/11", "20/02"),  # the middle month
        ("hằng quý, trước ngày 31/1, 30/4, 31/7 và 31/10", "31/01"),  # a first month's end
        ("định kỳ 6 tháng, trước ngày 20/6 và 25/12", "20/06, 25/12"),  # two different days
        ("định kỳ hằng năm, chậm nhất ngày 15/12/2025", "có năm"),  # this year's, or each year's
        ("hằng quý, trước ngày 15/4/2025", "có năm"),
        ("hằng tháng, trước ngày 15 tháng 12 hằng năm", "không khớp"),  # two cadences disagree
    ],
)
def test_a_cadence_with_days_it_cannot_be_read_with_is_refused(phrase: str, shown: str) -> None:
    said = refused(phrase, ISSUED_2025)
    assert shown in said and "last_day" in said
    assert "mốc trong deadlines" not in said  # never "write the invented date apart"
    assert "31/12" not in said and "cuối năm" not in said


def test_a_strict_before_never_splits_the_cadences_days() -> None:
    """Setting `before = "strict"`: "trước" reads with the first day only ("trước ngày 20/6"
    is due 19/6, "20/12" on 20/12), so the days disagree and the phrase is refused rather
    than read with one of them; one day read strictly is that day minus one."""
    strict = Context(issued=date(2025, 3, 1), strict_before=True)
    said = refused("định kỳ 6 tháng, trước ngày 20/6 và 20/12", strict)
    assert "19/06, 20/12" in said
    (got,) = parse_deadlines("định kỳ hằng năm, chậm nhất ngày 15/12", strict)
    assert got.recurrence == Recurrence(Frequency.YEARLY, month=12, day=15)  # no "trước"
    (got,) = parse_deadlines("định kỳ hằng năm, trước ngày 15/12", strict)
    assert got.recurrence == Recurrence(Frequency.YEARLY, month=12, day=14)


CADENCES = {
    "hằng năm": Frequency.YEARLY,
    "định kỳ hằng năm": Frequency.YEARLY,
    "định kỳ 6 tháng": Frequency.HALF_YEARLY,
    "6 tháng một lần": Frequency.HALF_YEARLY,
    "hằng quý": Frequency.QUARTERLY,
    "định kỳ hằng quý": Frequency.QUARTERLY,
    "hằng tháng": Frequency.MONTHLY,
    "hằng tuần": Frequency.WEEKLY,
}
DAY_MONTHS = st.tuples(st.integers(1, 31), st.integers(1, 12)).filter(
    lambda dm: dm[0] <= (29 if dm[1] == 2 else 30 if dm[1] in (4, 6, 9, 11) else 31)
)


@settings(max_examples=300, deadline=None)
@given(
    cadence=st.sampled_from(sorted(CADENCES)),
    days=st.one_of(
        st.lists(DAY_MONTHS, min_size=1, max_size=4, unique=True),
        st.sampled_from([[(20, 6), (20, 12)], [(20, 3), (20, 6), (20, 9), (20, 12)], [(15, 12)]]),
    ),
    lead=st.sampled_from(["trước ngày ", "chậm nhất ngày ", "chậm nhất là ngày ", "ngày "]),
    joiner=st.sampled_from([" và ", ", ", "; "]),
    cadence_last=st.booleans(),
)
def test_property_a_cadence_beside_days_is_due_on_exactly_those_days(
    cadence: str, days: list[tuple[int, int]], lead: str, joiner: str, cadence_last: bool
) -> None:
    """A cadence with days written beside it is refused, or read as ONE recurring deadline
    whose due days in a year are exactly the days written: never the cadence's own end of
    period beside them, never a one-off day beside a rule."""
    from kehoach.dates.recurrence import occurrences

    written = lead + joiner.join(f"{d}/{m}" for d, m in days)
    phrase = f"{written}, {cadence}" if cadence_last else f"{cadence}, {written}"
    try:
        readings = parse_deadlines(phrase, ISSUED_2025)
    except DeadlineError:
        return
    assert len(readings) == 1, phrase
    (got,) = readings
    assert got.kind is DeadlineKind.RECURRING and got.rrule is not None, phrase
    assert got.recurrence is not None
    # several days of each year may be half-yearly or quarterly ("hằng năm, trước ngày 20/6
    # và 20/12"): the days below are what count
    several_a_year = CADENCES[cadence] is Frequency.YEARLY and len(days) > 1
    assert got.recurrence.frequency is CADENCES[cadence] or several_a_year
    due = occurrences(got.rrule, date(2028, 1, 1), date(2028, 12, 31))  # a leap year
    assert {(o.due.day, o.due.month) for o in due} == set(days), phrase


def test_a_plan_reads_the_cadence_day_and_validate_says_why_it_refuses(tmp_path: Path) -> None:
    milestones = """\
  - id: "1"
    title: Báo cáo 6 tháng
    lead: [Sở Nội vụ]
    deadline: "định kỳ 6 tháng, trước ngày 20/6 và 20/12"
  - id: "2"
    title: Báo cáo năm
    lead: [Sở Nội vụ]
    deadline: "định kỳ hằng năm, chậm nhất ngày 15/12"
"""
    plans = _plan(tmp_path, milestones)
    assert kehoach("validate", str(plans)).returncode == 0
    # as of 01/09/2025: 20/12/2025 is a Saturday, so the report is due the Monday after
    assert _dues(plans) == {"1": "2025-12-22", "2": "2025-12-15"}
    assert _dues(plans, "due_as_written") == {"1": "2025-12-20", "2": None}
    refused = _plan(tmp_path / "b", '  - id: "1"\n    title: X\n    lead: [Sở Nội vụ]\n'
                    '    deadline: "hằng năm, trước ngày 15/6 và 20/12"\n')  # fmt: skip
    checked = kehoach("validate", str(refused))
    assert checked.returncode == 1 and "[deadline-unreadable]" in checked.stdout
    assert "31/12" not in checked.stdout and "mốc trong deadlines" not in checked.stdout


# --- 4. a weekday is no year; a connective's fragment is no step --------------------------


@pytest.mark.parametrize(
    ("phrase", "weekday", "byday", "time"),
    [
        ("hằng tuần, trước 16 giờ thứ Năm", 3, "TH", "16:00"),  # was: "năm" không ghi năm nào
        ("hằng tuần, trước thứ năm", 3, "TH", None),
        ("Hằng tuần, chậm nhất 15 giờ 30 thứ 6", 4, "FR", "15:30"),
        ("hằng tuần, vào thứ Hai", 0, "MO", None),
        ("hằng tuần, trước Chủ nhật", 6, "SU", None),
    ],
)
def test_a_weekly_deadline_on_a_weekday_is_due_that_day(
    phrase: str, weekday: int, byday: str, time: str | None
) -> None:
    (got,) = parse_deadlines(phrase, ISSUED_2025)
    assert got.recurrence == Recurrence(Frequency.WEEKLY, weekday=weekday)
    assert (got.rrule, got.time) == (f"FREQ=WEEKLY;BYDAY={byday}", time)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("trước thứ Năm", "ngày trong tuần"),  # which week: unsaid
        ("Thu nam", "ngày trong tuần"),
        ("hằng tuần, trước 16 giờ chiều thứ Năm", "không phải một thứ trong tuần"),
        ("hằng tuần, trước ngày 20", "không phải một thứ trong tuần"),
    ],
)
def test_thursday_without_a_week_is_refused_as_a_weekday(phrase: str, why: str) -> None:
    said = refused(phrase, ISSUED_2025)
    assert why in said and "không ghi năm nào" not in said and "last_day" in said


def test_strict_before_a_weekday_is_refused() -> None:
    strict = Context(issued=date(2025, 3, 1), strict_before=True)
    assert "strict" in refused("hằng tuần, trước thứ Năm", strict)
    (got,) = parse_deadlines("hằng tuần, vào thứ Năm", strict)
    assert got.rrule == "FREQ=WEEKLY;BYDAY=TH"


def test_a_weekly_thursday_is_due_on_thursday_in_status_and_the_calendar(tmp_path: Path) -> None:
    milestones = """\
  - id: "1"
    title: Giao ban
    lead: [Sở Nội vụ]
    deadline: "hằng tuần, trước 16 giờ thứ Năm"
"""
    plans = _plan(tmp_path, milestones)
    assert kehoach("validate", str(plans)).returncode == 0
    assert _dues(plans) == {"1": "2025-09-04"}  # 01/09/2025 is a Monday; Thursday after it
    shown = kehoach("deadline", "--as-of", "05/09/2025", "hằng tuần, trước 16 giờ thứ Năm")
    assert "11/09/2025" in shown.stdout and "16:00" in shown.stdout
    feed = kehoach("export-ics", str(plans), "--as-of", "01/09/2025")
    assert feed.returncode == 0, feed.stderr
    assert "RRULE:FREQ=WEEKLY;BYDAY=TH" in feed.stdout.replace("\r\n ", "")


CONNECTIVES = [
    "kể từ",
    "tính từ",
    "từ",
    "bắt đầu từ",
    "bắt đầu kể từ",
    "kể từ ngày",
    "tính từ ngày",
]


@settings(max_examples=100, deadline=None)
@given(
    connective=st.sampled_from(CONNECTIVES),
    day=st.dates(date(2025, 3, 2), date(2026, 12, 31)),
    end=st.sampled_from(["", " đến hết {d}/{m}/{y}", " đến ngày {d}/{m}/{y}"]),
    capital=st.booleans(),
)
def test_property_a_connective_is_never_a_step(
    connective: str, day: date, end: str, capital: bool
) -> None:
    """ "kể từ 28/8/2025" was shown with the step "kể": a connective, whole or cut, never
    becomes the label."""
    last = date(2027, 1, 31)
    phrase = f"{connective} {day.day}/{day.month}/{day.year}" + end.format(
        d=last.day, m=last.month, y=last.year
    )
    phrase = phrase[0].upper() + phrase[1:] if capital else phrase
    for got in parse_deadlines(phrase, ISSUED_2025):
        assert got.label is None, (phrase, got.label)
        assert got.earliest == day


def test_since_shows_no_step_in_the_cli() -> None:
    done = kehoach("deadline", "kể từ 28/8/2025")
    assert done.returncode == 0 and "Bước" not in done.stdout and "28/08/2025" in done.stdout
