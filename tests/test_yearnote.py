"""The plan-year note is one wording: a year said by the phrase replaces it in either form."""

from __future__ import annotations

from datetime import date

from kehoach.dates.deadline import Context, parse_deadline
from kehoach.dates.yearnote import plan_year_note, year_said


def test_a_crossing_window_says_it_runs_into_the_next_year() -> None:
    # a crop calendar's "25/12-5/1" under a sowing header crosses the new year (session 38)
    note = plan_year_note(2026, crossing_into=2027)
    assert note == (
        "; năm 2026 lấy theo năm ban hành kế hoạch, khoảng sang năm 2027 (ngày cuối trước ngày đầu)"
    )


def test_the_year_a_phrase_says_replaces_either_note_of_that_year() -> None:
    said = "; năm 2027: “năm sau”"
    assert year_said("x" + plan_year_note(2027), 2027, said) == "x" + said
    assert year_said("x" + plan_year_note(2026, crossing_into=2027), 2027, said) == "x" + said


def test_a_note_of_another_year_is_left_as_written() -> None:
    reading = "x" + plan_year_note(2026)
    assert year_said(reading, 2027, "; năm 2027: “tới”") == reading


def test_next_year_said_over_a_crossing_window_reads_its_reason() -> None:
    # tests/corpus: "Thời gian nộp báo cáo: từ ngày 15/12 đến ngày 05/01 năm sau" (a GSO
    # reporting rule); the end's year is the one "năm sau" says, never "the plan's year"
    found = parse_deadline("từ ngày 15/12 đến ngày 05/01 năm sau", Context(issued=date(2026, 9, 1)))
    assert "năm 2027: “năm sau”" in found.reading
    assert "lấy theo năm ban hành kế hoạch" not in found.reading
