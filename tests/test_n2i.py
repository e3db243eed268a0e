"""Session 46, family N2 (helper n2i): phrases refused as not recognised at all. The form
read here: the last day of the Nth month counted from the end of the calendar year ("ngày
cuối cùng của tháng thứ 4 kể từ ngày kết thúc năm dương lịch", Luật Quản lý thuế 2019,
Điều 44), each year's month N, due on its last day. Its neighbours stay refused: the fiscal
year beside the calendar one, "trước" that day, a condition, a negation, a thing told done,
a year or a cadence after it (issue 11: never a silent wrong date)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind
from kehoach.dates.recurrence import occurrences

_YEAR_END = "chậm nhất là ngày cuối cùng của tháng thứ {n} kể từ ngày kết thúc năm dương lịch"

# ze-tvpl-hoi-dap-thoi-han-khai-thue-nam (Luật Quản lý thuế 2019, Điều 44, khoản 2)
PERSONAL_INCOME_TAX = (
    "- Chậm nhất là ngày cuối cùng của tháng thứ 4 kể từ ngày kết thúc năm dương lịch đối với "
    "hồ sơ quyết toán thuế thu nhập cá nhân của cá nhân trực tiếp quyết toán thuế"
)


def _due_days(phrase: str, first: date, last: date) -> list[date]:
    """The due days of `phrase`'s one recurring reading from `first` to `last`."""
    reading = one(phrase, ctx())
    assert reading.kind is DeadlineKind.RECURRING and reading.rrule is not None
    return [occurrence.due for occurrence in occurrences(reading.rrule, first, last)]


def test_the_fourth_month_after_the_calendar_year_is_each_april_s_last_day() -> None:
    assert _due_days(PERSONAL_INCOME_TAX, date(2026, 1, 1), date(2027, 12, 31)) == [
        date(2026, 4, 30),
        date(2027, 4, 30),
    ]
    assert one(PERSONAL_INCOME_TAX).label == (
        "hồ sơ quyết toán thuế thu nhập cá nhân của cá nhân trực tiếp quyết toán thuế"
    )


def test_the_second_month_ends_on_its_own_last_day_in_a_leap_year() -> None:
    phrase = _YEAR_END.format(n=2)
    assert _due_days(phrase, date(2027, 1, 1), date(2028, 12, 31)) == [
        date(2027, 2, 28),
        date(2028, 2, 29),
    ]


@given(st.integers(min_value=1, max_value=12))
def test_the_nth_month_is_month_n(month: int) -> None:
    due = _due_days(_YEAR_END.format(n=month), date(2026, 1, 1), date(2026, 12, 31))
    assert len(due) == 1 and due[0].month == month
    assert (due[0] + timedelta(days=1)).day == 1  # the month's last day


def test_the_fiscal_year_beside_the_calendar_one_stays_refused() -> None:
    # ze-tvpl-hoi-dap-thoi-han-khai-thue-nam#0 expects it refused: a firm's fiscal year may end
    # on another day than 31/12
    refused(
        "- Chậm nhất là ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch hoặc "
        "năm tài chính đối với hồ sơ quyết toán thuế năm"
    )
    refused("chậm nhất là ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm tài chính")


def test_the_neighbours_of_the_month_after_the_year_stay_refused() -> None:
    rest = "ngày cuối cùng của tháng thứ 4 kể từ ngày kết thúc năm dương lịch"
    why = refused(f"nếu có thu nhập, chậm nhất là {rest}")
    assert "điều kiện" in why
    refused(f"Trường hợp cá nhân xuất cảnh, chậm nhất là {rest}")
    refused(f"không phải nộp chậm nhất là {rest}")  # a negation
    refused(f"trước {rest}")  # before it: which day?
    refused(f"đã nộp chậm nhất là {rest}")  # told done
    refused(f"chậm nhất là {rest} 2025")  # a number left unread
    refused(f"chậm nhất là {rest} đối với hồ sơ năm 2025")  # a year of the filing
    refused(f"chậm nhất là {rest} đối với hồ sơ hằng quý")  # another cadence
    refused(f"chậm nhất là {rest} và ngày 15/5")  # a second date
    refused(_YEAR_END.format(n=13))  # no such month
