"""Forms tuned on the i- and j- sets (branch tune-ij): the phrases of real documents that
motivated each form, and the near variants that must stay refused.

Lunar dates glossing a solar day are checked against the Vietnamese lunar calendar
(`kehoach.dates.lunar`, the `lunar-vn` package: Hồ Ngọc Đức's algorithm for UTC+7)."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines
from kehoach.dates.lunar import LunarDay, lunar_date

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# --- the calendar itself -------------------------------------------------------------------


def test_the_vietnamese_new_year_where_the_chinese_calendar_differs() -> None:
    """Tết 1985 fell on 21/01/1985 in Vietnam (20/02 in China: the new moon of 21/01 fell
    before midnight at UTC+7, after it at UTC+8), Tết 2007 on 17/02/2007 (18/02 in China)."""
    assert lunar_date(date(1985, 1, 21)) == LunarDay(1, 1, False, 1985)
    assert lunar_date(date(1985, 2, 20)) == LunarDay(1, 2, False, 1985)
    assert lunar_date(date(2007, 2, 17)) == LunarDay(1, 1, False, 2007)
    assert lunar_date(date(2007, 2, 18)).day == 2


def test_every_tet_of_the_holiday_table_is_the_first_lunar_day() -> None:
    """An independent source, the `holidays` package's Vietnamese table: each Tết it lists
    (1995-2060) is 1 tháng Giêng, each Giỗ Tổ Hùng Vương 10 tháng 3, by our calendar."""
    table = holidays.country_holidays("VN", years=range(1995, 2061), language="en_US")
    tet = [day for day, name in table.items() if name == "Lunar New Year"]
    hung = [day for day, name in table.items() if name == "Hung Kings' Commemoration Day"]
    assert len(tet) == 66 and len(hung) >= 20
    assert all(lunar_date(day)[:3] == (1, 1, False) for day in tet)
    assert all(lunar_date(day)[:3] == (10, 3, False) for day in hung)


# --- a lunar gloss beside the solar day -----------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "kind", "first", "last", "gloss"),
    [
        # Huyện Điện Biên, Lễ hội Thành Bản Phủ 2025
        ("Ngày 22/3/2025 (23/02 Âm lịch)", D, "2025-03-22", "2025-03-22", "23/02 Âm lịch"),
        # Xã Chất Bình (Ninh Bình), chợ hoa Xuân Bính Ngọ 2026: one gloss each end
        (
            "chợ hoa Xuân sẽ được tổ chức từ ngày 28/01/2026 (10 tháng Chạp) đến 15/02/2026 "
            "(28 tháng Chạp)",
            W,
            "2026-01-28",
            "2026-02-15",
            "10 tháng Chạp; 28 tháng Chạp",
        ),
        # Phường Bình Đức (An Giang): the days of a run listed; "29 Tết" is 29 tháng Chạp
        (
            "Biểu diễn nghệ thuật đường phố: Thời gian từ ngày 13/02 đến 15/02/2026 (nhằm "
            "26,27,28 tháng Chạp)",
            W,
            "2026-02-13",
            "2026-02-15",
            "nhằm 26,27,28 tháng Chạp",
        ),
        (
            "Chợ Hoa Xuân: Từ ngày 19/01/2026 đến ngày 16/02/2026 (từ mùng 01 tháng Chạp đến 29 "
            "Tết)",
            W,
            "2026-01-19",
            "2026-02-16",
            "từ mùng 01 tháng Chạp đến 29 Tết",
        ),
        # Huyện Phù Cừ (Hưng Yên), chợ hoa Tết Tân Sửu: after "tức", outside parentheses
        (
            "Chợ hoa Tết bắt đầu từ ngày 28/1 đến ngày 11/2/2021, tức từ ngày 16 đến ngày 30 "
            "tháng Chạp âm lịch",
            W,
            "2021-01-28",
            "2021-02-11",
            "tức từ ngày 16 đến ngày 30 tháng Chạp âm lịch",
        ),
        # Cà Mau (nghỉ Tết 2018): each end with its own lunar year
        (
            "nghỉ Tết Âm lịch từ ngày 14/02/2018 đến hết ngày 20/02/2018 (tức là từ ngày 29 "
            "tháng Chạp năm Đinh Dậu đến hết ngày mùng 5 tháng Giêng năm Mậu Tuất)",
            W,
            "2018-02-14",
            "2018-02-20",
            "tức là từ ngày 29 tháng Chạp năm Đinh Dậu đến hết ngày mùng 5 tháng Giêng năm "
            "Mậu Tuất",
        ),
        # Mường Thanh / Vĩnh Phúc style: both ends in one month, "âm lịch" after them
        (
            "từ ngày 14 - 16/3/2025 (tức ngày 15 - 17/2 âm lịch)",
            W,
            "2025-03-14",
            "2025-03-16",
            None,
        ),
        # a leap month said as such (2023 had a leap second month)
        ("ngày 17/4/2023 (27 tháng 2 nhuận âm lịch)", D, "2023-04-17", "2023-04-17", None),
    ],
)
def test_a_lunar_gloss_that_is_the_days_lunar_date_is_kept(
    phrase: str, kind: DeadlineKind, first: str, last: str, gloss: str | None
) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.first, reading.last) == (
        kind,
        date.fromisoformat(first),
        date.fromisoformat(last),
    )
    assert reading.gloss is not None
    if gloss is not None:
        assert gloss in reading.gloss


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # one day off: 22/3/2025 is 23 tháng 2
        ("Ngày 22/3/2025 (22/02 Âm lịch)", "23 tháng 2"),
        # the wrong month
        ("Ngày 22/3/2025 (23/03 Âm lịch)", "không phải 23 tháng 3"),
        # Tết Đinh Mùi is 06/02/2027: 16/02/2027 is the 11th of the first month
        ("từ 16/2 đến 20/2/2027 (29 tháng Chạp đến mùng 4 tháng Giêng)", "11 tháng 1"),
        # the Chinese calendar's Tết of 2007 and of 1985, not Vietnam's
        ("ngày 18/2/2007 (mùng 1 Tết)", "2 tháng 1"),
        ("ngày 20/2/1985 (mùng 1 tháng Giêng)", "1 tháng 2"),
        # a lunar year that is not the day's (14/2/2026 is still Ất Tỵ)
        (
            "từ ngày 14/2/2026 (tức 27 tháng Chạp, năm Bính Ngọ) đến hết ngày 22/2/2026 (tức "
            "mùng 6 tháng Giêng, năm Bính Ngọ)",
            "Ất Tỵ",
        ),
        # a list of lunar days that is not the run's length
        ("từ ngày 13/02 đến 15/02/2026 (nhằm 26,27 tháng Chạp)", "2 ngày"),
        ("từ ngày 13/02 đến 15/02/2026 (nhằm 27,28,29 tháng Chạp)", "26 tháng 12"),
        # a day of a leap month not said to be one, and a leap month that is none
        ("ngày 17/4/2023 (27 tháng 2 âm lịch)", "nhuận"),
        ("ngày 17/3/2023 (26 tháng 2 nhuận âm lịch)", "nhuận"),
        # a lunar day beside a window: of which end?
        ("từ ngày 13/02 đến 15/02/2026 (26 tháng Chạp)", "số ngày"),
        # "15 Tết": neither the last month nor the first
        ("ngày 12/02/2026 (15 Tết)", "Tết"),
        # a year of the cycle that does not exist
        ("ngày 12/02/2026 (25 tháng Chạp năm Giáp Sửu)", "năm"),
    ],
)
def test_a_lunar_gloss_that_disagrees_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "ngày 15/8 âm lịch",  # a lunar date alone: no solar day is computed from it
        "(từ ngày 22/12/2025 đến ngày 4/1/2026 âm lịch)",
        "từ tháng 1 đến tháng 3 Âm lịch",
        "Ngày 22/3/2025, tức ngày 23 tháng 2",  # no word says it is lunar: another day
        "Ngày 22/3/2025 (23/02)",
    ],
)
def test_a_lunar_date_alone_or_unsaid_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-01-01"))


# --- a lunar year named ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # Xã Hòa Xá (Hà Nội): the lunar year of the days; its solar number agrees
        (
            "Tết trồng cây Xuân Bính Ngọ 2026 được triển khai từ ngày 22/2 đến 19/3/2026",
            "2026-02-22",
            "2026-03-19",
        ),
        # a Tết fair of Bính Ngọ begins in the last month of Ất Tỵ
        (
            "Chợ hoa Xuân Bính Ngọ: Từ ngày 19/01/2026 đến ngày 16/02/2026",
            "2026-01-19",
            "2026-02-16",
        ),
        # "Tết Âm lịch" names the holiday, no lunar date
        ("nghỉ Tết âm lịch từ ngày 14/2/2026 đến hết ngày 22/2/2026", "2026-02-14", "2026-02-22"),
    ],
)
def test_a_lunar_year_named_with_its_days_reads(phrase: str, first: str, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.first, reading.last) == (date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # 2026 is Bính Ngọ
        ("Tết trồng cây Xuân Ất Tỵ 2026 được triển khai từ ngày 22/2 đến 19/3/2026", "Bính Ngọ"),
        # Bính Ngọ is not the lunar year of days in 2027 (Đinh Mùi)
        ("Tết trồng cây Xuân Bính Ngọ được triển khai từ ngày 22/2 đến 19/3/2027", "Xuân Bính Ngọ"),
        # nor of November 2025, before the last month of Ất Tỵ
        ("Chợ hoa Xuân Bính Ngọ: Từ ngày 19/11/2025 đến ngày 16/12/2025", "Xuân Bính Ngọ"),
    ],
)
def test_a_lunar_year_of_other_days_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase)
