"""Session 57, helper d57 (family D, the long tail of refusals): steps told in one sentence,
the year written once on the last step's day (`kehoach.dates.stepyear`).

"hoàn thành chương trình năm học vào 23-5 và kết thúc năm học trước 31-5-2014" (Báo Bắc
Ninh, 18/07/2013; n-bacninh-tuu-truong-2013-2014): the earlier step takes the year written
after it, only when that year gives the day's first coming after the plan's issue day (two
sources agreeing), never back over a new year, never beside a word that leaves the days or
their year unsure; anything else stays refused.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
N_BACNINH = "hoàn thành chương trình năm học vào 23-5 và kết thúc năm học trước 31-5-2014"


def test_the_corpus_phrase_reads_its_two_steps_in_the_year_written_last() -> None:
    first, second = parse_deadlines(N_BACNINH, ctx("2013-07-18"))
    assert (first.kind, first.first, first.last) == (D, date(2014, 5, 23), date(2014, 5, 23))
    assert (second.kind, second.last) == (D, date(2014, 5, 31))
    assert first.label == "hoàn thành chương trình năm học"
    assert second.label == "kết thúc năm học"
    # the reading says where the year came from; the day written with it needs no note
    assert "năm 2014 theo ngày 31-5-2014 viết sau trong câu" in first.reading
    assert "viết sau" not in second.reading
    assert first.phrase == second.phrase == N_BACNINH


@pytest.mark.parametrize(
    "phrase",
    [
        "hoan thanh chuong trinh nam hoc vao 23-5 va ket thuc nam hoc truoc 31-5-2014",
        "hoàn thành chương trình năm học vào ngày 23/5 và kết thúc năm học trước ngày 31/5/2014",
        "hoàn thành chương trình năm học vào 23.5 và kết thúc năm học trước 31.5.2014",
        "Ngày 23-5 hoàn thành chương trình năm học và trước 31-5-2014 kết thúc năm học",
    ],
)
def test_the_same_steps_printed_otherwise_read_alike(phrase: str) -> None:
    readings = parse_deadlines(phrase, ctx("2013-07-18"))
    assert [one.last for one in readings] == [date(2014, 5, 23), date(2014, 5, 31)]


def test_a_sittings_opening_takes_the_year_of_its_closing() -> None:
    # held refused by test_deadline_schedules before session 57 (years all written or all
    # the plan's); the corpus's zk-baobackan-hop-bao-ky-hop-thu-chin-2022 writes down this
    # shape's reading: "khai mạc vào sáng 18/7 và bế mạc sáng 20/7/2022" as 18/7/2022, 20/7/2022
    readings = parse_deadlines(
        "Kỳ họp thứ chín, HĐND tỉnh khai mạc vào sáng 18/7 tại Hội trường và bế mạc sáng "
        "20/7/2026 tại Hội trường",
        ctx("2026-05-01"),
    )
    assert [(one.kind, one.last) for one in readings] == [
        (D, date(2026, 7, 18)),
        (D, date(2026, 7, 20)),
    ]


def test_an_opening_at_its_hour_takes_the_year_of_the_closing() -> None:
    # held refused by test_deadline_forms_m before session 57 ("one year written, the other
    # taken from the plan"): issued on 13/06/2022, 08/7 comes first in 2022, the year written
    readings = parse_deadlines(
        "khai mạc lúc 8 giờ ngày 08/7 và bế mạc lúc 19 giờ ngày 10/7/2022", ctx("2022-06-13")
    )
    assert [(one.last, one.time) for one in readings] == [
        (date(2022, 7, 8), "08:00"),
        (date(2022, 7, 10), "19:00"),
    ]


def test_a_day_before_the_new_year_of_the_last_step_reads_in_that_year() -> None:
    # 10/1 comes first on 10/1/2014 after a plan of July 2013, and 2014 is written after it
    readings = parse_deadlines(
        "hoàn thành chương trình học kỳ I vào 10-1 và kết thúc năm học trước 31-5-2014",
        ctx("2013-07-18"),
    )
    assert [one.last for one in readings] == [date(2014, 1, 10), date(2014, 5, 31)]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the year written is not the earlier day's first coming after the issue day
        (
            "hoàn thành chương trình năm học vào 23-5 và kết thúc năm học trước 31-5-2015",
            "2013-07-18",
        ),
        (N_BACNINH, "2014-06-01"),  # 23/5/2014 already past: 2015 would come first
        (N_BACNINH, "2013-05-01"),  # 23/5/2013 comes first, 2014 is written: which?
        # a page with no issue day lends nothing to agree with
        (N_BACNINH, None),
        # the earlier day after the later one in the calendar: carried back over a new year?
        (
            "hoàn thành chương trình năm học vào 23-6 và kết thúc năm học trước 31-5-2014",
            "2013-07-18",
        ),
        ("Ngày 5/9 tựu trường, học kỳ I kết thúc trước 18/1/2026", "2025-08-28"),
        # no such day in the year written
        (
            "hoàn thành chương trình năm học vào 29-2 và kết thúc năm học trước 31-5-2015",
            "2013-07-18",
        ),
        # a condition, a negation, a thing told done or not yet, a replacement, an alternative
        ("nếu kịp, " + N_BACNINH, "2013-07-18"),
        ("không " + N_BACNINH, "2013-07-18"),
        ("đã " + N_BACNINH, "2013-07-18"),
        ("chưa " + N_BACNINH, "2013-07-18"),
        (N_BACNINH.replace(" và ", " thay vì "), "2013-07-18"),
        (N_BACNINH.replace(" và ", " hoặc "), "2013-07-18"),
        # a possibility or a forecast, with or without the marks
        ("có thể " + N_BACNINH, "2013-07-18"),
        ("dự kiến " + N_BACNINH, "2013-07-18"),
        (
            "hoan thanh chuong trinh nam hoc vao 23-5 va co the ket thuc nam hoc truoc 31-5-2014",
            "2013-07-18",
        ),
        # another year said: the plan's, a school year, "năm trước", "hằng năm", lunar days
        ("Kế hoạch năm 2013: " + N_BACNINH, "2013-07-18"),
        (
            "Năm học 2013-2014 hoàn thành chương trình vào 23-5 và kết thúc năm học trước "
            "31-5-2014",
            "2013-07-18",
        ),
        (
            "năm trước hoàn thành chương trình năm học vào 23-5, năm nay kết thúc năm học trước "
            "31-5-2014",
            "2013-07-18",
        ),
        ("hoàn thành vào 15/4 hằng năm và công bố kết quả ngày 10/5/2025", "2025-03-01"),
        ("hoàn thành vào 15/4 âm lịch và công bố kết quả ngày 10/5/2025", "2025-03-01"),
        ("hoàn thành vào 15/4 năm sau và công bố kết quả ngày 10/5/2025", "2025-03-01"),
        # a wait, a delay, a start, a day after
        (N_BACNINH.replace("kết thúc", "mới kết thúc"), "2013-07-18"),
        ("lùi hoàn thành vào 15/4 và công bố kết quả ngày 10/5/2025", "2025-03-01"),
        ("Từ 15/4 tạm dừng và hoàn thành trước ngày 10/5/2025", "2025-03-01"),
        ("nộp hồ sơ trước 15/4 và công bố kết quả sau ngày 10/5/2025", "2025-03-01"),
        # a document's day, a range or a list sharing the month, a third day after the last
        ("Quyết định số 12/2025 ngày 15/4 và công bố kết quả ngày 10/5/2025", "2025-03-01"),
        ("đợt 1 thi vào ngày 7-8/3 và đợt 2 thi vào ngày 23 và 24/5/2026", "2025-12-24"),
        (N_BACNINH + ", chậm nhất 15-6", "2013-07-18"),
        # no step, or a step that is no due one
        ("tổng kết vào 30-5 và khai giảng vào 5-9-2014", "2013-07-18"),
        ("hoàn thành chương trình vào 23-5 và nghỉ hè từ 1-6-2014", "2013-07-18"),
    ],
)
def test_a_year_given_with_any_doubt_leaves_the_steps_refused(
    phrase: str, issued: str | None
) -> None:
    refused(phrase, ctx(issued))


def test_a_share_is_no_day_to_give_a_year() -> None:
    # "7.5%" is no 7 May: the sentence reads its one deadline as before, nothing else
    (reading,) = parse_deadlines("tăng 7.5% và hoàn thành trước 31.12.2025", ctx("2025-03-01"))
    assert reading.last == date(2025, 12, 31)
