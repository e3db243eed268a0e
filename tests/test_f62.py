"""Session 62, helper f62: two more lists of a plan's steps read as their milestones, each
through the engine's whole reader, and the neighbours that must stay refused.

1. A day without its year before a step whose year is printed, in a school year's calendar
   (`kehoach.dates.orderyear`): "Ngày 5/9 chính thức tựu trường, học kỳ I kết thúc trước
   18/1/2026" (y-baodanang-lich-khai-giang-2025-2026), "… khai giảng vào ngày 5-9, kết thúc
   năm học trước ngày 31-5-2025" (l-tien-giang-nam-hoc-2024-2025). Taken in the printed year,
   5/9/2026 would follow 18/1/2026, told after it: the list's order leaves the year before,
   the plan's own. Main refused every list whose years were not all written or all the
   plan's. (Both corpus phrases stay refused for other words: "chính thức", "thi THPT dự
   kiến …"; "tựu trường từ ngày 29-8", a start; see the report of f62.)
2. A council's sitting told with its length before its opening and closing ("Kỳ họp thứ
   chín, HĐND tỉnh khoá X, nhiệm kỳ 2021-2026 dự kiến diễn ra trong 2,5 ngày, khai mạc vào
   sáng 18/7 và bế mạc sáng 20/7/2022", zk-baobackan-hop-bao-ky-hop-thu-chin-2022): the
   length is its weekdays, the last a half, as session 34's "làm việc trong 21 ngày" of
   m-cand was (`schedules._sitting_worked`), and the council's term its years fall in.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind

W, D = DeadlineKind.WINDOW, DeadlineKind.DATE


def _read(phrase: str, issued: str | None) -> list[tuple[DeadlineKind, str, str]]:
    return [
        (one.kind, str(one.first), str(one.last)) for one in parse_deadlines(phrase, ctx(issued))
    ]


# -- 1. the year a list's order leaves ---------------------------------------------------

OPENING = "khai giảng vào ngày 5-9, kết thúc năm học trước ngày 31-5-2025"  # l-tien-giang
TIEN_GIANG = "2024-08-19"


def test_the_opening_before_the_written_close_is_this_autumns() -> None:
    assert _read(OPENING, TIEN_GIANG) == [
        (D, "2024-09-05", "2024-09-05"),
        (D, "2025-05-31", "2025-05-31"),
    ]


def test_the_return_before_the_semesters_end_is_the_plans_year() -> None:
    # y-baodanang-lich-khai-giang-2025-2026, without its heading and its hedged exam
    assert _read("Ngày 5/9 tựu trường, học kỳ I kết thúc trước 18/1/2026", "2025-08-28") == [
        (D, "2025-09-05", "2025-09-05"),
        (D, "2026-01-18", "2026-01-18"),
    ]


def test_three_steps_two_without_their_year() -> None:
    phrase = (
        "tựu trường vào ngày 29-8, khai giảng vào ngày 5-9 và kết thúc năm học trước ngày 31-5-2025"
    )
    assert _read(phrase, TIEN_GIANG) == [
        (D, "2024-08-29", "2024-08-29"),
        (D, "2024-09-05", "2024-09-05"),
        (D, "2025-05-31", "2025-05-31"),
    ]


def test_a_crop_calendar_into_the_new_year() -> None:
    phrase = "ngày 5-10/12 làm đất, ngày 10-15/12 xuống giống, thu hoạch xong trước ngày 30/4/2027"
    assert _read(phrase, "2026-11-20") == [
        (W, "2026-12-05", "2026-12-10"),
        (W, "2026-12-10", "2026-12-15"),
        (D, "2027-04-30", "2027-04-30"),
    ]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the written year first, the yearless day after it: the order tells nothing
        ("kết thúc năm học trước ngày 31-5-2025, khai giảng vào ngày 5-9", TIEN_GIANG),
        ("kết thúc năm học trước ngày 31-5-2025 và khai giảng vào ngày 5-9", TIEN_GIANG),
        # items after semicolons may come in any order
        ("kết thúc năm học trước ngày 31-5-2025; khai giảng vào ngày 5-9", TIEN_GIANG),
        # years two apart: a slip, or another school year
        ("khai giảng vào ngày 5-9, kết thúc năm học trước ngày 31-5-2026", TIEN_GIANG),
        # the plan's year itself after the written one
        ("khai giảng vào ngày 5-9, kết thúc năm học trước ngày 31-5-2024", "2024-01-10"),
        # the opening past when the plan is issued (a fortnight after it)
        (OPENING, "2024-09-20"),
        # no issue day: no plan's year to take
        (OPENING, None),
        # done, just done, put off, called off, moved, an alternative, a comparison
        ("đã khai giảng vào ngày 5-9, kết thúc năm học trước ngày 31-5-2025", TIEN_GIANG),
        ("vừa khai giảng vào ngày 5-9, kết thúc năm học trước ngày 31-5-2025", TIEN_GIANG),
        ("hoãn khai giảng vào ngày 5-9, kết thúc năm học trước ngày 31-5-2025", TIEN_GIANG),
        ("không khai giảng vào ngày 5-9, kết thúc năm học trước ngày 31-5-2025", TIEN_GIANG),
        ("khai giảng dời sang ngày 5-9, kết thúc năm học trước ngày 31-5-2025", TIEN_GIANG),
        ("khai giảng vào ngày 5-9 hoặc 6-9, kết thúc năm học trước ngày 31-5-2025", TIEN_GIANG),
        (
            "khai giảng vào ngày 5-9 so với năm trước, kết thúc năm học trước ngày 31-5-2025",
            TIEN_GIANG,
        ),
        # a condition, a year gone by
        ("nếu kịp, khai giảng vào ngày 5-9, kết thúc năm học trước ngày 31-5-2025", TIEN_GIANG),
        ("khai giảng vào ngày 5-9 năm ngoái, kết thúc năm học trước ngày 31-5-2025", TIEN_GIANG),
        ("năm ngoái khai giảng vào ngày 5-9, kết thúc năm học trước ngày 31-5-2025", TIEN_GIANG),
        # a calendar's step given up or hedged
        (
            "ngày 5-10/12 làm đất, ngày 10-15/12 cấm xuống giống, thu hoạch xong trước ngày 30/4/2027",
            "2026-11-20",
        ),
        (
            "ngày 5-10/12 làm đất, ngày 10-15/12 có thể xuống giống, thu hoạch xong trước ngày 30/4/2027",
            "2026-11-20",
        ),
        (
            "ngày 5-10/12 làm đất, ngày 10-15/12 xuống giống (tham khảo), thu hoạch xong trước ngày 30/4/2027",
            "2026-11-20",
        ),
        # no step's word on the yearless day
        ("ngày 5-9, kết thúc năm học trước ngày 31-5-2025", TIEN_GIANG),
        ("lớp 5-9, kết thúc năm học trước ngày 31-5-2025", TIEN_GIANG),
    ],
)
def test_a_year_the_order_does_not_tell_stays_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


# -- 2. a sitting's length, a half day closing it ----------------------------------------

SITTING = (
    "Kỳ họp thứ chín, HĐND tỉnh khoá X, nhiệm kỳ 2021-2026 dự kiến diễn ra trong 2,5 ngày, "
    "khai mạc vào sáng 18/7 và bế mạc sáng 20/7/2022"
)


def test_the_sitting_of_two_and_a_half_days_reads_its_opening_and_closing() -> None:
    expected = [(D, "2022-07-18", "2022-07-18"), (D, "2022-07-20", "2022-07-20")]
    assert _read(SITTING, None) == expected  # the page gives no issue day
    assert _read(SITTING, "2022-07-10") == expected


def test_whole_days_as_many_as_its_weekdays() -> None:
    phrase = SITTING.replace("2,5 ngày", "3 ngày")
    assert _read(phrase, None) == [(D, "2022-07-18", "2022-07-18"), (D, "2022-07-20", "2022-07-20")]


@pytest.mark.parametrize(
    "phrase",
    [
        # a length that is not its weekdays
        SITTING.replace("2,5 ngày", "2 ngày"),
        SITTING.replace("2,5 ngày", "3,5 ngày"),
        SITTING.replace("2,5 ngày", "1,5 ngày"),
        SITTING.replace("2,5 ngày", "12,5 ngày"),
        SITTING.replace("2,5 ngày", "2,4 ngày"),
        # a term the sitting does not fall in
        SITTING.replace("2021-2026", "2016-2021"),
        SITTING.replace("2021-2026", "2023-2028"),
        # another number before: a day, a count, a document
        SITTING.replace("Kỳ họp thứ chín", "Kỳ họp thứ 9"),
        SITTING.replace("dự kiến", "theo Thông báo số 12 dự kiến"),
        SITTING.replace("dự kiến", "từ ngày 15/7 dự kiến"),
        # done, called off, put off, a condition, negated
        SITTING.replace("dự kiến diễn ra", "đã diễn ra"),
        SITTING.replace("dự kiến diễn ra", "không diễn ra"),
        SITTING.replace("dự kiến diễn ra", "hoãn, dự kiến diễn ra"),
        SITTING.replace("dự kiến diễn ra", "nếu đủ đại biểu, diễn ra"),
        # the closing before the opening, or no opening
        SITTING.replace("sáng 18/7", "sáng 21/7"),
        SITTING.replace("khai mạc vào sáng 18/7 và ", "họp vào sáng 18/7 và "),
        # the days a year apart
        SITTING.replace("sáng 18/7", "sáng 18/7/2021"),
    ],
)
def test_a_sitting_whose_length_or_term_does_not_fit_stays_refused(phrase: str) -> None:
    refused(phrase, ctx())
