"""Session 50, family N1 (helper n1l): phrases refused as not recognised at all, in a form
the grammar had no rule for: a task table's bare year with the years after it, and a
statistical report's half-year data period (issue 11: never a silent wrong date; the
neighbours a careful reader would refuse stay refused)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, refused
from kehoach.dates.deadline import Context, Deadline, DeadlineKind, parse_deadlines

R = DeadlineKind.RECURRING


# z-vnmasterplan-nq-cp-57-phu-luc-ii-nhiem-vu-2025 (Phụ lục II's "Thời gian hoàn thành" cells)
DUE = "Thời gian hoàn thành"


def _cell(phrase: str, header: str | None = DUE) -> Deadline:
    (reading,) = parse_deadlines(phrase, Context(issued=date(2025, 1, 1), header=header))
    return reading


def test_a_bare_year_and_the_years_after_it_in_a_due_column_is_a_start() -> None:
    reading = _cell("2025 và những năm tiếp theo")
    assert (reading.earliest, reading.first, reading.last) == (date(2025, 1, 1), None, None)
    assert _cell("2027 và các năm tiếp theo.").earliest == date(2027, 1, 1)
    assert _cell("2026 VÀ NHỮNG NĂM TIẾP THEO", "Thời hạn").earliest == date(2026, 1, 1)


@given(st.integers(min_value=2000, max_value=2099))
def test_the_years_after_start_on_the_first_day_of_the_year_said(year: int) -> None:
    assert _cell(f"{year} và những năm tiếp theo").earliest == date(year, 1, 1)


@pytest.mark.parametrize(
    ("cell", "header"),
    [
        ("2025 và những năm tiếp theo", None),  # no column: a bare number may be a count
        ("2025 và những năm tiếp theo", "Năm ban hành"),
        ("2025 và những năm tiếp theo", "Số ngày trước ngày bầu cử"),
        ("6/2025 và những năm tiếp theo", DUE),  # a month, then years: which?
        ("2025 và năm tiếp theo", DUE),  # one year more: an end the cell does not give
        ("2025, 2026 và những năm tiếp theo", DUE),
        ("2025 và những năm tiếp theo 2026", DUE),
    ],
)
def test_other_cells_with_the_years_after_stay_refused(cell: str, header: str | None) -> None:
    refused(cell, Context(issued=date(2025, 1, 1), header=header))


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


_HALF_END = "cho đến hết ngày cuối cùng của tháng thứ sáu"


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
