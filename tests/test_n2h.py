"""Session 45, family N2 (helper n2h): phrases refused as not recognised at all ("không nhận
ra thời hạn"), read where a form of the news line or of a rule says the day plainly, and
kept refused beside it where the words could give another time (issue 11: never a silent
wrong date)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# --- A clause of purpose or of the occasion, then the day and what a body does then ---------

# zo-baomoi-tag-thang-thanh-nien-2026 (a search page: no issue day)
YOUTH_MONTH = (
    "Hưởng ứng Tháng Thanh niên 2026, ngày 28/2, tuổi trẻ hai địa phương Cần Thơ và Bắc Ninh "
    "triển khai nhiều công trình, phần việc thiết thực, khẳng định vai trò xung kích trong "
    "chuyển đổi số, phát triển kinh tế - xã hội và chăm lo cộng đồng"
)
# zr-hanoimoi-ra-quan-tong-ve-sinh-tet-tan-mao-2011 (Hà Nội Mới, 28/01/2011)
TET_CLEANING = (
    "(HNM) - Nhằm bảo đảm vệ sinh môi trường (VSMT) thành phố phục vụ Tết Nguyên đán Tân Mão "
    "năm 2011, ngày 29-1, Công ty TNHH nhà nước một thành viên Môi trường đô thị và các đơn vị "
    "đảm trách công tác VSMT trên địa bàn sẽ tổ chức ra quân tổng vệ sinh thu dọn hết phế thải "
    "tồn đọng và khơi thông cống rãnh"
)
# zk-honggai-ha-long-ngay-hoi-dai-doan-ket-2023 (no issue day)
FRONT_ANNIVERSARY = (
    "Hưởng ứng Ngày hội Đại đoàn kết toàn dân tộc; Kỷ niệm 93 năm Ngày truyền thống Mặt trận "
    "tổ quốc Việt Nam (18/11/1930 – 18/11/2023), sáng 12/11, tại trụ sở phường Hồng Gai, Ban "
    "chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và Thường trực Ủy ban "
    "MTTQ phường Hồng Gai tổ chức khai mạc giao lưu chương trình văn nghệ “Ngày hội Đại đoàn "
    "kết dân tộc”"
)
WORK = "tuổi trẻ hai địa phương Cần Thơ và Bắc Ninh triển khai nhiều công trình"


def test_the_day_after_a_clause_of_response_takes_the_year_it_names() -> None:
    assert _read(YOUTH_MONTH) == [(D, date(2026, 2, 28), date(2026, 2, 28))]
    (one,) = parse_deadlines(YOUTH_MONTH, ctx())
    assert one.gloss == "Hưởng ứng Tháng Thanh niên 2026"
    assert "năm 2026 lấy theo “Hưởng ứng Tháng Thanh niên 2026”" in one.reading


def test_the_day_after_a_clause_of_purpose_after_a_press_mark() -> None:
    assert _read(TET_CLEANING, "2011-01-28") == [(D, date(2011, 1, 29), date(2011, 1, 29))]


def test_the_day_after_an_anniversary_and_its_span_takes_the_anniversary_year() -> None:
    assert _read(FRONT_ANNIVERSARY) == [(D, date(2023, 11, 12), date(2023, 11, 12))]


def test_a_page_of_another_year_than_the_clause_names_is_not_guessed() -> None:
    refused(TET_CLEANING, ctx("2012-01-10"))
    refused(f"Hưởng ứng Tháng Thanh niên 2026, ngày 28/2, {WORK}", ctx("2025-02-27"))
    # the day's own year against the clause's
    refused(f"Hưởng ứng Tháng Thanh niên 2026, ngày 28/2/2025, {WORK}")
    # the anniversary's span ends in 2024: 93 years after 1930 is 2023, the span is no name
    refused(FRONT_ANNIVERSARY.replace("18/11/2023)", "18/11/2024)"))


def test_a_clause_naming_two_years_or_none_gives_the_day_no_year() -> None:
    refused(f"Chào mừng năm 2025 và năm 2026, ngày 28/2, {WORK}")
    refused(f"Hưởng ứng Tháng Thanh niên, ngày 28/2, {WORK}")


def test_a_clause_with_a_time_a_cadence_or_a_condition_keeps_the_refusal() -> None:
    step = "Công ty Môi trường đô thị sẽ tổ chức ra quân tổng vệ sinh"
    refused(f"Nhằm hoàn thành trước Tết Nguyên đán năm 2011, ngày 29-1, {step}", ctx("2011-01-20"))
    refused(f"Nhằm bảo đảm vệ sinh nếu trời mưa, ngày 29-1, {step}", ctx("2011-01-20"))
    refused(f"Hưởng ứng Tháng Thanh niên hằng năm, ngày 28/2, {WORK}", ctx("2026-02-01"))


def test_the_line_after_the_clause_keeps_its_own_refusals() -> None:
    # told done (convention 1)
    refused("Hưởng ứng Tháng Thanh niên 2026, ngày 28/2, tuổi trẻ hai địa phương đã triển khai")
    # two days, a second deadline
    refused(f"Hưởng ứng Tháng Thanh niên 2026, ngày 28/2 và ngày 1/3, {WORK}")
    refused(f"Hưởng ứng Tháng Thanh niên 2026, ngày 28/2, {WORK}, hoàn thành trước ngày 30/3")
    # "Để …" opens a document told issued as often: not this form
    refused(
        "Để công tác bầu cử đạt kết quả cao, ngày 14/11/2025, Sở Nội vụ thành phố ban hành "
        "Công văn số 9329/HD-SNV hướng dẫn",
        ctx("2025-11-14"),
    )


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_any_day_after_the_clause_is_read_in_the_clause_year(day: date) -> None:
    phrase = f"Hưởng ứng Tháng Thanh niên {day.year}, ngày {day.day}/{day.month}, {WORK}"
    assert _read(phrase) == [(D, day, day)]


# --- A campaign month named with its year, held until its day ---------------------------------

# zc-thuonghieucongluan-thang-thanh-nien-tphcm-2026 (no issue day)
YOUTH_MONTH_UNTIL = (
    "Tháng Thanh niên năm 2026 kéo dài đến ngày 31/3, với các hoạt động giáo dục truyền thống "
    "và phong trào thi đua sôi nổi, thiết thực"
)


def test_the_youth_month_of_a_year_lasts_until_its_day_of_that_year() -> None:
    assert [one.last for one in parse_deadlines(YOUTH_MONTH_UNTIL, ctx())] == [date(2026, 3, 31)]
    # the Youth Month is held in the year it names, as "Tháng hành động" is
    assert _read("Tháng Thanh niên năm 2026 diễn ra từ ngày 1/3 đến 31/3") == [
        (DeadlineKind.WINDOW, date(2026, 3, 1), date(2026, 3, 31))
    ]


def test_the_month_lasting_keeps_the_refusals_beside_it() -> None:
    refused("Tháng Thanh niên năm 2026 đã kéo dài đến ngày 31/3")  # told done
    refused("Tháng Thanh niên năm 2026 không kéo dài đến ngày 31/3")  # negated
    refused("Tháng Thanh niên năm 2026 kéo dài đến ngày 31/3/2027")  # two years
    refused("Tháng Thanh niên năm 2026 kéo dài trong 31 ngày")  # a length, no day
    # a review of the month is held after it: its year is not the day's
    refused("Tổng kết Tháng Thanh niên năm 2026 kéo dài đến ngày 31/3")
    refused("Hội nghị tổng kết năm 2025 kéo dài đến ngày 10/1")


@given(st.integers(min_value=2000, max_value=2040))
def test_the_month_lasting_takes_any_year_it_names(year: int) -> None:
    phrase = f"Tháng Thanh niên năm {year} kéo dài đến ngày 31/3"
    assert [one.last for one in parse_deadlines(phrase, ctx())] == [date(year, 3, 31)]


# --- Work set on the occasion of an anniversary whose span is printed ------------------------

# zj-znews-thong-bao-89-khoi-cong-cao-toc-19-5-2026 (no issue day)
GROUNDBREAKING = (
    "Thủ tướng yêu cầu các địa phương đẩy nhanh thủ tục, chuẩn bị khởi công loạt dự án cao tốc "
    "vào dịp kỷ niệm 136 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2026)"
)
WORK_ON = "khởi công loạt dự án cao tốc {} kỷ niệm 136 năm ngày sinh Chủ tịch Hồ Chí Minh ({})"


def test_work_on_the_occasion_is_due_on_its_day_of_the_span_end_year() -> None:
    assert _read(GROUNDBREAKING) == [(D, date(2026, 5, 19), date(2026, 5, 19))]
    # written with dashes, on a page of its year
    assert _read(
        "khởi công vào dịp kỷ niệm 79 năm ngày toàn quốc kháng chiến (19-12-1946 – 19-12-2025)",
        "2025-09-05",
    ) == [(D, date(2025, 12, 19), date(2025, 12, 19))]


def test_the_span_stays_a_name_off_the_occasion_day() -> None:
    # around or towards the occasion: a flag flown, works marked (the corpus refuses them)
    refused(WORK_ON.format("nhân dịp", "19/5/1890-19/5/2026"))
    refused(WORK_ON.format("chào mừng", "19/5/1890-19/5/2026"))
    # years that are not the count apart, days that differ: a typo somewhere, not chosen
    refused(WORK_ON.format("vào dịp", "19/5/1890-19/5/2025"))
    refused(WORK_ON.format("vào dịp", "19/5/1890-20/5/2026"))
    # a span of years only: no day
    refused("khởi công dự án vào dịp kỷ niệm 50 năm ngày thành lập tỉnh (1977-2027)")


def test_the_occasion_day_keeps_the_refusals_beside_it() -> None:
    span = "19/5/1890-19/5/2026"
    refused(f"đã {WORK_ON.format('vào dịp', span)}")  # told done
    refused(f"nếu kịp, {WORK_ON.format('vào dịp', span)}")  # a condition
    refused(f"hằng năm {WORK_ON.format('vào dịp', span)}")  # a cadence
    refused(f"{WORK_ON.format('vào dịp', span)} và khánh thành vào ngày 2/9/2026")  # two days


# --- An event's edition and its year after a dash ---------------------------------------------

# zk-vtcnews-viet-da-tien-phong-56-2015 (no issue day)
RACE = (
    "giải Việt dã toàn quốc và Marathon Giải báo Tiền Phong lần thứ 56 - 2015 sẽ được tổ chức "
    "vào sáng Chủ nhật 22/3 tại thành phố Vĩnh Yên, tỉnh Vĩnh Phúc"
)


def test_an_edition_named_with_its_year_after_a_dash_gives_its_day_that_year() -> None:
    assert _read(RACE) == [(D, date(2015, 3, 22), date(2015, 3, 22))]
    assert _read("Hội thi lần thứ XI - 2024 sẽ diễn ra từ ngày 5 đến 7/10") == [
        (DeadlineKind.WINDOW, date(2024, 10, 5), date(2024, 10, 7))
    ]


def test_the_edition_year_keeps_the_refusals_beside_it() -> None:
    race = "giải Việt dã toàn quốc lần thứ 56 - 2015"
    refused(f"{race} sẽ được tổ chức vào ngày 22/3/2016")  # a day of another year
    refused(f"{race} sẽ được tổ chức vào sáng Thứ bảy 22/3")  # 22/3/2015 was a Sunday
    refused(f"{race} đã được tổ chức vào ngày 22/3")  # told done
    refused("giải Việt dã lần thứ 56 - 2015 và lần thứ 57 - 2016 sẽ được tổ chức vào ngày 22/3")
    # a review of the race is held after it: its year is not the day's
    refused("Hội nghị tổng kết giải lần thứ 56 - 2015 sẽ được tổ chức vào ngày 10/1")
