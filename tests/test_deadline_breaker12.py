"""Misreads found in the twelfth breaker session (issue 11, §1: never a silent wrong date):
what breaker11 left open, settled by the lead's conventions, and real phrases varied as PDF
copies and hurried clerks vary them. Each was read as a day or a period a careful reader
would not write down as a deadline, with exit 0; each is refused now (or read right), and its
neighbours that are deadlines still read. The list, with the tool's old reading, is in the
session's notes (/work/notes/breaker12-findings.txt)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import DEC_2026, ctx, read_days, refused
from kehoach.dates.deadline import parse_deadlines

# P0.1. The year of a budget or a plan named with the work of building, estimating, settling
# or auditing it: the lead's convention (session 21). "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN
# KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2026" (s-hethongphapluat-ha-noi-ct-10-…,
# s-nhansu-hung-yen-ct-01-…, t-thanh-hoa-ct-06-…) read as the window 01/01–31/12/2026; the
# directive asks for the plan and the estimate in 2025.
OBJECT_YEARS = [
    "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2026",
    "VỀ XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2026",
    "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021-2025 TỈNH",
    "A. XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KTXH NĂM 2025",
    "Quyết toán ngân sách năm 2025",
    "dự toán ngân sách nhà nước năm 2026",
    "Kiểm toán báo cáo quyết toán năm 2024",
    "lập kế hoạch đầu tư công năm 2027",
    # u-baodautu-dak-lak-quy-hoach-tinh-2019.yaml (refused before for its "sớm" alone)
    "sớm triển khai xây dựng kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025",
    "Xay dung ke hoach phat trien kinh te - xa hoi va du toan ngan sach nha nuoc nam 2026",
]


@pytest.mark.parametrize("phrase", OBJECT_YEARS)
def test_the_year_of_a_budget_or_plan_being_built_is_no_window(phrase: str) -> None:
    why = refused(phrase, ctx("2025-10-01"))
    assert "năm của ngân sách, kế hoạch" in why
    assert "last_day" in why


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # carrying a plan or a budget out names when the work is done
        ("Thực hiện kế hoạch năm 2026", "2026-01-01", "2026-12-31"),
        ("Kế hoạch hoạt động năm 2026", "2026-01-01", "2026-12-31"),
        # x-pbgdpl-can-tho-stc-du-toan-2026.yaml
        (
            "Sở Tài chính thành phố Cần Thơ hướng dẫn tổ chức thực hiện dự toán năm 2026",
            "2026-01-01",
            "2026-12-31",
        ),
        # x-nhansu-hue-qd-299-du-toan-2026.yaml
        (
            "VỀ VIỆC QUY ĐỊNH TỔ CHỨC THỰC HIỆN DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC ĐỊA PHƯƠNG NĂM 2026",
            "2026-01-01",
            "2026-12-31",
        ),
        # s-nhansu-nghe-an-nq-69-2025-dau-tu-cong-2026.yaml: a plan assigned
        ("giao kế hoạch đầu tư công nguồn ngân sách nhà nước năm 2026", "2026-01-01", "2026-12-31"),
        # l-lai-chau-ngay-hoi-van-hoa-mong-2021.yaml: the event's month, after a comma
        (
            "xây dựng kế hoạch, chuẩn bị điều kiện cần thiết để tổ chức Ngày hội vào tháng 9 năm "
            "2021",
            "2021-09-01",
            "2021-09-30",
        ),
    ],
)
def test_a_plan_carried_out_in_its_year_still_reads(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2025-12-01")[1:] == (first, last)


def test_a_settlement_with_its_own_deadline_reads_the_deadline() -> None:
    """The budget's year is set aside only when it is the phrase's only time."""
    assert read_days("Quyết toán ngân sách năm 2025 trước ngày 30/6/2026", "2026-01-05")[2] == (
        "2026-06-30"
    )


@settings(max_examples=150, deadline=None)
@given(
    verb=st.sampled_from(["Xây dựng", "XÂY DỰNG", "Lập", "lập", "Quyết toán", "Dự toán"]),
    obj=st.sampled_from(
        [
            "kế hoạch phát triển kinh tế - xã hội",
            "ngân sách nhà nước",
            "kế hoạch đầu tư công",
            "kế hoạch vốn",
            "dự toán thu, chi ngân sách",
        ]
    ),
    year=st.integers(min_value=2020, max_value=2032),
)
def test_property_a_year_built_or_settled_is_never_a_window(verb: str, obj: str, year: int) -> None:
    """ "<build or settle verb> <object> năm Y": never a window over Y."""
    refused(f"{verb} {obj} năm {year}", ctx(f"{year - 1}-09-01"))


# P0.2. The day a report's figures run to, told as its subject: the lead's convention
# (session 21), like a census's moment. "Thống kê đến ngày 31/12/2026", "Kết quả đến ngày
# 31/12/2026", "Thời điểm chốt số liệu: 31/12/2026" read as due on 31/12/2026.
DATA_AS_OF = [
    "Thống kê đến ngày 31/12/2026",
    "Kết quả đến ngày 31/12/2026",
    "Thời điểm chốt số liệu: 31/12/2026",
    "Số liệu thống kê tính đến hết ngày 31/12/2026",
    "THONG KE DEN NGAY 31/12/2026",
]


@pytest.mark.parametrize("phrase", DATA_AS_OF)
def test_the_day_figures_run_to_is_no_deadline(phrase: str) -> None:
    why = refused(phrase, DEC_2026)
    assert "số liệu" in why
    assert "last_day" in why


def test_closing_the_books_on_a_day_still_reads() -> None:
    # a-bhxh-cv-2618-2010.yaml: closing the books is an action, read
    (reading,) = parse_deadlines("thời gian chốt số liệu ngày 25 tháng báo cáo", ctx("2010-06-28"))
    assert "BYMONTHDAY=25" in (reading.rrule or "")


def test_a_data_period_and_a_result_sent_by_a_day_still_read() -> None:
    # g-bac-kan-cv-5718-2021-bao-cao-tthc-quy-iii.yaml
    assert read_days(
        "Thời điểm chốt số liệu báo cáo: Từ ngày 15/6/2021 đến hết ngày 14/9/2021", "2021-06-01"
    )[1:] == ("2021-06-15", "2021-09-14")
    # w-press-baomoi-bxd-cv-2239-2009-nha-o.yaml
    assert read_days("Kết quả trên gửi về Bộ trước ngày 30-10.", "2009-10-01")[2] == "2009-10-30"


# P0.3. A dateline with its month, its comma lost: "Hà Nội tháng 3 năm 2027" read as March
# 2027 (breaker11's S13 took the comma form only).
@pytest.mark.parametrize(
    "phrase",
    [
        "Hà Nội tháng 3 năm 2027",
        "HÀ NỘI THÁNG 3 NĂM 2027",
        "Ha Noi thang 3/2027",
        "Quảng Ninh tháng 12/2027",
    ],
)
def test_a_dateline_without_its_comma_is_no_month(phrase: str) -> None:
    assert "dòng nơi và thời gian ban hành" in refused(phrase, DEC_2026)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("HÀ NỘI NĂM 2027", "2027-01-01", "2027-12-31"),  # a title: the year's window
        ("Tổ chức tại Hà Nội tháng 3/2027", "2027-03-01", "2027-03-31"),  # an event's month
        ("Họp tháng 3/2027", "2027-03-01", "2027-03-31"),
    ],
)
def test_a_title_or_an_event_at_a_place_still_reads(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2026-12-01")[1:] == (first, last)


# P0.4. A document's code whose dash a copy lost: "Thực hiện Kế hoạch số 271/KH UBND ngày
# 21/12/2022 …" (v-hoangvanthu-…, printed "271/KH - UBND") read as due on 21/12/2022.
@pytest.mark.parametrize(
    "phrase",
    [
        "Thực hiện Kế hoạch số 271/KH UBND ngày 21/12/2022 của UBND thành phố Thái Nguyên",
        "Kế hoạch số 271/KH UBND ngày 21/12/2022",
        "Thuc hien Ke hoach so 271/KH UBND ngay 21/12/2022 cua UBND thanh pho Thai Nguyen",
    ],
)
def test_a_document_code_without_its_dash_is_no_deadline(phrase: str) -> None:
    assert "số hiệu văn bản" in refused(phrase, ctx("2023-01-14"))


def test_a_plan_numbered_without_its_issuer_keeps_its_own_window() -> None:
    """ "tu" is never an issuer code: it folds from "từ"."""
    assert read_days("Kế hoạch số 12/KH từ ngày 01/3/2027 đến ngày 30/3/2027", "2026-12-01")[
        1:
    ] == ("2027-03-01", "2027-03-30")


# Part 1: corpus phrases expected refused, damaged as copies damage them (every phrase of
# a- … y- expected `refuse`: diacritics, comma, dash, full stop, year, case), and their
# neighbours from the pages the x- and y- misreads came from.


# S1. A document code whose dash a copy lost, any issuer: "Tờ trình số 402/TTr SGDĐT ngày
# 14/8/2025" (b-lam-dong-qd-748-…, printed "402/TTr-SGDĐT") read as due on 14/08/2025; so did
# "Kế hoạch số 40/KH BCĐ …" (n-bnnmt-clnkl-…), "Công văn 707/UBND KT …" (n-quangtri-cv-707-…),
# "Tờ trình số 56/TTr SCT …" (w-lai-chau-qd-08-…), "Thông tư số 11/2021/TT BVHTTDL …"
# (y-titc-bvhttdl-…): a code's part has no vowel, which no Vietnamese word lacks.
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("Tờ trình số 402/TTr SGDĐT ngày 14/8/2025", "2025-08-15"),
        (
            "Thực hiện Kế hoạch số 40/KH BCĐ ngày 19/4/2025 của Ban Chỉ đạo sắp xếp đơn vị hành "
            "chính các cấp",
            "2025-05-01",
        ),
        ("Theo Công văn 707/UBND KT ngày 28/02/2023", "2023-02-28"),
        (
            "Theo đề nghị của Giám đốc Sở Công thương tại Tờ trình số 56/TTr SCT ngày 02 tháng 02 "
            "năm 2015,",
            "2015-04-16",
        ),
    ],
)
def test_a_code_whose_dash_was_lost_is_still_a_citation(phrase: str, issued: str) -> None:
    assert "số hiệu văn bản" in refused(phrase, ctx(issued))


@settings(max_examples=200, deadline=None)
@given(
    kind=st.sampled_from(
        ["Kế hoạch số", "Công văn", "Tờ trình số", "Quyết định số", "Thông tư số"]
    ),
    number=st.integers(min_value=1, max_value=9999),
    code=st.tuples(
        st.sampled_from(["KH", "TTr", "QĐ", "UBND", "TT", "BC", "CV"]),
        st.sampled_from(["UBND", "SGDĐT", "BCĐ", "SCT", "VP", "KHTC", "BVHTTDL", "SNV"]),
    ),
    day=st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 11, 30)),
    with_year=st.booleans(),
)
def test_property_a_cited_code_and_its_day_are_never_a_deadline(
    kind: str, number: int, code: tuple[str, str], day: date, with_year: bool
) -> None:
    """ "<kind> <n>/<code> <issuer> ngày D/M[/Y]": the dash lost, the year given or not."""
    when = f"{day.day}/{day.month}/{day.year}" if with_year else f"{day.day}/{day.month}"
    refused(f"Theo {kind} {number}/{code[0]} {code[1]} ngày {when}", ctx(day.isoformat()))


# S2. A document cited with its signing day and no year, as the press writes it: "Theo Công
# văn 707/UBND-KT ngày 28/02" (n-quangtri-cv-707-… prints "/2023") read as due 28/02/2023;
# "(Theo Quyết định số 1/QĐ-UBND ngày 01/01 của UBND tỉnh)" (n-thuathienhue-qd-1-…) as due
# 01/01/2024; "tại Chỉ thị số 07/CT-UBND ngày 31/5" (u-lam-dong-ct-07-…) as due 31/05/2023.
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("Theo Công văn 707/UBND-KT ngày 28/02", "2023-02-28"),
        ("(Theo Quyết định số 1/QĐ-UBND ngày 01/01 của UBND tỉnh)", "2024-01-01"),
        ("tại Chỉ thị số 07/CT-UBND ngày 31/5", "2023-04-26"),
        ("Theo Kế hoạch số 12/KH-UBND ngày 15 tháng 3", "2027-01-05"),
    ],
)
def test_a_citation_dated_without_its_year_is_no_deadline(phrase: str, issued: str) -> None:
    assert "số hiệu văn bản" in refused(phrase, ctx(issued))


def test_a_deadline_after_a_cited_plan_still_reads() -> None:
    assert (
        read_days("Báo cáo theo Kế hoạch số 12/KH-UBND trước ngày 15/3/2027", "2027-01-05")[2]
        == "2027-03-15"
    )


# S3. A report named by the year it covers, asked for in a sentence: "Sở Nội vụ gửi văn bản đề
# nghị báo cáo số liệu năm 2026", "Báo cáo tình hình thực hiện kế hoạch năm 2026" read as the
# window 2026 (the neighbours of y-moc-bxd-cv-2800-…'s letters sent about 2020's statistics).
@pytest.mark.parametrize(
    "phrase",
    [
        "Sở Nội vụ gửi văn bản đề nghị báo cáo số liệu năm 2026",
        "Sở Nội vụ gửi văn bản đề nghị các đơn vị báo cáo số liệu năm 2026",
        "Báo cáo tình hình thực hiện kế hoạch năm 2026",
        "Yêu cầu các xã báo cáo kết quả quý IV/2026",
        "Báo cáo thống kê chính thức năm 2025",
    ],
)
def test_a_report_named_by_its_period_is_no_window(phrase: str) -> None:
    assert "tên báo cáo của kỳ đó" in refused(phrase, DEC_2026)


def test_a_report_asked_for_by_a_day_still_reads() -> None:
    assert read_days("Đề nghị các đơn vị báo cáo trước ngày 15/12/2026", "2026-12-01")[2] == (
        "2026-12-15"
    )


# S4. A period opening the phrase, then judged: "năm 2026 có ý nghĩa đặc biệt quan trọng khi
# diễn ra Đại hội …" (u-baothanhhoa-qd-208-…, refused with its diacritics only for words after
# it) read without them as the window 2026–2030; "Năm 2027 có ý nghĩa đặc biệt quan trọng",
# "Năm 2027 có nhiều thuận lợi", "Năm 2027, tình hình dự báo còn nhiều khó khăn" as 2027.
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (
            "NAM 2026 CO Y NGHIA DAC BIET QUAN TRONG KHI DIEN RA DAI HOI DAI BIEU TOAN QUOC LAN "
            "THU XIV CUA DANG, BAU CU DAI BIEU QUOC HOI VA HDND CAC CAP NHIEM KY 2026 - 2031, DONG "
            "THOI LA NAM DAU THUC HIEN NGHI QUYET DAI HOI DANG BO CAC CAP NHIEM KY 2025 - 2030 VA "
            "KE HOACH PHAT TRIEN KINH TE - XA HOI 5 NAM 2026 - 2030",
            "2026-01-17",
        ),
        ("Năm 2027 có ý nghĩa đặc biệt quan trọng", "2026-12-01"),
        ("Năm 2027 có nhiều thuận lợi", "2026-12-01"),
        ("Năm 2027, tình hình dự báo còn nhiều khó khăn", "2026-12-01"),
        ("Quý I/2027 có ý nghĩa quan trọng", "2026-12-01"),
    ],
)
def test_a_period_judged_is_no_window(phrase: str, issued: str) -> None:
    assert "ý nghĩa, tình hình của kỳ" in refused(phrase, ctx(issued))


def test_a_forecast_to_make_in_a_year_still_reads() -> None:
    assert read_days("Năm 2027 hoàn thành dự báo nguồn nhân lực", "2026-12-01")[1:] == (
        "2027-01-01",
        "2027-12-31",
    )


# S5. A step told as done, every diacritic lost: "So Giao duc va Dao tao da hoan thanh cap ma
# hoc sinh xong truoc ngay 28/5/2021" (v-24h-ha-noi-tuyen-sinh-dau-cap-2021.yaml, refused with
# its diacritics) read as due 28/05/2021.
def test_a_step_done_without_diacritics_is_no_deadline() -> None:
    phrase = "So Giao duc va Dao tao da hoan thanh cap ma hoc sinh xong truoc ngay 28/5/2021"
    assert "đã xong" in refused(phrase, ctx("2021-06-01"))
    assert "đã xong" in refused(phrase.upper(), ctx("2021-06-01"))


# S6. An article's number whose full stop a copy lost: "Điều 2  Trong giai đoạn 2006 - 2010,
# tình hình … đã đạt được …" (w-ba-ria-vung-tau-nq-37-…) read as the window 2006–2010.
def test_news_after_an_article_number_without_its_stop_is_no_window() -> None:
    phrase = (
        "Điều 2  Trong giai đoạn 2006 - 2010, tình hình phát triển kinh tế - xã hội của tỉnh đã "
        "đạt được những thành tựu quan trọng"
    )
    assert "đã xảy ra" in refused(phrase, ctx("2011-12-08"))


# S7. A legal portal's history line, diacritics lost or "bởi" named: "05/11/2019 Bi bai bo
# 17/2019/TT-BCT" (w-vbpl-kon-tum-tt-03-2009-bct-lich-su.yaml) read as due 05/11/2019, "15/3/2027
# Bị thay thế bởi 17/2019/TT-BCT" as due 15/03/2027.
@pytest.mark.parametrize(
    "phrase",
    [
        "05/11/2019 Bi bai bo 17/2019/TT-BCT",
        "05/11/2019 Bị bãi bỏ 17/2019/TT-BCT",
        "15/3/2019 Bị thay thế bởi 17/2019/TT-BCT",
        "15/3/2019 Bi thay the boi 17/2019/TT-BCT",
    ],
)
def test_a_texts_history_line_is_no_deadline(phrase: str) -> None:
    refused(phrase, ctx("2019-01-10"))


# S8. A count as of a day whose "Tính" the press or a copy leaves out: "đến ngày 02/12/2025,
# trên địa bàn tỉnh có 6.231 tàu cá" (v-baothanhhoa-iuu-phien-hop-24-2025.yaml prints "Tính
# đến ngày …", refused) read as due 02/12/2025; a page's "Cập nhật đến ngày 02/12/2025" too.
@pytest.mark.parametrize(
    "phrase",
    [
        "đến ngày 02/12/2025, trên địa bàn tỉnh có 6.231 tàu cá",
        "Đến hết ngày 02/12/2025, toàn tỉnh có 6.231 tàu cá đã đăng ký",
        "Cập nhật đến ngày 02/12/2025",
    ],
)
def test_a_count_as_of_a_day_is_no_deadline(phrase: str) -> None:
    assert "số liệu được tính đến" in refused(phrase, ctx("2025-11-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Đến ngày 02/12/2025, các đơn vị phải hoàn thành đăng ký tàu cá",
        "Đến ngày 02/12/2025, các đơn vị phải có 100% tàu cá đăng ký",
    ],
)
def test_a_deadline_opening_with_its_day_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2025-11-01")[2] == "2025-12-02"


# S9. A cited resolution dated without its year, then its congress's term: "Thực hiện Nghị
# quyết 11-NQ/ĐH ngày 17/10 của Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 -
# 2025, …" (w-kien-giang-kh-80-2021-… prints "17/10/2020") read as the window 2020–2025.
def test_a_yearless_citation_keeps_its_congress_term() -> None:
    phrase = (
        "Thực hiện Nghị quyết 11-NQ/ĐH ngày 17/10 của Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, "
        "nhiệm kỳ 2020 - 2025"
    )
    assert "số hiệu văn bản" in refused(phrase, ctx("2021-03-01"))


# S10. Funds balanced for a period, the object's period (P0.1's convention): "gửi Sở Tài chính
# để cân đối nguồn vốn giai đoạn 2026-2030" (x-sggp-hcm-de-an-kenh-rach-ba-phuong-2025.yaml,
# refused there only for its "dự báo"; its commas lost, read as the window 2026–2030).
def test_funds_balanced_for_a_period_is_no_window() -> None:
    phrase = (
        "Sở Xây dựng rà soát dự báo phân khai chi tiết các dự án nhà ở xã hội và khu tái định cư "
        "gửi Sở Tài chính để cân đối nguồn vốn giai đoạn 2026-2030"
    )
    assert "năm của ngân sách" in refused(phrase, ctx("2025-10-01"))
    # r-hai-duong-qd-30-2016-von-dau-tu.yaml: norms applied over the period, read
    assert read_days(
        "BAN HÀNH CÁC NGUYÊN TẮC, TIÊU CHÍ VÀ ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN NGUỒN NGÂN "
        "SÁCH NHÀ NƯỚC TỈNH HẢI DƯƠNG GIAI ĐOẠN 2016-2020",
        "2016-06-01",
    )[1:] == ("2016-01-01", "2020-12-31")


# S11. Land statistics of a year, the figures' year (P0.1's convention): "Thống kê đất đai năm
# 2025", "Kiểm kê đất đai năm 2024" read as that year's window; g-son-la-stnmt-kiem-ke-dat-dai-
# 2014.yaml: "Sẽ hoàn thành kiểm kê đất đai năm 2014 trước tháng 9/2015" (done the year after).
@pytest.mark.parametrize(
    "phrase",
    ["Thống kê đất đai năm 2025", "Kiểm kê đất đai năm 2024", "Thong ke dat dai nam 2025"],
)
def test_land_figures_of_a_year_are_no_window(phrase: str) -> None:
    assert "số liệu đất đai" in refused(phrase, ctx("2025-10-01"))


def test_land_figures_with_their_deadline_still_read() -> None:
    assert (
        read_days("Sẽ hoàn thành kiểm kê đất đai năm 2024 trước tháng 9/2025", "2025-01-10")[2]
        == "2025-08-31"
    )
    # a-hcm-qd-122-2006.yaml: surveys held in the year, read
    assert read_days("2 CUỘC ĐIỀU TRA THỐNG KÊ NĂM 2006", "2006-03-01")[1:] == (
        "2006-01-01",
        "2006-12-31",
    )


# S12. The signing line of every Sơn La document: "Sơn La, ngày 05 tháng năm 2018"
# (b-son-la-sgddt-424-tong-ket-thi-dua-2018.yaml, refused for its blank month) printed whole,
# "Sơn La, ngày 15 tháng 3 năm 2027", read as due that day: "La" was taken for "là" (is), the
# filler before a day, and the label "Sơn" was no place name.
@pytest.mark.parametrize(
    "phrase",
    [
        "Sơn La, ngày 15 tháng 3 năm 2027",
        "Sơn La, ngày 05 tháng 3",
        "SƠN LA, NGÀY 15 THÁNG 3 NĂM 2027",
        "Sơn La ngày 15/3/2027",
        "Son La, ngay 15 thang 3 nam 2027",
        "Mường La, ngày 15 tháng 3 năm 2027",
        "Chư Sê, ngày 15 tháng 3 năm 2027",  # "Sê" for "sẽ" (will), the same way
        "Chư Sê ngày 15/3/2027",
        "sơn la, ngày 15 tháng 3 năm 2027",  # lower case: with diacritics "la" is never "là"
    ],
)
def test_the_son_la_signing_line_is_no_deadline(phrase: str) -> None:
    assert "dòng nơi và ngày ban hành" in refused(phrase, ctx("2027-01-05"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Thời hạn là ngày 15/3/2027",
        "THỜI HẠN LÀ NGÀY 15/3/2027",
        "Thời hạn Là ngày 15/3/2027",
        "Tổ chức tại Sơn La ngày 15/3/2027",
        "Kết quả sẽ công bố ngày 15/3/2027",
        "Thời hạn la ngày 15/3/2027",  # "là" that lost its accent: filler words all the same
    ],
)
def test_la_before_a_day_and_an_event_in_son_la_still_read(phrase: str) -> None:
    assert read_days(phrase, "2027-01-05")[2] == "2027-03-15"


# S13. A cited document's day with its year but without "ngày", as the press prints it:
# "Công văn 707/UBND-KT, 28/02/2027", "Công văn số 707/UBND-KT (28/02/2027)", "… ra ngày …"
# (n-quangtri-cv-707-… varied) read as due 28/02/2027.
@pytest.mark.parametrize(
    "phrase",
    [
        "Theo Công văn số 707/UBND-KT ra ngày 28/02/2027",
        "Công văn số 707/UBND-KT (28/02/2027)",
        "Công văn 707/UBND-KT, 28/02/2027",
        "Công văn 707/UBND-KT 28/02/2027",
    ],
)
def test_a_citations_day_without_ngay_is_no_deadline(phrase: str) -> None:
    assert "số hiệu văn bản" in refused(phrase, ctx("2027-03-01"))


def test_a_deadline_after_a_citation_dated_in_parentheses_still_reads() -> None:
    phrase = "Báo cáo theo Công văn 707/UBND-KT (28/02/2027) trước ngày 15/3/2027"
    assert read_days(phrase, "2027-03-01")[2] == "2027-03-15"


# N1 (branch breaker12-next). An edition described after its year, the event its subject:
# "Năm 2026, chương trình do UBND phường chỉ đạo thực hiện", "… có quy mô cấp tỉnh", "Năm 2026,
# Lễ hội sẽ có nhiều hoạt động mới" read as the window 2026 (the neighbours of
# x-baothanhhoa-phuong-hac-thanh-chao-nam-moi-2026.yaml's "được tổ chức").
@pytest.mark.parametrize(
    "phrase",
    [
        "Năm 2026, chương trình do UBND phường chỉ đạo thực hiện",
        "Năm 2026, chương trình có quy mô cấp tỉnh",
        "Năm 2026, Lễ hội sẽ có nhiều hoạt động mới",
    ],
)
def test_an_edition_described_after_its_year_is_no_window(phrase: str) -> None:
    assert "một sự kiện" in refused(phrase, ctx("2025-12-01"))


def test_a_programme_of_work_after_its_year_still_reads() -> None:
    assert read_days("Năm 2026, chương trình công tác có nhiều nội dung mới", "2025-12-01")[1:] == (
        "2026-01-01",
        "2026-12-31",
    )


# N2 (branch breaker12-next). One sitting of a congress, one conference of a committee, named
# with the term: "Phiên trù bị Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I, nhiệm kỳ
# 2025 - 2030" (Dân Việt, 23/9/2025), "Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ
# 2025-2030" read as the window 2025–2030.
@pytest.mark.parametrize(
    "phrase",
    [
        "Phiên trù bị Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025 - 2030",
        "Khai mạc phiên trù bị Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030",
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025-2030",
    ],
)
def test_a_sitting_named_with_its_term_is_no_window(phrase: str) -> None:
    assert "nhiệm kỳ là tên" in refused(phrase, ctx("2025-09-01"))


# N3 (branch breaker12-next). A cited text's title after "quy định về": "Thực hiện Thông tư
# 133/2025/TT-BTC ngày 24/12/2025 của Bộ trưởng Bộ Tài chính quy định về tổ chức thực hiện dự
# toán ngân sách nhà nước năm 2026" (x-pbgdpl-can-tho-stc-du-toan-2026.yaml's citation, alone
# or with its day's year dropped) read as the window 2026: "quy" was taken for "quý".
@pytest.mark.parametrize("day", ["24/12/2025", "24/12"])
def test_a_cited_title_after_quy_dinh_is_no_window(day: str) -> None:
    phrase = (
        f"Thực hiện Thông tư 133/2025/TT-BTC ngày {day} của Bộ trưởng Bộ Tài chính quy định về "
        "tổ chức thực hiện dự toán ngân sách nhà nước năm 2026"
    )
    assert "số hiệu văn bản" in refused(phrase, ctx("2026-01-12"))


# N4 (branch breaker12-next). A report named by its year after any verb, urged or not sent:
# "Bộ Xây dựng gửi văn bản đôn đốc các Sở thực hiện báo cáo thống kê năm 2020", "Còn 15 đơn vị
# chưa gửi báo cáo năm 2020" (neighbours of y-moc-bxd-cv-2800-2021-…) read as the window 2020.
# A letter told as sent ("đã có văn bản …") is the citations' rule of a document's issuing
# told (citations.refuse_issuing_told), which lets a deadline word after it ("hoàn thành")
# through: the report's year then gives the reason.
@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        (
            "Bộ Xây dựng gửi văn bản đôn đốc các Sở thực hiện báo cáo thống kê năm 2020",
            "tên báo cáo của kỳ đó",
        ),
        (
            "Sở đã có văn bản đôn đốc các đơn vị hoàn thành báo cáo năm 2020",
            "tên báo cáo của kỳ đó",
        ),
        ("Còn 15 đơn vị chưa gửi báo cáo năm 2020", "tên báo cáo của kỳ đó"),
    ],
)
def test_a_report_of_a_year_urged_or_missing_is_no_window(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2021-07-20"))


def test_a_report_made_within_a_year_still_reads() -> None:
    assert read_days("Nộp báo cáo trong năm 2020", "2020-07-20")[1:] == (
        "2020-01-01",
        "2020-12-31",
    )
