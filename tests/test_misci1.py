"""Session 46, family M1 (helper misci1): phrases refused for assorted reasons, read where
their form leaves no guess: months of one year after "đến" ("Từ tháng 9 đến 12/2024"), and
"định kỳ" (periodic) before the months of a year ("… định kỳ 6 tháng đầu năm 2020"), which
numbers nothing. Their neighbours (a range across the new year, a day before the month, a
numbering "kỳ", a negation, a condition, a cadence) stay refused (issue 11: never a silent
wrong date)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind
from kehoach.dates.grammar import month_end

W = DeadlineKind.WINDOW


# q-huht-hueuni-moc-xet-tuyen-dai-hoc-2024 (the Bộ GD&ĐT's admission milestones of 2024)
def test_months_of_one_year_after_den() -> None:
    assert days(one("Từ tháng 9 đến 12/2024", ctx("2024-03-25"))) == (
        W,
        date(2024, 9, 1),
        date(2024, 12, 31),
    )
    assert days(one("từ tháng 3 tới 5/2025", ctx("2024-12-01"))) == (
        W,
        date(2025, 3, 1),
        date(2025, 5, 31),
    )


@given(st.integers(1, 11), st.integers(2, 12), st.integers(2020, 2030))
def test_any_months_of_one_year_after_den(first: int, last: int, year: int) -> None:
    phrase = f"Từ tháng {first} đến {last}/{year}"
    if first < last:
        assert days(one(phrase, ctx("2019-06-01"))) == (
            W,
            date(year, first, 1),
            month_end(year, last),
        )
    else:  # across the new year, or one month twice: which year opens it?
        refused(phrase, ctx("2019-06-01"))


def test_months_after_den_neighbours_stay_refused() -> None:
    issued = ctx("2024-03-25")
    refused("từ tháng 10 đến 6/2025", issued)  # 10/2024, or months 6 to 10?
    refused("từ ngày 1/9 đến 12/2024", issued)  # after a day
    refused("Không tổ chức từ tháng 9 đến 12/2024", issued)
    refused("Từ tháng 9 đến 12/2024 nếu có kinh phí", issued)
    refused("Từ tháng 9 đến 12/2024 hằng năm", issued)
    refused("Từ tháng 9 đến 12/2024 hoặc tháng 3/2025", issued)  # a choice of two
    refused("Đã tổ chức từ tháng 9 đến 12/2024", ctx("2025-03-25"))  # told done


# j-vinhxuan-phu-vang-tb-658-2019 (UBND huyện Phú Vang, TB 658/TB-UBND of 31/12/2019)
def test_a_periodic_schedule_of_the_first_half_year() -> None:
    issued = ctx("2019-12-31")
    assert days(one("Lịch tiếp công dân định kỳ 6 tháng đầu năm 2020", issued)) == (
        W,
        date(2020, 1, 1),
        date(2020, 6, 30),
    )
    assert days(one("Lịch tiếp công dân định kỳ 6 tháng cuối năm 2020", issued)) == (
        W,
        date(2020, 7, 1),
        date(2020, 12, 31),
    )


def test_periodic_neighbours_stay_refused() -> None:
    issued = ctx("2019-12-31")
    refused("Lịch tiếp công dân kỳ 6 tháng đầu năm 2020", issued)  # a numbering "kỳ"
    refused("Lịch tiếp công dân định kỳ 6 tháng một lần năm 2020", issued)  # a cadence
    refused("Lịch tiếp công dân định kỳ 6 tháng đầu năm", issued)  # no year
    refused("Không có lịch tiếp công dân định kỳ 6 tháng đầu năm 2020", issued)
    refused("Báo cáo định kỳ 6 tháng đầu năm 2020", issued)  # a report's data period
    refused("họp định kỳ 6 tháng đầu năm 2020", issued)
    refused("Kỳ họp định kỳ 2 (tháng 12/2027)", issued)


def test_months_opened_in_a_ten_day_third_start_on_its_first_day() -> None:
    # main read "từ trung tuần tháng 9 - 12/2024" from 01/09, ten days early
    issued = ctx("2024-03-25")
    assert days(one("từ trung tuần tháng 9 - 12/2024", issued)) == (
        W,
        date(2024, 9, 11),
        date(2024, 12, 31),
    )
    assert days(one("từ hạ tuần tháng 9 đến 12/2024", issued)) == (
        W,
        date(2024, 9, 21),
        date(2024, 12, 31),
    )
    assert days(one("từ trung tuần tháng 10/2024 - 6/2025", issued)) == (
        W,
        date(2024, 10, 11),
        date(2025, 6, 30),
    )
    refused("từ trung tuần tháng 9 - 9/2024", issued)
