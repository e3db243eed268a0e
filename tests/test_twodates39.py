"""Session 39, family D: a phrase refused as holding "a second date or a document number"
beside its deadline, where the other day-shaped token is certainly no time — a count of
leaves, a range of percentages, the years a school year or a winter-spring crop is named by,
the years an inspection looks back over, a Party document's number copied with a space —
reads its deadline; a near phrase whose token may be a day stays refused (issue 11: never a
silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


# --- a quantity shaped like a day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "due"),
    [
        # p-hoabinh-thaibinh-vu-xuan-2023
        (
            "Cấy mạ khi đạt từ 2,5-3 lá; kết thúc cấy trước ngày 25/02/2023",
            "2023-01-06",
            date(2023, 2, 25),
        ),
        # zb-khuyennongthaibinh-luu-y-vu-xuan-2025 (the page prints no date)
        ("Cấy khi mạ đạt 2,5-3 lá. Kết thúc cấy trước ngày 25/02/2025", None, date(2025, 2, 25)),
    ],
)
def test_the_leaves_a_seedling_reaches_are_no_day(
    phrase: str, issued: str | None, due: date
) -> None:
    assert days(one(phrase, ctx(issued))) == (D, due, due)


def test_a_range_of_percentages_is_no_span_of_days() -> None:
    # zf-hcc-nghean-giam-ty-le-ho-ngheo-2024
    reading = one("Nghệ An phấn đấu giảm tỷ lệ hộ nghèo từ 1-1,5% trong năm 2024")
    assert days(reading) == (W, date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    "phrase",
    [
        # no "lá" after the range: "2-3" may be 2 March
        "Cấy mạ trước ngày 2-3; kết thúc cấy trước ngày 25/02/2023",
        # no "%" after it: "1-15" may be 1 to 15 of a month
        "Nghệ An phấn đấu giảm tỷ lệ hộ nghèo từ 1-15 trong năm 2024",
    ],
)
def test_the_same_numbers_without_their_unit_stay_refused(phrase: str) -> None:
    why = refused(phrase, ctx("2023-01-06"))
    assert "ngày khác hoặc số hiệu văn bản" in why and "last_day" in why


# --- years that name the work ---------------------------------------------------------------


def test_the_new_school_year_named_before_its_day() -> None:
    # zu-dantri-thcs-phuoc-binh-tuu-truong-2025-2026
    reading = one(
        "Năm học mới 2025-2026, Trường THCS Phước Bình (phường Phước Long) tổ chức lễ đón học "
        "sinh đầu cấp (lớp 6) vào 21/8",
        ctx("2025-08-12"),
    )
    assert days(reading) == (D, date(2025, 8, 21), date(2025, 8, 21))


def test_the_winter_spring_crop_named_by_its_two_years() -> None:
    # o-an-giang-lich-xuong-giong-dong-xuan-2024-2025
    reading = one(
        "khung lịch thời vụ xuống giống vụ Đông Xuân năm 2024-2025 trong toàn tỉnh An Giang "
        "được bắt đầu từ ngày 01/11 đến ngày 31/12/2024",
        ctx("2024-10-11"),
    )
    assert days(reading) == (W, date(2024, 11, 1), date(2024, 12, 31))


def test_the_years_an_inspection_looks_back_over_in_parentheses() -> None:
    # u-dantri-thanh-tra-chinh-phu-ke-hoach-2026-giao-duc
    reading = one(
        "Cuộc thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng, lãng phí, "
        "tiêu cực; phòng, chống lãng phí trong quản lý, sử dụng các cơ sở nhà đất tại Bộ Giáo "
        "dục và Đào tạo (thời kỳ 2019-2025) sẽ được công bố vào quý I/2026",
        ctx("2025-12-17"),
    )
    assert days(reading) == (W, date(2026, 1, 1), date(2026, 3, 31))


def test_a_school_year_of_one_year_stays_refused() -> None:
    # a typo'd span ("2025-2025") names no school year: which day is meant is unsure
    why = refused(
        "Năm học mới 2025-2025, Trường THCS Phước Bình (phường Phước Long) tổ chức lễ đón học "
        "sinh đầu cấp (lớp 6) vào 21/8",
        ctx("2025-08-12"),
    )
    assert "2025-2025" in why


# --- a Party document's number copied with a space --------------------------------------------


def test_a_party_number_with_a_space_after_its_hyphen_is_a_citation() -> None:
    # the shape of n-vpcp-cv-9450-vpcp-qhdp-tong-ket-luat-bau-cu-2023's "văn bản số 2055-
    # CV/BCĐ": the number and its signing day are the letter's, the deadline is read
    reading = one(
        "Theo Công văn số 4182- CV/TU ngày 3/2/2024 của Ban Thường vụ Thành ủy, hoàn thành "
        "trước ngày 30/6/2024",
        ctx("2024-03-01"),
    )
    assert days(reading) == (D, date(2024, 6, 30), date(2024, 6, 30))


def test_a_bare_number_without_its_code_stays_refused() -> None:
    why = refused(
        "Theo Công văn số 4182 CV ngày 3/2/2024, hoàn thành trước ngày 30/6/2024", ctx("2024-03-01")
    )
    assert "số 4182" in why


# --- an event's days, and its opening inside them ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # n-yenbai-ke-hoach-le-hoi-xoe-thai-2022: the minutes' mark typed twice
        (
            "Thời gian: Dự kiến từ ngày 22/9/2022 đến ngày 30/9/2022; dự kiến khai mạc 08h00'' "
            "ngày 23/9/2022",
            "2022-08-01",
            date(2022, 9, 22),
            date(2022, 9, 30),
        ),
        # z-kontum-tb-31-ky-hop-thu-nhat-hdnd-khoa-xii-2021: the opening after a comma
        (
            "Theo Thông báo số 31/TB-TTHĐND ngày 17/6/2021 của Thường trực HĐND tỉnh, Kỳ họp thứ "
            "nhất HĐND tỉnh Khoá XII sẽ tiến hành trong 02 ngày (từ ngày 01 - 02/7/2021), khai "
            "mạc vào lúc 08h00 ngày 01/7",
            "2021-06-18",
            date(2021, 7, 1),
            date(2021, 7, 2),
        ),
        # l-hdd-tw-doi-hoi-nghi-nha-thieu-nhi-2017: the opening in parentheses closing it
        (
            "Do đó, Hội đồng Đội Trung ương quyết định chuyển thời gian tổ chức Hội nghị tổng kết "
            "hoạt động Hệ thống Nhà thiếu nhi toàn quốc năm 2017 sang ngày 08-09/01/2018 (khai "
            "mạc lúc 13h30 ngày 08/01/2018)",
            "2017-12-26",
            date(2018, 1, 8),
            date(2018, 1, 9),
        ),
    ],
)
def test_an_events_days_with_its_opening_inside_them_read_as_its_window(
    phrase: str, issued: str, first: date, last: date
) -> None:
    reading = one(phrase, ctx(issued))
    assert days(reading) == (W, first, last)
    assert "khai mạc" in (reading.gloss or "")


def test_an_opening_outside_the_events_days_stays_refused() -> None:
    # the opening two days after the session's end: which is wrong cannot be told
    refused(
        "Kỳ họp thứ nhất HĐND tỉnh Khoá XII sẽ tiến hành trong 02 ngày (từ ngày 01 - 02/7/2021), "
        "khai mạc vào lúc 08h00 ngày 04/7",
        ctx("2021-06-18"),
    )


# --- the way out names what the other token most likely is --------------------------------------


def test_two_steps_each_with_its_day_point_to_two_milestones() -> None:
    # n-bacninh-tuu-truong-2013-2014: "vào 23-5" (no "ngày") is not read, so both stay refused
    why = refused(
        "hoàn thành chương trình năm học vào 23-5 và kết thúc năm học trước 31-5-2014",
        ctx("2013-08-20"),
    )
    assert "“23-5”" in why and "mỗi việc một mốc" in why


def test_a_term_read_after_the_day_is_named_as_a_name() -> None:
    # m-baoangiang-ky-hop-cuoi-nam-2020: the term closes the phrase, the days are in its label
    why = refused(
        "Trong 2 ngày (3 và 4-12), Thường trực HĐND tỉnh An Giang triệu tập kỳ họp cuối năm 2020 "
        "HĐND tỉnh khóa IX (nhiệm kỳ 2016-2021).",
        ctx("2020-12-01"),
    )
    assert "“2016-2021” có thể là tên một nhiệm kỳ" in why and "“4-12”" in why


def test_a_year_read_after_the_day_is_named_as_the_year_of_the_thing_told() -> None:
    # p-baokhanhhoa-van-phu-dien-tap-2022 (the page prints no date)
    why = refused(
        "Ngày 9 và 10-5, Ban Chỉ đạo diễn tập huyện Vạn Ninh (Khánh Hòa) tổ chức diễn tập chiến "
        "đấu xã Vạn Phú trong khu vực phòng thủ năm 2022"
    )
    assert "“năm 2022” có thể là năm của việc được nêu" in why and "“10-5”" in why


def test_a_document_number_keeps_the_reason_alone() -> None:
    # t-vietnamnet-chuan-bi-khanh-thanh-khoi-cong-19-12-2025: "số 158 ngày 4/9" without its
    # issuer's code stays refused (test_deadline_forms_h: "số 12 ngày …" may count days)
    why = refused(
        "Thủ tướng đã ban hành Công điện số 158 ngày 4/9 và nhiều văn bản chỉ đạo Bộ Xây dựng, "
        "các bộ, ngành, địa phương, cơ quan, đơn vị liên quan chuẩn bị tổ chức lễ khánh thành, "
        "khởi công trực tuyến đồng thời các công trình, dự án trên cả nước vào ngày 19/12 tới",
        ctx("2025-11-20"),
    )
    assert why.endswith("ghi last_day (và first_day) theo văn bản") and "“số 158”" in why


def test_an_opening_then_the_day_it_lasts_until_reads_one_window() -> None:
    # r-hodo-hatinh-giai-bong-da-thieu-nien-2024 ("kéo dài đến": lasts until)
    reading = one(
        "Giải đấu sẽ khai mạc vào lúc 15 h ngày 01/7/2024  kéo dài đến ngày 10/7/2024",
        ctx("2024-06-20"),
    )
    assert days(reading) == (W, date(2024, 7, 1), date(2024, 7, 10))
    assert "15:00" in (reading.gloss or "")


def test_an_end_before_the_opening_stays_refused() -> None:
    refused(
        "Giải đấu sẽ khai mạc vào lúc 15 h ngày 11/7/2024  kéo dài đến ngày 10/7/2024",
        ctx("2024-06-20"),
    )
