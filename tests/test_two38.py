"""Session 38, family G: a phrase with a second date that is certainly no deadline (a lunar
gloss of one end of a span, the day a commemorated occasion is kept on) reads its deadline
and keeps the other as the gloss; a gloss or an occasion's day that disagrees stays refused
(issue 11: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW


# --- a lunar gloss of one day of a span -------------------------------------------------------


def test_a_lunar_gloss_after_a_spans_start_is_checked_against_the_start() -> None:
    # o-dong-nai-xa-quang-trung-tb-nghi-tet-tan-suu-2021: 07/02/2021 is 26 Chạp Canh Tý
    reading = one(
        "Các cơ quan, đơn vị, trường học, bệnh viện. các cơ sở tôn giáo và hộ dân treo cờ Tổ "
        "quốc từ ngày 07/02/2021 ( tức ngày 26 tháng Chạp năm Canh Tý ) đến hết ngày 17/02/2021",
        ctx("2021-02-05"),
    )
    assert days(reading) == (W, date(2021, 2, 7), date(2021, 2, 17))
    assert "26 tháng Chạp năm Canh Tý" in (reading.gloss or "")


def test_a_lunar_gloss_opening_with_mung_after_a_start_with_its_hour() -> None:
    # z-thuvienphapluat-kh-7100-le-hoi-duong-sach-tet-2025: 02/02/2025 is mùng 5 Tết Ất Tỵ
    reading = one(
        "- Thời gian thu dọn: 02 ngày, từ 23 giờ 00 ngày 02 tháng 02 năm 2025 (Mùng 5 Tết) đến "
        "06 giờ 00 sáng ngày 04 tháng 02 năm 2025.",
        ctx("2025-01-10"),
    )
    assert days(reading) == (W, date(2025, 2, 2), date(2025, 2, 4))


def test_a_day_of_tet_named_with_the_coming_tet_is_the_chap_before_it() -> None:
    # x-vietnamplus-bct-hoi-cho-mua-xuan-keo-dai-2026: 13/02/2026 is 26 Chạp Ất Tỵ, the run-up
    # to Tết Bính Ngọ ("26 Tết Nguyên đán Bính Ngọ")
    reading = one(
        "Bộ Công Thương vừa ban hành công văn hỏa tốc về việc tổ chức Hội chợ Mùa Xuân lần thứ "
        "nhất năm 2026 từ 2/2 đến ngày 13/2 (26 Tết Nguyên đán Bính Ngọ) thay vì kết thúc vào "
        "ngày 8/2 như thông báo trước đó",
        ctx("2026-01-27"),
    )
    assert days(reading) == (W, date(2026, 2, 2), date(2026, 2, 13))
    assert "26 Tết Nguyên đán Bính Ngọ" in (reading.gloss or "")


@pytest.mark.parametrize(
    ("phrase", "issued", "why"),
    [
        # the gloss names the end's neighbour: 07/02/2021 is 26 Chạp, not 27
        (
            "treo cờ Tổ quốc từ ngày 07/02/2021 ( tức ngày 27 tháng Chạp ) đến hết ngày 17/02/2021",
            "2021-02-05",
            "không phải 27 tháng 12",
        ),
        # a gloss after the span's end is the end's: 17/02/2021 is mùng 6 Tết, not 26 Chạp
        (
            "treo cờ từ ngày 07/02/2021 đến hết ngày 17/02/2021 (tức ngày 26 tháng Chạp)",
            "2021-02-05",
            "không phải 26 tháng 12",
        ),
        # "26 Tết Ất Tỵ" is in January 2025, not February 2026
        ("từ 2/2 đến ngày 13/2 (26 Tết Ất Tỵ)", "2026-01-27", "Ất Tỵ"),
        # l-vinh-long-lich-xuong-giong-dong-xuan-2018: 21/11/2018 is no 10 tháng 10 âm lịch
        ("Đợt 2 xuống giống 30.000ha từ 11- 21/11 (10/10 âl)", "2018-09-12", "âm lịch"),
    ],
)
def test_a_one_day_lunar_gloss_that_is_not_its_days_stays_refused(
    phrase: str, issued: str, why: str
) -> None:
    assert why in refused(phrase, ctx(issued))


# --- the day a commemorated occasion is kept on -----------------------------------------------


def test_the_days_of_anniversaries_in_parentheses_are_the_occasions() -> None:
    # p-baobariavungtau-chau-duc-cuoc-thi-ca-khuc-2024
    reading = one(
        "Ban tổ chức Cuộc thi Tuyên truyền ca khúc cách mạng chào mừng kỷ niệm 60 năm Chiến "
        "thắng Bình Giã (2/12) và 80 năm Ngày thành lập Quân đội Nhân dân Việt Nam (22/12) đã "
        "thống nhất tổ chức cuộc thi từ ngày 18 đến 20/10",
        ctx("2024-10-11"),
    )
    assert days(reading) == (W, date(2024, 10, 18), date(2024, 10, 20))
    assert "2/12" in (reading.gloss or "") and "22/12" in (reading.gloss or "")


def test_an_anniversary_opening_the_phrase_with_its_day() -> None:
    # o-tay-ninh-ninh-thanh-tb-treo-co-4-2025
    reading = one(
        "50 năm Ngày Giải phóng miền Nam và giải phóng Tây Ninh (30/4): Vận động hộ dân treo "
        "cờ Tổ quốc từ ngày 27/04/2025 đến hết ngày 01/05/2025"
    )
    assert days(reading) == (W, date(2025, 4, 27), date(2025, 5, 1))


def test_a_holiday_named_with_its_day_after_its_count() -> None:
    # za-hanoimoi-treo-co-30-4-7-5-2024
    reading = one(
        "Kỷ niệm 49 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2024) "
        "và 138 năm Ngày Quốc tế lao động 1-5, treo cờ Tổ quốc từ ngày 29-4 đến hết ngày "
        "2-5-2024."
    )
    assert days(reading) == (W, date(2024, 4, 29), date(2024, 5, 2))


def test_a_day_commemorated_beside_the_day_told() -> None:
    # zs-dailocrt-xa-dai-dong-thang-hanh-dong-vi-tre-em-2023
    reading = one(
        "Ngày 29/5, UBND xã Đại Đồng tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2023 "
        "và kỷ niệm Ngày Quốc tế thiếu nhi 01/6",
        ctx("2023-05-29"),
    )
    assert (reading.first, reading.last) == (date(2023, 5, 29), date(2023, 5, 29))
    # ... and no schedule of two steps (test_deadline_schedules held it refused before two38)
    later = one(
        "Ngày 29/5, UBND xã Đại Đồng tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2026 "
        "và kỷ niệm Ngày Quốc tế thiếu nhi 01/6",
        ctx("2026-05-01"),
    )
    assert (later.first, later.last) == (date(2026, 5, 29), date(2026, 5, 29))


@pytest.mark.parametrize(
    "phrase",
    [
        # the occasion's day given wrong: Quân đội Nhân dân Việt Nam was founded on 22/12
        "chào mừng kỷ niệm 80 năm Ngày thành lập Quân đội Nhân dân Việt Nam (20/12) đã thống "
        "nhất tổ chức cuộc thi từ ngày 18 đến 20/10/2024",
        # a day of an occasion neither known nor counted in years may be the event's
        "chào mừng Hội nghị Bình Giã (2/12) đã thống nhất tổ chức cuộc thi từ ngày 18 đến "
        "20/10/2024",
        # a bound before the occasion makes its day a deadline
        "hoàn thành trước Ngày Quốc tế thiếu nhi (1/6), báo cáo trước 10/6/2024",
    ],
)
def test_an_occasions_day_that_may_be_a_deadline_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-05-01"))


# --- the occasion a day is kept for, closing the phrase ---------------------------------------


def test_the_occasion_closing_the_phrase_after_its_day_is_the_gloss() -> None:
    # zk-baokhanhhoa-giai-thuong-khcn-tinh-2020
    reading = one(
        "Lễ công bố và trao giải thưởng được tổ chức vào ngày 18-5-2021 nhân kỷ niệm ngày "
        "KH-CN Việt Nam",
        ctx("2020-09-18"),
    )
    assert (reading.first, reading.last) == (date(2021, 5, 18), date(2021, 5, 18))
    assert reading.gloss == "nhân kỷ niệm ngày KH-CN Việt Nam"


@pytest.mark.parametrize(
    "phrase",
    [
        # a word of time in the name, in lower case: no name only
        "Lễ trao giải được tổ chức vào ngày 18-5-2021 nhân kỷ niệm ngày Khoa học trước Tết",
        "Lễ trao giải được tổ chức vào ngày 18-5-2021 nhân kỷ niệm ngày Khoa học đến hết tháng",
    ],
)
def test_an_occasion_note_with_a_time_in_it_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2020-09-18"))


def test_a_count_of_years_with_no_word_commemorating_sets_no_day_aside() -> None:
    # a neighbour: "3 năm" counts the pilot's years, "(1/7)" may be its start or its end
    refused(
        "Sau 3 năm triển khai thí điểm (1/7), hoàn thành trước ngày 30/6/2026", ctx("2026-01-05")
    )


# --- a yearly day set by a decision told with its number and its title ------------------------


def test_a_decision_told_with_its_bare_number_and_title_sets_a_yearly_week() -> None:
    # v-thuvienbinhthuan-tuan-le-pctt-2023: the decision's day (13/2/2009) is its own, the
    # week it sets each year is read
    (reading,) = parse_deadlines(
        "Ngày 13/2/2009, Thủ tướng Chính phủ ban hành Quyết định số 173 về việc lấy từ ngày 15 "
        "– 22/5 hàng năm là Tuần lễ Quốc gia phòng, chống thiên tai",
        ctx("2023-05-10"),
    )
    assert reading.kind is DeadlineKind.RECURRING
    assert "Quyết định số 173" in (reading.gloss or "")
    assert "13/2/2009" in (reading.gloss or "")


@pytest.mark.parametrize(
    "phrase",
    [
        # the document issued is told, its title sets no day of each year
        "Ngày 01/9/2021, UBND tỉnh ban hành Kế hoạch số 12 về việc lấy ý kiến nhân dân",
        # a bare number with its day and no "về việc": may count days ("12 ngày")
        "Kế hoạch số 12 ngày 3/2/2024 về việc tổ chức, hoàn thành trước ngày 30/6/2024",
    ],
)
def test_a_bare_number_without_a_yearly_day_set_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-01-05"))
