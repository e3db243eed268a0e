"""Session 45, family M1 (helper misch1): phrases refused for assorted reasons, where the
words that made the refusal are a way of working or a history told beside the time, not a
condition or a start of it (issue 11: never a silent wrong date; each form's neighbours, the
condition, the negation, the second date, the launch kept as a time, stay refused)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

R = DeadlineKind.RECURRING
W = DeadlineKind.WINDOW

# --- who launched a yearly event and since when, before its days of each year ---------------

# v-cdcbinhduong-tuan-le-nuoc-sach-2024 (CDC Bình Dương, 2024; the page prints no date)
LAUNCHED = (
    "Tuần lễ Quốc gia Nước sạch và vệ sinh môi trường do Thủ tướng Chính phủ phát động từ năm "
    "1998, được tổ chức từ ngày 29/4 đến ngày 6/5 hằng năm, nhằm góp phần làm thay đổi chất "
    "lượng và điều kiện sống của người dân"
)


def test_the_launch_before_a_yearly_week_is_its_history() -> None:
    reading = one(LAUNCHED)
    assert reading.kind is R
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=6"
    assert reading.earliest is None  # 1998 is the first week's year, no start of this one


def test_the_launch_on_a_dated_page_before_it() -> None:
    assert one(LAUNCHED, ctx("2024-04-20")).kind is R


def test_a_launch_not_before_the_page_stays_refused() -> None:
    # refusal neighbours: launched in the page's year or after it, no history told
    assert refused(LAUNCHED.replace("1998", "2025"), ctx("2024-04-20"))
    assert refused(LAUNCHED, ctx("1997-04-20"))


def test_a_launch_beside_a_week_of_one_year_keeps_its_readings() -> None:
    # a neighbour: without "hằng năm" the launch is not blanked, its "từ năm 1998" read as it
    # was (a start of its own, then the week of the year): never one window of 1998
    phrase = LAUNCHED.replace(" hằng năm, nhằm góp phần", "/2024, nhằm góp phần").split(",")[0:2]
    readings = parse_deadlines(",".join(phrase), ctx("2024-04-20"))
    assert [r.last for r in readings if r.kind is W] == [date(2024, 5, 6)]


def test_the_launch_and_a_condition_or_a_second_year_stay_refused() -> None:
    # refusal neighbours
    assert refused(LAUNCHED.replace("hằng năm", "hằng năm nếu có kinh phí"))
    assert refused(LAUNCHED.replace("hằng năm", "hằng năm, không tổ chức năm 2025"))
