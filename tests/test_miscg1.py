"""Session 44, family M1 (helper miscg1): phrases refused for assorted reasons, where a word
of the phrase was taken for a time it is not: initials "CN" among others ("KH,CN,ĐMST") taken
for Sunday, "cùng một ngày" (one and the same day) for a count of days, "lần thứ tư năm …"
(the fourth edition) for a start "từ năm …", "trăng rằm 2025" (a festival's name) for a lunar
day, an election's work deployed the year before its term for a day outside that term, and
"từ ngày 15, 16, 17/4" (days in a row) for a start with no end (issue 11: never a silent
wrong date; what each rule must still refuse is asserted beside it)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW

# --- "CN" among initials joined by commas is công nghệ, not Chủ nhật ----------------------------

# z-vnmasterplan-kh-3260-ddqh-nq-57-2025 (Kế hoạch 3260/KH-ĐĐQH on Nghị quyết 57-NQ/TW)
INSTITUTIONS = (
    "hoàn thiện thể chế và đưa thể chế thành một lợi thế cạnh tranh trong đột phá phát triển "
    "KH,CN,ĐMST và chuyển đổi số quốc gia; thực hiện cơ bản hoàn thành trong năm 2025."
)
LAWS = (
    "tham gia thẩm tra, giải trình, tiếp thu, chỉnh lý phục vụ Quốc hội ban hành các dự án Luật "
    "có liên quan đến các lĩnh vực KH,CN,ĐMST, công nghệ số trong năm 2025"
)
YEAR_2025 = (W, date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize("phrase", [INSTITUTIONS, LAWS, "các lĩnh vực CN,ĐMST trong năm 2025"])
def test_cn_among_initials_is_technology_not_sunday(phrase: str) -> None:
    assert days(one(phrase, ctx("2025-01-10"))) == YEAR_2025


@pytest.mark.parametrize(
    "phrase",
    [
        "trực vào CN trong tháng 3/2025",  # Sunday, alone
        "ngày 17/3/2025 (CN)",  # beside its day, checked: a Monday
        "làm việc cả T7,CN trong tháng 3/2025",  # Saturday and Sunday, joined tight
        "họp THỨ BẢY, CN trong tháng 3/2025",  # a weekday in capitals, then a spaced comma
        "các lĩnh vực KH, CN trong năm 2025",  # spaced: initials or a weekday? not told
    ],
)
def test_cn_as_sunday_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-01-10"))


# --- "cùng một ngày" is the day named, not a count -------------------------------------------

# w-press-voh-ngay-bau-cu-2016 (election day of 2016, told in November 2015)
ONE_DAY_NATIONWIDE = (
    "Sự kiện này sẽ được tiến hành trong cùng một ngày trên cả nước, vào ngày chủ nhật (22/5/2016)."
)


def test_one_and_the_same_day_is_the_day_named() -> None:
    assert days(one(ONE_DAY_NATIONWIDE, ctx("2015-11-24"))) == (
        D,
        date(2016, 5, 22),
        date(2016, 5, 22),
    )


def test_a_count_of_days_within_a_period_stays_refused() -> None:
    # a count spelled without "cùng" is still a count inside the period, not the period
    why = refused("Sự kiện này sẽ được tiến hành trong hai ngày trên cả nước, vào tháng 5/2016")
    assert "đếm một số ngày" in why


def test_the_same_day_keeps_its_weekday_checked() -> None:
    # 23/5/2016 is a Monday: the gloss "chủ nhật" still disagrees, never read
    refused(
        "Sự kiện này sẽ được tiến hành trong cùng một ngày trên cả nước, vào ngày chủ nhật "
        "(23/5/2016).",
        ctx("2015-11-24"),
    )


# --- "lần thứ tư năm …" is the fourth edition, no start "từ năm …" ------------------------------

# v-congnghevadoisong-ngay-sach-2025 (Ngày sách và Văn hóa đọc Việt Nam, 2025)
BOOK_DAY = (
    "Ngày sách và Văn hóa đọc Việt Nam lần thứ tư năm 2025 do Bộ Văn hóa, Thể thao và Du lịch "
    "tổ chức diễn ra trên toàn quốc từ ngày 15/4 - 2/5/2025"
)


def test_the_fourth_edition_by_its_year_reads_its_span() -> None:
    assert days(one(BOOK_DAY, ctx("2025-04-15"))) == (W, date(2025, 4, 15), date(2025, 5, 2))
    assert days(
        one("Hội thao lần thứ tư năm 2025 tổ chức trong tháng 5/2025", ctx("2025-01-10"))
    ) == (
        W,
        date(2025, 5, 1),
        date(2025, 5, 31),
    )


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # a Wednesday stays a weekday inside the period, never blanked
        ("họp vào thứ tư năm 2025", "một ngày trong kỳ"),
        # told as done
        ("Hội thao lần thứ tư năm 2024 đã tổ chức trong tháng 5/2024", "đã xảy ra"),
        # negated
        ("Hội thao lần thứ tư năm 2025 không tổ chức trong tháng 5/2025", "không"),
    ],
)
def test_around_the_fourth_edition_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2025-01-10"))


def test_a_start_after_the_fourth_edition_is_still_a_start() -> None:
    reading = one("Hội thao lần thứ tư tổ chức từ năm 2025", ctx("2025-01-10"))
    assert reading.earliest == date(2025, 1, 1) and reading.last is None


# --- an election's work deployed before its term --------------------------------------------

# u-sggp-hoi-nghi-toan-quoc-trien-khai-bau-cu-2025 (the national conference of 15/11/2025)
DEPLOYED = (
    "Sáng mai, 15-11, tại Nhà Quốc hội, Hội đồng Bầu cử quốc gia tổ chức hội nghị toàn quốc "
    "quán triệt Chỉ thị của Bộ Chính trị về triển khai công tác bầu cử đại biểu Quốc hội khóa "
    "XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031"
)


def test_an_election_deployed_the_year_before_its_term_reads_its_day() -> None:
    assert days(one(DEPLOYED, ctx("2025-11-14"))) == (D, date(2025, 11, 15), date(2025, 11, 15))


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # two years before the term: a misprint in one of them
        (
            "Ngày 15/11/2024, triển khai công tác bầu cử đại biểu HĐND nhiệm kỳ 2026 - 2031",
            "2024-11-01",
        ),
        # a congress's resolution is carried out within its term, not the year before
        ("Ngày 15/11/2025, triển khai nghị quyết Đại hội nhiệm kỳ 2026 - 2031", "2025-11-01"),
    ],
)
def test_a_day_outside_the_term_otherwise_stays_refused(phrase: str, issued: str) -> None:
    assert "nằm ngoài nhiệm kỳ" in refused(phrase, ctx(issued))


@given(st.dates(min_value=date(2025, 1, 1), max_value=date(2031, 12, 31)))
def test_any_day_from_the_year_before_the_term_reads(day: date) -> None:
    phrase = (
        f"Ngày {day.day}/{day.month}/{day.year}, tổ chức hội nghị triển khai công tác bầu cử "
        "đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031"
    )
    assert days(one(phrase, ctx(f"{day.year}-01-01"))) == (D, day, day)


# --- "trăng rằm" before a year is a festival's name ----------------------------------------

# p-hoaphu-hanoi-trung-thu-2025 (UBND phường Hòa Phú's Mid-Autumn night, 2025)
MOON_FESTIVAL = (
    'dự kiến tổ chức "Đêm hội trăng rằm 2025" vào 20h ngày thứ Sáu, 03/10/2025 (tức ngày 12/8 '
    "âm lịch)"
)


def test_a_full_moon_festival_named_with_its_year_reads_its_day() -> None:
    assert days(one(MOON_FESTIVAL)) == (D, date(2025, 10, 3), date(2025, 10, 3))
    assert days(one('tổ chức "Đêm hội Trăng rằm 2025" vào ngày 03/10/2025')) == (
        D,
        date(2025, 10, 3),
        date(2025, 10, 3),
    )


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # the lunar gloss is still checked: 03/10/2025 is the 12th of the eighth month
        (MOON_FESTIVAL.replace("12/8", "15/8"), "không phải 15 tháng 8"),
        # the full moon as a day, with no year after it: a lunar day
        ('tổ chức "Đêm hội Trăng rằm 2025" vào tối rằm tháng 8', "âm lịch"),
        ("Đêm hội trăng rằm 2025 không tổ chức vào ngày 03/10/2025", "không"),
    ],
)
def test_the_full_moon_as_a_day_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2025-09-20"))


# --- "từ ngày" before days in a row, their month once ---------------------------------------

# p-hanoi-gov-chuong-my-chi-tra-tro-cap-2020 (UBND huyện Chương Mỹ, the allowance paid in 2020)
ALLOWANCE = (
    "Thời gian cấp phát trợ cấp cho các xã, thị trấn tại Phòng LĐ,TB&XH huyện 3 ngày, từ ngày "
    "15, 16, 17/4/2020"
)


def test_from_days_in_a_row_is_their_span() -> None:
    assert days(one(ALLOWANCE, ctx("2020-04-06"))) == (W, date(2020, 4, 15), date(2020, 4, 17))
    assert days(one("cấp phát trợ cấp từ ngày 15 và 16/4/2020", ctx("2020-04-06"))) == (
        W,
        date(2020, 4, 15),
        date(2020, 4, 16),
    )


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # days apart after "từ": a start on which? never one window, never several days
        ("cấp phát trợ cấp từ ngày 15, 17, 20/4/2020", "không liền nhau"),
        # a count that the days do not make
        ("cấp phát trợ cấp 4 ngày, từ ngày 15, 16, 17/4/2020", "4"),
        # an end said after the list: which of the days starts?
        ("cấp phát trợ cấp từ ngày 15, 16, 17/4/2020 đến ngày 30/4/2020", "15"),
        ("không cấp phát trợ cấp từ ngày 15, 16, 17/4/2020", "không"),
    ],
)
def test_around_the_days_from_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2020-04-06"))


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 29)))
def test_three_days_in_a_row_from_any_day(first: date) -> None:
    last = date.fromordinal(first.toordinal() + 2)
    if last.month != first.month:
        return  # one month written once: days of one month only
    phrase = (
        f"cấp phát trợ cấp từ ngày {first.day}, {first.day + 1}, {last.day}/{first.month}/"
        f"{first.year}"
    )
    assert days(one(phrase, ctx(f"{first.year}-01-01"))) == (W, first, last)
