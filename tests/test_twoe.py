"""Session 42, family D (helper twoe): phrases refused as holding two dates, where the
first words were taken for a time part of their own: a road's number ("Quốc lộ 80") or a
fund ("Quỹ", folded as "quý", a quarter) before a start and its end, which are one window
(issue 11: never a silent wrong date; never two deadlines read as one)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

# o-khuyennong-kien-giang-kien-luong-he-thu-2024 (Kiên Lương's summer-autumn sowing calendar)
ROAD_THEN_SOWING = (
    "Xã Hòa Điền và một phần diện tích của xã Kiên Bình ở phía bắc Quốc lộ 80 chủ động nước "
    "tưới, tập trung xuống giống bắt đầu từ ngày 05/5/2024, kết thúc vào ngày 20/5/2024"
)
# zm-vneconomy-tag-ho-tro-lao-dong-bao-hiem-that-nghiep-2021 (Nghị quyết 116/NQ-CP's relief)
FUND_THEN_SPAN = (
    "đồng thời giảm mức đóng vào Quỹ cho người sử dụng lao động, trong thời gian từ ngày 1/10 "
    "và hoàn thành chậm nhất vào ngày 31/12/2021"
)


def test_a_road_named_by_its_number_is_no_part_before_the_sowing_window() -> None:
    reading = one(ROAD_THEN_SOWING, ctx("2024-04-20"))
    assert days(reading) == (W, date(2024, 5, 5), date(2024, 5, 20))


def test_a_fund_before_a_start_and_its_end_reads_the_window() -> None:
    reading = one(FUND_THEN_SPAN, ctx("2021-09-24"))
    assert days(reading) == (W, date(2021, 10, 1), date(2021, 12, 31))


def test_a_day_after_a_road_word_keeps_the_refusal() -> None:
    # refusal neighbour: "Quốc lộ 1/5" names no road (a day's separator), it stays a time
    refused(
        "Xã Kiên Bình ở phía bắc Quốc lộ 1/5 chủ động nước tưới, tập trung xuống giống bắt đầu "
        "từ ngày 05/5/2024, kết thúc vào ngày 20/5/2024",
        ctx("2024-04-20"),
    )


def test_a_quarter_typed_bare_before_a_start_keeps_the_refusal() -> None:
    # refusal neighbour: "quy" without its marks may be "quý" (a quarter): no fund is known
    refused(
        "giảm mức đóng vào quy 4 cho người sử dụng lao động, trong thời gian từ ngày 1/10 và "
        "hoàn thành chậm nhất vào ngày 31/12/2021",
        ctx("2021-09-24"),
    )


# zh-ttcsskss-khanhhoa-thang-hanh-dong-tre-em-2025 (Trung tâm CSSKSS Khánh Hòa, 29/05/2025)
MONTH_THEN_ITS_DAYS = (
    "Theo đó, tháng hành động vì trẻ em 2025 là tháng 6 năm 2025 bắt đầu từ Chủ nhật ngày "
    "1/6/2025 và kết thúc vào Thứ hai ngày 30/6/2025"
)


def test_a_month_named_before_its_start_and_end_reads_one_window() -> None:
    reading = one(MONTH_THEN_ITS_DAYS, ctx("2025-05-29"))
    assert days(reading) == (W, date(2025, 6, 1), date(2025, 6, 30))


def test_an_end_out_of_the_month_named_keeps_the_refusal() -> None:
    # refusal neighbour: the month says June, the end says July: which one, the page must say
    refused(MONTH_THEN_ITS_DAYS.replace("30/6/2025", "7/7/2025"), ctx("2025-05-29"))


def test_a_month_of_another_year_keeps_the_refusal() -> None:
    # refusal neighbour: "tháng 6 năm 2024" before days of 2025 names another month
    refused(MONTH_THEN_ITS_DAYS.replace("năm 2025 bắt", "năm 2024 bắt"), ctx("2025-05-29"))
