"""Session 50, family N1 (helper n1l): phrases refused as not recognised at all, in a form
the grammar had no rule for: a statistical report's half-year data period, cut off on the
last day of the sixth month as the quarter's is on the third's (issue 11: never a silent
wrong date; a period the words do not make each half-year's stays refused)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

R = DeadlineKind.RECURRING


# a-tt-02-2019-btc (Thông tư 02/2019/TT-BTC: the 6-month statistical report's period, the
# source's typo "dầu" for "đầu" kept)
HALF_YEAR_PERIOD = (
    "Được tính bắt đầu từ ngày 01 dầu tháng đầu tiên của kỳ báo cáo thống kê cho đến hết ngày "
    "cuối cùng của tháng thứ sáu của kỳ báo cáo thống kê đó"
)


def _rule(phrase: str, issued: str | None = None) -> str | None:
    """The RRULE of `phrase`'s one reading, which must be recurring."""
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert reading.kind is R
    return reading.rrule


def test_a_data_period_to_the_sixth_month_s_end_is_cut_off_each_half_year() -> None:
    assert _rule(HALF_YEAR_PERIOD) == "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1"
    assert _rule(
        "Báo cáo 6 tháng: tính từ ngày 01 đầu tháng đầu tiên của kỳ báo cáo cho đến hết ngày "
        "cuối cùng của tháng thứ sáu của kỳ báo cáo"
    ) == ("FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1")


@given(st.dates(date(2000, 1, 1), date(2099, 12, 31)))
def test_the_half_year_cut_off_takes_no_year_from_the_plan(issued: date) -> None:
    assert _rule(HALF_YEAR_PERIOD, issued.isoformat()) == (
        "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1"
    )


_HALF_END = "cho đến hết ngày cuối cùng của tháng thứ sáu"


@given(st.integers(2, 31))
def test_a_half_year_period_opening_on_another_day_stays_refused(start: int) -> None:
    refused(
        f"Tính từ ngày {start:02d} đầu tháng đầu tiên của kỳ báo cáo {_HALF_END} của kỳ báo cáo"
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # a start that is no half-year's first day, or a named month: one half, not each
        f"Được tính bắt đầu từ ngày 02 đầu tháng đầu tiên của kỳ báo cáo {_HALF_END} của kỳ báo cáo",
        f"Được tính bắt đầu từ ngày 01 tháng 01 {_HALF_END} của kỳ báo cáo thống kê đó",
        f"Được tính bắt đầu từ ngày 01 tháng 7 {_HALF_END} của kỳ báo cáo thống kê đó",
        f"Tính từ ngày 01 đầu tháng đầu tiên của kỳ báo cáo năm 2025 {_HALF_END} của kỳ báo cáo",
        # a report of another period named before it, no period after it, a negation
        f"Báo cáo quý: tính từ ngày 01 đầu tháng đầu tiên của kỳ báo cáo {_HALF_END} của kỳ báo cáo",
        f"Báo cáo năm: tính từ ngày 01 đầu tháng đầu tiên của kỳ báo cáo {_HALF_END} của kỳ báo cáo",
        f"Được tính bắt đầu từ ngày 01 đầu tháng đầu tiên của kỳ báo cáo thống kê {_HALF_END}",
        f"Không tính từ ngày 01 đầu tháng đầu tiên của kỳ báo cáo {_HALF_END} của kỳ báo cáo",
    ],
)
def test_other_periods_to_the_sixth_month_stay_refused(phrase: str) -> None:
    refused(phrase)
