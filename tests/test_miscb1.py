"""Refusals of session 39 (round 2, branch miscb1) that the corpus conventions read (issue 11
§1): a start glossed after "tức là từ" ("tựu trường sớm nhất trước một tuần, tức là từ ngày
29/8"), and "trên" (above) closing the object right before "trước" and its day
("trình nội dung trên trước ngày 30/8/2021"). Each with the real phrase that motivated it
(its corpus file named) and the neighbours that must stay refused or read as before (the
first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW

# --- "tức là từ ngày D": a start, glossing the count before it ------------------------------


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        # y-24h-lich-tuu-truong-nam-hoc-2025-2026 (issued 18/8/2025)
        (
            "Căn cứ vào lịch khai giảng này, Bộ GD&ĐT yêu cầu các địa phương cho học sinh tựu "
            "trường sớm nhất trước một tuần, tức là từ ngày 29/8",
            date(2025, 8, 29),
        ),
        (
            "Riêng học sinh các khối đầu cấp và cuối cấp, bao gồm lớp 1, lớp 9 và lớp 12, sẽ tựu "
            "trường sớm hơn, trước hai tuần, tức là từ ngày 22/8",
            date(2025, 8, 22),
        ),
    ],
)
def test_that_is_from_a_day_is_a_start(phrase: str, start: date) -> None:
    reading = one(phrase, ctx("2025-08-18"))
    assert (reading.earliest, reading.first, reading.last) == (start, None, None)
    assert "không phải hạn cuối" in reading.reading


def test_that_is_from_without_early_is_a_start_too() -> None:
    # refusal neighbour: "từ" alone after "tức là" (no "sớm") is a start, never a due day
    reading = one("tựu trường trước một tuần, tức là từ ngày 29/8", ctx("2025-08-18"))
    assert (reading.earliest, reading.last) == (date(2025, 8, 29), None)
    assert "từ 29/08" in reading.reading


def test_that_is_from_a_day_to_another_is_no_start() -> None:
    # neighbour: the span has an end; it is never read as its start alone
    phrase = "tựu trường trước một tuần, tức là từ ngày 29/8 đến ngày 4/9"
    try:
        readings = parse_deadlines(phrase, ctx("2025-08-18"))
    except DeadlineError:  # refused: no wrong day
        return
    assert all(r.earliest != date(2025, 8, 29) or r.last is not None for r in readings)


# --- "nội dung trên trước ngày D": "trên" is the object, not "more than" ---------------------


def test_above_before_a_due_day_reads() -> None:
    # i-thanhtra-dong-thap-vpubnd-404-tra-loi-don-2021
    phrase = (
        "Văn phòng UBND tỉnh đề nghị Sở Tài nguyên và Môi trường khẩn trương trình nội dung "
        "trên trước ngày 30/8/2021"
    )
    assert days(one(phrase, ctx("2021-08-20"))) == (D, date(2021, 8, 30), date(2021, 8, 30))


@pytest.mark.parametrize(
    "phrase",
    [
        "báo cáo nội dung trên ngày 30/8/2021",  # no "trước": "trên" may compare
        "gửi hồ sơ trên 30 ngày",  # a comparison of a count
    ],
)
def test_above_elsewhere_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2021-08-20"))


# --- "đến trước tháng …" in a range: up to the month or through it? ---------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # read through 31/12/2024 before, while "trước tháng 12/2024" alone ends on 30/11 and
        # the corpus leaves "đến trước tháng 9.2020" unread (a-quang-nam-cv-3308-2020)
        "Từ tháng 9/2024 đến trước tháng 12/2024",
        "từ ngày 1/9/2024 đến trước tháng 12/2024",
        "từ ngày 1/9 đến trước quý IV/2024",
    ],
)
def test_a_range_up_to_before_a_period_is_refused(phrase: str) -> None:
    assert "đến hết" in refused(phrase, ctx("2024-03-25"))


def test_a_range_up_to_before_a_day_reads_as_before() -> None:
    # neighbour: "đến trước ngày D" keeps the corpus convention (D the last allowed day)
    reading = one("từ ngày 10/3 đến trước ngày 15/3/2024", ctx("2024-03-01"))
    assert days(reading) == (W, date(2024, 3, 10), date(2024, 3, 15))
