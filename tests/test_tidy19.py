"""Session 27, helper tidy19: one rule in one place. An anniversary's count of years, before
or after the time, names the occasion and no date (`label._ANNIVERSARY`, one pattern where
there were three); a number after it is a time again and stays checked. The week before its
page that pins a day told without a year (`news.near_its_page`, one function where four
callers wrote the window each): the page's day and seven before it, or seven either side
where asked. Phrases are real (corpus files named) or their forms with another count."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines
from kehoach.dates.news import NEWS_WEEK, eve_year, near_its_page

# --- an anniversary's count is no date -------------------------------------------------------

ISSUED = Context(issued=date(2025, 1, 5))


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        # before the time, kept (zk-baobackan) and greeted (zk-thanhnien-phong-trao-thi-dua-
        # cong-doan-2026), the day's name after the count
        (
            "Tổ chức các hoạt động kỷ niệm 80 năm Ngày thành lập Chi bộ Chí Kiên trước ngày "
            "30/6/2025",
            date(2025, 6, 30),
        ),
        (
            "Thi đua chào mừng 97 năm Ngày thành lập Công đoàn Việt Nam, hoàn thành trước ngày "
            "28/7/2026",
            date(2026, 7, 28),
        ),
        # "kỷ niệm" before the occasion's name, no count
        ("Báo cáo kỷ niệm ngày thành lập tỉnh trước ngày 30/6/2025", date(2025, 6, 30)),
        # after the time (zj- of the corpus: Báo Thanh Hóa, 2025), kept and greeted
        (
            "Tổ chức lễ mít tinh vào ngày 19/12/2025, đúng kỷ niệm 79 năm Ngày Toàn quốc kháng "
            "chiến",
            date(2025, 12, 19),
        ),
        ("Tổ chức lễ vào ngày 2/9/2025 chào mừng 80 năm Quốc khánh", date(2025, 9, 2)),
    ],
)
def test_an_anniversarys_count_names_the_occasion(phrase: str, due: date) -> None:
    (found,) = parse_deadlines(phrase, ISSUED)
    assert found.last == due


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # a day after the count is a time, never the occasion's name
        ("Tổ chức lễ mít tinh vào ngày 19/12/2025, kỷ niệm 79 năm ngày 19/12", "một ngày khác"),
        # ... and so is a year
        ("Báo cáo kỷ niệm 5 năm 2020 trước ngày 30/6/2025", "số “5”"),
    ],
)
def test_a_number_after_an_anniversarys_count_is_still_checked(phrase: str, why: str) -> None:
    with pytest.raises(DeadlineError, match=why):
        parse_deadlines(phrase, ISSUED)


# --- the week a day is pinned by its page: one rule (`news.near_its_page`) ------------------

PAGE = date(2026, 2, 27)


@pytest.mark.parametrize(
    ("day", "before", "either_side"),
    [
        (date(2026, 2, 27), True, True),  # the page's own day
        (date(2026, 2, 20), True, True),  # seven days back: the week's first day
        (date(2026, 2, 19), False, False),  # eight: a past step retold (convention 8)
        (date(2026, 3, 6), False, True),  # seven days ahead: pinned only where asked
        (date(2026, 3, 7), False, False),
    ],
)
def test_the_week_before_its_page_and_either_side(
    day: date, before: bool, either_side: bool
) -> None:
    assert near_its_page([day], PAGE, after=False) is before
    assert near_its_page([day], PAGE, after=True) is either_side


def test_no_page_or_no_day_pins_nothing() -> None:
    assert not near_its_page([PAGE], None, after=True)
    assert not near_its_page([], PAGE, after=True)


@settings(max_examples=200, deadline=None)
@given(st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.integers(-400, 400))
def test_the_week_is_seven_days_and_no_more(issued: date, back: int) -> None:
    day = issued - timedelta(days=back)
    assert near_its_page([day], issued, after=False) is (0 <= back <= NEWS_WEEK)
    assert near_its_page([day], issued, after=True) is (abs(back) <= NEWS_WEEK)


@pytest.mark.parametrize(
    ("issued", "year"),
    [
        (date(2026, 1, 1), 2025),  # "Ngày 31-12, …" told the day after (zc-nld's form)
        (date(2026, 1, 7), 2025),  # seven days after
        (date(2026, 1, 8), None),  # eight: not in the page's week, no year lent
    ],
)
def test_the_eve_of_a_new_year_page_in_its_week_only(issued: date, year: int | None) -> None:
    assert eve_year("ngay 31-12, ubnd xa to chuc hoi nghi tong ket", issued) == year
