"""Session 47, family N1 (helper n1j): phrases refused as not recognised at all ("không nhận
ra thời hạn"), whose deadline the grammar reads alone but a word beside it that names no
time kept refused (issue 11: never a silent wrong date; the neighbours that do name a time,
a negation, a condition or a second date stay refused)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW

# w-press-plo-lo-trinh-mien-hoc-phi-thcs (PLO on the Bộ GD&ĐT's roadmap to free tuition)
FIVE_YEAR_OLDS = (
    "(PLO)- “Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Tài chính xây dựng báo cáo trình "
    "Trung ương và Quốc hội về miễn học phí đối với giáo dục mầm non cho trẻ năm tuổi là người "
    "dân tộc thiểu số ở vùng có điều kiện kinh tế-xã hội đặc biệt khó khăn và học sinh trung "
    'học cơ sở theo lộ trình đến năm 2020"'
)


def test_five_year_olds_name_no_year() -> None:
    # "trẻ năm tuổi": "năm" is the number five of an age, as "36 tháng tuổi" is months of one
    assert days(one(FIVE_YEAR_OLDS)) == (D, date(2020, 12, 31), date(2020, 12, 31))
    assert days(one("miễn học phí cho trẻ em dưới năm tuổi trong năm 2026")) == (
        W,
        date(2026, 1, 1),
        date(2026, 12, 31),
    )


def test_a_year_beside_the_age_stays_a_year() -> None:
    # "năm" before anything but "tuổi" is still a word of time that may move the day
    refused("miễn học phí cho trẻ năm tới theo lộ trình đến năm 2020")
    refused("báo cáo kết quả năm miễn học phí cho trẻ theo lộ trình đến năm 2020")
    # ... and the spared age leaves the rest checked: a negation, a second year
    refused("miễn học phí cho trẻ năm tuổi không muộn hơn năm 2020")
    refused("miễn học phí cho trẻ năm tuổi, năm học 2020-2021", ctx("2019-06-01"))
