"""Forms carried session after session across the older sets (branch tune-carry, session 28):
rounds numbered by year ("đợt 2/2025": a round, never February), a plan's own page telling its
issuing (the lead's ruling on conventions 11 and 7). Each with the real phrases that motivated
it (their corpus files named), the near variants that must stay refused, and a property."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

# --- a round numbered by year: "đợt 2/2025" ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "window"),
    [
        # p-baodanang-tiem-phong-dot-2-2025 (refused before: "2/2025" taken for another date)
        (
            "khẩn trương tổ chức triển khai thực hiện Tháng tổng vệ sinh, khử trùng, tiêu độc môi "
            "trường đợt 2/2025; thời gian thực hiện đồng loạt trong tháng 9/2025",
            "2025-08-22",
            ("2025-09-01", "2025-09-30"),
        ),
        # z-baodanang-thang-tong-ve-sinh-dot-2-2025
        (
            "Theo đó, UBND thành phố giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các "
            "ngành, địa phương khẩn trương triển khai Tháng tổng vệ sinh, khử trùng tiêu độc môi "
            "trường đợt 2/2025, trong thời gian tháng 8-9/2025",
            "2025-08-18",
            ("2025-08-01", "2025-09-30"),
        ),
        # z-baophapluat-bac-ninh-cv-1787-tong-ve-sinh-dot-1-2026: the round named twice, both
        # ways, on a page with no date
        (
            "Theo đó, để thực hiện tốt nhiệm vụ tổng vệ sinh, khử trùng, tiêu độc môi trường và "
            "khẩn trương tiêm phòng vắc xin cho đàn vật nuôi đợt 1/2026, Chủ tịch UBND tỉnh Bắc "
            "Ninh yêu cầu Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan liên quan "
            "tổ chức triển khai, hướng dẫn các địa phương thực hiện tháng tổng vệ sinh, khử trùng, "
            "tiêu độc môi trường đợt 1 năm 2026, thời gian từ ngày 10/3 đến 31/3/2026",
            None,
            ("2026-03-10", "2026-03-31"),
        ),
        # the round's year lends itself to days printed without one, on a page with no date
        ("Tháng tổng vệ sinh đợt 2/2025, trong tháng 9", None, ("2025-09-01", "2025-09-30")),
    ],
)
def test_a_round_of_the_year_reads_its_own_days(
    phrase: str, issued: str | None, window: tuple[str, str]
) -> None:
    assert read_days(phrase, issued) == (W, *window)
    assert "không phải tháng" in (one(phrase, ctx(issued)).gloss or "")


@pytest.mark.parametrize(
    "phrase",
    [
        "Tháng tổng vệ sinh, khử trùng, tiêu độc môi trường đợt 2/2025",
        "Chiến dịch bổ sung Vitamin A đợt 1 năm 2026",
        "tiêm phòng vắc xin cho đàn vật nuôi đợt 1/2026",
    ],
)
def test_a_round_with_no_day_is_refused_naming_the_round(phrase: str) -> None:
    why = refused(phrase, ctx("2025-08-01"))
    assert "số thứ tự của đợt" in why and "không phải tháng" in why


@pytest.mark.parametrize(
    "phrase",
    [
        # a time counted from the document's day: the round's year is no such day
        "Tháng tổng vệ sinh đợt 2/2025, trong tháng tới",
        "đợt 2/2025 tổ chức ngày mai 5/9",
        # the round kept, the anchor still holding a number (test_deadline_forms_y's reason)
        "15 ngày làm việc kể từ ngày kết thúc đợt 2/2027",
    ],
)
def test_a_round_lends_no_year_to_a_time_from_the_documents_day(phrase: str) -> None:
    refused(phrase)


def test_a_round_whose_days_fall_in_another_year_is_refused() -> None:
    why = refused("Tháng tổng vệ sinh đợt 2/2025, trong tháng 9/2024", ctx("2024-08-01"))
    assert "đợt 2/2025" in why and "2024" in why


@given(n=st.integers(1, 4), year=st.integers(2000, 2040), month=st.integers(1, 12))
def test_a_round_never_reads_as_its_number_month(n: int, year: int, month: int) -> None:
    """Property: "đợt N/YYYY" beside month M of YYYY reads month M, never month N."""
    phrase = f"Tháng tổng vệ sinh đợt {n}/{year}, trong tháng {month}/{year}"
    reading = one(phrase, ctx(f"{year}-01-01"))
    assert reading.first == date(year, month, 1)
    assert reading.last is not None and reading.last.month == month


# --- a plan's own page telling its issuing (conventions 11 and 7) --------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "window"),
    [
        # zl-vpubnd-laichau-kh-1371-chuyen-doi-so-2026: the office's portal posting the plan
        (
            "Ngày 24/10/2025, Văn phòng UBND tỉnh Lai Châu ban hành Kế hoạch số 1371/KH-VPUBND "
            "chuyển đổi số của Văn phòng UBND tỉnh năm 2026",
            "2025-10-24",
            ("2026-01-01", "2026-12-31"),
        ),
        # zl-soldtbxh-hungyen-kh-38-binh-dang-gioi-2022
        (
            "Ngày 04/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 38/KH-UBND về thực hiện "
            "công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022",
            "2022-03-04",
            ("2022-01-01", "2022-12-31"),
        ),
        # z-tayninh-kh-1173-kiem-tra-cchc-2016: the portal's item the day after the signing,
        # opening with the plan's own purpose (expected refused before the lead's ruling)
        (
            "Ngày 11/5/2016, UBND tỉnh ban hành Kế hoạch số 1173/KH-UBND triển khai công tác "
            "kiểm tra thực hiện cải cách hành chính trên địa bàn tỉnh năm 2016",
            "2016-05-12",
            ("2016-01-01", "2016-12-31"),
        ),
    ],
)
def test_a_plans_own_page_telling_its_issuing_reads_its_year(
    phrase: str, issued: str, window: tuple[str, str]
) -> None:
    assert read_days(phrase, issued) == (W, *window)
    assert "chính văn bản được ban hành" in (one(phrase, ctx(issued)).gloss or "")


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # told as done: r-lai-chau-kh-1888-vpubnd-cchc-2026, z-baothanhhoa-kh-275 (a report)
        (
            "Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số "
            "1888/KH-VPUBND về công tác cải cách hành chính năm 2026.",
            "2025-12-30",
        ),
        (
            "Ngày 31/12/2025, UBND tỉnh Thanh Hóa đã ban hành Kế hoạch số 275/KH-UBND về chuyển "
            "đổi số năm 2026",
            "2026-01-06",
        ),
        # a plan issued long before the page that tells it: another document (convention 7)
        (
            "Ngày 11/5/2016, UBND tỉnh ban hành Kế hoạch số 1173/KH-UBND triển khai công tác "
            "kiểm tra thực hiện cải cách hành chính trên địa bàn tỉnh năm 2016",
            "2016-09-30",
        ),
        # no page day to compare with
        (
            "Ngày 04/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 38/KH-UBND về thực hiện "
            "công tác bình đẳng giới năm 2022",
            None,
        ),
        # a year of work before the signing's: a past plan told
        (
            "Ngày 04/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 38/KH-UBND về thực hiện "
            "công tác bình đẳng giới năm 2021",
            "2022-03-04",
        ),
        # a budget's year is the object's
        (
            "Ngày 04/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 38/KH-UBND về dự toán "
            "ngân sách năm 2022",
            "2022-03-04",
        ),
        # the title refused alone stays refused told: a review's year, an occasion's
        (
            "Ngày 15/12/2025, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về kiểm tra kết quả thực "
            "hiện nhiệm vụ năm 2025",
            "2025-12-20",
        ),
        (
            "Ngày 15/12/2025, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND tổ chức Tết Nguyên đán "
            "năm 2026",
            "2025-12-20",
        ),
    ],
)
def test_a_plan_told_by_another_document_stays_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


@given(
    signed=st.dates(date(2000, 1, 1), date(2040, 12, 1)),
    later=st.integers(0, 30),
    ahead=st.integers(0, 1),
)
def test_the_own_plan_told_reads_its_year_within_a_month(
    signed: date, later: int, ahead: int
) -> None:
    """Property: a plan's own page dated up to 30 days after its signing reads the plan's year
    (the signing's or the next), never the signing day."""
    year = signed.year + ahead
    phrase = (
        f"Ngày {signed.day}/{signed.month}/{signed.year}, UBND tỉnh ban hành Kế hoạch số "
        f"12/KH-UBND về chuyển đổi số năm {year}"
    )
    page = date.fromordinal(signed.toordinal() + later)
    reading = one(phrase, ctx(page.isoformat()))
    assert (reading.first, reading.last) == (date(year, 1, 1), date(year, 12, 31))


# --- a weekday counted in its month: "Chủ nhật thứ ba của tháng 11 hằng năm" ---------------

R = DeadlineKind.RECURRING


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # the World Day of Remembrance for Road Traffic Victims as the press words it
        # (v-vietnamplus-ngay-tuong-niem-nan-nhan-tngt-2024 and -2025; their sentences, which
        # tell the UN's choice of 2005, stay refused for their other words)
        ("ngày Chủ nhật tuần thứ 3 của tháng 11 hằng năm", "FREQ=YEARLY;BYMONTH=11;BYDAY=3SU"),
        ("Chủ nhật tuần thứ ba của tháng 11 hằng năm", "FREQ=YEARLY;BYMONTH=11;BYDAY=3SU"),
        ("Chủ nhật thứ ba của tháng 11 hằng năm", "FREQ=YEARLY;BYMONTH=11;BYDAY=3SU"),
        # t-hai-phong-cat-hai-ngay-toan-dan-xanh-sach-dep-2018's day, with its cadence said
        ("vào ngày chủ nhật cuối cùng của mỗi tháng", "FREQ=MONTHLY;BYDAY=-1SU"),
        ("Chủ nhật cuối cùng hằng tháng", "FREQ=MONTHLY;BYDAY=-1SU"),
        # refused since the first breaker session (never the month's last day); its day now
        ("thứ Sáu cuối cùng hằng tháng", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("thứ Sáu cuối cùng của tháng 12 hằng năm", "FREQ=YEARLY;BYMONTH=12;BYDAY=-1FR"),
        ("thứ Hai đầu tiên hằng tháng", "FREQ=MONTHLY;BYDAY=1MO"),
        ("thứ Sáu thứ hai hằng tháng", "FREQ=MONTHLY;BYDAY=2FR"),
    ],
)
def test_a_weekday_counted_in_its_month_is_a_rule(phrase: str, rrule: str) -> None:
    reading = one(phrase, ctx("2025-11-16"))
    assert reading.kind is R
    assert reading.rrule == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # another weekday of a numbered week: two rules (j-2-travinh, o-da-nang, zm-sovhttdl,
        # zm-ict-hcm, u-nld-hcm of the corpus)
        "thứ Sáu tuần thứ hai hằng tháng",
        "Thứ Ba, tuần thứ 3 hằng tháng",
        "ngày thứ Sáu của tuần lễ thứ hai và tuần lễ thứ tư trong tháng",
        "vào ngày thứ sáu của tuần lễ cuối tháng",
        # ("Chủ nhật cuối cùng của tháng", with no cadence, was here: the lead's ruling of
        # session 34 reads it each month, as "trước ngày cuối cùng của tháng" is read;
        # tests/test_deadline_wide_nine.py)
    ],
)
def test_a_weekday_of_an_unsure_week_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-16"))


@given(
    n=st.integers(1, 4),
    month=st.integers(1, 12),
    today=st.dates(date(2000, 1, 1), date(2100, 1, 1)),
)
def test_the_nth_sunday_of_a_month_is_due_on_a_sunday_in_its_week(
    n: int, month: int, today: date
) -> None:
    """Property: every "Chủ nhật thứ n của tháng M hằng năm" rule's next due day is a Sunday
    in month M between day 7n-6 and 7n, on or after the day counted from."""
    from kehoach.dates.recurrence import next_occurrence

    words = ("nhất", "hai", "ba", "tư")[n - 1]
    reading = one(f"Chủ nhật thứ {words} của tháng {month} hằng năm", ctx("2025-01-01"))
    assert reading.rrule is not None
    due = next_occurrence(reading.rrule, today, today)
    assert due is not None
    assert due.due >= today and due.due.weekday() == 6 and due.due.month == month
    assert 7 * n - 6 <= due.due.day <= 7 * n


# --- months spelt out: "tháng Mười Hai năm 2025" --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "window"),
    [
        ("trong tháng Mười hai năm 2025", ("2025-12-01", "2025-12-31")),
        ("tháng Mười Một năm 2025", ("2025-11-01", "2025-11-30")),
        ("hoàn thành trong tháng Chín/2026", ("2026-09-01", "2026-09-30")),
        ("tháng Năm năm 2026", ("2026-05-01", "2026-05-31")),
    ],
)
def test_a_solar_month_spelt_out_reads_as_its_number(phrase: str, window: tuple[str, str]) -> None:
    assert read_days(phrase, "2025-11-16") == (W, *window)


def test_a_yearly_month_spelt_out_is_a_rule() -> None:
    # v-tienphong-thang-thanh-nien-hang-nam's month, v-yenbai-tthc-dang-ky-nvqs-lan-dau's
    assert (
        one("tháng Ba hằng năm", ctx("2026-03-02")).rrule == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1"
    )
    assert (
        one("Tháng tư hàng năm", ctx("2026-03-02")).rrule == "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=-1"
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "tháng Giêng năm 2026",  # the lunar year's first month
        "tháng Chạp năm 2025",  # its last
        "tháng Một năm 2026",  # January, or the lunar eleventh month
        "tháng năm 2025",  # a count's "tháng", a form's blank
        "tháng Ba năm 2026 âm lịch",  # said lunar
    ],
)
def test_a_lunar_or_unsure_month_in_words_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-16"))


@given(month=st.integers(2, 12), year=st.integers(2000, 2040))
def test_a_month_spelt_out_reads_as_the_same_month_in_digits(month: int, year: int) -> None:
    """Property: "tháng <month in words> năm Y" reads as "tháng <month> năm Y"."""
    words = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")
    spelt = one(f"trong tháng {words[month - 2]} năm {year}", ctx(f"{year}-01-01"))
    digits = one(f"trong tháng {month} năm {year}", ctx(f"{year}-01-01"))
    assert (spelt.kind, spelt.first, spelt.last) == (digits.kind, digits.first, digits.last)


# --- two full days in a row, one lunar gloss naming both -----------------------------------


def test_two_days_in_a_row_with_their_lunar_gloss_are_one_window() -> None:
    # zm-daklak-tb-133-nghi-tet-am-lich-2020 (refused before: the gloss belonged to neither)
    phrase = (
        "công chức, viên chức sẽ nghỉ bù vào ngày 28 tháng 01 năm 2020 và ngày 29 tháng 01 năm "
        "2020 (tức ngày Mùng 4 và Mùng 5 Tết Âm lịch)"
    )
    assert read_days(phrase, "2019-10-31") == (W, "2020-01-28", "2020-01-29")
    assert "Mùng 4 và Mùng 5" in (one(phrase, ctx("2019-10-31")).gloss or "")


@pytest.mark.parametrize(
    "phrase",
    [
        # a gloss that is not the days' lunar dates: one of the two is a typo
        "nghỉ bù vào ngày 28 tháng 01 năm 2020 và ngày 29 tháng 01 năm 2020 (tức ngày Mùng 5 và "
        "Mùng 6 Tết Âm lịch)",
        # days not in a row
        "nghỉ bù vào ngày 28 tháng 01 năm 2020 và ngày 30 tháng 01 năm 2020 (tức ngày Mùng 4 và "
        "Mùng 6 Tết Âm lịch)",
    ],
)
def test_two_days_glossed_otherwise_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2019-10-31"))


@given(first=st.dates(date(2001, 1, 1), date(2040, 12, 30)))
def test_two_days_in_a_row_glossed_with_their_own_lunar_days_read_as_their_window(
    first: date,
) -> None:
    """Property: two days in a row glossed with their own lunar days (Vietnamese calendar) read
    as the window over them, whatever the days."""
    from kehoach.dates.lunar import lunar_date

    second = date.fromordinal(first.toordinal() + 1)
    one_lunar, two_lunar = lunar_date(first), lunar_date(second)
    if one_lunar.month != two_lunar.month or one_lunar.leap or two_lunar.leap:
        return  # a gloss across two lunar months, or a leap month: another form
    phrase = (
        f"nghỉ vào ngày {first.day} tháng {first.month} năm {first.year} và ngày {second.day} "
        f"tháng {second.month} năm {second.year} (tức ngày {one_lunar.day} và {two_lunar.day} "
        f"tháng {one_lunar.month} âm lịch)"
    )
    reading = one(phrase, ctx(first.isoformat()))
    assert (reading.kind, reading.first, reading.last) == (W, first, second)
