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


def test_a_police_command_by_its_number_is_no_time() -> None:
    # zr-soha-thanh-hoa-tong-kiem-tra-ban-dem-2025 (refused on main: no deadline seen)
    reading = one(
        "Đúng 19 giờ 30 phút ngày 15-7, Công an tỉnh và Công an các xã, phường trên địa bàn "
        "tỉnh Thanh Hóa đồng loạt ra quân thực hiện Mệnh lệnh số 01 của Giám đốc Công an tỉnh "
        "Thanh Hóa về tổng kiểm tra, kiểm soát hành chính ban đêm để phòng ngừa, trấn áp tội phạm",
        ctx("2025-07-16"),
    )
    assert (reading.last, reading.time) == (date(2025, 7, 15), "19:30")


@pytest.mark.parametrize(
    "phrase",
    [
        # a day after the command's name, or a count of days, stays a time
        "Công an tỉnh ra quân thực hiện Mệnh lệnh 15/7 trước ngày 20/7/2025",
        "Công an tỉnh ra quân thực hiện Mệnh lệnh trong 15 ngày trước ngày 20/7/2025",
    ],
)
def test_a_day_or_a_count_beside_a_command_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-07-16"))


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


# --- the part of the day closing the sentence after its day -----------------------------------


def test_the_afternoon_closing_the_sentence_is_the_day_s_own() -> None:
    # zr-cualo-lich-tiep-xuc-cu-tri-thang-11-2015 (refused on main: "từ “buổi”")
    reading = one(
        "Vào ngày 20/11/2015, sẻ tổ chức tiếp xúc cử tri tại phường Nghi Thủy vào buổi chiều",
        ctx("2015-11-06"),
    )
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2015, 11, 20))


@pytest.mark.parametrize(
    "phrase",
    [
        # the next afternoon: another day
        "Vào ngày 20/11/2015, sẽ tổ chức tiếp xúc cử tri vào buổi chiều hôm sau",
        # words after the part may say whose afternoon it is
        "Vào ngày 20/11/2015, sẽ tổ chức tiếp xúc cử tri vào buổi chiều cùng ngày",
    ],
)
def test_a_part_of_the_day_with_words_after_it_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2015-11-06"))


# --- the hours of a schedule line's day, after it, before the step's colon --------------------


@pytest.mark.parametrize(
    ("phrase", "time"),
    [
        # zr-baohatinh-le-hoi-xuan-van-mieu-ha-tinh-2023 (refused on main: words not understood)
        ("Ngày 5/3/2023 8h - 8h30: Khai mạc lễ hội", "08:30"),
        ("Ngày 5/3/2023 8h - 8h30", "08:30"),
        ("Ngày 5/3/2023 7 giờ - 9 giờ 30: Khai mạc lễ hội", "09:30"),
    ],
)
def test_two_hours_after_a_dated_day_are_its_hours(phrase: str, time: str) -> None:
    reading = one(phrase)
    assert (reading.kind, reading.last, reading.time) == (
        DeadlineKind.DATE,
        date(2023, 3, 5),
        time,
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 5/3/2023 8h30 - 8h: Khai mạc lễ hội",  # the end before the start
        "Ngày 5/3/2023 8h - 25h: Khai mạc lễ hội",  # no such hour
        "Ngày 5/3/2023 8h - 8h30 ngày 6/3/2023: Khai mạc lễ hội",  # a second day
    ],
)
def test_hours_after_a_day_that_disagree_stay_refused(phrase: str) -> None:
    refused(phrase)


# --- a lunar year's name: "Quý Mão" is no quarter, and it must be the days' year ---------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zr-baothanhhoa-ra-quan-tran-ap-toi-pham-tet-quy-mao-2023 (refused on main: "ngày âm
        # lịch chưa đọc được"), "Qúy" typed with the tone on its "u"
        "Kế hoạch cao điểm tấn công trấn áp tội phạm, bảo đảm ANTT Tết Nguyên đán Qúy Mão 2023 "
        "thực hiện trên phạm vi toàn tỉnh, thời gian từ ngày 15-11-2022 đến 5-2-2023",
        # spelled right: refused on main as "quý", a quarter, once "Tết Nguyên đán" was set aside
        "Kế hoạch cao điểm bảo đảm ANTT Tết Nguyên đán Quý Mão 2023 thực hiện từ ngày "
        "15-11-2022 đến 5-2-2023",
    ],
)
def test_a_tet_named_by_its_lunar_year_before_its_window(phrase: str) -> None:
    reading = one(phrase)
    assert (reading.first, reading.last) == (date(2022, 11, 15), date(2023, 2, 5))


def test_a_lunar_year_s_name_after_a_schedule_line_s_hour() -> None:
    # zr-baohatinh-le-hoi-xuan-van-mieu-ha-tinh-2023 (refused on main: "số “8”")
    reading = one("Ngày 4/3/2023: 8h00: Khai mạc Hội sách xuân Quý Mão")
    assert (reading.last, reading.time) == (date(2023, 3, 4), "08:00")


@pytest.mark.parametrize(
    "phrase",
    [
        # the Tết named is not the days' (Quý Tỵ is 2013), in either spelling
        "Kế hoạch cao điểm bảo đảm ANTT Tết Nguyên đán Qúy Tỵ, thời gian từ ngày 15-11-2022 đến "
        "5-2-2023",
        "Kế hoạch cao điểm bảo đảm ANTT Tết Nguyên đán Quý Tỵ thực hiện từ ngày 15-11-2022 đến "
        "5-2-2023",
        # the spring of Quý Mão is not March 2024's
        "Ngày 4/3/2024 8h00: Khai mạc Hội sách xuân Quý Mão",
        # a quarter after the step stays a word of time
        "Ngày 4/3/2023 8h00: Khai mạc Hội sách quý II",
        # a lunar year's name right after a day may make it a lunar day (10/3 of Giáp Thìn is
        # 17/4/2024): never read as the solar day
        "Lễ hội diễn ra ngày 10/3 năm Giáp Thìn",
        "Lễ hội diễn ra ngày 10/3 xuân Giáp Thìn",
        "bắt đầu từ ngày 6/2/2024 đến hết ngày 18/2/2024 năm Giáp Thìn",
    ],
)
def test_a_lunar_year_that_is_not_the_days_stays_refused(phrase: str) -> None:
    refused(phrase)


# --- a budget's year carried out with its plan, or settled within a year ----------------------


@pytest.mark.parametrize(
    ("phrase", "year"),
    [
        # zr-hethongphapluat-son-la-qd-1369-2025-tang-truong-8 (refused on main: the budget's
        # year), the yearly title of the first resolutions
        (
            "VỀ NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ DỰ "
            "TOÁN NGÂN SÁCH NHÀ NƯỚC VỚI MỤC TIÊU TĂNG TRƯỞNG NĂM 2025 ĐẠT 8% TRỞ LÊN",
            2025,
        ),
        (
            "Quyết định giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách "
            "nhà nước năm 2026",
            2026,
        ),
        # zr-cand-lai-chau-tien-do-thuy-dien-lai-chau-2015 (refused on main): settled within 2017
        ("Dự án thuỷ điện Lai Châu sẽ hoàn thành quyết toán trong năm 2017", 2017),
    ],
)
def test_a_budget_carried_out_or_settled_within_a_year_reads_the_year(
    phrase: str, year: int
) -> None:
    reading = one(phrase, ctx("2025-06-11"))
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(year, 1, 1),
        date(year, 12, 31),
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # a plan and budget built, a budget settled, an estimate drawn up: the object's year
        "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC "
        "NĂM 2026",
        "Quyết toán ngân sách năm 2025",
        "Hướng dẫn lập dự toán ngân sách nhà nước năm 2026",
    ],
)
def test_a_budget_built_or_settled_keeps_its_object_year_refused(phrase: str) -> None:
    assert "năm của ngân sách" in refused(phrase, ctx("2025-06-11"))


# --- a weekday opening a day's gloss, a comma after it ----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # zr-nghean24h-lich-nghi-tet-tan-suu-2021-23-dia-phuong (refused on main: words not
        # understood after the day)
        (
            "Quảng Ninh: Học sinh trên phạm vi toàn tỉnh sẽ nghỉ Tết Nguyên đán 2021 từ ngày "
            "8/2/2021 (thứ Hai, ngày 27 tháng Chạp) đến hết ngày 20/2/2021 (thứ Bảy, ngày 09 "
            "tháng Giêng)",
            date(2021, 2, 8),
            date(2021, 2, 20),
        ),
        # one day: the weekday and its lunar day
        (
            "Học sinh đi học lại vào ngày 22/2/2021 (thứ Hai, ngày 11 tháng Giêng)",
            date(2021, 2, 22),
            date(2021, 2, 22),
        ),
    ],
)
def test_a_weekday_opening_a_lunar_gloss_is_checked_and_set_aside(
    phrase: str, first: date, last: date
) -> None:
    reading = one(phrase)
    assert (reading.first, reading.last) == (first, last)
    assert reading.gloss is not None and "tháng" in reading.gloss


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # 8/2/2021 was a Monday; its lunar day the 27th of the twelfth month
        (
            "Học sinh sẽ nghỉ Tết từ ngày 8/2/2021 (thứ Ba, ngày 27 tháng Chạp) đến hết ngày "
            "20/2/2021 (thứ Bảy, ngày 09 tháng Giêng)",
            "không phải Thứ Ba",
        ),
        (
            "Học sinh sẽ nghỉ Tết từ ngày 8/2/2021 (thứ Hai, ngày 28 tháng Chạp) đến hết ngày "
            "20/2/2021 (thứ Bảy, ngày 09 tháng Giêng)",
            "âm lịch",
        ),
        # what follows the weekday is read as any gloss is: another day, a condition
        ("Học sinh đi học lại vào ngày 22/2/2021 (thứ Hai, hoặc thứ Ba)", "hoặc"),
        ("Học sinh đi học lại vào ngày 22/2/2021 (thứ Hai, nếu hết dịch)", "nếu"),
    ],
)
def test_a_weekday_gloss_that_disagrees_or_adds_a_condition_stays_refused(
    phrase: str, why: str
) -> None:
    assert why in refused(phrase)


# --- the security of an election ensured before its term ---------------------------------------


def test_a_launch_securing_an_election_falls_in_the_year_before_its_term() -> None:
    # zr-nghean24h-ra-quan-cao-diem-tran-ap-toi-pham-tet-2026 (refused on main: the day
    # outside the term 2026 – 2031)
    reading = one(
        "Sáng 12/12/2025, tại Quảng trường Hồ Chí Minh, Công an tỉnh Nghệ An trang trọng tổ "
        "chức Lễ ra quân tấn công, trấn áp tội phạm, bảo vệ tuyệt đối an ninh, an toàn Đại hội "
        "đại biểu toàn quốc lần thứ XIV của Đảng, bầu cử đại biểu Quốc hội khóa XVI, Hội đồng "
        "nhân dân các cấp nhiệm kỳ 2026 – 2031, Tết Nguyên đán Bính Ngọ 2026 và các sự kiện lớn "
        "của đất nước, các lễ hội đầu năm"
    )
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2025, 12, 12))


@pytest.mark.parametrize(
    "phrase",
    [
        # two years before the term, and the election itself a year before it: a misprint
        "Sáng 12/12/2024, Công an tỉnh tổ chức Lễ ra quân bảo vệ an ninh bầu cử đại biểu Quốc "
        "hội nhiệm kỳ 2026 – 2031",
        "Sáng 12/12/2025, Công an tỉnh tổ chức bầu cử đại biểu Hội đồng nhân dân nhiệm kỳ "
        "2026 – 2031",
    ],
)
def test_a_day_outside_the_term_and_its_run_up_stays_refused(phrase: str) -> None:
    assert "nằm ngoài nhiệm kỳ" in refused(phrase)
