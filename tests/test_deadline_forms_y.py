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
    assert "gửi một văn bản" in refused(phrase, ctx("2021-07-01"))


def test_a_letter_that_asks_for_a_day_still_reads() -> None:
    # n-bnv-cv-8405-bnv-tcbc-2025.yaml: a letter sent that asks ("yêu cầu") for a report by a day
    phrase = (
        "Trước đó, Bộ Nội vụ đã gửi Công văn 8091/BNV-TCBC ngày 17/9/2025 yêu cầu các bộ, ngành,"
        " địa phương báo cáo trước 17h00 ngày 22/9/2025"
    )
    assert read_days(phrase, "2025-09-25") == (D, "2025-09-22", "2025-09-22")


# --- refusals by cause: a yearly rule's step names "năm sau" or joins two acts --------------


@pytest.mark.parametrize(
    ("phrase", "month", "day"),
    [
        # y-luat-nsnn-nd-163-2016-dieu-22-thoi-gian-du-toan.yaml (Nghị định 163/2016, Điều 22)
        (
            "1. Trước ngày 15 tháng 5 hằng năm, Thủ tướng Chính phủ ban hành quy định về việc xây"
            " dựng kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách nhà nước năm sau",
            5,
            15,
        ),
        # t-tvpl-tt-03-2026-ktnn-ke-hoach-kiem-toan.yaml (Thông tư 03/2026/TT-KTNN)
        (
            "(1) Trước ngày 15 tháng 6 hàng năm, Tổng Kiểm toán nhà nước ban hành văn bản hướng dẫn"
            " xây dựng kế hoạch kiểm toán năm sau",
            6,
            15,
        ),
        # y-vinasctax-giao-ke-hoach-dau-tu-von-hang-nam-tt-3.yaml: two acts joined by "hoặc"
        (
            "7. Trước ngày 31 tháng 12 hằng năm, các bộ, ngành và địa phương giao hoặc thông báo"
            " kế hoạch",
            12,
            31,
        ),
    ],
)
def test_a_yearly_rule_whose_step_names_next_year_or_two_acts(
    phrase: str, month: int, day: int
) -> None:
    assert rule(phrase) == f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}"


@pytest.mark.parametrize(
    "phrase",
    [
        # the step names another day, or a time joined by "hoặc": still refused
        "Trước ngày 15 tháng 5 hằng năm, các bộ báo cáo, chậm nhất ngày 15/1 năm sau",
        "Trước ngày 31 tháng 12 hằng năm, các bộ giao kế hoạch hoặc trước ngày 15/1",
        # a one-off day with "năm sau" and no cadence: the year after which? (not a rule)
        "Trước ngày 15 tháng 11, Quốc hội quyết định dự toán ngân sách nhà nước năm sau",
    ],
)
def test_a_step_with_another_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-05"))


# --- a quarter's data period, each year ------------------------------------------------------


def test_a_quarters_data_period_is_cut_off_on_its_last_day_each_year() -> None:
    # y-gia-lai-ducco-byt-tt-05-2023-hiv-chot-so-lieu.yaml (Thông tư 05/2023/TT-BYT)
    phrase = "Số liệu báo cáo của Quý I được tính từ ngày 01/01 đến hết ngày 31/3 hằng năm"
    assert rule(phrase) == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31"
    assert one(phrase).recurrence.covers == "quý I"  # type: ignore[union-attr]


@given(quarter=st.integers(1, 4), named=st.integers(1, 4))
def test_a_quarter_named_must_be_the_days_quarter(quarter: int, named: int) -> None:
    roman = ["I", "II", "III", "IV"]
    first, last = 3 * quarter - 2, 3 * quarter
    end = {3: 31, 6: 30, 9: 30, 12: 31}[last]
    phrase = (
        f"Số liệu báo cáo của Quý {roman[named - 1]} được tính từ ngày 01/{first:02d} đến hết"
        f" ngày {end}/{last} hằng năm"
    )
    if named == quarter:
        assert rule(phrase) == f"FREQ=YEARLY;BYMONTH={last};BYMONTHDAY={end}"
    else:
        assert "không khớp" in refused(phrase)


# --- a count whose anchor cites an article or a form ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "offset", "working"),
    [
        # y-thukyluat-byt-tt-37-2019-thoi-han-gui-bao-cao.yaml (Thông tư 37/2019/TT-BYT)
        (
            "Đối với tuyến huyện: 15 ngày làm việc kể từ thời điểm kết thúc kỳ thống kê quy định"
            " tại Điều 2 Thông tư 37",
            15,
            True,
        ),
        # y-moit-tthc-951-co-so-ban-le.yaml (Bộ Công Thương, TTHC 951: a form and a decree)
        (
            "d) Trong thời hạn 20 ngày kể từ ngày nhận được hồ sơ, Cơ quan cấp Giấy phép kiểm tra"
            " và đánh giá hồ sơ để có văn bản gửi Ủy ban nhân dân cấp tỉnh đề xuất cấp phép (Mẫu"
            " số 09 ban hành kèm theo Nghị định số 09/2018/NĐ-CP), trường hợp đề xuất không cấp"
            " phép phải có văn bản trả lời Ủy ban nhân dân cấp tỉnh và nêu rõ lý do",
            20,
            False,
        ),
    ],
)
def test_a_count_whose_anchor_cites_an_article_or_a_form(
    phrase: str, offset: int, working: bool
) -> None:
    relative = one(phrase).relative
    assert relative is not None and (relative.offset, relative.working_days) == (offset, working)


def test_an_anchor_holding_a_day_stays_refused() -> None:
    assert "có số chưa đọc được" in refused("15 ngày làm việc kể từ ngày kết thúc đợt 2 năm 2027")
    # a day in the anchor: not a citation; refused saying the first day counted is unsaid
    # (branch wide-three: tests/test_deadline_wide_three.py)
    assert "ngày đầu" in refused("15 ngày kể từ ngày 2 tháng 3")


@pytest.mark.parametrize(
    "phrase", ["05 ngày trước ngày 15/6/2026", "chậm nhất 05 ngày làm việc trước ngày 15/6/2026"]
)
def test_a_count_back_from_a_written_day_says_why_it_is_not_counted(phrase: str) -> None:
    # fresh37: refused as "mốc … có số chưa đọc được", as if the day were not read
    said = refused(phrase)
    assert "đếm lùi từ một ngày đã ghi" in said and "có được tính hay không" in said
    assert "last_day" in said


# --- a gloss counting from the event after it ------------------------------------------------


def test_a_gloss_counting_after_its_event_is_kept() -> None:
    # the form of y-dantri-bac-lieu-nam-hoc-2022-2023.yaml's "(trước khai giảng một tuần)",
    # whose phrases are refused for their other words ("Theo kế hoạch năm học …", "sớm")
    reading = one("tựu trường ngày 29/8 (trước khai giảng một tuần)", ctx("2022-08-14"))
    assert (reading.kind, str(reading.last)) == (D, "2022-08-29")
    assert reading.gloss == "trước khai giảng một tuần"


# --- a numbered year of a plan whose start is not known: refused with its reason ---------
# (the medium-term public-investment plan's years read since session 37: planyear, its tests
# in test_deadline_planyear.py; Điều 55's phrases stood here as refusals before)


@pytest.mark.parametrize(
    "phrase",
    [
        # Điều 55's form, of a plan the law does not date: its years are no public fact
        "Trước ngày 30 tháng 6 năm thứ tư của kế hoạch phát triển giai đoạn trước, Bộ Kế hoạch"
        " và Đầu tư xây dựng, trình Thủ tướng Chính phủ phê duyệt định hướng",
        "1. Trước ngày 10 tháng 11 năm thứ năm của giai đoạn trước, Ủy",
    ],
)
def test_a_day_of_a_numbered_year_of_a_plan_says_why_it_is_refused(phrase: str) -> None:
    # due once in each multi-year plan: never a one-off in the plan's year, never yearly
    assert "mỗi kỳ kế hoạch nhiều năm" in refused(phrase, ctx("2024-01-05"))
