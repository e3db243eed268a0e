"""Misreads found in the twelfth breaker session (issue 11, §1: never a silent wrong date):
what breaker11 left open, settled by the lead's conventions, and real phrases varied as PDF
copies and hurried clerks vary them. Each was read as a day or a period a careful reader
would not write down as a deadline, with exit 0; each is refused now (or read right), and its
neighbours that are deadlines still read. The list, with the tool's old reading, is in the
session's notes (/work/notes/breaker12-findings.txt)."""

from __future__ import annotations

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
