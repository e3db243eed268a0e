"""A day of a numbered year of the medium-term public-investment plan, due every five years.

Luật Đầu tư công 2019, Điều 55 sets "Trước ngày 30 tháng 6 năm thứ tư của kế hoạch đầu tư
công trung hạn giai đoạn trước, …": the plans run 2016-2020, 2021-2025, 2026-2030 (a public
fact), so the fourth year is 2019, 2024, 2029 — RFC 5545 FREQ=YEARLY;INTERVAL=5 from 2019.
Any other plan's numbered year names no start the tool knows and stays refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines
from kehoach.reports.status import current_occurrence

# y-thuvienphapluat-luat-dau-tu-cong-2019-dieu-55 (Luật Đầu tư công 2019, Điều 55)
FOURTH_YEAR = (
    "Trước ngày 30 tháng 6 năm thứ tư của kế hoạch đầu tư công trung hạn giai đoạn trước, Bộ "
    "Kế hoạch và Đầu tư xây dựng, trình Thủ tướng Chính phủ phê duyệt định hướng, tiêu chí "
    "phân bổ mức vốn đầu tư công trung hạn dự kiến cho các Bộ, cơ quan trung ương và địa phương"
)
# the same article: the next plan and its programmes named "giai đoạn sau"
NEXT_PLAN_NAMED = (
    "Trước ngày 31 tháng 7 năm thứ tư của kế hoạch đầu tư công trung hạn giai đoạn trước, Thủ "
    "tướng Chính phủ ban hành chỉ thị về việc lập kế hoạch đầu tư công trung hạn giai đoạn sau "
    "với tổng mức vốn đầu tư công dự kiến bằng tổng mức vốn đầu tư công của kế hoạch đầu tư "
    "công trung hạn giai đoạn trước, thông báo tổng mức vốn đầu tư công dự kiến của các Bộ, cơ "
    "quan trung ương và địa phương để làm căn cứ quyết định chủ trương đầu tư chương trình, dự "
    "án giai đoạn sau"
)
# y-vinasctax-giao-ke-hoach-dau-tu-trung-han-tt-4 (the guidance, as vinasctax quotes it)
FIFTH_YEAR = (
    "1. Trước ngày 10 tháng 11 năm thứ năm của kế hoạch đầu tư công trung hạn giai đoạn trước, Ủy"
)


def _one(phrase: str) -> tuple[str | None, date | None]:
    (one,) = parse_deadlines(phrase, Context())
    assert one.kind is DeadlineKind.RECURRING and one.recurrence is not None
    return one.rrule, one.recurrence.anchor


def test_fourth_year_is_due_every_five_years_from_2019() -> None:
    rule, anchor = _one(FOURTH_YEAR)
    assert rule == "FREQ=YEARLY;INTERVAL=5;BYMONTH=6;BYMONTHDAY=30"
    assert anchor == date(2019, 1, 1)


def test_fifth_year_is_the_plans_last() -> None:
    rule, anchor = _one(FIFTH_YEAR)
    assert rule == "FREQ=YEARLY;INTERVAL=5;BYMONTH=11;BYMONTHDAY=10"
    assert anchor == date(2020, 1, 1)


def test_next_due_skips_the_years_between_plans() -> None:
    """As of December 2026 the next fourth year is 2029, not 2027."""
    (one,) = parse_deadlines(FOURTH_YEAR, Context())
    assert one.recurrence is not None
    assert current_occurrence(one.recurrence, date(2026, 12, 4)) == date(2029, 6, 30)
    (five,) = parse_deadlines(FIFTH_YEAR, Context())
    assert five.recurrence is not None
    assert current_occurrence(five.recurrence, date(2026, 12, 4)) == date(2030, 11, 10)


def test_reading_names_the_plan_year() -> None:
    (one,) = parse_deadlines(FOURTH_YEAR, Context())
    assert "năm thứ tư của kế hoạch đầu tư công trung hạn" in one.reading
    assert "5 năm một lần, từ năm 2019" in one.reading


def test_the_plans_periods_named_again_are_no_time() -> None:
    """ "giai đoạn sau" names the next plan, not "later": the article's day reads."""
    rule, anchor = _one(NEXT_PLAN_NAMED)
    assert rule == "FREQ=YEARLY;INTERVAL=5;BYMONTH=7;BYMONTHDAY=31"
    assert anchor == date(2019, 1, 1)


def test_medium_term_is_no_deadline_word() -> None:
    """ "trung hạn" (medium-term) holds "hạn" but names no deadline: the yearly rule of
    Điều 67 beside it reads."""
    (one,) = parse_deadlines(
        "Trước ngày 30 tháng 6 hằng năm, Bộ Kế hoạch và Đầu tư phân bổ mức vốn đầu tư công "
        "trung hạn dự kiến",
        Context(),
    )
    assert one.rrule == "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"


@pytest.mark.parametrize(
    "phrase",
    [
        # a numbered year of a plan whose start the phrase does not give (neighbours)
        "Trước ngày 30 tháng 6 năm thứ hai của kế hoạch phát triển kinh tế - xã hội",
        "Trước ngày 30 tháng 6 năm thứ tư của giai đoạn",
        # two years of the plan in one phrase: not one of them chosen
        "Trước ngày 30 tháng 6 năm thứ tư của kế hoạch đầu tư công trung hạn giai đoạn trước "
        "và trước ngày 10 tháng 11 năm thứ năm của kế hoạch đầu tư công trung hạn giai đoạn trước",
        # the plan's year with no day in it
        "Trong năm thứ tư của kế hoạch đầu tư công trung hạn giai đoạn trước, các Bộ rà soát",
    ],
)
def test_refused_with_the_way_out(phrase: str) -> None:
    with pytest.raises(DeadlineError) as refused:
        parse_deadlines(phrase, Context())
    assert "last_day" in str(refused.value)


@given(
    nth=st.sampled_from([("nhất", 1), ("hai", 2), ("ba", 3), ("tư", 4), ("năm", 5)]),
    day=st.integers(1, 28),
    month=st.integers(1, 12),
)
def test_any_year_of_the_plan_any_day(nth: tuple[str, int], day: int, month: int) -> None:
    """Year N of the plan is 2016 + N - 1 and every fifth after; the day is the one printed."""
    word, number = nth
    phrase = (
        f"Trước ngày {day} tháng {month} năm thứ {word} của kế hoạch đầu tư công trung hạn "
        "giai đoạn trước, Bộ Tài chính"
    )
    rule, anchor = _one(phrase)
    assert rule == f"FREQ=YEARLY;INTERVAL=5;BYMONTH={month};BYMONTHDAY={day}"
    assert anchor == date(2015 + number, 1, 1)
