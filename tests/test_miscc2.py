"""Refusals of session 40 (branch miscc2, the second half of the other refusals): another
group's start in the plan's own year beside the day of all; the "Nam" of "Việt Nam" closing a
phrase, no year to ask for. Each with the real phrase that motivated it (its corpus file
named) and the neighbours that must stay refused (the first rule: never a silent wrong
date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE

# n-ninhbinh-qd-636-nam-hoc-2023-2024 (issued 08/08/2023)
NINH_BINH = (
    "Theo đó, ngày tựu trường các cấp học là ngày 29/8 (riêng đối với lớp 1 từ ngày 22/8/2023)"
)


def test_grade_one_starting_earlier_in_the_plan_year_reads_both() -> None:
    first, start = parse_deadlines(NINH_BINH, ctx("2023-08-08"))
    assert (first.kind, first.first, first.last) == (D, date(2023, 8, 29), date(2023, 8, 29))
    assert start.earliest == date(2023, 8, 22)
    assert start.last is None  # a start, no due day (the lead's ruling of session 33)


def test_another_groups_start_on_a_page_of_another_year_stays_refused() -> None:
    # a refusal neighbour: issued in 2022, the year 2023 is not the plan's; 29/8 may be 2022's
    assert refused(NINH_BINH, ctx("2022-08-08"))


def test_another_groups_start_on_a_page_with_no_date_stays_refused() -> None:
    # a refusal neighbour: no plan year to agree with, the year would be borrowed
    assert refused(NINH_BINH)


def test_months_out_of_order_still_refused() -> None:
    # a refusal neighbour: no other group, the borrowed year's order check holds
    assert refused("Tháng 12 và tháng 1/2028", ctx("2028-01-01"))


# x-vtcnews-tong-duyet-hoi-cho-mua-xuan-2026 (issued 01/02/2026): "Việt Nam" closing it is
# no year word; the channel "VTV1", once a number nothing explained, is a code since session
# 42 (test_aftere), and the phrase reads its day
VTC = (
    "Lễ khai mạc Hội chợ Mùa Xuân 2026 dự kiến diễn ra lúc 10h ngày 2/2, được truyền hình "
    "trực tiếp trên kênh VTV1 - Đài Truyền hình Việt Nam"
)


def test_viet_nam_closing_a_phrase_is_no_year_word() -> None:
    (reading,) = parse_deadlines(VTC, ctx("2026-02-01"))
    assert (reading.first, reading.last) == (date(2026, 2, 2), date(2026, 2, 2))


# v-vietnamplus-ngay-tuong-niem-nan-nhan-tngt-2025 (issued 16/11/2025)
ROAD_VICTIMS = (
    "Ngày 27/10/2005, Đại hội đồng Liên hợp quốc đã chính thức công nhận và chọn Chủ nhật tuần "
    "thứ ba của tháng 11 hằng năm là “Ngày Thế giới tưởng niệm các nạn nhân tử vong do tai nạn "
    'giao thông."'
)


def test_a_yearly_sunday_chosen_on_a_past_day_reads_each_year() -> None:
    (reading,) = parse_deadlines(ROAD_VICTIMS, ctx("2025-11-16"))
    assert reading.kind == DeadlineKind.RECURRING
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=11;BYDAY=3SU"


def test_a_yearly_day_chosen_since_a_year_reads_each_year() -> None:
    # zg-thvl-ngay-hoi-toan-dan-bao-ve-antq-19-8 (the page prints no date)
    phrase = (
        "Kể từ năm 2005, Thủ tướng Chính phủ đã quyết định lấy ngày 19/8 hàng năm là “Ngày hội "
        "toàn dân bảo vệ an ninh Tổ quốc” nhằm nâng cao ý thức trách nhiệm, đề cao vai trò của "
        "nhân dân trong sự nghiệp bảo vệ an ninh Tổ quốc."
    )
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.kind == DeadlineKind.RECURRING
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=19"
    assert reading.earliest is None  # the choosing year is no start of a deadline


def test_a_yearly_day_chosen_after_a_campaign_reads_each_year() -> None:
    # v-thvl-vinh-long-ngay-vi-nguoi-ngheo (the page prints no date)
    phrase = (
        "Từ năm 2000, Ủy ban Trung ương Mặt trận tổ quốc Việt Nam đã phát động Cuộc vận động "
        "“Ngày Vì người nghèo” trên phạm vi cả nước và quyết định lấy ngày 17-10 hàng năm là "
        "“Ngày Vì người nghèo”"
    )
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=17"


def test_a_choice_in_the_pages_own_year_stays_refused() -> None:
    # a refusal neighbour: a choice of this year may be news with its own time
    phrase = "Năm 2026, Liên hợp quốc đã chọn ngày 19/8 hằng năm làm Ngày X"
    assert refused(phrase, ctx("2026-03-01"))


def test_a_choice_to_come_stays_refused() -> None:
    # a refusal neighbour: "sẽ" (to come) is no choice told done
    phrase = "Năm 2004, Liên hợp quốc sẽ chọn ngày 19/8 hằng năm làm Ngày X"
    assert "2004" in refused(phrase)


def test_a_month_chosen_each_year_stays_refused() -> None:
    # zc-danviet-20-nam-thang-thanh-nien-2024 (issued 26/03/2024): a month-long observance,
    # which the month rule would read as due on its last day; left refused (see the report)
    phrase = "Năm 2004, Ban Bí thư Trung ương Đảng đã chọn tháng 3 hằng năm làm Tháng Thanh niên"
    assert refused(phrase, ctx("2024-03-26"))


def test_a_yearly_week_with_who_launched_it_and_since_when_reads_each_year() -> None:
    # v-pgd-can-giuoc-tuan-le-nuoc-sach-2022 (the page prints no date)
    phrase = (
        "Tuần lễ Quốc gia Nước sạch và vệ sinh môi trường hàng năm (từ ngày 29/4 đến ngày 6/5) "
        "do Thủ tướng Chính phủ phát động từ năm 1998"
    )
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.kind == DeadlineKind.RECURRING
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=6"
    assert reading.earliest is None  # 1998 is the first week's year, no start of this one


# v-laodongthudo-ngay-gia-dinh-viet-nam-2015 (issued 25/06/2015)
FAMILY_DAY = (
    "vận động các gia đình trên toàn quốc cùng tổ chức bữa cơm gia đình vào ngày Chủ nhật - "
    "28/6/2015 - Ngày Gia đình Việt Nam"
)


def test_a_day_named_after_it_as_its_own_occasion_reads_the_day() -> None:
    (reading,) = parse_deadlines(FAMILY_DAY, ctx("2015-06-25"))
    assert (reading.kind, reading.first, reading.last) == (D, date(2015, 6, 28), date(2015, 6, 28))
    assert reading.gloss == "Ngày Gia đình Việt Nam"


def test_an_occasion_named_after_another_day_stays_refused() -> None:
    # a refusal neighbour: the family day is 28/6, so 27/6 or the name is mistyped
    assert refused(FAMILY_DAY.replace("28/6/2015", "27/6/2015"), ctx("2015-06-25"))


def test_more_words_after_the_occasion_stay_refused() -> None:
    # a refusal neighbour: only the name closes the phrase
    assert refused(FAMILY_DAY + " mở rộng", ctx("2015-06-25"))
