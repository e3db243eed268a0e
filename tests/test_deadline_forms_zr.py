"""Forms opened by branch tune-zr (session 30) on the set zr- (held out in session 29,
tuning data since this session): the largest families of its refusals. Each form with the
corpus phrase that shows it (its file named), the near variants that must read the same,
and the dangerous neighbours that must keep their reading or stay refused (the first rule:
never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

# --- the ministries and cities a central body's letter counts: no time ----------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zr-baodauthau-4-bo-nganh-cham-nop-bao-cao-quyet-toan-2017 (refused on main: "số 4")
        "Bộ Tài chính đề nghị 4 bộ, ngành nêu trên khẩn trương gửi báo cáo quyết toán về Bộ Tài "
        "chính trước ngày 15/9/2018 để Bộ Tài chính tổng hợp báo cáo Quốc hội và Kiểm toán Nhà "
        "nước theo quy định",
        # zr-vtvgo-ha-noi-cao-diem-cap-can-cuoc-gan-chip-2022 (refused on main: "số 5")
        "Theo chỉ đạo của Bộ Công an, 5 thành phố trực thuộc Trung Ương sẽ phải hoàn thành cấp "
        "căn cước công dân gắn chip cho công dân đủ điều kiện trên địa bàn trước ngày 31/8/2022",
        # its kin: "bộ ngành" without the comma, the cities without "trực thuộc"
        "Đề nghị 4 bộ ngành gửi báo cáo quyết toán trước ngày 15/9/2018",
        "Yêu cầu 5 thành phố hoàn thành cấp căn cước trước ngày 15/9/2018",
    ],
)
def test_a_count_of_ministries_or_cities_is_no_time(phrase: str) -> None:
    reading = one(phrase)
    assert reading.kind is DeadlineKind.DATE
    assert reading.last in (date(2018, 9, 15), date(2022, 8, 31))


@pytest.mark.parametrize(
    "phrase",
    [
        # "bộ" alone may be a set of anything, or a count of something else: refused as before
        "Đề nghị 4 bộ trước 15/9/2018",
        # a count of days stays a count of days, never a ministry's
        "Đề nghị các bộ, ngành gửi báo cáo 4 ngày trước 15/9/2018",
    ],
)
def test_a_number_not_counting_ministries_stays_refused(phrase: str) -> None:
    refused(phrase)


def test_a_budget_year_is_refused_when_a_count_of_ministries_stands_beside_it() -> None:
    # zr-baodauthau (expect refuse): the count read as no time left the budget's year, in a
    # name with its abbreviation in parentheses, the only time; never a window over 2017
    why = refused(
        "(BĐT) - Bộ Tài chính vừa có văn bản đề nghị 4 bộ, ngành chưa gửi báo cáo quyết toán "
        "tình hình sử dụng vốn đầu tư từ nguồn ngân sách nhà nước (NSNN) năm 2017 khẩn trương "
        "gửi báo cáo để tổng hợp và báo cáo cấp thẩm quyền"
    )
    assert "năm của ngân sách" in why


# --- "tuần tra" (to patrol) is no week ----------------------------------------------------------


def test_a_patrol_after_a_window_is_no_week() -> None:
    # zr-soha-thanh-hoa-tong-kiem-tra-ban-dem-2025 (refused on main: "từ “tuần”")
    reading = one(
        "Bắt đầu từ ngày 15-7 đến hết ngày 15-10-2025, Công an tỉnh và Công an các phường, xã "
        "trên địa bàn toàn tỉnh, căn cứ tình hình thực tế sẽ huy động lực lượng, phương tiện, "
        "vũ khí, công cụ hỗ trợ thành lập các tổ tuần tra kết hợp tổng kiểm tra, kiểm soát hành "
        "chính ban đêm",
        ctx("2025-07-16"),
    )
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2025, 7, 15),
        date(2025, 10, 15),
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ ngày 15-7 đến hết ngày 15-10-2025, Công an tỉnh sẽ họp tuần tới",
        "Từ ngày 15-7 đến hết ngày 15-10-2025, Công an tỉnh sẽ báo cáo vào tuần cuối",
    ],
)
def test_a_week_after_a_window_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-07-16"))


# --- a round's ordinal, "Đợt thứ hai", is no weekday ------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zr-thaibinh-thi-trac-nghiem-de-cuong-van-hoa-2023 (refused on main: "a second day")
        "- Đợt thứ hai: bắt đầu từ 10h00' ngày 14/4/2023 và kết thúc vào 10h00' ngày 24/4/2023",
        # its kin: the first round, a contest's third round, a plain span
        "Đợt thứ nhất: bắt đầu từ ngày 14/4/2023 và kết thúc vào ngày 24/4/2023",
        "Vòng thứ ba: từ ngày 14/4/2023 đến ngày 24/4/2023",
    ],
)
def test_a_round_s_ordinal_before_its_span_is_no_weekday(phrase: str) -> None:
    reading = one(phrase)
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2023, 4, 14),
        date(2023, 4, 24),
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # a weekday inside the span, after "vào" or "ngày": one day of it, never the span
        "Họp vào thứ hai: từ ngày 14/4/2023 đến ngày 24/4/2023",
        "Tiếp dân ngày thứ hai: từ ngày 14/4/2023 đến ngày 24/4/2023",
    ],
)
def test_a_weekday_before_a_span_stays_refused(phrase: str) -> None:
    assert "một ngày trong kỳ" in refused(phrase)


# --- an hour and its part of the day before a day without "ngày" -------------------------------


@pytest.mark.parametrize(
    ("phrase", "time"),
    [
        # zr-hanoimoi-ra-quan-tong-ve-sinh-tet-tan-mao-2011 (refused on main: no deadline seen)
        (
            "Cùng với công ty, từ 6h30 sáng 29-1, nhân dân toàn thành phố cũng sẽ tham gia tổng "
            "vệ sinh thu dọn sạch đất, rác trong ngõ xóm, khu dân cư",
            "06:30",
        ),
        # its kin: hours in words, the day with a slash, the evening
        ("từ 6 giờ 30 sáng 29-1", "06:30"),
        ("từ 7 giờ tối 29.1", "19:00"),
    ],
)
def test_an_hour_of_a_part_of_the_day_before_a_bare_day_starts_it(phrase: str, time: str) -> None:
    reading = one(phrase, ctx("2011-01-28"))
    assert reading.earliest == date(2011, 1, 29)
    assert reading.time == time


@pytest.mark.parametrize(
    "phrase",
    [
        # an hour no part of the day has, and a bare "29-1" after "từ" with no part: refused
        "từ 17 giờ sáng 29-1",
        "từ 6h30 29-1",
    ],
)
def test_an_hour_without_its_part_before_a_bare_day_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2011-01-28"))
