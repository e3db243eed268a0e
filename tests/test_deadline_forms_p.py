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
        ("Hội thi diễn ra (từ 18 đến 20-9)", "không có năm"),  # no count: "18 đến 20-9" what?
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
