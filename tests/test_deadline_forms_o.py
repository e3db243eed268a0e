"""Forms tuned on the o- and n- sets (branch tune-o): two times in one phrase. A window said
by its start and its end in other words, a range without "từ … đến" confirmed by its lunar
gloss, the lunar glosses of ranges checked against the lunar calendar. Each rule with the
real phrases that motivated it (their document cited) and the near variants that must stay
refused or read otherwise (the first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# --- a start field and an end field: "Ngày bắt đầu …: D1, Ngày hết hạn …: D2" ---------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Bộ KH&CN, dự thảo Thông tư 714 (thống kê KH&CN, 2018): the consultation's two days
        ("Ngày bắt đầu lấy ý kiến: 25/01/2018, Ngày hết hạn lấy ý kiến: 26/03/2018",
         "2018-01-25", "2018-01-25", "2018-03-26"),
        # Bộ Xây dựng, dự thảo Thông tư phân cấp quy hoạch (2023)
        ("Ngày bắt đầu lấy ý kiến: 27/07/2023, Ngày hết hạn lấy ý kiến: 27/09/2023",
         "2023-07-27", "2023-07-27", "2023-09-27"),
        # UBND tỉnh Ninh Bình, QĐ 636/QĐ-UBND (khung năm học 2023-2024)
        ("Học kỳ I, ngày bắt đầu là 6/9/2023, ngày kết thúc là 13/1/2024", "2023-08-01",
         "2023-09-06", "2024-01-13"),
        # the closing field may leave the work unsaid; the start without a year takes the end's
        ("Ngày bắt đầu lấy ý kiến: 25/01/2018, Ngày hết hạn: 26/03/2018", "2018-01-25",
         "2018-01-25", "2018-03-26"),
        ("Học kỳ I, ngày bắt đầu là 6/9, ngày kết thúc là 13/1/2024", "2023-08-01",
         "2023-09-06", "2024-01-13"),
    ],
)  # fmt: skip
def test_start_and_end_fields_are_one_window(
    phrase: str, issued: str, first: str, last: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, first, last)
    assert str(reading.earliest) == first  # the opening day is the start, never a deadline


@pytest.mark.parametrize(
    "phrase",
    [
        # two works: the opening of one, the closing of another
        "Ngày bắt đầu lấy ý kiến: 25/01/2018, Ngày hết hạn nhận hồ sơ: 26/03/2018",
        # the days in the wrong order: one of them is a typo
        "Ngày bắt đầu lấy ý kiến: 26/03/2018, Ngày hết hạn lấy ý kiến: 25/01/2018",
        # the opening alone is no deadline
        "Ngày bắt đầu lấy ý kiến: 25/01/2018",
        # two closing days joined by "hoặc"
        "Ngày bắt đầu lấy ý kiến: 25/01/2018, Ngày hết hạn lấy ý kiến: 26/03/2018 hoặc 30/03/2018",
    ],
)
def test_start_and_end_fields_that_disagree_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2018-01-25"))


def test_a_year_named_before_the_fields_must_be_theirs() -> None:
    refused(
        "Học kỳ I năm 2022, ngày bắt đầu là 6/9/2023, ngày kết thúc là 13/1/2024", ctx("2023-08-01")
    )


# --- a start, then "kết thúc …" without a comma ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Trạm Khuyến nông Kiên Lương (Kiên Giang), lịch thời vụ Hè Thu 2024
        ("thời vụ xuống giống chung cho toàn huyện bắt đầu từ ngày 05/5/2024 kết thúc vào "
         "ngày 15/6/2024", "2024-04-01", "2024-05-05", "2024-06-15"),
        # Sở GD&ĐT Bạc Liêu, khung năm học 2019-2020 (VietNamNet)
        ("Giáo dục mầm non: bắt đầu từ ngày 26/8/2019 kết thúc chậm nhất là ngày 15/5/2020",
         "2019-08-01", "2019-08-26", "2020-05-15"),
    ],
)  # fmt: skip
def test_start_then_its_end_without_a_comma(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # the end before the start: a typo, never a window
        "Giáo dục mầm non: bắt đầu từ ngày 26/8/2019 kết thúc chậm nhất là ngày 15/5/2018",
        # two ends joined by "hoặc"
        "thời vụ bắt đầu từ ngày 05/5/2024 kết thúc vào ngày 15/6/2024 hoặc 20/6/2024",
    ],
)
def test_start_then_a_wrong_end_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2019-08-01"))


def test_a_day_then_another_steps_end_is_two_deadlines() -> None:
    """Two steps each with its day (the gathering, the year's end): never one window."""
    readings = parse_deadlines(
        "Tựu trường ngày 26/8/2019 kết thúc năm học ngày 15/5/2020", ctx("2019-08-01")
    )
    assert [(r.kind, str(r.last)) for r in readings] == [(D, "2019-08-26"), (D, "2020-05-15")]


# --- lunar glosses of ranges: a dash between day and month, a leap month --------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Sở NN&PTNT Hậu Giang, lịch xuống giống Đông Xuân 2023-2024: 21/11/2023 is the 9th,
        # 27/11/2023 the 15th of the tenth lunar month
        ("thời điểm xuống giống đợt 1 từ ngày 21 đến 27-11-2023 (tức ngày 9 đến 15-10 âm lịch)",
         "2023-09-01", "2023-11-21", "2023-11-27"),
        ("Đợt 3 từ ngày 17 đến 23-1-2024 (tức ngày 7 đến 13-12 âm lịch)", "2023-09-01",
         "2024-01-17", "2024-01-23"),
        # Báo Ấp Bắc (Tiền Giang), 2023: a lunar year written by number, the year its Tết
        # falls in
        ("khung lịch thời vụ xuống giống vụ lúa đông xuân là từ ngày 5 đến 15-10-2023 (nhằm "
         "ngày 21-8-2023 đến 1-9-2023 âm lịch)", "2023-09-01", "2023-10-05", "2023-10-15"),
        # UBND tỉnh Ninh Bình, CV 22/UBND-VP6 (Hội chợ Hoa Xuân 2022): lunar 5/12/2021 is
        # solar 07/01/2022
        ("Thời gian tổ chức: Từ ngày 07/01/2022 đến 31/01/2022 (tức ngày 05/12/2021 âm lịch "
         "đến hết ngày 29/12/2021 âm lịch)", "2022-01-05", "2022-01-07", "2022-01-31"),
        # UBND tỉnh Vĩnh Long, lịch thời vụ Thu Đông 2017: the year Đinh Dậu had a leap sixth
        # month; "tháng 6 trước" is the first, "tháng 6 sau" the leap one
        ("Đợt 2: xuống giống 35.000 ha, tập trung từ ngày 03/7 - 01/8/2017 (nhằm ngày mùng 10 "
         "tháng 6 trước đến ngày mùng 10 tháng 6 sau âm lịch)", "2017-06-01", "2017-07-03",
         "2017-08-01"),
        ("Đợt 3: xuống giống 6.000 ha, tập trung từ ngày 11/8 - 10/9/2017 (từ ngày 20 tháng 6 "
         "sau đến ngày 20 tháng 7 âm lịch)", "2017-06-01", "2017-08-11", "2017-09-10"),
    ],
)  # fmt: skip
def test_lunar_glosses_of_ranges(phrase: str, issued: str, first: str, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, first, last)
    assert reading.gloss and "âm lịch" in reading.gloss


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the lunar end a day off: one of the two is wrong
        ("từ ngày 21 đến 27-11-2023 (tức ngày 9 đến 16-10 âm lịch)", "2023-09-01"),
        # the lunar year written one year off
        ("từ ngày 5 đến 15-10-2023 (nhằm ngày 21-8-2022 đến 1-9-2022 âm lịch)", "2023-09-01"),
        ("Từ ngày 07/01/2022 đến 31/01/2022 (tức ngày 05/12/2022 âm lịch đến hết ngày "
         "29/12/2022 âm lịch)", "2022-01-05"),
        # the leap month and the first one swapped
        ("từ ngày 03/7 - 01/8/2017 (nhằm ngày mùng 10 tháng 6 sau đến ngày mùng 10 tháng 6 "
         "trước âm lịch)", "2017-06-01"),
        # 2018 had no leap sixth month
        ("từ ngày 11/8 - 10/9/2018 (từ ngày 20 tháng 6 sau đến ngày 20 tháng 7 âm lịch)",
         "2018-06-01"),
    ],
)  # fmt: skip
def test_lunar_glosses_that_disagree_are_refused(phrase: str, issued: str) -> None:
    assert "âm lịch" in refused(phrase, ctx(issued))


# --- a dashed range confirmed by the lunar gloss of its two ends ----------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # CafeF, 2025 (the provinces' Tết holidays for pupils, a table's cells)
        ("24/1-9/2/2025 (25 tháng Chạp đến 12 tháng Giêng)", "2025-01-24", "2025-02-09"),
        ("22/1-4/2/2025 (23 tháng Chạp đến mùng 7 tháng Giêng)", "2025-01-22", "2025-02-04"),
        ("25/1-5/2/2025 (26 tháng Chạp đến mùng 8 tháng Giêng)", "2025-01-25", "2025-02-05"),
    ],
)
def test_dashed_range_with_the_lunar_gloss_of_its_ends(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "25/1-5/2/2025",  # no gloss: a range, or two days?
        "25/1-5/2/2025 (26 tháng Chạp)",  # one end glossed only
        "25/1-5/2/2025 (26 tháng Chạp), (mùng 8 tháng Giêng)",  # two glosses, no span said
        "25/1-5/2/2025 (26 tháng Chạp đến mùng 9 tháng Giêng)",  # the gloss a day off
    ],
)
def test_dashed_range_without_a_span_gloss_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-12-01"))


# --- half a day, the half named in parentheses ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # Thông cáo Đại hội Thi đua yêu nước tỉnh Nghệ An (2020): "1/2 ngày" is half a day
        ("Đại hội trù bị sẽ diễn ra 1/2 ngày (chiều ngày 28/7/2020)", "2020-07-28"),
        ("Đại hội chính thức sẽ diễn ra 1/2 ngày (sáng ngày 29/7/2020)", "2020-07-29"),
        ("Đại hội chính thức sẽ diễn ra nửa ngày (sáng ngày 29/7/2020)", "2020-07-29"),
    ],
)
def test_half_a_day_then_which_half(phrase: str, day: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2020-07-01"))
    assert (reading.kind, str(reading.first), str(reading.last)) == (D, day, day)
    assert reading.gloss in ("1/2 ngày", "nửa ngày")  # never 1 February


@pytest.mark.parametrize(
    "phrase",
    [
        "Đại hội chính thức sẽ diễn ra 1/2 ngày (ngày 29/7/2020)",  # no half named: 1/2 a day?
        "Đại hội chính thức sẽ diễn ra trong 1/2 ngày",  # a length with no day
        "Đại hội chính thức sẽ diễn ra 11/2 ngày (sáng ngày 29/7/2020)",  # 11/2 is no half
        "ngày 1/2 ngày (sáng ngày 29/7/2020)",  # "ngày 1/2": a day of February
    ],
)
def test_other_fractions_and_days_before_a_half_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2020-07-01"))


# --- hours of one day with primes for the minutes -------------------------------------------


def test_hours_of_one_day_with_primes() -> None:
    """Yên Bái, Kế hoạch Lễ hội Văn hóa Xòe Thái 2022: the parade's two hours of one day."""
    (reading,) = parse_deadlines(
        "Thời gian diễu diễn: Dự kiến từ 17h00' - 19h30' ngày 24/9/2022 (thứ Bảy)",
        ctx("2022-09-01"),
    )
    assert (reading.kind, str(reading.last), reading.time) == (D, "2022-09-24", "19:30")
    assert reading.gloss and "17:00" in reading.gloss


@pytest.mark.parametrize(
    "phrase",
    [
        "Thời gian diễu diễn: Dự kiến từ 17h00' - 19h30' ngày 24/9/2022 (thứ Sáu)",  # a Saturday
        "Thời gian diễu diễn: Dự kiến từ 19h30' - 17h00' ngày 24/9/2022",  # ends before it starts
        "Thời gian diễu diễn: Dự kiến từ 17h00' - 19h30' ngày 24/9/2022 đến ngày 26/9/2022",
    ],
)
def test_hours_of_one_day_that_disagree_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2022-09-01"))


# --- an event's window, then its opening inside it ------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # UBND tỉnh Lào Cai, Lễ hội mùa hè Sa Pa 2018: the festival's days, then its opening
        ("Thời gian: Từ 28/4 đến hết ngày 01/5/2018. Khai mạc 9 giờ 00 ngày 28/4/2018",
         "2018-04-01", "2018-04-28", "2018-05-01"),
        ("Thời gian: Từ 28/4 đến hết ngày 02/5/2018. Khai mạc 9 giờ 00 phút ngày 01/5/2018",
         "2018-04-01", "2018-04-28", "2018-05-02"),
        # Yên Bái, Lễ hội Văn hóa Xòe Thái 2022: the exhibition's days, its opening after ";"
        ("Thời gian: Dự kiến từ ngày 22/9 đến 27/9/2022; dự kiến khai mạc triển lãm vào 08h00', "
         "ngày 22/9/2022", "2022-09-01", "2022-09-22", "2022-09-27"),
    ],
)  # fmt: skip
def test_window_then_its_opening_inside_it(phrase: str, issued: str, first: str, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, first, last)
    assert reading.gloss and "khai mạc" in reading.gloss.lower()


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the opening after the last day: one of the two is wrong
        ("Thời gian: Từ 28/4 đến hết ngày 02/5/2018. Khai mạc 9 giờ 00 phút ngày 03/5/2018",
         "2018-04-01"),
        # the opening a year off
        ("Thời gian: Dự kiến từ ngày 22/9 đến 27/9/2022; dự kiến khai mạc triển lãm vào 08h00', "
         "ngày 22/9/2021", "2022-09-01"),
        # a closing, not an opening: another milestone, not read into the window
        ("Thời gian: Từ 28/4 đến hết ngày 02/5/2018. Bế mạc 9 giờ 00 phút ngày 01/5/2018",
         "2018-04-01"),
        # a day, not a window, before the opening
        ("Thời gian: Dự kiến ngày 22/9/2022; dự kiến khai mạc triển lãm vào 08h00', ngày "
         "22/9/2022", "2022-09-01"),
    ],
)  # fmt: skip
def test_an_opening_outside_its_window_stays_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


# --- two works whose windows overlap; a window beside a day stays refused ------------------


def test_two_works_whose_windows_overlap() -> None:
    """Bến Tre, khung lịch thời vụ nuôi tôm 2023: two farming kinds, each its own stocking
    window; the second starts inside the first and ends after it."""
    readings = parse_deadlines(
        "Nuôi tôm sú-lúa, thả giống từ tháng 1 đến tháng 6/2023; nuôi tôm sú thâm canh, bán "
        "thâm canh, thả giống từ tháng 2 đến hết tháng 9/2023",
        ctx("2023-01-01"),
    )
    assert [(r.kind, str(r.first), str(r.last)) for r in readings] == [
        (W, "2023-01-01", "2023-06-30"),
        (W, "2023-02-01", "2023-09-30"),
    ]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # one window inside the other: the phase and its part, or one thing said twice
        ("Nuôi tôm sú-lúa, thả giống từ tháng 1 đến tháng 9/2023; nuôi tôm sú thâm canh, bán "
         "thâm canh, thả giống từ tháng 2 đến hết tháng 6/2023", "2023-01-01"),
        ("Giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025", "2021-01-01"),
        # a period, then a day after it: the period worked on and its due day (a data period)
        ("Thả giống tôm sú từ tháng 3 đến tháng 4/2020, thu hoạch dứt điểm đến ngày 15/4/2020",
         "2020-01-01"),
    ],
)  # fmt: skip
def test_windows_held_in_another_or_beside_a_day_stay_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


# --- a range from the start of a month, to the end of a month ------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Kiên Giang, TB 193/TB-SNNPTNT (khung lịch thời vụ tôm 2020): "(theo Dương lịch)" says
        # the day is solar, and "đến cuối tháng 3/2020" runs to the month's last day
        ("bắt đầu thả giống từ ngày 15/12/2019 (theo Dương lịch) đến cuối tháng 3/2020",
         "2019-11-01", "2019-12-15", "2020-03-31"),
        ("từ đầu tháng 9 đến cuối tháng 10/2020", "2020-01-01", "2020-09-01", "2020-10-31"),
        ("từ ngày 15/12/2019 đến cuối tháng 3", "2019-11-01", "2019-12-15", "2020-03-31"),
    ],
)  # fmt: skip
def test_range_from_the_start_or_to_the_end_of_a_month(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "từ cuối tháng 4 đến đầu tháng 5/2020",  # the end of one, the start of the other: when?
        "từ ngày 15/12/2019 đến cuối tháng 11/2019",  # the end before the start
        "bắt đầu thả giống từ ngày 15/12/2019 (theo Âm lịch) đến cuối tháng 3/2020",  # lunar
    ],
)
def test_other_parts_of_months_in_a_range_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2019-11-01"))


# --- days without a year, on an undated page, whose lunar glosses name the year ------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # Kon Tum Today, the provinces' Tết holidays of 2024 (the page prints no date): only
        # 2024 has 5/2 as 26 Chạp Quý Mão and 17/2 as mùng 8 Giêng Giáp Thìn
        ("Từ 5-17/2 (từ 26 tháng Chạp năm Quý Mão đến mùng 8 tháng Giêng năm Giáp Thìn)",
         "2024-02-05", "2024-02-17"),
        # 24h.com.vn, Tết 2026 in Vĩnh Long and Đồng Nai (no date printed)
        ("thời gian nghỉ Tết được thực hiện từ ngày 16/2 (tức ngày 29 tháng Chạp năm Ất Tỵ) đến "
         "hết ngày 20/2 (tức ngày mùng 4 tháng Giêng năm Bính Ngọ)", "2026-02-16", "2026-02-20"),
    ],
)  # fmt: skip
def test_the_year_named_by_the_lunar_glosses(phrase: str, first: str, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, first, last)
    assert not reading.year_from_plan  # the glosses gave it, not a plan
    assert "âm lịch" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # the gloss a day off: no year agrees
        "Từ 5-17/2 (từ 26 tháng Chạp năm Quý Mão đến mùng 9 tháng Giêng năm Giáp Thìn)",
        # the lunar years one year off
        "Từ 5-17/2 (từ 26 tháng Chạp năm Nhâm Dần đến mùng 8 tháng Giêng năm Quý Mão)",
        # no lunar year named: the lunar day alone comes back every few years
        "ngày 16/2 (tức ngày 29 tháng Chạp)",
        # a year named outside a gloss, checked only loosely: several years agree
        "ngày 16/2 Tết Bính Ngọ",
    ],
)
def test_lunar_names_that_fix_no_one_year_stay_refused(phrase: str) -> None:
    refused(phrase)


def test_a_plan_year_is_never_replaced_by_the_lunar_names() -> None:
    """With an issue day, the plan gives the year, and a day long past is refused as ever."""
    refused(
        "thời gian nghỉ Tết được thực hiện từ ngày 16/2 (tức ngày 29 tháng Chạp năm Ất Tỵ) đến "
        "hết ngày 20/2 (tức ngày mùng 4 tháng Giêng năm Bính Ngọ)",
        ctx("2025-06-01"),
    )


# --- a term's days, then the weeks it teaches (read by tune-n's steps since the merge) -----


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # UBND tỉnh Khánh Hòa, QĐ 687 (khung năm học 2025-2026, Báo Nghệ An)
        ("Học kỳ I: từ 8/9/2025 đến trước 18/1/2026, có 18 tuần học", "2025-09-08",
         "2026-01-18"),
        # Vĩnh Long, năm học 2025-2026 (Báo Thanh Niên)
        ("bậc giáo dục phổ thông và giáo dục thường xuyên từ ngày 8.9 đến 10.1.2026, thực học "
         "18 tuần", "2025-09-08", "2026-01-10"),
    ],
)  # fmt: skip
def test_a_terms_days_then_its_weeks(phrase: str, first: str, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2025-08-01"))
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, first, last)
    assert reading.gloss and "18 tuần" in reading.gloss


@pytest.mark.parametrize(
    "phrase",
    [
        "Học kỳ II: từ 19/1/2026 đến trước 31/3/2026, có 17 tuần học",  # 17 weeks in 10
        "trước ngày 10/1/2026, thực học 18 tuần",  # weeks of one day
    ],
)
def test_weeks_that_do_not_fit_the_days_stay_refused(phrase: str) -> None:
    assert "tuần" in refused(phrase, ctx("2025-08-01")) or "hai chú thích" in refused(
        phrase, ctx("2025-08-01")
    )


# --- "từ ngày 15 - 17.3": a dash between the days, a dot before the month ------------------


def test_days_with_a_dash_then_a_dotted_month() -> None:
    """Hội Báo toàn quốc 2024 (TP.HCM): after "từ ngày", two marks that differ."""
    assert read_days("diễn ra từ ngày 15 - 17.3", "2024-01-01") == (W, "2024-03-15", "2024-03-17")


@pytest.mark.parametrize(
    "phrase",
    [
        "diễn ra từ ngày 15 - 17-3",  # one mark for both: 15 to 17-3, or 15-17 of March?
        "diễn ra ngày 15 - 17.3",  # no "từ": a number 17.3?
        "diễn ra từ 15 - 17.3",  # no "ngày"
        "diễn ra từ ngày 17 - 15.3",  # reversed
    ],
)
def test_other_dashed_days_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-01-01"))


# --- "D1. Riêng …": another group's day in the next sentence --------------------------------


def test_another_groups_day_in_the_next_sentence() -> None:
    """UBND tỉnh Quảng Ngãi, QĐ 1188 (khung năm học 2023-2024)."""
    readings = parse_deadlines(
        "Tựu trường vào ngày 28/8/2023. Riêng đối với lớp 1, tựu trường vào ngày 22/8/2023",
        ctx("2023-08-01"),
    )
    assert [(r.kind, str(r.last)) for r in readings] == [(D, "2023-08-28"), (D, "2023-08-22")]


def test_the_next_sentence_without_its_contrast_stays_refused() -> None:
    refused("Tựu trường vào ngày 28/8/2023. Lớp 1 tựu trường vào ngày 22/8/2023", ctx("2023-08-01"))


# --- weekdays before days without their year; the solar calendar named after ---------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # UBND TP. Hồ Chí Minh, the Quốc khánh holiday of 2025 (Báo Người Lao Động)
        ("cán bộ, công chức, viên chức và người lao động của các cơ quan hành chính, sự nghiệp, "
         "tổ chức chính trị, tổ chức chính trị - xã hội được nghỉ dịp lễ Quốc khánh năm 2025 từ "
         "thứ Bảy ngày 30-8 đến hết thứ Ba ngày 2-9 Dương lịch", "2025-08-25", "2025-08-30",
         "2025-09-02"),
        # 24h.com.vn, Tết 2026 (no date printed): the lunar glosses give the year, the weekdays
        # are checked in it
        ("thời gian nghỉ Tết kéo dài từ thứ tư, ngày 11/2 (tức ngày 24 tháng Chạp năm Ất Tỵ) đến "
         "hết chủ nhật, ngày 22/2 (tức ngày mùng 6 tháng Giêng năm Bính Ngọ)", None,
         "2026-02-11", "2026-02-22"),
        ("nghỉ từ thứ tư, ngày 11/2 đến hết chủ nhật, ngày 22/2", "2026-01-10", "2026-02-11",
         "2026-02-22"),
    ],
)  # fmt: skip
def test_weekdays_before_days_without_their_year(
    phrase: str, issued: str | None, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("được nghỉ từ thứ Sáu ngày 30-8 đến hết thứ Ba ngày 2-9", "2025-08-25"),  # a Saturday
        ("được nghỉ từ thứ Bảy ngày 30-8 đến hết thứ Tư ngày 2-9", "2025-08-25"),  # a Tuesday
        # in 2024, 30/8 was a Friday: the plan's year and the weekday disagree
        ("được nghỉ từ thứ Bảy ngày 30-8 đến hết thứ Ba ngày 2-9", "2024-08-20"),
        # the weekday disagrees with the one year the lunar glosses allow
        ("thời gian nghỉ Tết kéo dài từ thứ năm, ngày 11/2 (tức ngày 24 tháng Chạp năm Ất Tỵ) "
         "đến hết chủ nhật, ngày 22/2 (tức ngày mùng 6 tháng Giêng năm Bính Ngọ)", None),
        ("được nghỉ từ thứ Bảy ngày 30-8 đến hết thứ Ba ngày 2-9 âm lịch", "2025-08-25"),
    ],
)  # fmt: skip
def test_weekdays_that_disagree_stay_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))
