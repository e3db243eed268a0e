"""Session 49, family M2 (helper misck2): words beside a crop calendar's days that move no
day, and a sowing calendar's cell of the season under way.

(The helper's reading of a dateless page's sowing days as every year's was taken back by the
lead: the session 34 ruling has the document say it is a standing rule, `Context.standing`;
a page with no issue day does not say so.)
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines


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
