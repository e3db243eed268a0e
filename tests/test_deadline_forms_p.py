"""Forms tuned on the p- and q- sets (branch tune-p): the words and times around one day or
one window. A place after the day and the numbers that name it, what an event has ("với 336
đại biểu"), the organisers the press quotes, an hour written with "g", a count of days or
nights before the span, a bare range in parentheses that crosses the new year or writes both
years. Each rule with the real phrases that motivated it (their document cited) and the near
variants that must stay refused or read otherwise (the first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# --- a place after the day, and the numbers that name it -----------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # Cổng thông tin xã Lao Bảo (Quảng Trị), Hội thi giáo viên dạy giỏi mầm non 2025
        ("Hội thi giáo viên dạy giỏi mầm non cấp xã Lao Bảo năm học 2025-2026 sẽ diễn ra khai "
         "mạc vào lúc 08 giờ ngày 11/12/2025 tại Trường Tiểu học số 2 Lao Bảo", "2025-12-10",
         D, "2025-12-11", "2025-12-11"),
        # UBND huyện Na Rì (Bắc Kạn), Lễ hội Chợ tình Xuân Dương 2025
        ("Tổ chức giải Pickleball từ ngày 19/4/2025 đến ngày 20/4/2025 tại sân Pickleball Tổ dân "
         "phố số 5, Thị trấn Yến Lạc", "2025-04-02", W, "2025-04-19", "2025-04-20"),
        # Thanh Niên, Đại hội Đoàn TNCS Hồ Chí Minh TP.HCM (2025): a house number and its ward
        ("sẽ chính thức diễn ra trong 2 ngày 29 và 30.12.2025 tại Nhà văn hóa Thanh niên TP.HCM "
         "(số 4 Phạm Ngọc Thạch, P.Sài Gòn)", None, W, "2025-12-29", "2025-12-30"),
        # Báo Thanh Hóa, Đại hội MTTQ tỉnh (2025): a house number with its letter
        ("dự kiến diễn ra trong 2 ngày, 28 và 29/11 tại Trung tâm Hội nghị 25B, phường Hạc Thành",
         "2025-11-25", W, "2025-11-28", "2025-11-29"),
    ],
)  # fmt: skip
def test_a_place_numbered_in_its_name(
    phrase: str, issued: str | None, kind: DeadlineKind, first: str, last: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (reading.kind, str(reading.first), str(reading.last)) == (kind, first, last)
    assert reading.gloss is not None and reading.gloss.startswith("tại ")  # the place, kept


@pytest.mark.parametrize(
    "phrase",
    [
        "vào ngày 11/12/2025 tại Trường số 2 ngày 15/12",  # another day after the place
        "vào ngày 11/12/2025 tại Trường số 2 lần 3",  # a count of times
        "vào ngày 11/12/2025 tại Trường số 2/9",  # a day, not a number of the place
        "vào ngày 11/12/2025 tại phòng 3",  # a bare number, no "số": what does it count?
        "vào ngày 11/12/2025 số 2 tại Trường",  # "số 2" before the place names nothing
        "vào ngày 11/12/2025 tại Trường số 2 năm 2026",  # another year
    ],
)
def test_numbers_around_a_place_that_name_no_place_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-10"))


# --- what the event has, after "với" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Báo Phú Thọ, Đại hội đại biểu MTTQ tỉnh (2025)
        ("dự kiến tổ chức vào các ngày 27, 28/11 với 336 đại biểu chính thức", "2025-11-21",
         "2025-11-27", "2025-11-28"),
        # Sài Gòn Giải Phóng, Đại hội TDTT liên phường (2025)
        ("Đại hội thể dục thể thao liên phường 2025 diễn ra từ ngày 22-11 đến 15-12 với 8 môn "
         "thi đấu", "2025-11-23", "2025-11-22", "2025-12-15"),
        # Sở Công Thương Ninh Bình, bình ổn thị trường Tết Bính Ngọ (as the press reports it):
        # a share and its bound ("tối đa lên đến 100%") count no time
        ('"Chương trình khuyến mại tập trung quốc gia 2025" sẽ được triển khai từ 01/12/2025 '
         "đến 18/01/2026 với mức giảm giá tối đa lên đến 100%", None, "2025-12-01", "2026-01-18"),
    ],
)  # fmt: skip
def test_what_the_event_has_after_its_days(
    phrase: str, issued: str | None, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "diễn ra từ ngày 22-11 đến 15-12 với 8 ngày thi đấu",  # days: which of them?
        "diễn ra từ ngày 22-11 đến 15-12 với hạn chót 20-12",  # another deadline
        "triển khai từ 01/12/2025 đến 18/01/2026 với mức giảm giá tối đa 10 ngày",
        "triển khai từ 01/12/2025 đến 18/01/2026 với mức giảm giá lên đến 20/1",
        "dự kiến tổ chức vào các ngày 27, 28/11 với 3 ngày nghỉ",
    ],
)
def test_a_time_after_with_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-21"))


# --- the organisers the press quotes ----------------------------------------------------------


def test_the_organisers_quoted_before_the_span() -> None:
    # Sài Gòn Giải Phóng, Đại hội TDTT liên xã Ngãi Giao - Bình Giã (2025)
    phrase = "Theo Ban tổ chức, đại hội kéo dài từ 11-11 đến 20-12, với nhiều môn thi đấu hấp dẫn"
    assert read_days(phrase, "2025-11-11") == (W, "2025-11-11", "2025-12-20")


@pytest.mark.parametrize(
    "phrase",
    [
        "Theo Ban tổ chức giải năm 2024, đại hội kéo dài từ 11-11 đến 20-12",  # another year
        "Theo Ban tổ chức trước ngày 5-11, đại hội kéo dài từ 11-11 đến 20-12",  # another day
        "Theo Ban tổ chức hằng năm, đại hội kéo dài từ 11-11 đến 20-12",  # a cadence
        "Theo Ban tổ chức đại hội kéo dài từ 11-11 đến 20-12",  # no comma: per the committee?
    ],
)
def test_a_quoted_source_with_a_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-11"))


# --- "lần lượt" (in turn) counts no times ----------------------------------------------------


def test_in_turn_is_no_count_of_times() -> None:
    # Sở Tư pháp Hà Tĩnh: the plan of UBND huyện Thạch Hà to inspect the communes (2021)
    phrase = (
        "từ ngày 06/7 đến 15/7/2021 Phòng lần lượt kiểm tra việc thực hiện các nhiệm vụ công "
        "tác tư pháp trên các lĩnh vực"
    )
    assert read_days(phrase) == (W, "2021-07-06", "2021-07-15")
    refused("từ ngày 06/7 đến 15/7/2021 Phòng lần lượt kiểm tra lần 2")
    refused("từ ngày 06/7 đến 15/7/2021 Phòng kiểm tra 2 lần")


# --- an hour written with "g" -----------------------------------------------------------------


def test_an_hour_written_with_g() -> None:
    # Ban Tuyên giáo Tỉnh ủy Lâm Đồng, CV 1235-VD/BTGTU (2024): the contest's span, by the hour
    (reading,) = parse_deadlines("từ 10g00 ngày 17/6/2024 đến 09g30 ngày 12/8/2024", ctx())
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, "2024-06-17", "2024-08-12")
    assert reading.time == "09:30"
    (day,) = parse_deadlines("kết thúc vào 09g30 sáng thứ Hai, ngày 12/8/2024", ctx())
    assert (str(day.last), day.time) == ("2024-08-12", "09:30")


@pytest.mark.parametrize(
    "phrase",
    [
        "kết thúc vào 09g ngày 12/8/2024",  # "g" without its minutes: grams?
        "kết thúc vào 25g00 ngày 12/8/2024",  # no such hour
        "kết thúc vào 09g30 sáng thứ Ba, ngày 12/8/2024",  # 12/8/2024 was a Monday
    ],
)
def test_hours_with_g_that_do_not_read_stay_refused(phrase: str) -> None:
    refused(phrase)


# --- a count of days or nights before the span ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Sài Gòn Giải Phóng, hội thi văn nghệ phường Bình Trưng (2025): three evenings
        ("Hội thi diễn ra trong 3 đêm (từ 18 đến 20-9), với sự tham gia của 53 đội thi",
         "2025-09-18", "2025-09-18", "2025-09-20"),
        # Cổng thông tin xã Dầu Giây (Đồng Nai), khám sơ tuyển NVQS (2025): the count, a colon
        ("thời gian khám sơ tuyển diễn ra trong hai ngày: 18, 19/10/2025 tại Ban Chỉ huy quân sự "
         "xã Dầu Giây", "2025-10-10", "2025-10-18", "2025-10-19"),
    ],
)  # fmt: skip
def test_a_count_of_days_or_nights_before_the_span(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("Hội thi diễn ra trong 2 đêm (từ 18 đến 20-9)", "“2 đêm” không khớp"),
        ("diễn ra trong hai ngày: 18, 20/10/2025", ""),  # not two days in a row
        # no count, no parentheses: "18 đến 20-9" what? (alone in its parentheses it reads:
        # the lead's ruling of session 50, test_lead50)
        ("Hội thi diễn ra từ 18 đến 20-9", "không có năm"),
        ("trẻ em trong 3 đêm từ 1 đến 3-6 tuổi", ""),  # ages
    ],
)
def test_a_count_that_disagrees_or_is_missing_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2025-09-18"))


# --- a bare range in parentheses: across the new year, or with both years ---------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the new user's finds (issue 11, session 8): the start takes the year before the end's
        # when it would come after it, as "Từ ngày 20/12 đến ngày 10/01/2028" does
        ("Giai đoạn 2 (30/11-15/01/2026)", "2025-11-30", "2026-01-15"),
        ("kế hoạch cao điểm Tết (15/12-15/2/2024)", "2023-12-15", "2024-02-15"),
        # ... and a range whose two ends write their years, a cell wholly in parentheses
        ("(15/11/2025-15/02/2026)", "2025-11-15", "2026-02-15"),
        ("Tổng vệ sinh (15/11/2025 - 15/02/2026)", "2025-11-15", "2026-02-15"),
    ],
)
def test_a_bare_range_in_parentheses_across_the_new_year(
    phrase: str, first: str, last: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2023-10-05"))
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, first, last)
    assert str(reading.earliest) == first


@pytest.mark.parametrize(
    "phrase",
    [
        "Thu gom (30/11-15/01)",  # neither end has its year: reversed, or a new year?
        "Thu gom (30/11/2025-15/01)",  # the start's own year after the end
        "(15/02/2026-15/11/2025)",  # reversed
        "15/11/2025-15/02/2026",  # no parentheses, no "từ … đến": a range, or two days?
        # two days a year or more apart: an anniversary (Đắk Lắk KH 192/2024, QĐ 719/2012)
        "(22/11/1902 – 22/11/2024)",
        "Kỷ niệm 100 năm (09/7/1912 - 09/7/2012)",
        "Thu gom (30/11-15/01/2026 hoặc 20/01/2026)",
    ],
)
def test_other_bare_ranges_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-10-01"))


# --- the step told after the span, in an admission timetable ---------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Bộ GD&ĐT's admission timetable, as the universities relay it: Trường Đại học Kinh tế
        # Nghệ An (2023), ISB (03/03/2023), newshop.vn (QĐ 1683, 2022)
        ("Từ ngày 10/7 đến 17h00 ngày 30/7/2023: Đăng ký, điều chỉnh nguyện vọng xét tuyển "
         "(không giới hạn số lần) trong thời gian quy định.", None, "2023-07-10", "2023-07-30"),
        ("Từ ngày 05/07 đến 17 giờ ngày 25/07: Đăng ký, điều chỉnh nguyện vọng xét tuyển (không "
         "giới hạn số lần) trong thời gian quy định.", "2023-03-03", "2023-07-05", "2023-07-25"),
        ("Từ 22.7 đến 17h ngày 20.8, thí sinh đăng ký, điều chỉnh nguyện vọng xét tuyển không "
         "giới hạn số lần trong thời gian quy định.", "2022-06-17", "2022-07-22", "2022-08-20"),
    ],
)  # fmt: skip
def test_as_many_times_as_one_likes_inside_the_span(
    phrase: str, issued: str | None, first: str, last: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, first, last)
    assert reading.time == "17:00"


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ ngày 10/7 đến 17h00 ngày 30/7/2023: Đăng ký không quá 3 lần",
        "Từ ngày 10/7 đến 17h00 ngày 30/7/2023: Đăng ký (không giới hạn số lần trong 2 ngày)",
        "Từ ngày 10/7 đến 17h00 ngày 30/7/2023: không đăng ký",
    ],
)
def test_counts_of_times_and_negations_after_the_span_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-03-03"))


# --- a window's hours of each day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # Cổng thông tin thị xã Cửa Lò (Nghệ An), Thông báo 63 of UBND thị xã (2017): refuse is
        # collected each night of the summer, from 19 h to 6 h the next morning
        ("Bắt đầu từ ngày 15/4 đến 31/8/2017, thời gian thu gom rác sẽ diễn ra từ 19 giờ đến 6 "
         "giờ sáng hôm sau", "2017-04-15", "2017-08-31"),
        ("thời gian thu gom rác vào mùa đông sẽ bắt đầu từ 1/9/2017 đến 15/4/2018, diễn ra từ 5 "
         "giờ 30 đến 11 giờ sáng hôm sau", "2017-09-01", "2018-04-15"),
    ],
)  # fmt: skip
def test_the_hours_of_each_day_after_a_window(phrase: str, first: str, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2017-04-06"))
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, first, last)
    assert reading.time is None  # hours of each day, not the hour the window ends


@pytest.mark.parametrize(
    "phrase",
    [
        # after one day, "đến 6 giờ sáng hôm sau" would end it the next morning
        "trước ngày 31/8/2017, thu gom từ 19 giờ đến 6 giờ sáng hôm sau",
        "từ ngày 15/4 đến 31/8/2017, thu gom từ 19 giờ đến 6 giờ ngày 5/9",  # another day
        "từ ngày 15/4 đến 31/8/2017, thu gom từ 19 giờ",  # a start alone
        "từ ngày 15/4 đến 31/8/2017, thu gom từ 19 giờ đến 6 giờ sáng hôm sau hằng tuần",
    ],
)
def test_hours_that_could_move_a_day_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2017-04-06"))


# --- a sowing calendar: the batches, the varieties by their growing time, the rains ----------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Cổng thông tin xã Trà Hiệp (Quảng Ngãi), lịch thời vụ Hè Thu 2023
        ("Trà chính vụ: Gieo sạ từ ngày 25/5 đến 05/6/2023 đối với các giống lúa có thời gian "
         "sinh trưởng (TGST) từ 95 ngày đến dưới 105 ngày", "2023-05-18", "2023-05-25",
         "2023-06-05"),
        ("Trà muộn: Gieo sạ từ ngày 06/6 đến 10/6/2023 đối với các giống lúa có TGST dưới 95 "
         "ngày, để kịp thu hoạch trước khi có mưa lũ", "2023-05-18", "2023-06-06", "2023-06-10"),
        # Cổng thông tin xã Hòa Bình (Kiến Xương, Thái Bình), đề án sản xuất vụ xuân 2023
        ("Thời gian gieo cấy từ ngày 25/01-06/02/2023, các giống có thời gian sinh trưởng trên "
         "130 ngày gieo đầu lịch, giống sinh trưởng ngắn ngày gieo cuối lịch", "2023-01-06",
         "2023-01-25", "2023-02-06"),
    ],
)  # fmt: skip
def test_a_sowing_window_for_varieties_named_by_their_growing_time(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Gieo sạ từ ngày 06/6 đến 10/6/2023 đối với các giống lúa gieo sau 95 ngày",  # no variety
        "Gieo sạ từ ngày 06/6 đến 10/6/2023, 95 ngày",  # the window is 5 days
        "Gieo sạ từ ngày 06/6 đến 10/6/2023, để kịp thu hoạch trước ngày 30/9",  # another day
        "Gieo sạ từ ngày 06/6 đến 10/6/2023, trước khi có mưa lũ",  # no purpose: a bound?
        "Gieo sạ từ ngày 06/6 đến 10/6/2023, kết thúc cuối lịch 2024",
        "Trà muộn năm 2022: Gieo sạ từ ngày 06/6 đến 10/6/2023",
    ],
)
def test_other_days_in_a_sowing_calendar_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-05-18"))


# --- how a session is held -------------------------------------------------------------------


def test_how_a_session_is_held_after_its_day() -> None:
    # Cổng thông tin xã Thanh Hà (Hải Phòng), kỳ họp thường lệ giữa năm 2025 của HĐND xã
    phrase = (
        "kỳ họp thường lệ giữa năm 2025 HĐND xã diễn ra trong 1 ngày vào 28/7/2025, theo hình "
        "thức họp tập trung"
    )
    assert read_days(phrase) == (D, "2025-07-28", "2025-07-28")
    assert read_days(
        "kỳ họp diễn ra vào 28/7/2025, theo hình thức họp trực tuyến kết hợp trực tiếp"
    )
    refused("kỳ họp diễn ra vào 28/7/2025, theo hình thức họp tập trung 2 ngày")
    refused("kỳ họp diễn ra vào 28/7/2025, theo quy định")  # by which rule's day?


# --- a count of days that is the dated range's length ----------------------------------------


def test_a_count_of_days_then_its_dated_range() -> None:
    # UBND thành phố Thuận An (Bình Dương), lấy ý kiến quy hoạch sử dụng đất (2021): the
    # count, then "kể từ" and both days, is the range's length, never a count from an anchor.
    # As printed, with its section number "1.2.": an outline number before days written
    # with slashes (the lead's ruling of session 49; with dotted days it stays refused)
    phrase = "Thời gian lấy ý kiến nhân dân: 30 ngày, kể từ ngày 01/04/2021 đến 30/04/2021"
    assert read_days(phrase, "2021-04-08") == (W, "2021-04-01", "2021-04-30")
    assert read_days(f"1.2. {phrase}", "2021-04-08") == (W, "2021-04-01", "2021-04-30")
    refused("1.2. Thời gian lấy ý kiến nhân dân: 30 ngày, kể từ ngày 01.04.2021 đến 30.04.2021")
    refused("Thời gian lấy ý kiến: 20 ngày, kể từ ngày 01/04/2021 đến 30/04/2021")
    # one day alone stays a count from an anchor, not read (its last day: counted how?)
    refused("Thời gian lấy ý kiến: 30 ngày, kể từ ngày 01/04/2021")


# --- hours: "pút", 24 giờ, two events at their hours ------------------------------------------


def test_minutes_printed_without_their_h() -> None:
    # UBND phường Quyết Tiến (Lai Châu), hội thi văn nghệ quần chúng (2022)
    (reading,) = parse_deadlines(
        "- Khai mạc Hội thi: Từ 7h30 phút đến 17h00 pút ngày 29/10/2022", ctx()
    )
    assert (reading.kind, str(reading.last), reading.time) == (D, "2022-10-29", "17:00")
    refused("Khai mạc: 17h pút ngày 29/10/2022")  # "pút" only after minutes


@pytest.mark.parametrize(
    ("phrase", "kind", "last"),
    [
        # Thông tư 37/2019/TT-BYT, Điều 4 ("… đến hết 24h00 ngày 31/12"): the end of day D
        ("nộp hồ sơ đến hết 24h00 ngày 15/3/2025", D, "2025-03-15"),
        ("nộp hồ sơ chậm nhất 24 giờ ngày 15/3/2025", D, "2025-03-15"),
        ("từ 0h00 ngày 01/01 đến hết 24h00 ngày 31/12/2025", W, "2025-12-31"),
        # before the end of day D is by day D, as "trước 17 giờ ngày D" is (fixesb: it was
        # refused, "the 14th, or the 15th?", while "đến 24h ngày D" read)
        ("nộp hồ sơ trước 24 giờ ngày 15/3/2025", D, "2025-03-15"),
    ],
)
def test_twenty_four_hours_is_the_end_of_the_day(
    phrase: str, kind: DeadlineKind, last: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2025-01-01"))
    assert (reading.kind, str(reading.last), reading.time) == (kind, last, None)


@pytest.mark.parametrize(
    "phrase",
    [
        "nộp hồ sơ lúc 24h00 ngày 15/3/2025",  # at 24 h: which day's midnight?
        "nộp hồ sơ đến 24h30 ngày 15/3/2025",
        "từ 24h00 ngày 15/3/2025",
    ],
)
def test_other_twenty_four_hours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-01-01"))


def test_a_data_periods_start_hour_is_no_hour_of_its_due_day() -> None:
    # Thông tư 37/2019/TT-BYT, Điều 4: the month's figures run from 0h00 of its first day
    (reading,) = parse_deadlines(
        "Kỳ báo cáo tháng: Tính bắt đầu từ 0h00 ngày 01 đầu tháng cho đến hết 24h00 ngày cuối "
        "cùng của tháng.",
        ctx(),
    )
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.time is None and reading.gloss == "bắt đầu lúc 00:00"


def test_two_events_at_their_hours_the_second_with_its_place() -> None:
    # Cổng thông tin xã Lao Bảo (Quảng Trị), Hội thi giáo viên dạy giỏi mầm non (2025)
    readings = parse_deadlines(
        "Hội thi sẽ diễn ra khai mạc vào lúc 8h00 ngày 11/12/2025; Tổng kết, bế mạc Hội thi vào "
        "lúc 14h00 ngày 26/12/2025 tại Trường Tiểu học số 2 Lao Bảo",
        ctx("2025-12-10"),
    )
    assert [(str(r.last), r.time) for r in readings] == [
        ("2025-12-11", "08:00"),
        ("2025-12-26", "14:00"),
    ]
    for phrase in (
        # the second before the first; a count after the place
        "khai mạc vào lúc 8h00 ngày 11/12/2025; bế mạc vào lúc 14h00 ngày 10/12/2025 tại Trường",
        "khai mạc vào lúc 8h00 ngày 11/12/2025; bế mạc vào lúc 14h00 ngày 26/12/2025 tại Trường "
        "số 2 lần 3",
    ):
        refused(phrase, ctx("2025-12-10"))


# --- words run together, a country's name before its year ------------------------------------


def test_until_run_into_its_day() -> None:
    # Công an Nhân dân (2017), the sixth national congress of Hội Cựu chiến binh Việt Nam
    phrase = (
        "Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VI (nhiệm kỳ 2017- 2022) "
        "sẽ diễn ra từ 13 đến15-12-2017 tại Hà Nội"
    )
    assert read_days(phrase) == (W, "2017-12-13", "2017-12-15")
    refused("từ 13 đến15-12")  # no year, no "ngày": ages? months?
    refused("trẻ từ 1 đến3 tuổi")


def test_viet_nam_before_its_year_is_no_count_of_years() -> None:
    # Bộ VHTTDL, QĐ 1131/QĐ-BVHTTDL (2024), as Dân tộc và Phát triển reports it
    phrase = (
        "Ngày hội Gia đình Việt Nam năm 2024 sẽ diễn ra từ ngày 25 đến ngày 29/6/2024 tại Hải Phòng"
    )
    assert read_days(phrase, "2024-04-25") == (W, "2024-06-25", "2024-06-29")
    # typed without diacritics, "nam năm" may be "năm năm" (five years): refused
    refused("Ngày hội Gia đình Viet Nam năm 2024 sẽ diễn ra từ ngày 25 đến ngày 29/6/2024")
    refused("hoàn thành trong năm ngày 29/6/2024", ctx("2024-04-25"))


# --- a length and the days it spans (third slice) --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # Hội đồng bồi thường … Tiểu dự án Nha Trang (Báo Khánh Hòa, 2023): the notice's days,
        # the count then "kể từ" and both days written with "tháng" and "năm"
        ("Thời gian niêm yết: 20 ngày, kể từ ngày 20 tháng 5 năm 2023 đến hết ngày 08 tháng 6 "
         "năm 2023", "2023-05-30", "2023-05-20", "2023-06-08"),
        # HĐND tỉnh Hải Dương, kỳ họp thứ 19 (2023): the field "Thời gian:", the count, the
        # start with its hour and weekday (06/12/2023 is a Wednesday)
        ("Thời gian: 03 ngày, bắt đầu từ 08h00’ ngày 06 tháng 12 năm 2023 (Thứ Tư)", None,
         "2023-12-06", "2023-12-08"),
        # UBND phường Nguyễn Cư Trinh (TP.HCM), quà Tết Quý Mão (2023): the field "Thời gian:"
        # before a range without "từ", its lunar gloss checked (27/01/2023 is the 6th of Giêng)
        ("2. Thời gian: 27 tháng 01 năm 2023 đến ngày 10 tháng 02 năm 2023 (tức từ ngày 06/01 "
         "Âm lịch đến ngày 20/01 Âm lịch)", None, "2023-01-27", "2023-02-10"),
    ],
)  # fmt: skip
def test_a_length_and_the_days_it_spans(
    phrase: str, issued: str | None, first: str, last: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, first, last)
    assert str(reading.earliest) == first


@pytest.mark.parametrize(
    "phrase",
    [
        "Thời gian niêm yết: 25 ngày, kể từ ngày 20 tháng 5 năm 2023 đến hết ngày 08 tháng 6 năm 2023",
        "Thời gian: 03 ngày, bắt đầu từ 08h00’ ngày 06 tháng 12 năm 2023 (Thứ Năm)",  # a Wednesday
        "Thời gian: 03 ngày, kể từ ngày 06 tháng 12 năm 2023",  # counted from the day after?
        "Thời gian: 03 ngày",  # from when?
        # 10/3/2027 is a Wednesday: a weekday after a span's end names it (fixes39 #7)
        "từ ngày 5/3/2027 đến ngày 10/3/2027 (Thứ Năm)",
        "Thời gian: 27/01/2023 đến 10/02/2022",  # the end before the start
        "Thời gian: 27/01/2023 đến 10/02/2023 hoặc 15/02/2023",
        "2. Thời gian: 27 tháng 01 năm 2023 đến ngày 10 tháng 02 năm 2023 (tức từ ngày 07/01 Âm "
        "lịch đến ngày 20/01 Âm lịch)",  # the gloss disagrees with the first day
    ],
)
def test_a_length_or_a_field_that_disagrees_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-01-01"))


def test_one_day_spelled_before_its_day() -> None:
    # HĐND tỉnh Bình Thuận, kỳ họp thứ 14 khóa XI (2023): "một ngày", the one day read
    phrase = "dự kiến kỳ họp thứ 14 (chuyên đề) sẽ diễn ra một ngày, vào ngày 09/5/2023"
    assert read_days(phrase, "2023-04-27") == (D, "2023-05-09", "2023-05-09")
    phrase = "kỳ họp sẽ diễn ra trong ba ngày, từ ngày 09/5 đến ngày 11/5/2023"
    assert read_days(phrase, "2023-04-27") == (W, "2023-05-09", "2023-05-11")
    refused("kỳ họp sẽ diễn ra hai ngày, vào ngày 09/5/2023", ctx("2023-04-27"))
    refused("kỳ họp sẽ diễn ra trong ba ngày, từ ngày 09/5 đến ngày 12/5/2023", ctx("2023-04-27"))


# --- "ngày D/M tới": the coming day --------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # Tiền Phong (11/8/2025), the congress of Đảng bộ Trung ương Đoàn
        ("Đại hội đại biểu Đảng bộ Trung ương Đoàn TNCS Hồ Chí Minh nhiệm kỳ 2025 - 2030 sẽ diễn "
         "ra ngày 13/8 tới.", "2025-08-11", "2025-08-13"),
        # written in December, the coming January is the next year's
        ("sẽ diễn ra ngày 15/1 tới", "2025-12-20", "2026-01-15"),
    ],
)  # fmt: skip
def test_the_coming_day_after_the_issue_day(phrase: str, issued: str, last: str) -> None:
    assert read_days(phrase, issued) == (D, last, last)


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("sẽ diễn ra ngày 11/8 tới", "2025-08-11"),  # the issue day itself: this year's or next?
        ("sẽ diễn ra ngày 5/8 tới", "2025-08-11"),  # almost a year ahead: a past day mistyped?
        ("sẽ diễn ra ngày 31/9 tới", "2025-08-11"),  # no such day
        ("sẽ diễn ra ngày 13/8/2025 tới", "2025-08-11"),  # a year written and "tới"
        ("sẽ diễn ra ngày 13/8 tới", None),  # coming after which day?
    ],
)
def test_other_coming_days_stay_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))
