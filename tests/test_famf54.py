"""Session 54, helper famf54: the long tail of the refused corpus phrases (family F).

A year's calendar opening the sentence, "Theo lịch năm 2026, …" (`dates.calendaryear`), is
read as "Năm 2026, …": the day it names in that year, every check of the plain sentence
applying (the page's year, the weekday, the lunar gloss, a negation, a condition, a thing
told done), and refused wherever the plain sentence is."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.calendaryear import calendar_year_plainly

_GIO_TO = "Giỗ Tổ Hùng Vương (10/3 Âm lịch) rơi vào Chủ nhật 26/4 Dương lịch"


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # tests/corpus/u-24h-gio-to-hung-vuong-2026.yaml
        (f"Theo lịch năm 2026, {_GIO_TO}", "2026-03-10"),
        # tests/corpus/u-kenh14-gio-to-hung-vuong-2026.yaml
        (
            "Theo lịch năm 2026, Giỗ Tổ Hùng Vương (mùng 10/3 Âm lịch) rơi vào Chủ nhật ngày "
            "26/4/2026 theo Dương lịch",
            "2026-03-11",
        ),
        # typed with no diacritic at all
        ("Theo lich nam 2026, Gio To Hung Vuong roi vao Chu nhat 26/4", "2026-03-10"),
    ],
)
def test_a_year_s_calendar_names_the_day_s_year(phrase: str, issued: str) -> None:
    assert read_days(phrase, issued) == ("date", "2026-04-26", "2026-04-26")


def test_the_step_keeps_the_calendar_as_printed() -> None:
    reading = one(f"Theo lịch năm 2026, {_GIO_TO}", ctx("2026-03-10"))
    assert reading.label == "Theo lịch năm 2026, Giỗ Tổ Hùng Vương (10/3 Âm lịch) rơi"
    assert reading.gloss is not None and "10/3 Âm lịch" in reading.gloss


def test_a_year_s_calendar_on_a_page_with_no_date_reads_as_the_plain_year() -> None:
    # "Năm 2026, Tết Dương lịch rơi vào thứ Năm, ngày 1/1." (`yearopened`), said by the calendar
    phrase = "Theo lịch năm 2026, Tết Dương lịch rơi vào thứ Năm, ngày 1/1."
    assert read_days(phrase) == ("date", "2026-01-01", "2026-01-01")


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # another year than the page's, for a day written without its year
        (f"Theo lịch năm 2025, {_GIO_TO}", "2026-03-10"),
        (f"Theo lịch năm 2026, {_GIO_TO}", "2025-12-20"),
        # a weekday, a lunar gloss or a year that disagrees with the day
        ("Theo lịch năm 2026, Giỗ Tổ Hùng Vương rơi vào thứ Hai 26/4", "2026-03-10"),
        (
            "Theo lịch năm 2026, Giỗ Tổ Hùng Vương (11/3 Âm lịch) rơi vào Chủ nhật 26/4",
            "2026-03-10",
        ),
        ("Theo lịch năm 2026, Giỗ Tổ Hùng Vương rơi vào Chủ nhật 26/4/2027", "2026-03-10"),
        # a negation, a thing told done, a condition after the frame
        ("Theo lịch năm 2026, Giỗ Tổ Hùng Vương không rơi vào Chủ nhật 26/4", "2026-03-10"),
        ("Theo lịch năm 2026, Giỗ Tổ Hùng Vương đã rơi vào Chủ nhật 26/4", "2026-03-10"),
        ("Theo lịch năm 2026, nếu trời mưa, lễ hội tổ chức ngày 26/4", "2026-03-10"),
        # two days in one sentence
        (
            "Theo lịch năm 2026, Giỗ Tổ rơi vào Chủ nhật 26/4, Quốc khánh rơi vào thứ Tư 2/9",
            "2026-03-10",
        ),
        # a schedule, not a year's calendar: left to the other rules
        ("Theo lịch năm học 2025-2026, học sinh nghỉ Tết từ 14/2 đến 22/2", "2025-09-05"),
        ("Theo lịch năm 2026 của Bộ, thi ngày 11/6", "2026-03-10"),
        # no issue day, and a day without its year in a sentence "Năm 2026, …" cannot read
        (f"Theo lịch năm 2026, {_GIO_TO}", None),
    ],
)
def test_a_year_s_calendar_is_refused_where_the_plain_year_is(
    phrase: str, issued: str | None
) -> None:
    refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Theo lịch năm 2026, Tết rơi vào 17/2", "Năm 2026, Tết rơi vào 17/2"),
        ("- Theo lịch năm 2026, Tết rơi vào 17/2", "Năm 2026, Tết rơi vào 17/2"),
        ("Theo lịch năm học 2025-2026, …", None),
        ("Theo lịch năm 2026 của Bộ, …", None),
        ("Lễ hội theo lịch năm 2026, ngày 26/4", None),
    ],
)
def test_only_the_opening_calendar_of_a_year_is_said_plainly(text: str, plain: str | None) -> None:
    assert calendar_year_plainly(text) == plain
