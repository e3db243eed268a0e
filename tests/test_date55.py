"""Session 55, helper date55 (issue 11, the deadline language): a weekday told of a day after
it, a fact of the calendar checked and set aside (`dates.weekdaytold`). Each form with the
real phrase that motivated it (its corpus file named) and the neighbours that must stay
refused (the first rule: never a silent wrong date). Every phrase is read on a page with its
issue day given, so no reading here depends on today."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.reading import DeadlineKind

D = DeadlineKind.DATE

# --- the day, then the weekday it falls on -----------------------------------------------------

# za-cafef-lich-nghi-tet-65-truong-dh-2026 (CafeF, 16/12/2025)
NEW_YEAR = "Năm 2026, Tết Dương lịch (ngày 1/1) vào thứ Năm."
DEC_2025 = ctx("2025-12-16")


def test_a_day_then_its_weekday_reads_the_day() -> None:
    reading = one(NEW_YEAR, DEC_2025)
    assert days(reading) == (D, date(2026, 1, 1), date(2026, 1, 1))
    assert reading.phrase == NEW_YEAR


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Tết Dương lịch (ngày 1/1) vào thứ Năm.", date(2026, 1, 1)),
        ("Tết Dương lịch (ngày 1/1) rơi vào thứ Năm", date(2026, 1, 1)),
        ("ngày 1/1/2026 là thứ Năm", date(2026, 1, 1)),
        ("trước ngày 5/1 vào thứ Hai", date(2026, 1, 5)),
        ("Khai mạc ngày 4/1 sẽ rơi vào Chủ nhật của tuần", date(2026, 1, 4)),
    ],
)
def test_the_weekday_said_other_ways_reads_the_day(phrase: str, day: date) -> None:
    assert days(one(phrase, DEC_2025)) == (D, day, day)


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the weekday is not the day's: one of the two is mistyped
        ("Năm 2026, Tết Dương lịch (ngày 1/1) vào thứ Tư.", "2025-12-16"),
        ("ngày 1/1/2027 là thứ Năm", "2025-12-16"),
        ("Khai mạc ngày 3/1 vào Chủ nhật", "2025-12-16"),
        # the year opening is not the one the page's rule takes the day in (1/1/2026), though
        # 1/1/2025 was a Wednesday: no year is lent
        ("Năm 2025, Tết Dương lịch (ngày 1/1) vào thứ Tư", "2025-12-16"),
        ("Năm 2025, Tết Dương lịch (ngày 1/1) vào thứ Năm", "2025-12-16"),
        # a day already past at the issue day, or a page with no date (ruling 39(b))
        ("Tết Dương lịch (ngày 1/1) vào thứ Năm.", "2026-06-01"),
        ("Tết Dương lịch (ngày 1/1) vào thứ Năm.", None),
        # a negation, a condition, a thing told done
        ("Năm 2026, Tết Dương lịch (ngày 1/1) không vào thứ Năm.", "2025-12-16"),
        ("Năm 2026, nếu được, Tết Dương lịch (ngày 1/1) vào thứ Năm.", "2025-12-16"),
        ("Năm 2026, Tết Dương lịch (ngày 1/1) đã vào thứ Năm.", "2025-12-16"),
        # typed without diacritics: "vao" may be another word
        ("Nam 2026, Tet Duong lich (ngay 1/1) vao thu Nam.", "2025-12-16"),
        # two days, a span, a week after the weekday, a step between the day and the weekday
        ("ngày 1/1 và ngày 2/1 vào thứ Năm", "2025-12-16"),
        ("từ 1/1 đến 4/1/2026 vào thứ Năm", "2025-12-16"),
        ("trước ngày 5/1 vào thứ Hai tuần sau", "2025-12-16"),
        ("Hạn nộp ngày 2/1, họp vào thứ Sáu", "2025-12-16"),
    ],
)
def test_a_weekday_that_does_not_check_the_day_stays_refused(
    phrase: str, issued: str | None
) -> None:
    refused(phrase, ctx(issued))


def test_a_wrong_weekday_is_refused_saying_which_is_the_day_s() -> None:
    why = refused("Năm 2026, Tết Dương lịch (ngày 1/1) vào thứ Tư.", DEC_2025)
    assert "01/01/2026 là Thứ Năm, không phải Thứ Tư" in why


# --- the deadline, then the weekday of a day beside it as its reason ---------------------------

# y-nld-han-bao-cao-lao-dong-6-thang-cuoi-nam-2025 (Người Lao Động, 28/11/2025)
ADVISED = "Thực tế, các đơn vị nên hoàn thành trước ngày 4-12, vì ngày 5-12 rơi vào thứ Sáu"
NOV_2025 = ctx("2025-11-28")


def test_a_deadline_then_a_reason_by_a_weekday_reads_the_deadline() -> None:
    reading = one(ADVISED, NOV_2025)
    assert days(reading) == (D, date(2025, 12, 4), date(2025, 12, 4))
    assert reading.phrase == ADVISED


@pytest.mark.parametrize(
    "phrase",
    [
        # the reason's weekday is not its day's (05/12/2025 was a Friday)
        "Thực tế, các đơn vị nên hoàn thành trước ngày 4-12, vì ngày 5-12 rơi vào thứ Năm",
        # the reason's day far from the deadline: which year, which deadline?
        "các đơn vị nên hoàn thành trước ngày 4-12, vì ngày 25-12 rơi vào thứ Năm",
        # the deadline told done, not done, denied, on a condition
        "các đơn vị đã hoàn thành trước ngày 4-12, vì ngày 5-12 rơi vào thứ Sáu",
        "các đơn vị chưa hoàn thành trước ngày 4-12, vì ngày 5-12 rơi vào thứ Sáu",
        "các đơn vị không hoàn thành trước ngày 4-12, vì ngày 5-12 rơi vào thứ Sáu",
        "các đơn vị hoàn thành trước ngày 4-12 nếu kịp, vì ngày 5-12 rơi vào thứ Sáu",
        # a span before the reason, or words after it
        "từ ngày 1-12 đến 4-12, vì ngày 5-12 rơi vào thứ Sáu",
        "các đơn vị nên hoàn thành trước ngày 4-12, vì ngày 5-12 rơi vào thứ Sáu, ngày 6-12 nghỉ",
        # typed without diacritics
        "cac don vi nen hoan thanh truoc ngay 4-12, vi ngay 5-12 roi vao thu Sau",
    ],
)
def test_a_reason_that_does_not_check_stays_refused(phrase: str) -> None:
    refused(phrase, NOV_2025)


def test_a_wrong_reason_weekday_is_refused_saying_which_is_the_day_s() -> None:
    why = refused(ADVISED.replace("thứ Sáu", "thứ Năm"), NOV_2025)
    assert "05/12/2025 là Thứ Sáu, không phải Thứ Năm" in why


# --- an hour between a label's comma and its day: no signing line -----------------------------

# t-24h-phao-hoa-tet-duong-lich-2026 (24h, 31/12/2025)
FIREWORKS = (
    "Tại TP HCM, màn bắn pháo hoa chào năm mới 2026 dự kiến kéo dài 15 phút, từ 0h đến 0h15 "
    "ngày 1/1/2026, tại 6 điểm"
)
DEC_31 = ctx("2025-12-31")


def test_an_event_at_its_hours_after_a_comma_reads_its_day() -> None:
    reading = one(FIREWORKS, DEC_31)
    assert days(reading) == (D, date(2026, 1, 1), date(2026, 1, 1))
    assert reading.phrase == FIREWORKS


@pytest.mark.parametrize(
    "phrase",
    [
        "màn bắn pháo hoa, từ 22h đến 22h15 ngày 1/1/2026",
        "Hội nghị, 8h ngày 1/1/2026",
        "Hội nghị, 8 giờ 30 ngày 1/1/2026",
    ],
)
def test_an_hour_before_the_day_says_no_signing_line(phrase: str) -> None:
    assert days(one(phrase, DEC_31)) == (D, date(2026, 1, 1), date(2026, 1, 1))


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # a signing line, with or without an hour before its day: a place alone
        ("Hà Nội, ngày 1/1/2026", "dòng nơi và ngày ban hành"),
        ("Hà Nội, 8h ngày 1/1/2026", "dòng nơi và ngày ban hành"),
        ("Hội nghị, ngày 1/1/2026", "dòng nơi và ngày ban hành"),
        # a number that is no hour before the day: a document's
        ("Hội nghị, số 8 ngày 1/1/2026", "số 8"),
        # told done, on a condition, two hours
        ("Hội nghị đã diễn ra, 8h ngày 1/1/2026", "đã diễn ra"),
        ("Hội nghị, nếu cần, 8h ngày 1/1/2026", "nếu"),
        ("Hội nghị, 8h ngày 1/1/2026 và 9h ngày 2/1/2026", "hai giờ"),
    ],
)
def test_the_neighbours_of_an_hour_before_the_day_stay_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, DEC_31)
