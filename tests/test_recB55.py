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


# A standing rule's window closed by "năm sau": "Bước 2: Đơn vị dự toán cấp trên xét duyệt
# quyết toán … trong khoảng thời gian từ ngày 1/2 đến hết ngày 30/6 năm sau" (the Ministry of
# Finance's draft on closing the state budget; tests/corpus/y-thoibaotaichinh-de-xuat-thoi-gian-
# quyet-toan-nsnn.yaml, standing): each year from 1/2 to 30/6, on the year before
# (`standingwindow`)
_STANDING = Context(issued=None, standing=True)
_STEP_2 = (
    "Bước 2: Đơn vị dự toán cấp trên xét duyệt quyết toán cho đơn vị dự toán cấp dưới trực "
    "thuộc trong khoảng thời gian từ ngày 1/2 đến hết ngày 30/6 năm sau"
)
_WINDOW = "xét duyệt quyết toán từ ngày 1/2 đến hết ngày 30/6 năm sau"


@pytest.mark.parametrize(
    "phrase",
    [
        _STEP_2,
        _WINDOW,
        _WINDOW.replace("1/2", "1 tháng 2").replace("30/6 năm", "30 tháng 6 của năm"),
        _WINDOW.replace("năm sau", "năm tiếp theo"),
        "xet duyet quyet toan tu ngay 1/2 den het ngay 30/6 nam sau",  # typed bare
    ],
)
def test_a_standing_window_of_the_year_after_is_each_year_s_window(phrase: str) -> None:
    read = one(phrase, _STANDING)
    assert read.kind is DeadlineKind.RECURRING
    due = [one.due for one in occurrences(read.rrule or "", date(2026, 1, 1), date(2028, 12, 31))]
    assert due == [date(year, 6, 30) for year in (2026, 2027, 2028)]
    assert read.recurrence is not None and read.recurrence.offset == -1  # the year before's
    assert read.qualifier == "từ ngày 01/02 đến ngày 30/06 mỗi năm"
    assert read.phrase == phrase


def test_a_standing_window_of_the_year_after_reads_the_same_with_an_issue_day() -> None:
    read = one(_WINDOW, Context(issued=date(2025, 3, 1), standing=True))
    assert read.kind is DeadlineKind.RECURRING
    assert read.recurrence is not None and read.recurrence.offset == -1


@pytest.mark.parametrize(
    ("phrase", "context"),
    [
        (_WINDOW, Context(issued=None)),  # no standing rule: "năm sau" from the issue day
        (_WINDOW.replace("1/2", "01/10").replace("30/6", "31/3"), _STANDING),  # crosses 1/1
        (_WINDOW.replace("1/2", "30/6").replace("hết ngày 30/6", "hết ngày 1/2"), _STANDING),
        (_WINDOW.replace("30/6", "31/2"), _STANDING),  # no such day
        (_WINDOW.replace("năm sau", "năm trước"), _STANDING),
        (_WINDOW + " âm lịch", _STANDING),  # another calendar
        (_WINDOW + ", nếu có", _STANDING),  # a condition
        (_WINDOW + " hoặc từ ngày 1/3", _STANDING),  # an alternative
        ("không " + _WINDOW, _STANDING),  # a negation
        ("đã " + _WINDOW, _STANDING),  # told done: one year's record
        ("đã " + _WINDOW, Context(issued=date(2025, 3, 1), standing=True)),
        ("da xet duyet quyet toan tu ngay 1/2 den het ngay 30/6 nam sau", _STANDING),
        ("xét duyệt quyết toán năm 2025 " + _WINDOW[21:], _STANDING),  # a year named
        ("xét duyệt quyết toán trong 10 ngày, " + _WINDOW[21:], _STANDING),  # a count beside
        ("trước ngày 15/1 và " + _WINDOW[21:], _STANDING),  # another day
    ],
)
def test_other_windows_of_the_year_after_stay_refused(phrase: str, context: Context) -> None:
    refused(phrase, context)
