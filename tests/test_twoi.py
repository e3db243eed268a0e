"""Session 46, family D (helper twoi): "trước hoặc trong" one period is one bound, its end.

"nhằm phục vụ lộ trình sắp xếp trước hoặc trong quý II/2026" is done before the quarter or
within it: by its last day, as "đến hết quý II/2026" reads. "trước hoặc sau", a second period
in the clause (the session's tester: "trước hoặc trong quý II và quý III/2026" was read as due
30/06 beside a window), a negation, a condition, a thing told done stay refused. (The helper's
other form, a plan's span after its comma, was taken back on the tester's findings.)
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, refused
from kehoach.dates.deadline import parse_deadlines

# t-dantri-sap-xep-thon-to-dan-pho-2026 (the merging of hamlets, before or within quý II)
BEFORE_OR_WITHIN = (
    "để trình Chính phủ xem xét, ban hành, nhằm phục vụ lộ trình sắp xếp trước hoặc trong "
    "quý II/2026"
)


def test_before_or_within_a_quarter_is_one_bound_its_end() -> None:
    (reading,) = parse_deadlines(BEFORE_OR_WITHIN, ctx("2026-02-24"))
    assert reading.last == date(2026, 6, 30)


@given(month=st.integers(1, 12), year=st.integers(2000, 2060), within_first=st.booleans())
def test_before_or_within_a_month_is_due_on_its_last_day(
    month: int, year: int, within_first: bool
) -> None:
    words = "trong hoặc trước" if within_first else "trước hoặc trong"
    (reading,) = parse_deadlines(f"Hoàn thành {words} tháng {month}/{year}", ctx(f"{year}-01-01"))
    assert reading.last == date(year, month, calendar.monthrange(year, month)[1])


@pytest.mark.parametrize(
    "phrase",
    [
        # before or after: two sides, no bound
        "sắp xếp trước hoặc sau quý II/2026",
        # a second period chosen with "hoặc" after it
        "sắp xếp trước hoặc trong quý II/2026 hoặc quý III/2026",
        # a second period in the clause (the session's tester)
        "Hoàn thành trước hoặc trong quý II và quý III/2026",
        "Hoàn thành trước hoặc trong quý II/2026, quý III/2026",
        "Hoàn thành trước hoặc trong tháng 6 và tháng 7/2026",
        "Hoàn thành trước hoặc trong quý II/2026 và năm 2027",
        # told done, even in the period still running (the session's second tester)
        "Các đơn vị đã sắp xếp trước hoặc trong quý I/2026",
        "Các đơn vị đã được sắp xếp trước hoặc trong quý II/2026",
        "Các đơn vị vừa sắp xếp trong hoặc trước năm 2026",
        # negated, conditional, told done
        "không sắp xếp trước hoặc trong quý II/2026",
        "nếu được thì sắp xếp trước hoặc trong quý II/2026",
        "đã sắp xếp trước hoặc trong quý II/2025",
        # no period with its number after it: an event, whose day the phrase does not give
        "sắp xếp trước hoặc trong dịp Tết",
    ],
)
def test_before_or_within_keeps_its_neighbours_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-02-24"))
