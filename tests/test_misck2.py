"""Session 49, family M2 (helper misck2): a crop calendar's days on a page with no date,
and a sowing calendar's cell of the season under way.

A sowing calendar printed without a date (it serves every season) gives day-months without a
year that mean the same days each year: each reads as the yearly rule on its day (a window
due on its last day). Anything that makes the days one season's, an event's or not due at
all stays refused: "đã", "vừa", "đang", "không", "chưa", "nếu", a year or "năm nay", a lunar
day, a weekday or a time of day, a round, a day opening the sentence, a campaign's words, a
tree planting ("trồng" alone), and any page with an issue day reads as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines

R = DeadlineKind.RECURRING


def _rules(phrase: str) -> list[tuple[DeadlineKind, str | None]]:
    """The kind and RFC 5545 rule of each of `phrase`'s readings on a page with no date."""
    return [(one.kind, one.rrule) for one in parse_deadlines(phrase, ctx())]


def test_two_steps_of_a_crop_calendar_are_two_yearly_days() -> None:
    # zb-bvtvnamdinh-thoi-vu-cay-ua-am-vu-dong (Chi cục TT&BVTV Nam Định, undated page)
    assert _rules("Vào bầu trước 25/9 và trồng trước 10/10") == [
        (R, "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=25"),
        (R, "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=10"),
    ]


def test_two_ways_of_raising_seedlings_then_planting_are_two_yearly_days() -> None:
    # zb-bvtvnamdinh-thoi-vu-cay-ua-am-vu-dong: 'hoặc' joins sowing and potting, one day
    assert _rules("Gieo hoặc vào bầu trước 20/9, trồng trước 10/10") == [
        (R, "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20"),
        (R, "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=10"),
    ]


def test_a_sowing_window_is_each_years_window_due_on_its_last_day() -> None:
    # zb-bvtvnamdinh-thoi-vu-cay-ua-am-vu-dong: soybean on two-rice land
    (reading,) = parse_deadlines("Gieo từ 20/9 – 05/10", ctx())
    assert (reading.kind, reading.rrule) == (R, "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=5")
    assert reading.qualifier == "từ ngày 20/09 đến ngày 05/10 mỗi năm"
    assert (reading.first, reading.last, reading.earliest) == (None, None, None)


@pytest.mark.parametrize(
    "phrase",
    [
        "Đã gieo trước 25/9",  # told done
        "Bà con đã gieo xong trước 25/9",
        "Vừa gieo từ 20/9 – 05/10",
        "Hiện bà con đang gieo, kết thúc trước 25/9",  # under way: one season's
        "Không gieo sau 25/9",  # a negation
        "Chưa gieo cấy trước 10/10",
        "Nếu mưa muộn, gieo trước 25/9",  # a condition
        "Trường hợp mưa muộn, gieo trước 25/9",
        "Năm nay gieo trước 25/9",  # this year's season
        "Vụ Đông năm nay gieo từ 20/9 - 05/10",
        "Gieo mạ từ ngày 15/8 âm lịch",  # a lunar day
        "Ngày 25/9, bà con gieo ngô đông",  # news of that day
        "Sáng 25/9, gieo thẳng ngô đông",
        "Gieo vào thứ Hai, 25/9",  # a weekday pins one year
        "Gieo đợt 1 trước 25/9, đợt 2 trước 10/10",  # rounds of one campaign
        "Theo kế hoạch, toàn tỉnh gieo trước 25/9",  # one season's plan told
        "Dự kiến gieo từ 20/9 – 05/10",
        "Gieo sạ từ 20/12 đến 10/1",  # a window across the new year is never guessed
        "Gieo trước 29/2",  # not in every year
        "Gieo từ 20/9",  # a start bound names no due day
        "Trồng trước 10/10",  # 'trồng' alone: a tree planting is one year's
        "Phục vụ trồng rừng, hoàn thành trước ngày 13-2",  # t-khanh-hoa-tet-trong-cay
        "Gieo mầm hy vọng trước 10/10",  # no sowing of a crop
        "Gieo trước 25/9 hoặc 30/9",  # a choice of two days
        "Thời vụ cấy trước 5/2 năm sau",
    ],
)
def test_one_seasons_or_undue_days_stay_refused(phrase: str) -> None:
    refused(phrase, ctx())


def test_a_page_with_an_issue_day_reads_its_year_as_before() -> None:
    (reading,) = parse_deadlines("Gieo từ 20/9 – 05/10", ctx("2025-09-01"))
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2025, 9, 20),
        date(2025, 10, 5),
    )


@given(
    st.dates(min_value=date(2001, 1, 1), max_value=date(2001, 12, 31)),
    st.sampled_from(["Gieo", "Cấy", "Vào bầu", "Xuống giống"]),
)
def test_any_day_of_a_sowing_step_is_that_day_each_year(day: date, step: str) -> None:
    (reading,) = parse_deadlines(f"{step} trước {day.day}/{day.month}", ctx())
    assert reading.kind is R
    assert reading.rrule == f"FREQ=YEARLY;BYMONTH={day.month};BYMONTHDAY={day.day}"


def test_the_other_steps_of_the_calendar_read_each_year() -> None:
    # zb-bvtvnamdinh-thoi-vu-cay-ua-am-vu-dong: "đất 2 lúa" is two-rice land, no time
    assert _rules(
        "Ngô lương thực gieo thẳng trên đất bãi, vào bầu trên đất 2 lúa (trước 25/9), trồng "
        "trước ngày 5/10"
    ) == [(R, "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=25"), (R, "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=5")]
    # zb-bvtvnamdinh-thoi-vu-cay-ua-am-vu-dong: "càng sớm càng tốt" urges, the day stays
    assert _rules("Nên trồng càng sớm càng tốt, thời vụ kết thúc trước 05/10") == [
        (R, "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=5")
    ]


# Land named by the rice crops it bears ("trên đất 2 lúa", "chân đất 2 vụ lúa") and "càng sớm
# càng tốt" (the sooner the better) move no day, on any page.
@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("vào bầu trên đất 2 lúa (trước 25/9), trồng trước ngày 5/10", [(9, 25), (10, 5)]),
        ("Gieo trên chân đất 2 vụ lúa trước 25/9", [(9, 25)]),
        ("Triển khai càng sớm càng tốt, trước ngày 30/11/2025", [(11, 30)]),
        ("Càng sớm càng tốt, trước 30/9", [(9, 30)]),
    ],
)
def test_a_kind_of_land_and_an_urging_move_no_day(phrase: str, due: list[tuple[int, int]]) -> None:
    got = [one.last for one in parse_deadlines(phrase, ctx("2025-09-01"))]
    assert got == [date(2025, month, day) for month, day in due]


@pytest.mark.parametrize(
    "phrase",
    [
        "năng suất đạt 2 lúa trước 5/10",  # "đạt" (reached) folds as "đất": a figure
        "Gieo trên đất 4 lúa trước 25/9",  # no such land: a number unread
        "Triển khai càng sớm càng tốt, có thể muộn hơn ngày 30/11/2025",  # another time
        "Nếu được, triển khai càng sớm càng tốt, trước ngày 30/11/2025",  # a condition
        "Không triển khai càng sớm càng tốt trước ngày 30/11/2025",  # a negation
        "Triển khai sớm hơn ngày 30/11/2025",  # "sớm hơn" is another time, not the urging
    ],
)
def test_other_numbers_and_time_words_beside_them_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-09-01"))


# A sowing calendar posted while its season is under way: a bare cell under a column of sowing
# work that ended a few weeks before the page is that season's step.
def _cell(phrase: str, header: str, issued: str = "2022-05-11") -> tuple[object, ...]:
    context = Context(issued=date.fromisoformat(issued), header=header)
    (reading,) = parse_deadlines(phrase, context)
    return reading.kind, reading.first, reading.last


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # zu-aroang-hue-lich-thoi-vu-he-thu-2022 (UBND xã A Roàng, posted 11/05/2022)
        ("15/4 đến 20/4", date(2022, 4, 15), date(2022, 4, 20)),
        ("20-25/4", date(2022, 4, 20), date(2022, 4, 25)),
    ],
)
def test_a_sowing_cell_of_the_season_under_way_reads_in_its_year(
    phrase: str, first: date, last: date
) -> None:
    assert _cell(phrase, "Gieo mạ") == (DeadlineKind.WINDOW, first, last)


@pytest.mark.parametrize(
    ("phrase", "header"),
    [
        ("1/4 đến 5/4", "Gieo mạ"),  # ended 36 days before the page: of which year?
        ("15/4 đến 20/4", "Thu hoạch"),  # no sowing column: a harvest retold
        ("15/4 đến 20/4", "Không gieo cấy"),  # the column says what not to sow
        ("15/4 đến 20/4", ""),  # no column at all
        ("Gieo mạ từ 15/4 đến 20/4", "Gieo mạ"),  # words in the cell: not a bare cell
        ("15/4 đến 20/4 (dự kiến)", "Gieo mạ"),
    ],
)
def test_other_past_cells_stay_refused(phrase: str, header: str) -> None:
    refused(phrase, Context(issued=date(2022, 5, 11), header=header or None))
