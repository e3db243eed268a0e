"""Session 46, family M1 (helper misci1): phrases refused for assorted reasons. The two forms
first read here ("Từ tháng 9 đến 12/2024", "Lịch tiếp công dân định kỳ 6 tháng đầu năm 2020")
are held refused by the lead's tests (test_deadline_forms_k, test_deadline_forms_rest) and
were taken back. What stays: a wrong day found beside them, a range of months opened in a
ten-day third ("từ trung tuần tháng 9 - 12/2024") read from the month's first day, ten days
early (issue 11: never a silent wrong date); and "tư" closing a noun ("đầu tư", "vật tư")
taken for the four of a guessed count ("Kế hoạch đầu tư ba năm 2026-2028")."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # main read these from 01/09 (01/10): the third's first day is the 11th or the 21st
        ("từ trung tuần tháng 9 - 12/2024", date(2024, 9, 11), date(2024, 12, 31)),
        ("Thời gian từ hạ tuần tháng 8 – 12/2019", date(2019, 8, 21), date(2019, 12, 31)),
        ("từ trung tuần tháng 10/2024 - 6/2025", date(2024, 10, 11), date(2025, 6, 30)),
    ],
)
def test_months_opened_in_a_ten_day_third_start_on_its_first_day(
    phrase: str, first: date, last: date
) -> None:
    assert days(one(phrase, ctx("2018-08-21"))) == (W, first, last)


def test_months_opened_at_the_start_still_start_on_the_first() -> None:
    issued = ctx("2018-08-21")
    assert days(one("từ thượng tuần tháng 9 - 12/2024", issued)) == (
        W,
        date(2024, 9, 1),
        date(2024, 12, 31),
    )
    assert days(one("Thời gian từ tháng 8 – 12/2019", issued)) == (
        W,
        date(2019, 8, 1),
        date(2019, 12, 31),
    )


def test_ten_day_third_neighbours_stay_refused() -> None:
    issued = ctx("2018-08-21")
    refused("từ trung tuần tháng 9 - 9/2024", issued)  # one month: no range of months
    refused("từ trung tuần tháng 10 - 6/2025", issued)  # across the new year
    refused("từ trung tuần tháng 8 đến ngày 12/2019", issued)  # a day cut short (forms_k)
    refused("Không tổ chức từ trung tuần tháng 9 - 12/2024", issued)


# s-aasc-tt-128-2013-bao-cao-nhap-xuat-ton-dncx (refused as "tư một quý", an estimate, though
# "vật tư" is materials; the phrase stays refused for its recipient after the day)
@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("Kế hoạch đầu tư ba năm 2026-2028", date(2026, 1, 1), date(2028, 12, 31)),
        ("Kế hoạch vốn đầu tư hai năm 2026 - 2027", date(2026, 1, 1), date(2027, 12, 31)),
    ],
)
def test_tu_closing_a_noun_is_no_number_of_a_guessed_count(
    phrase: str, first: date, last: date
) -> None:
    assert days(one(phrase, ctx("2025-12-01"))) == (W, first, last)


def test_guessed_counts_after_such_a_noun_stay_refused() -> None:
    issued = ctx("2025-12-01")
    assert "ba bốn năm" in refused("Kế hoạch đầu tư ba bốn năm 2026-2028", issued)
    assert "tư ba năm" in refused("Kế hoạch tư ba năm 2026-2028", issued)  # no noun before
    refused("Kế hoạch đầu tư ba năm 2026-2029", issued)  # the count disagrees
    assert "tư một" not in refused("báo cáo vật tư một quý một lần", issued)
