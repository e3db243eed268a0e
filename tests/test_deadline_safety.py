"""Silent wrong dates a fresh-user test of main found, each now read right or refused with a
reason and a way out: a column header's unit (working days) ignored; "như mọi năm" read as
a yearly deadline; a cadence beside its own due day read as two deadlines (one invented);
a weekday "thứ Năm" taken for a year; a connective's fragment shown as the step."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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

KEHOACH = Path(sys.executable).with_name("kehoach")
ELECTION = date(2026, 3, 15)
WORKING_HEADER = "Thời hạn (số ngày làm việc trước ngày bầu cử)"


def kehoach(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(KEHOACH), *args], input=stdin, capture_output=True, text=True, check=False, cwd=cwd
    )


def _refused(phrase: str, context: Context) -> str:
    with pytest.raises(DeadlineError) as caught:
        parse_deadlines(phrase, context)
    return caught.value.why


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
        ("105 ngày", "Số ngày làm việc (số tuần) trước ngày bầu cử", "nhiều đơn vị"),
    ],
)
def test_a_cell_and_a_header_that_disagree_are_refused(cell: str, header: str, why: str) -> None:
    said = _refused(cell, Context(header=header))
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
    plans.mkdir()
    (plans / "kh-bau-cu-x.yaml").write_text(_PLAN_HEAD + milestones, encoding="utf-8")
    return plans


def _dues(plans: Path) -> dict[str, str]:
    done = kehoach("status", str(plans), "--format", "json", "--as-of", "01/09/2025")
    assert done.returncode == 0, done.stderr
    return {item["task_id"]: item["due"] for item in json.loads(done.stdout)["items"]}


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
    said = _refused(phrase, Context(issued=date(2025, 3, 1)))
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
