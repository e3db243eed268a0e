"""Forms tuned on the s- set (branch tune-s): reporting rules and schedules. Each rule with the
real phrases that motivated it (their corpus file cited) and the near variants that must stay
refused or read otherwise (the first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW
GOING, R = DeadlineKind.ONGOING, DeadlineKind.RECURRING


# --- the set's misreads, refused -------------------------------------------------------------


def test_a_filing_window_without_its_year_is_refused() -> None:
    # s-giaypheplaodong-hcm-cv-15616-…: the half-yearly foreign-labour report's window, each
    # year's (Nghị định 152/2020/NĐ-CP), printed in a letter of 17/5/2021
    why = refused("Thời gian nộp báo cáo: từ ngày 15/6 đến ngày 04/7", ctx("2021-05-17"))
    assert "không ghi năm" in why


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the window with its year is one window
        ("Thời gian nộp báo cáo: từ ngày 15/6 đến ngày 04/7/2021", "2021-06-15", "2021-07-04"),
        # a window of another work, without a year, takes the plan's
        ("Thời gian tổ chức: từ ngày 15/6 đến ngày 04/7", "2021-06-15", "2021-07-04"),
    ],
)
def test_a_window_of_a_year_or_of_other_work_reads(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2021-05-17") == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # s-nhansu-nghe-an-kh-22-2026-…: a citation's line; the term is the resolution's
        "Chương trình hành động số 15-CTr/ĐU, ngày 14/11/2025 của Ban Chấp hành Đảng bộ UBND "
        "tỉnh thực hiện Nghị quyết Đại hội đại biểu Đảng bộ UBND tỉnh lần thứ I, nhiệm kỳ "
        "2025-2030",
        "Kế hoạch số 12/KH-UBND ngày 03/02/2026 của UBND tỉnh thực hiện Chỉ thị số 05-CT/TU "
        "giai đoạn 2026-2030",
        # s-vanban123-ha-noi-ct-07-2024-…: the 2025 plan and the three-year plan 2025-2027, two
        # periods, never one window 2025-2027
        "triển khai xây dựng Kế hoạch phát triển KTXH và dự toán NSNN năm 2025, Kế hoạch tài "
        "chính - NSNN 3 năm 2025-2027 với quyết tâm cao nhất",
        "dự toán năm 2025 và kế hoạch tài chính 3 năm 2025-2027 với quyết tâm cao nhất",
    ],
)
def test_a_citation_or_a_year_before_its_span_is_no_one_window(phrase: str) -> None:
    refused(phrase, ctx("2026-01-13"))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the title's term span (the same file)
        (
            "CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ UBND TỈNH LẦN "
            "THỨ I, NHIỆM KỲ 2025-2030",
            "2025-01-01",
            "2030-12-31",
        ),
        # a work carried out in a span, after its citation with "thực hiện trong"
        (
            "Kế hoạch số 12/KH-UBND ngày 03/02/2026 của UBND tỉnh thực hiện trong giai đoạn "
            "2026-2030",
            "2026-01-01",
            "2030-12-31",
        ),
        # the span alone, after a year that is not its own period
        ("Kế hoạch tài chính - NSNN 3 năm 2025-2027", "2025-01-01", "2027-12-31"),
    ],
)
def test_a_span_of_its_own_still_reads(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2026-01-13") == (W, first, last)


# --- an effect clause, then the texts it replaces or repeals ---------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest"),
    [
        # s-hethongphapluat-hue-qd-64-2024-…
        (
            "Quyết định này có hiệu lực thi hành kể từ ngày 14 tháng 9 năm 2024 và thay thế "
            "Quyết định số 17/2016/QĐ-UBND ngày 25 tháng 02 năm 2016 của Ủy ban nhân dân tỉnh",
            "2024-09-04",
            "2024-09-14",
        ),
        # s-hethongphapluat-lang-son-qd-52-2025-…: "kể từ ngày ký", the document's own day
        (
            "Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số "
            "01/2020/QĐ-UBND ngày 07 tháng 01 năm 2020 của Ủy ban nhân dân tỉnh ban hành Quy "
            "định chế độ báo cáo định kỳ phục vụ mục tiêu quản lý trên địa bàn tỉnh Lạng Sơn",
            "2025-07-07",
            "2025-07-07",
        ),
        # s-thuvienphapluat-gia-lai-qd-33-2017-…: "bãi bỏ" repeals the other text
        (
            "Quyết định này có hiệu lực thi hành kể từ ngày 04 /01 /2018 và bãi bỏ Quyết định số "
            "03/QĐ-UBND ngày 02/01/2014 của UBND tỉnh về ban hành Quy định chế độ báo cáo",
            "2017-12-25",
            "2018-01-04",
        ),
        # s-phuloc-hue-tt-02-2021-…: where it was published
        (
            "Thông tư có hiệu lực thi hành kể từ ngày 10/5/2021 và đã được đăng tải trên Công "
            "báo và Cổng Thông tin điện tử của Chính phủ./.",
            None,
            "2021-05-10",
        ),
    ],
)
def test_an_effect_clause_reads_its_start_beside_what_it_replaces(
    phrase: str, issued: str | None, earliest: str
) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, str(reading.earliest), reading.last) == (GOING, earliest, None)
    assert reading.gloss and reading.gloss.startswith("và ")


@pytest.mark.parametrize(
    "phrase",
    [
        # a day after the text replaced: another bound, never explained by the citation
        "Quyết định này có hiệu lực thi hành kể từ ngày 14/9/2024 và thay thế Quyết định số "
        "17/2016/QĐ-UBND đến hết ngày 31/12/2024",
    ],
)
def test_an_effect_clause_with_another_time_after_it_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-09-04"))


@pytest.mark.parametrize(
    "tail",
    ["chậm nhất cuối tháng sau", "; báo cáo trước cuối quý", "và hoàn thành trong tháng tới"],
)
def test_an_effect_clause_with_a_time_in_words_after_it_is_refused(tail: str) -> None:
    # the shape of s-hethongphapluat-hue-qd-64-2024-…, a time in words after the text
    # replaced: it was kept in the gloss and the reading ignored it
    phrase = (
        "Quyết định này có hiệu lực thi hành kể từ ngày 14 tháng 9 năm 2024 và thay thế "
        f"Quyết định số 17/2016/QĐ-UBND ngày 25 tháng 02 năm 2016 của Ủy ban nhân dân tỉnh {tail}"
    )
    with pytest.raises(DeadlineError, match="không phải lời chú thích"):
        parse_deadlines(phrase, ctx("2024-09-04"))


# --- a yearly rule and the clause after it ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # s-lawnet-nd-107-2017-…: "của năm trước đó", the year reported on
        (
            "1. Chậm nhất vào ngày 15 tháng 01 hàng năm, hợp tác xã, liên hiệp hợp tác xã báo "
            "cáo trung thực, đầy đủ, chính xác bằng văn bản tình hình hoạt động của hợp tác xã, "
            "liên hiệp hợp tác xã của năm trước đó với cơ quan đăng ký hợp tác xã và cơ quan "
            "quản lý ngành.",
            "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15",
        ),
        # s-thuvienphapluat-tt-01-2020-bkhdt-…: a list dash, "của năm"
        (
            "- Chậm nhất vào ngày 18 tháng 12 hàng năm, cơ quan đăng ký hợp tác xã cấp huyện "
            "tổng hợp, báo cáo kết quả phân loại, đánh giá hợp tác xã của năm trên địa bàn huyện "
            "gửi cơ quan đăng ký hợp tác xã cấp tỉnh.",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=18",
        ),
        # s-thuvienphapluat-nd-129-2025-…: the cadence first, then its day, then the clause;
        # "đến Sở Nội vụ", to whom
        (
            "hằng năm, trước ngày 05/12, người sử dụng lao động phải báo cáo tình hình thay đổi "
            "lao động đến Sở Nội vụ và thông báo đến cơ quan bảo hiểm xã hội khu vực nơi đặt "
            "trụ sở, chi nhánh, văn phòng đại diện",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5",
        ),
        # a form's annex and a cited circular in the clause (Thông tư 01/2020/TT-BKHĐT)
        (
            "Chậm nhất vào ngày 15 tháng 12 hàng năm, hợp tác xã nộp bảng tự chấm điểm tại Phụ "
            "lục 2 Thông tư số 07/2019/TT-BKHĐT ngày 08/4/2019",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15",
        ),
    ],
)
def test_a_yearly_rule_keeps_the_clause_after_it(phrase: str, rrule: str) -> None:
    reading = one(phrase)
    assert (reading.kind, reading.rrule) == (R, rrule)
    assert reading.label


@pytest.mark.parametrize(
    "phrase",
    [
        # another day in the clause, or another year, or a count that is no name
        "hằng năm, trước ngày 05/12, người sử dụng lao động báo cáo trước ngày 10/12",
        "Chậm nhất vào ngày 15 tháng 01 hàng năm, hợp tác xã báo cáo của năm 2025",
        "Chậm nhất vào ngày 15 tháng 12 hàng năm, hợp tác xã nộp bảng trong 5 ngày",
        "Chậm nhất vào ngày 15 tháng 12 hàng năm, hợp tác xã nộp 2 bảng",
        # "của năm sau" mid-clause still a time
        "Chậm nhất vào ngày 15 tháng 12 hàng năm, hợp tác xã nộp báo cáo của năm sau cho Sở",
        # "đến" before no addressee is a time
        "Chậm nhất vào ngày 15 tháng 12 hàng năm, hợp tác xã nộp bảng đến hết tháng",
    ],
)
def test_a_clause_with_a_time_of_its_own_stays_refused(phrase: str) -> None:
    refused(phrase)


# --- a yearly report's day: "năm sau năm báo cáo", "đối với báo cáo …" ----------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # s-hepza-bao-cao-giam-sat-dau-tu: the year after the reported one, said in full
        ("+ Báo cáo năm: Trước ngày 10/02 của năm sau năm báo cáo",
         "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=10"),
        # s-hse-nd-39-2016-…: "năm sau" before the yearly report it is for, and the first half's
        # report due as it closes
        ("—- Trước ngày 10/01 năm sau đối với báo cáo năm", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10"),
        ("—- Trước ngày 05/07 hàng năm đối với báo cáo 6 tháng đầu năm",
         "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=5"),
    ],
)  # fmt: skip
def test_a_yearly_reports_day_reads(phrase: str, rrule: str) -> None:
    reading = one(phrase)
    assert (reading.kind, reading.rrule) == (R, rrule)


def test_two_reports_days_read_as_two_rules() -> None:
    # s-hse-nd-39-2016-bao-cao-tai-nan-lao-dong (Nghị định 39/2016/NĐ-CP, Điều 36)
    readings = parse_deadlines(
        "báo cáo gửi trước ngày 05 tháng 7 hằng năm đối với báo cáo 6 tháng đầu năm và trước "
        "ngày 10 tháng 01 năm sau đối với báo cáo năm",
        ctx(),
    )
    assert [r.rrule for r in readings] == [
        "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=5",
        "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10",
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # the first half's report due before the half is out, or long after: another report
        "Trước ngày 05/12 hàng năm đối với báo cáo 6 tháng đầu năm",
        "Trước ngày 05/03 hàng năm đối với báo cáo 6 tháng đầu năm",
        # "năm sau" before a report that is not yearly: the year after which?
        "Trước ngày 10/01 năm sau đối với báo cáo quý",
        # "năm sau" alone (breaker7's rule)
        "Báo cáo phải gửi trước ngày 10 tháng 01 của năm sau.",
    ],
)
def test_a_reports_day_that_does_not_fit_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-01-18"))


@given(month=st.integers(1, 12), day=st.integers(1, 28))
def test_the_first_halfs_report_is_due_from_june_to_september(month: int, day: int) -> None:
    phrase = f"Trước ngày {day:02d}/{month:02d} hàng năm đối với báo cáo 6 tháng đầu năm"
    if 6 <= month <= 9:
        assert one(phrase).rrule == f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}"
    else:
        refused(phrase)


# --- an anchor of a count with "hoặc" inside it ----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "offset"),
    [
        # s-thuvienphapluat-tt-61-2017-cong-khai-du-toan: who approves, one event
        ("Báo cáo quyết toán ngân sách nhà nước phải được công khai chậm nhất là 15 ngày, kể từ "
         "ngày được đơn vị dự toán cấp trên hoặc cấp có thẩm quyền phê duyệt", 15),
        ("Báo cáo dự toán ngân sách nhà nước phải được công khai chậm nhất là 15 ngày, kể từ "
         "ngày được đơn vị dự toán cấp trên hoặc cấp có thẩm quyền giao đầu năm và điều chỉnh "
         "giảm hoặc bổ sung trong năm (nếu có)", 15),
    ],
)  # fmt: skip
def test_hoac_inside_an_anchor_joins_one_event(phrase: str, offset: int) -> None:
    reading = one(phrase)
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.direction) == (offset, "after")
    assert "hoặc" in reading.relative.anchor


@pytest.mark.parametrize(
    "phrase",
    [
        "chậm nhất là 15 ngày, kể từ ngày ký hoặc trước ngày 30/6/2026",
        "chậm nhất là 15 ngày, kể từ ngày ký hoặc trước khi khai mạc kỳ họp",
        "trong 15 ngày kể từ ngày ký hoặc 30 ngày kể từ ngày nhận",
        "chậm nhất là 15 ngày, kể từ ngày ký hoặc sau khi có kết quả",
    ],
)
def test_hoac_before_another_bound_stays_refused(phrase: str) -> None:
    assert "hoặc" in refused(phrase)


# --- ordinal days --------------------------------------------------------------------------


def test_an_ordinal_day_in_words_of_the_next_month() -> None:
    # s-danketoan-tt-28-2011-thoi-han-khai-thue (Thông tư 28/2011/TT-BTC, Điều 12)
    reading = one(
        "a) Thời hạn nộp hồ sơ khai thuế tháng chậm nhất là ngày thứ hai mươi của tháng tiếp "
        "theo tháng phát sinh nghĩa vụ thuế"
    )
    assert (reading.kind, reading.rrule) == (R, "FREQ=MONTHLY;BYMONTHDAY=20")


@pytest.mark.parametrize(
    ("phrase", "offset"),
    [
        # the same circular, its words; and in digits (Luật Quản lý thuế 2019, Điều 44)
        ("Thời hạn nộp hồ sơ chậm nhất là ngày thứ mười, kể từ ngày phát sinh nghĩa vụ thuế", 10),
        ("chậm nhất là ngày thứ chín mươi, kể từ ngày kết thúc năm dương lịch hoặc năm tài "
         "chính", 90),
        ("chậm nhất là ngày thứ 10 kể từ ngày phát sinh nghĩa vụ thuế", 10),
        ("chậm nhất là ngày thứ hai mươi lăm, kể từ ngày nhận", 25),
    ],
)  # fmt: skip
def test_the_nth_day_counted_from_an_event(phrase: str, offset: int) -> None:
    reading = one(phrase)
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.direction) == (offset, "after")


@pytest.mark.parametrize(
    "phrase",
    [
        # a weekday, never the 2nd day
        "vào ngày thứ 2 kể từ ngày khai mạc",
        "vào ngày thứ hai kể từ ngày khai mạc",
        # "năm" after "mươi" is no five
        "chậm nhất là ngày thứ hai mươi năm 2025",
    ],
)
def test_a_weekday_or_a_year_after_thu_is_no_ordinal_day(phrase: str) -> None:
    refused(phrase, ctx("2025-01-10"))


# No per-example deadline: a reading takes longer than hypothesis' 200 ms on a loaded machine
@settings(deadline=None)
@given(number=st.integers(10, 99))
def test_an_ordinal_day_in_words_is_its_number(number: int) -> None:
    words = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
    tens, units = divmod(number, 10)
    said = "mười" if tens == 1 else f"{words[tens]} mươi"
    if units:
        said += " " + ("lăm" if units == 5 else "mốt" if units == 1 and tens > 1 else words[units])
    if units == 5 and tens == 1:
        said = "mười lăm"
    reading = one(f"chậm nhất là ngày thứ {said}, kể từ ngày nhận hồ sơ")
    assert reading.relative is not None and reading.relative.offset == number


# --- a bare range after a work's colon; a length said "liên tục"; a list letter -------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # s-hepza-bql-1493-bao-cao-tai-nan-lao-dong-2021
        ("+ Báo cáo cả năm 2021: 20/12/2021 – 10/01/2022.", "2021-12-20", "2022-01-10"),
        ("- Báo cáo công tác an toàn, vệ sinh lao động: 20/12/2021 – 10/01/2022.",
         "2021-12-20", "2022-01-10"),
        # s-znews-nghi-tet-binh-ngo-phu-tho-2026: 11/2 to 22/2 is 12 days
        ("học sinh và cán bộ, giáo viên toàn ngành giáo dục nghỉ Tết từ ngày 11/2 đến hết ngày "
         "22/2/2026, tương đương 12 ngày liên tục", "2026-02-11", "2026-02-22"),
    ],
)  # fmt: skip
def test_a_window_after_its_colon_or_with_its_length(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2021-06-03") == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # without their years, or out of order, or another year named before them
        "Hạn nộp: 15/6 – 05/7",
        "Hạn nộp: 05/7/2021 – 15/6/2021",
        "+ Báo cáo cả năm 2020: 20/12/2021 – 10/01/2022.",
        # a six-month report named before the window (each year's, or this one's?)
        "+ Báo cáo 6 tháng năm 2021: 15/6/2021 – 05/7/2021;",
        # a length that disagrees (11 would be counted from the day after 11/2)
        "nghỉ Tết từ ngày 11/2 đến hết ngày 22/2/2026, tương đương 10 ngày liên tục",
    ],
)
def test_a_bare_range_or_length_that_does_not_fit_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-06-03"))


def test_a_list_letter_before_a_day() -> None:
    # s-huynhthuckhangdn-tuu-truong-khai-giang-2025: the schedule's third line
    assert read_days("c) Ngày 04 tháng 9 năm 2025") == (D, "2025-09-04", "2025-09-04")
