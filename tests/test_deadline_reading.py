"""How a reading is shown (`kehoach deadline`) and how a milestone's escape hatches work."""

from __future__ import annotations

import json
import subprocess
from datetime import date

import pytest

from clirun import kehoach
from kehoach.dates.deadline import Context, DeadlineKind
from kehoach.plan.model import Milestone
from kehoach.plan.schedule import read_milestone

PLAN = Context(issued=date(2027, 3, 1))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, env={"NO_COLOR": "1"})


def test_text_shows_a_recurring_rule_in_words_and_its_next_due_day() -> None:
    out = run("deadline", "trước ngày 10 tháng cuối cùng của mỗi quý", "--as-of", "15/6/2027")
    assert out.returncode == 0
    assert "hằng quý, hạn ngày 10 của tháng cuối quý" in out.stdout
    assert "Hạn kế tiếp  10/09/2027 (tính từ ngày 15/06/2027)" in out.stdout
    assert "frequency" not in out.stdout and "monthly" not in out.stdout


def test_text_says_when_the_year_came_from_the_plan() -> None:
    out = run("deadline", "trước ngày 20-11", "--issued", "01/3/2027")
    assert "Năm       2027, lấy theo năm ban hành kế hoạch" in out.stdout


def test_a_year_reckoned_as_the_next_one_is_not_called_the_plans_year() -> None:
    # za-vnexpress, za-cafef: "chuyển sang 10/1" in a text of 29/12/2025 means January 2026
    out = run("deadline", "hoàn thành trước ngày 10/1", "--issued", "20/12/2025")
    assert "Năm       2026, suy từ ngày ban hành" in out.stdout
    assert "lấy theo năm ban hành kế hoạch" not in out.stdout


def test_json_says_where_the_year_came_from() -> None:
    # za-vnexpress's January day written in December, the plan's year, a year written
    for phrase, issued, source in (
        ("hoàn thành trước ngày 10/1", "20/12/2025", "page"),
        ("trước ngày 20-11", "01/3/2027", "plan"),
        ("trước ngày 20/11/2027", "01/3/2027", "phrase"),
    ):
        out = run("deadline", phrase, "--issued", issued, "--format", "json")
        reading = json.loads(out.stdout)
        assert (reading["year_from"], reading["year_from_plan"]) == (source, source != "phrase")


def test_the_plans_year_is_said_when_the_reading_line_no_longer_says_it() -> None:
    # i-vietnamnet-thu-tuong-thua-thang-xong-len-quang-trung-2025 (30/12/2025): the reading
    # of "ngày cuối tháng 12" is rewritten without the note; the plan's year all the same
    out = run(
        "deadline", "3 nhà còn lại sẽ hoàn thành trong ngày cuối tháng 12", "--issued", "30/12/2025"
    )
    assert "Năm           2025, lấy theo năm ban hành kế hoạch" in out.stdout


def test_a_congress_s_year_is_never_called_the_plans() -> None:
    # zc-baomoi-dai-hoi-mttq-xa-khanh-vinh-2025 (a page with no date): the day takes the first
    # year of the congress's term, which the phrase names; no plan, no issue day
    phrase = (
        "Ngày 9-10, Ủy ban MTTQ Việt Nam xã Khánh Vĩnh tổ chức Đại hội đại biểu lần thứ I, "
        "nhiệm kỳ 2025 - 2030"
    )
    out = run("deadline", phrase)
    assert "Hạn cuối  09/10/2025" in out.stdout
    assert "năm đầu nhiệm kỳ của đại hội" in out.stdout
    assert "lấy theo năm ban hành kế hoạch" not in out.stdout
    reading = json.loads(run("deadline", phrase, "--format", "json").stdout)
    assert (reading["year_from"], reading["year_from_plan"]) == ("phrase", False)


@pytest.mark.parametrize("line_break", ["\n", "\u2028", "\n\n"])
def test_a_phrase_of_several_lines_goes_on_under_its_row(line_break: str) -> None:
    # a cell pasted with its line break: the second line under the first, at the values'
    # column, never where a row's name stands; no blank line inside the reading
    out = run("deadline", f"Tham mưu UBND tỉnh{line_break}trước ngày 20/11/2027")
    lines = out.stdout.split("\n")
    assert lines[0] == "Cụm từ    Tham mưu UBND tỉnh"
    assert lines[1] == " " * len("Cụm từ    ") + "trước ngày 20/11/2027"
    assert "Hạn cuối  20/11/2027" in out.stdout
    assert "\n\n" not in out.stdout.rstrip("\n") and "\u2028" not in out.stdout


def test_a_yearless_phrase_without_issued_points_to_the_option() -> None:
    out = run("deadline", "trước ngày 20-11")
    assert out.returncode == 1
    assert "--issued" in out.stderr


def test_json_gains_the_new_fields_and_keeps_the_old() -> None:
    out = run("deadline", "10 giờ ngày 14/3/2027 (Chủ nhật)", "--format", "json")
    reading = json.loads(out.stdout)
    assert {"phrase", "kind", "first", "last", "recurrence", "label", "reading"} <= set(reading)
    assert {"earliest", "qualifier", "time", "gloss", "relative", "rrule"} <= set(reading)
    assert (reading["kind"], reading["last"], reading["time"]) == ("date", "2027-03-14", "10:00")


def test_json_says_a_routine_duty_from_a_report_owed_each_period() -> None:
    # tests/corpus/j-2-camau-hdnd-tiep-cong-dan-thu-nam.yaml (HĐND tỉnh Cà Mau): a reception
    # day is a duty done on it; the same weekday with a report word owes a report each week
    def duty(phrase: str) -> bool:
        reading = json.loads(run("deadline", phrase, "--format", "json").stdout)
        assert reading["kind"] == "recurring"
        return bool(reading["duty"])

    assert duty("vào thứ Năm hàng tuần")
    assert not duty("báo cáo gửi vào thứ Năm hàng tuần")
    assert not duty("trước ngày 20 hằng tháng")


def test_json_of_a_relative_phrase_has_its_structure() -> None:
    phrase = "ít nhất 30 ngày làm việc trước ngày khai mạc Đại hội"
    reading = json.loads(run("deadline", phrase, "--format", "json").stdout)
    assert reading["relative"] == {
        "offset": 30,
        "unit": "ngày",
        "working_days": True,
        "direction": "before",
        "anchor": "ngày khai mạc Đại hội",
    }


def test_json_of_two_deadlines_lists_both() -> None:
    out = run("deadline", "Tháng 3 và tháng 9/2027", "--format", "json")
    data = json.loads(out.stdout)
    assert data["phrase"] == "Tháng 3 và tháng 9/2027"
    assert [(r["first"], r["last"]) for r in data["readings"]] == [
        ("2027-03-01", "2027-03-31"),
        ("2027-09-01", "2027-09-30"),
    ]


def test_a_refusal_points_to_the_escape_hatches() -> None:
    out = run("deadline", "Quý II/2027 hoặc trước ngày 20/11/2027")
    assert out.returncode == 1
    assert "last_day" in out.stderr and "first_day" in out.stderr


def test_first_day_and_last_day_make_an_overridden_window_keep_its_start() -> None:
    milestone = Milestone(
        phrase="Quý II/2027 hoặc trước ngày 20/11/2027",
        first_day=date(2027, 4, 1),
        last_day=date(2027, 6, 30),
    )
    got = read_milestone(milestone, PLAN)
    assert (got.kind, got.first, got.last) == (
        DeadlineKind.WINDOW,
        date(2027, 4, 1),
        date(2027, 6, 30),
    )


def test_last_day_alone_is_one_day() -> None:
    milestone = Milestone(phrase="theo lịch chung của Bộ", last_day=date(2027, 6, 30))
    got = read_milestone(milestone, PLAN)
    assert (got.kind, got.first, got.last) == (
        DeadlineKind.DATE,
        date(2027, 6, 30),
        date(2027, 6, 30),
    )


def test_status_counts_a_quarterly_day_in_the_right_month() -> None:
    from kehoach.dates.deadline import parse_deadline
    from kehoach.reports.status import current_occurrence, previous_occurrence

    last_month = parse_deadline("trước ngày 10 tháng cuối cùng của mỗi quý", PLAN).recurrence
    first_month = parse_deadline("Trước ngày 10 của tháng đầu quý sau quý báo cáo", PLAN)
    assert last_month is not None and first_month.recurrence is not None
    assert current_occurrence(last_month, date(2027, 6, 11)) == date(2027, 9, 10)
    assert current_occurrence(last_month, date(2027, 4, 2)) == date(2027, 6, 10)
    assert current_occurrence(first_month.recurrence, date(2027, 1, 11)) == date(2027, 4, 10)
    assert previous_occurrence(last_month, date(2027, 9, 10)) == date(2027, 6, 10)
