"""Phrases refused as 'không nhận ra thời hạn' whose time part reads and whose other words
name no time (issue 11 §1, branch n1c, family N1): the congress a day greets with its
edition in digits, a sum paid per head and per month, a count of shows per day. Each with
the real phrase that motivated it (its corpus file named) and the neighbours that must
stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def test_a_congress_greeted_with_its_edition_in_digits_is_its_name() -> None:
    # t-vnexpress-khanh-thanh-khoi-cong-19-12-2025
    phrase = (
        "Thủ tướng Phạm Minh Chính yêu cầu chuẩn bị tổ chức lễ khánh thành, khởi công đồng loạt "
        "các dự án, công trình lớn vào ngày 19/12, chào mừng Đại hội đại biểu toàn quốc lần thứ "
        "14 của Đảng"
    )
    day = date(2025, 12, 19)
    assert days(one(phrase, ctx("2025-09-05"))) == (D, day, day)


def test_an_edition_without_its_congress_or_with_a_day_stays_refused() -> None:
    issued = ctx("2025-09-05")
    # a bare "lần thứ 14": a round of the step?
    refused("tổ chức lễ khánh thành vào ngày 19/12, chào mừng lần thứ 14 của Đảng", issued)
    # the number written as a day after the edition's words
    refused("tổ chức lễ khánh thành vào ngày 19/12, chào mừng Đại hội lần thứ 14/2", issued)
    # a second day after the congress greeted
    refused(
        "tổ chức lễ khánh thành vào ngày 19/12, chào mừng Đại hội lần thứ 14 vào ngày 20/1",
        issued,
    )
    # a second round told after the day
    refused("tổ chức lễ khánh thành vào ngày 19/12 (lần thứ 2)", issued)


def test_a_sum_per_head_and_month_after_the_span_is_a_rate() -> None:
    # v-stttt-ha-giang-ho-tro-covid-2020
    phrase = (
        "Các đối tượng người có công, đối tượng bảo trợ xã hội được hỗ trợ 1.500.000 đồng cho 3 "
        "tháng, từ tháng 4 đến tháng 6 năm 2020 (mức hỗ trợ 500.000 đồng/người/tháng)"
    )
    assert days(one(phrase, ctx("2020-04-29"))) == (W, date(2020, 4, 1), date(2020, 6, 30))


def test_a_rate_with_a_number_after_its_month_stays_refused() -> None:
    issued = ctx("2020-04-29")
    span = "được hỗ trợ từ tháng 4 đến tháng 6 năm 2020 "
    refused(span + "(mức hỗ trợ 500.000 đồng/người/tháng 7)", issued)  # "tháng 7": July?
    refused(span + "(mức hỗ trợ 500.000 đồng/tháng 7)", issued)
    refused(span + "(mức hỗ trợ 500.000 đồng/người/tháng/2021)", issued)
    refused(span + "(mức hỗ trợ 500 đồng/người/tháng)", issued)  # no thousands: which sum?


def test_shows_a_day_before_the_span_are_a_count() -> None:
    # t-thanhnien-chuong-trinh-mung-nam-moi-binh-ngo-2026
    phrase = (
        "Biểu diễn múa rối nước, cạn và diễn xướng (5 suất/ngày) từ 18 - 22.2 (từ mùng 2 - 6 "
        "tháng giêng) tại Khu di sản Hoàng thành Thăng Long"
    )
    reading = one(phrase, ctx("2026-02-12"))
    assert days(reading) == (W, date(2026, 2, 18), date(2026, 2, 22))
    assert reading.label is not None and "5 suất/ngày" in reading.label


def test_a_count_a_day_with_a_number_after_it_stays_refused() -> None:
    issued = ctx("2026-02-12")
    refused(
        "Biểu diễn múa rối nước (5 suất/ngày 17) từ 18 - 22.2 (từ mùng 2 - 6 tháng giêng)", issued
    )
