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
        # a lunar day beside a window: the end it stands by (since two38), here the last,
        # 15/02/2026, 28 Chạp; 26 Chạp is the first day's, and the gloss is refused
        ("từ ngày 13/02 đến 15/02/2026 (26 tháng Chạp)", "là ngày 28 tháng 12"),
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


# --- a weekday, then the weekly cadence (RFC 5545 BYDAY) ------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule", "time"),
    [
        ("vào thứ Năm hàng tuần", "FREQ=WEEKLY;BYDAY=TH", None),  # HĐND tỉnh Cà Mau
        ("định kỳ vào thứ tư hàng tuần", "FREQ=WEEKLY;BYDAY=WE", None),  # xã An Hiệp, Đồng Tháp
        ("trước 17h00, thứ 6 hằng tuần", "FREQ=WEEKLY;BYDAY=FR", "17:00"),  # ĐH Cần Đước
        ("Tiếp công dân vào ngày thứ Hai hằng tuần", "FREQ=WEEKLY;BYDAY=MO", None),
        ("Chủ nhật hằng tuần", "FREQ=WEEKLY;BYDAY=SU", None),
    ],
)
def test_a_weekday_before_the_weekly_cadence_is_its_due_day(
    phrase: str, rrule: str, time: str | None
) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.rrule, reading.time) == (DeadlineKind.RECURRING, rrule, time)


@pytest.mark.parametrize(
    "phrase",
    [
        # two days are read as both (tests/test_deadline_forms_q.py), never the first alone
        "vào thứ Năm hàng tháng",  # which Thursday of the month?
        "vào thứ Năm tuần này",  # one week, no cadence
        "vào thứ Năm 5 hàng tuần",  # a number left over
        "trước 25h00, thứ 6 hằng tuần",  # no such hour
        "vào thứ Năm hàng tuần, từ ngày 1/3/2027",  # a start beside the rule
    ],
)
def test_a_weekday_rule_that_says_more_or_less_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-01-01"))


def test_before_a_weekday_is_refused_when_before_is_strict() -> None:
    from kehoach.dates.deadline import Context

    strict = Context(issued=date(2027, 1, 1), strict_before=True)
    assert "strict" in refused("trước thứ 6 hằng tuần", strict)


# --- a time of day before the day, and a one-time event at its hour ------------------------


@pytest.mark.parametrize(
    ("phrase", "day", "time", "gloss"),
    [
        # HĐND tỉnh Thanh Hóa: the hour, the weekday (checked), the day
        (
            "khai mạc kỳ họp vào 7 giờ 45 phút, thứ Hai, ngày 08 tháng 12 năm 2025",
            "2025-12-08",
            "07:45",
            None,
        ),
        # Sở Y tế Đắk Nông: the minutes' mark "'"
        ("chậm nhất 10h00' ngày 27/4/2020", "2020-04-27", "10:00", None),
        # Vĩnh Long, giao thừa: two hours of one day, the lunar gloss checked
        (
            "Lễ đón giao thừa diễn ra từ 21h00 đến 23h00 ngày 16/02/2026 (29 tháng Chạp âm lịch)",
            "2026-02-16",
            "23:00",
            "bắt đầu lúc 21:00",
        ),
        ("Lễ khai mạc sẽ bắt đầu từ 20h – 21h30 ngày 26/11/2022", "2022-11-26", "21:30", None),
        # an opening and a meeting "từ <giờ> ngày D": the event's day, from that hour
        ("Thời gian khai mạc từ 20 giờ 00 phút, ngày 9/11/2024", "2024-11-09", "20:00", None),
        (
            "họp chuyên môn từ 09h00 ngày 14/10/2021 tại nhà thi đấu TDTT tỉnh",
            "2021-10-14",
            "09:00",
            None,
        ),
    ],
)
def test_a_time_of_day_before_the_day_reads_that_day(
    phrase: str, day: str, time: str, gloss: str | None
) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.first, reading.last, reading.time) == (
        D,
        date.fromisoformat(day),
        date.fromisoformat(day),
        time,
    )
    assert reading.earliest is None
    if gloss:
        assert reading.gloss is not None and gloss in reading.gloss


@pytest.mark.parametrize(
    "phrase",
    [
        # a regime that starts at an hour stays a start bound (no deadline)
        "cách ly xã hội từ 0 giờ ngày 16/2/2027",
        "thực hiện cách ly từ 8 giờ ngày 16/2/2027",
        "bắt đầu từ 0 giờ ngày 01/7/2020",
        "Lễ khai mạc từ 3 giờ ngày 01/7/2020",  # a night hour: no opening, read as a start
        "Lễ khai mạc từ ngày 01/7/2020",  # no hour: from that day on
    ],
)
def test_a_regime_from_an_hour_stays_a_start_bound(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.first, reading.last) == (None, None)
    assert reading.earliest is not None


@pytest.mark.parametrize(
    "phrase",
    [
        "khai mạc kỳ họp vào 7 giờ 45 phút, thứ Ba, ngày 08 tháng 12 năm 2025",  # a Monday
        "Thời gian tổ chức của tỉnh vào lúc 7 giờ sáng Chủ nhật, ngày 24/3",  # no year: no plan
        "Lễ đón giao thừa diễn ra từ 23h00 đến 21h00 ngày 16/02/2026",  # ends before it starts
        "từ 25h00 đến 23h00 ngày 16/02/2026",
        # the hours of one day, then a span: whose hours?
        "Lễ khai mạc sẽ bắt đầu từ 20h – 21h30 ngày 26/11/2022 đến ngày 28/11/2022",
        "từ 20h – 21h30 ngày 26/11/2022 và 27/11/2022",
        "họp từ 8 giờ ngày 01/7/2020 trở đi",
    ],
)
def test_a_time_of_day_that_does_not_fit_is_refused(phrase: str) -> None:
    refused(phrase)


# --- the new year's eve, weekdays without "ngày", a lunar year in the step -----------------


@pytest.mark.parametrize(
    "phrase",
    [
        # Tuyên Quang, pháo hoa Tết Bính Ngọ: 0 giờ of Tết is the moment of giao thừa
        "0 giờ 00 phút ngày 17/02/2026 (Đêm Giao thừa Tết Nguyên đán Bính Ngọ năm 2026)",
        "22 giờ ngày 16/02/2026 (Đêm Giao thừa)",  # the evening of the last day (29 Chạp)
        "22 giờ ngày 16/02/2026 (tức đêm Giao thừa 29 Tết)",
    ],
)
def test_the_new_years_eve_is_checked_against_the_day(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.kind is D and reading.gloss is not None and "Giao thừa" in reading.gloss


@pytest.mark.parametrize(
    "phrase",
    [
        "22 giờ ngày 15/02/2026 (Đêm Giao thừa)",  # 28 tháng Chạp: never read with it as a step
        "10 giờ ngày 17/02/2026 (Đêm Giao thừa)",  # Tết's morning
        "22 giờ ngày 16/02/2026 (tức đêm Giao thừa 30 Tết)",  # Ất Tỵ's Chạp has 29 days
        "0 giờ 00 phút ngày 17/02/2026 (Đêm Giao thừa Tết Nguyên đán Ất Tỵ năm 2026)",
    ],
)
def test_a_new_years_eve_that_is_not_the_day_is_refused(phrase: str) -> None:
    assert "giao thừa" in refused(phrase).lower() or "Chạp" in refused(phrase)


def test_a_weekday_right_before_a_day_with_its_year_is_checked() -> None:
    """Công an TP.HCM, Tết Bính Ngọ: "từ thứ Bảy 14/2/2026 (…) đến hết Chủ nhật 22/2/2026"."""
    (reading,) = parse_deadlines(
        "nghỉ Tết âm lịch từ thứ Bảy 14/2/2026 (tức 27 tháng Chạp, năm Ất Tỵ) đến hết Chủ nhật "
        "22/2/2026 (tức mùng 6 tháng Giêng, năm Bính Ngọ)",
        ctx(),
    )
    assert (reading.first, reading.last) == (date(2026, 2, 14), date(2026, 2, 22))
    assert "Thứ Bảy" in refused("nghỉ Tết âm lịch từ thứ Sáu 14/2/2026 đến hết Chủ nhật 22/2/2026")


def test_a_festival_week_and_its_lunar_year_in_the_step() -> None:
    """UBND tỉnh Phú Thọ, Giỗ Tổ Hùng Vương 2026: "Tuần văn hóa" names the festival; "năm
    Bính Ngọ 2026" is the year of the days, and "(1/3 đến hết 10/3 năm Bính Ngọ)" their
    lunar dates (17/04/2026 is 1 tháng 3)."""
    phrase = (
        "lễ Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng và Tuần văn hóa - du lịch Đất Tổ năm Bính Ngọ "
        "2026 diễn ra từ 17-26/4 (1/3 đến hết 10/3 năm Bính Ngọ)"
    )
    (reading,) = parse_deadlines(phrase, ctx("2026-02-04"))
    assert (reading.first, reading.last) == (date(2026, 4, 17), date(2026, 4, 26))
    assert "1 tháng 3" in refused(phrase.replace("(1/3", "(2/3"), ctx("2026-02-04"))
    assert "Ất Tỵ" in refused("Lễ hội năm Ất Tỵ diễn ra từ 17-26/4", ctx("2026-02-04"))
    refused("Tuần văn hóa diễn ra trong tuần đầu tháng 5", ctx("2026-02-04"))
