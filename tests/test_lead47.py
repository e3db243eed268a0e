"""Session 47, the lead's: a deadline read before the plan's issue day is said, not silent;
the summary counts what is due soon; "ngày 5 tháng sau" in a one-off plan is refused.

"Hoàn thành trong tháng 6/2025" in a plan of 10/03/2026 reads as written (news and reviews
retell past periods; earlier tests read them so), and `validate` warns of it in a plan
file (deadline-before-issued). `kehoach deadline --issued` now warns of it too, on
stderr, so a clerk checking one phrase sees that the task is overdue from the day it is
given or that the document's year may be mistyped; stdout, and so JSON, is unchanged.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clirun import kehoach
from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind, Frequency

PAST = "trước ngày ban hành kế hoạch (10/03/2026)"


def test_a_past_span_is_read_with_a_warning() -> None:
    run = kehoach("deadline", "--issued", "2026-03-10", "Hoàn thành trong tháng 6/2025")
    assert run.returncode == 0
    assert "30/06/2025" in run.stdout
    assert f"warning: hạn cuối 30/06/2025 {PAST}" in run.stderr
    assert "ghi nhầm năm" in run.stderr


def test_the_json_reading_stays_clean_json() -> None:
    run = kehoach(
        "deadline", "--issued", "2026-03-10", "-f", "json", "Hoàn thành trong tháng 6/2025"
    )
    assert json.loads(run.stdout)["last"] == "2025-06-30"
    assert "30/06/2025" in run.stderr


def test_each_stdin_line_past_its_issue_day_is_named() -> None:
    lines = "Quý I/2026\nTrước ngày 1/3/2026\nTrước ngày 15/12 hằng năm\n"
    run = kehoach("deadline", "--issued", "2026-03-10", "-", stdin=lines)
    assert run.returncode == 0
    assert run.stderr.splitlines() == [
        f"<stdin>:2: warning: hạn cuối 01/03/2026 {PAST}: "
        "việc đã quá hạn ngay khi giao, hay văn bản ghi nhầm năm? (validate cũng báo "
        "deadline-before-issued)"
    ]


def test_no_warning_for_a_day_ahead_or_without_an_issue_day() -> None:
    ahead = kehoach("deadline", "--issued", "2026-03-10", "Quý I/2026")
    assert ahead.returncode == 0 and ahead.stderr == ""
    bare = kehoach("deadline", "Hoàn thành trong tháng 6/2025")
    assert bare.returncode == 0 and bare.stderr == ""


# --- The summary's due-soon column (note46 §6: the text summary had none) -----------------


def _summary_row(out: str, agency: str) -> list[str]:
    """The summary table's row of `agency`: its counts, after the name."""
    summary = out[out.index("Tổng hợp theo cơ quan chủ trì") :]
    line = next(line for line in summary.splitlines() if line.startswith(agency))
    return line.removeprefix(agency).split()


def test_the_summary_counts_the_tasks_due_soon_per_agency() -> None:
    """Sở Kế hoạch và Đầu tư has 8 deadlines in time on 01/07/2022: 05/07 is due within 7
    days, 15/07 within 14 too (plans/kh-348: "Tham mưu UBND tỉnh trước ngày 05/7/2022",
    "… gửi Tổ biên tập trước ngày 15/7/2022")."""
    runs = {
        soon: kehoach(
            "status", "plans", "--as-of", "01/07/2022", "--soon", soon, env={"COLUMNS": "160"}
        )
        for soon in ("7", "14")
    }
    assert "Sắp" in runs["7"].stdout.split("Tổng hợp theo cơ quan chủ trì")[1].splitlines()[2]
    # done on time, done late, in time, due soon, overdue, …
    assert _summary_row(runs["7"].stdout, "Sở Kế hoạch và Đầu tư")[:5] == list("00810")
    assert _summary_row(runs["14"].stdout, "Sở Kế hoạch và Đầu tư")[:5] == list("00820")


# --- "ngày N tháng sau" in a plan: which month after? (session 47's tester) ---------------

MARCH_2026 = ctx("2026-03-10")


@pytest.mark.parametrize(
    "phrase",
    [
        "Tổ chức hội nghị vào ngày 5 tháng sau",
        "Nộp hồ sơ trước ngày 5 tháng sau",
        "Tổ chức tổng kết trước ngày 10 của tháng tiếp theo",
    ],
)
def test_the_nth_of_next_month_in_a_plan_is_refused_not_read_monthly(phrase: str) -> None:
    """Read as due on that day of every month, a plan's one step of 10/03/2026 ("vào ngày
    5 tháng sau": 05/04/2026 once) showed due each month from December."""
    why = refused(phrase, MARCH_2026)
    assert "tháng sau của tháng nào" in why and "hằng tháng" in why


@pytest.mark.parametrize(
    "phrase",
    [
        # j-2-thuvienphapluat-tt-04-2016-bnnptnt-bao-cao-dich-benh, y-phu-yen-bqlkkt-…
        "Trạm Thú y báo cáo Chi cục Thú y trước ngày 10 của tháng tiếp theo",
        "Ngày nhận báo cáo: ngày 10 tháng sau tháng báo cáo",
        "Nộp tờ khai trước ngày 20 tháng sau",
        "Hằng tháng, nộp trước ngày 5 tháng sau",
        # the cell alone, as a reporting table's column prints it (test_report_periods)
        "Trước ngày 10 của tháng tiếp theo",
    ],
)
def test_a_report_or_a_rule_due_next_month_stays_monthly(phrase: str) -> None:
    reading = one(phrase, MARCH_2026)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert reading.recurrence.frequency is Frequency.MONTHLY


@given(st.integers(1, 28))
def test_a_standing_rule_due_next_month_is_each_month(day: int) -> None:
    """Under --standing (a law, a reporting regime) the month after is each month's."""
    reading = one(f"Nộp trước ngày {day} tháng sau", replace(MARCH_2026, standing=True))
    assert reading.recurrence is not None
    assert (reading.recurrence.frequency, reading.recurrence.day) == (Frequency.MONTHLY, day)


# --- A note after the time that tells the work done (note46 §5) ---------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Nộp báo cáo trước ngày 15/3/2026 - đã xong",
        "Nộp báo cáo trước ngày 15/3/2026. Đã xong",
        "Hoàn thành ngày 15/3/2026 rồi",
        "Trước ngày 15/3/2026 (xong)",
        "Trước ngày 15/3/2026 - Xong rồi",
        "Trước ngày 15/3/2026 – đã hoàn thành",
    ],
)
def test_a_note_telling_the_work_done_is_refused(phrase: str) -> None:
    """Read as due 15/03 with the note as its gloss or step: the tracking sheet's word that
    it is done is no running deadline (convention 1); the way out is `kehoach done`."""
    why = refused(phrase, MARCH_2026)
    assert "nói việc đã xong" in why and "kehoach done" in why


@pytest.mark.parametrize(
    ("phrase", "step"),
    [
        ("Hoàn thành ngày 15/3/2026 rồi báo cáo UBND tỉnh", "rồi báo cáo UBND tỉnh"),
        ("Trước ngày 15/3/2026, hoàn thành dứt điểm", "hoàn thành dứt điểm"),
    ],
)
def test_work_to_come_after_the_day_stays_read(phrase: str, step: str) -> None:
    reading = one(phrase, MARCH_2026)
    assert reading.last is not None and reading.last.isoformat() == "2026-03-15"
    assert reading.label == step
