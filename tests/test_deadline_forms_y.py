"""Forms tuned on the y- set (branch tune-y): its misreads read right or refused (the 12th
or the 10th "tháng sau tháng báo cáo", a monthly due day never a count of months; a school
term misprinted over a year; the term of an office elected or of a congress led to; a
condition holding its day; letters sent, told as done), then the refusals grouped by cause.
Each rule with the real phrases that motivated it (their corpus file named) and the
look-alikes that must stay read or refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines, rrule_text

R, W, D = DeadlineKind.RECURRING, DeadlineKind.WINDOW, DeadlineKind.DATE


def rule(phrase: str, issued: str | None = None) -> str:
    """The RFC 5545 rule of `phrase`'s one reading, which must be recurring."""
    reading = one(phrase, ctx(issued))
    assert reading.kind is R and reading.recurrence is not None
    return rrule_text(reading.recurrence)


# --- the day of the month after the one reported ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # y-hcm-pso-qd-77-2010-ttg-bao-cao-thong-ke-co-so.yaml (QĐ 77/2010/QĐ-TTg, "tháng"
        # printed twice)
        ("Ngày 12 tháng sau tháng tháng báo cáo", 12),
        # y-phu-yen-bqlkkt-huong-dan-bao-cao-thong-ke.yaml (BQL Khu kinh tế Phú Yên)
        ("Ngày nhận báo cáo: ngày 10 tháng sau tháng báo cáo", 10),
    ],
)
def test_a_day_of_the_month_after_the_reported_one_is_monthly(phrase: str, day: int) -> None:
    # read as 12 (10) months after the reported month before: a wrong day
    reading = one(phrase, ctx("2010-11-30"))
    assert reading.kind is R and reading.relative is None
    assert rrule_text(reading.recurrence) == f"FREQ=MONTHLY;BYMONTHDAY={day}"  # type: ignore[arg-type]
    assert reading.recurrence is not None and reading.recurrence.offset == -1


@given(day=st.integers(1, 28), verb=st.sampled_from(["Ngày", "Hạn nộp: ngày", "chậm nhất ngày"]))
def test_no_day_of_a_month_is_a_count_of_months(day: int, verb: str) -> None:
    # whatever the day, "ngày N tháng sau …" is the Nth of a month, never N months after
    for rest in ("tháng sau tháng báo cáo", "tháng sau khi kết thúc kỳ báo cáo"):
        try:
            readings = parse_deadlines(f"{verb} {day} {rest}", ctx("2010-11-30"))
        except DeadlineError:  # refused: no wrong day
            continue
        assert all(r.relative is None for r in readings)


def test_a_count_of_months_after_an_event_still_reads() -> None:
    # the look-alike without "ngày" before the number: a count
    reading = one("Sau 12 tháng kể từ ngày ký")
    assert reading.relative is not None and reading.relative.offset == 12


def test_the_second_month_of_the_next_quarter() -> None:
    # y-hcm-pso-qd-77-2010-ttg-bao-cao-thong-ke-co-so.yaml
    phrase = "Ngày 12 tháng thứ hai quý sau quý báo cáo"
    assert rule(phrase, "2010-11-30") == "FREQ=MONTHLY;INTERVAL=3;BYMONTH=2,5,8,11;BYMONTHDAY=12"
    assert "tháng thứ hai" in one(phrase, ctx("2010-11-30")).reading
    # and the last month, beside it in the same table, stays the last
    last = "Ngày 12 tháng cuối quý sau quý báo cáo"
    assert rule(last, "2010-11-30") == "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=12"
    # "thuộc kỳ báo cáo" holds "thu": still the last month (d-tt-44-2019-bgtvt-bao-cao.yaml)
    own = "báo cáo quý gửi trước ngày 20 của tháng cuối quý thuộc kỳ báo cáo"
    assert rule(own) == "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=20"


# --- a school term over a year ----------------------------------------------------------------


def test_a_school_term_over_a_year_is_refused_as_a_misprint() -> None:
    # y-dantri-bac-lieu-nam-hoc-2022-2023.yaml (term II from 9/1/2023 meant)
    why = refused(
        "học kỳ II bắt đầu từ ngày 9/1/2022 và kết thúc trước ngày 25/5/2023", ctx("2022-08-14")
    )
    assert "dài hơn một năm" in why and "first_day" in why


def test_a_school_term_of_months_still_reads() -> None:
    # y-giadinhonline-soc-trang-nam-hoc-2022-2023.yaml's terms, and the same term rightly printed
    phrase = "học kỳ II bắt đầu từ ngày 9/1/2023 và kết thúc trước ngày 25/5/2023"
    assert read_days(phrase, "2022-08-14") == (W, "2023-01-09", "2023-05-25")


@given(start=st.integers(2015, 2030), extra=st.integers(2, 20))
def test_no_school_term_reads_over_a_year(start: int, extra: int) -> None:
    phrase = f"học kỳ I bắt đầu từ ngày 5/9/{start} và kết thúc trước ngày 15/1/{start + extra}"
    refused(phrase, ctx(f"{start}-08-01"))


# --- a term that names an office elected or a congress led to ------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # y-daidoanket-cao-bang-mttq-dai-hoi-2019.yaml (held in 2019, not due by 2024)
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng đang triển khai kế hoạch tổ chức Đại"
        " hội MTTQ các cấp tiến tới Đại hội MTTQ tỉnh Cao Bằng lần thứ XII, nhiệm kỳ 2019 - 2024",
        # y-hau-giang-snv-bau-cu-truong-ap-2013.yaml (elected in 2013 for two years)
        "Bầu cử Trưởng ấp, khu vực; Bầu thành viên Thanh tra nhân dân nhiệm kỳ 2013-2015",
    ],
)
def test_the_term_of_an_office_elected_or_a_congress_led_to_is_refused(phrase: str) -> None:
    assert "nhiệm kỳ là tên" in refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # issue 11: "nhiệm kỳ 2020 - 2025" alone is a window
        ("nhiệm kỳ 2020 - 2025", None, "2020-01-01", "2025-12-31"),
        # h-b2-doanhnghiepkinhtexanh-quang-ngai-ke-hoach-thi-dua.yaml: deputies to a council
        (
            "bầu cử đại biểu Quốc hội và đại biểu hội đồng nhân dân các cấp nhiệm kỳ 2026-2031",
            None,
            "2026-01-01",
            "2031-12-31",
        ),
        # k-quang-nam-hoi-nong-dan-dai-hoi-2023.yaml: a congress led to, with its own time
        (
            "tiến đến Đại hội đại biểu Hội Nông dân tỉnh Quảng Nam lần thứ IX (nhiệm kỳ 2023 -"
            " 2028) trong quý III/2023.",
            "2023-03-01",
            "2023-07-01",
            "2023-09-30",
        ),
        # v-dienban-quang-nam-bau-truong-thon-2022.yaml: an election with its own day
        (
            "Theo kế hoạch, cuộc bầu cử Trưởng thôn, nhiệm kỳ 2022 -2027 trên địa bàn xã sẽ được"
            " tổ chức vào ngày Chủ nhật 03/4/2022",
            "2022-03-01",
            "2022-04-03",
            "2022-04-03",
        ),
    ],
)
def test_a_term_alone_or_beside_its_own_time_still_reads(
    phrase: str, issued: str | None, first: str, last: str
) -> None:
    assert read_days(phrase, issued)[1:] == (first, last)


# --- a condition holding its day ------------------------------------------------------------


def test_a_condition_holding_its_day_is_refused() -> None:
    # y-giadinhonline-soc-trang-nam-hoc-2022-2023.yaml (read as due 05/09/2022 before)
    phrase = (
        "Trường hợp đặc biệt cần khai giảng trước ngày 5/9, giao Giám đốc Sở Giáo dục và Đào"
        " tạo quyết định thời gian đối với các trường trực thuộc Sở"
    )
    assert "điều kiện" in refused(phrase, ctx("2022-08-12"))


def test_cases_as_the_subject_still_read() -> None:
    # l-quang-nam-tdkt-thoi-gian-trinh-khen.yaml: "Các trường hợp" are what is sent
    phrase = (
        "Các trường hợp khen thưởng tổng kết các chương trình mục tiêu (khen thưởng chuyên đề)"
        " gởi trước ngày trao thưởng ít nhất 07 ngày"
    )
    reading = one(phrase)
    assert reading.relative is not None and reading.relative.offset == 7


# --- letters sent, told as done --------------------------------------------------------------


def test_letters_sent_told_as_done_are_no_deadline() -> None:
    # y-moc-bxd-cv-2800-2021-don-doc-bao-cao-thong-ke.yaml (read as a window over 2020)
    phrase = (
        "Thực hiện chế độ báo cáo thống kê ngành Xây dựng chính thức năm 2020 theo quy định, Bộ"
        " Xây dựng đã có các công văn số 250/BXD-KHTC ngày 25/01/2021, số 1730/BXD-KHTC ngày"
        " 17/5/2021 gửi Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương về việc thực hiện"
        " báo cáo thống kê ngành Xây dựng chính thức năm 2020"
    )
    assert "văn bản đã gửi" in refused(phrase, ctx("2021-07-01"))


def test_a_letter_that_asks_for_a_day_still_reads() -> None:
    # n-bnv-cv-8405-bnv-tcbc-2025.yaml: a letter sent that asks ("yêu cầu") for a report by a day
    phrase = (
        "Trước đó, Bộ Nội vụ đã gửi Công văn 8091/BNV-TCBC ngày 17/9/2025 yêu cầu các bộ, ngành,"
        " địa phương báo cáo trước 17h00 ngày 22/9/2025"
    )
    assert read_days(phrase, "2025-09-25") == (D, "2025-09-22", "2025-09-22")
