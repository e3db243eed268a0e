"""Session 55, helper recB55: the long tail of refused recurring phrases.

A tax table's monthly term with "th" for "tháng" in its own frame, "Chậm nhất là ng thứ 20 của
th tiếp theo th PS NV thuế" (giasutoan.info restating Luật Quản lý thuế 2006, Điều 32, khoản 1
a; tests/corpus/zp-giasutoan-bang-thoi-han-khai-thue.yaml, row 1): due on the 20th of each
month (`taxterms._MONTH_FRAME`, the lost-glyph check leaving those two "th" alone).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import one, refused
from kehoach.dates.deadline import Context, Deadline, DeadlineKind
from kehoach.dates.recurrence import occurrences

_TAX = Context(issued=None, header="Thời hạn nộp thuế", standing=True)
_MONTHLY = "Chậm nhất là ng thứ 20 của th tiếp theo th PS NV thuế"


def _due_days(read: Deadline) -> list[date]:
    """The days a clerk is reminded of in 2026."""
    return [one.due for one in occurrences(read.rrule or "", date(2026, 1, 1), date(2026, 12, 31))]


@pytest.mark.parametrize(
    "phrase",
    [
        _MONTHLY,
        _MONTHLY.replace("PS NV", "phát sinh nghĩa vụ"),  # the obligation written out
        _MONTHLY.replace("ng thứ", "ngày thứ"),
    ],
)
def test_the_monthly_tax_term_with_th_for_thang_is_due_the_20th_of_each_month(
    phrase: str,
) -> None:
    read = one(phrase, _TAX)
    assert read.kind is DeadlineKind.RECURRING
    assert _due_days(read) == [date(2026, month, 20) for month in range(1, 13)]
    assert read.phrase == phrase


def test_the_monthly_tax_term_reads_without_its_column_too() -> None:
    read = one(_MONTHLY, Context(issued=date(2025, 3, 1)))
    assert _due_days(read) == [date(2026, month, 20) for month in range(1, 13)]


@pytest.mark.parametrize(
    "phrase",
    [
        _MONTHLY.replace(" thuế", ""),  # on no tax: the abbreviations not known
        _MONTHLY.replace("tiếp theo", "sau"),  # not the term's frame: "th" left to lostglyph
        _MONTHLY.replace("tiếp theo th", "tiếp theo quý"),  # a month after a quarter?
        _MONTHLY.replace("ng thứ", "th"),  # "th 20": no "ngày"
        _MONTHLY.replace("20", "35"),  # no 35th day of a month
        "Không phải nộp " + _MONTHLY[0].lower() + _MONTHLY[1:],  # a negation
        _MONTHLY + ", nếu có",  # a condition
        _MONTHLY + ", đã nộp",  # told done
        _MONTHLY + " năm 2025",  # a year after it: one year's, or each?
        _MONTHLY + " hoặc chậm hơn",  # an alternative
        _MONTHLY + " hoặc ng thứ 30 quý tiếp theo quý PS NV thuế",  # two terms
        _MONTHLY + " TNCN",  # a word after the tax
    ],
)
def test_the_monthly_tax_term_otherwise_stays_refused(phrase: str) -> None:
    refused(phrase, _TAX)
