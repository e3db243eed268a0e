"""The one-deadline forms plans and directives print, still refused (branch wide-nine, session
34). Each family with the real phrase that motivated it (its corpus file named) and invented
look-alikes that change the meaning, kept refused (the first rule: never a silent wrong
date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

R = DeadlineKind.RECURRING
AUG_2018 = ctx("2018-08-21")


# --- a weekday of "the month", no month named: each month's (the lead's ruling, session 34) --


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # the weekday reader agrees with its sibling, "trước ngày cuối cùng của tháng"
        ("vào ngày chủ nhật cuối cùng của tháng", "FREQ=MONTHLY;BYDAY=-1SU"),
        ("vào Chủ nhật cuối cùng của tháng.", "FREQ=MONTHLY;BYDAY=-1SU"),
        ("vào ngày chủ nhật đầu tiên của tháng", "FREQ=MONTHLY;BYDAY=1SU"),
        ("Thứ Sáu thứ hai của tháng", "FREQ=MONTHLY;BYDAY=2FR"),
        ("chậm nhất thứ Bảy cuối cùng của tháng", "FREQ=MONTHLY;BYDAY=-1SA"),
    ],
)
def test_weekday_of_the_month_reads_each_month(phrase: str, rrule: str) -> None:
    reading = one(phrase, AUG_2018)
    assert reading.kind is R
    assert reading.rrule == rrule


def test_last_day_of_the_month_still_reads_each_month() -> None:
    """The sibling the ruling names: the two readers agree."""
    assert one("trước ngày cuối cùng của tháng", AUG_2018).rrule == "FREQ=MONTHLY;BYMONTHDAY=-1"


@pytest.mark.parametrize(
    "phrase",
    [
        # another time dates the phrase: this month's, or a month named after it
        "Tháng 8/2018, vào ngày chủ nhật cuối cùng của tháng",
        "Trong năm 2018, vào ngày chủ nhật cuối cùng của tháng",
        "vào ngày chủ nhật cuối cùng của tháng này",
        "vào ngày chủ nhật cuối cùng của tháng sau",
        "vào ngày chủ nhật cuối cùng của tháng Giêng",
        "vào chủ nhật cuối cùng của tháng đó",
        "ngày chủ nhật cuối cùng của tháng 8/2018",
        # two deadlines
        "vào ngày chủ nhật cuối cùng của tháng hoặc ngày 30/8/2018",
        # another weekday of the month's n-th week: two rules a reader cannot tell apart
        "vào thứ Ba tuần thứ 3 của tháng",
    ],
)
def test_weekday_of_a_month_dated_otherwise_stays_refused(phrase: str) -> None:
    refused(phrase, AUG_2018)


# --- a recurring rule told as kept up: "… được duy trì" ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # t-hai-phong-cat-hai-ngay-toan-dan-xanh-sach-dep-2018 (UBND huyện Cát Hải, 2018)
        (
            "“Ngày vệ sinh môi trường nông thôn” vào ngày chủ nhật cuối cùng của tháng được duy "
            "trì và triển khai hiệu quả",
            "FREQ=MONTHLY;BYDAY=-1SU",
        ),
        # variants: "tiếp tục … thường xuyên", a day of each month, "sẽ"
        (
            "vào chủ nhật cuối cùng hằng tháng tiếp tục được duy trì thường xuyên.",
            "FREQ=MONTHLY;BYDAY=-1SU",
        ),
        (
            "“Ngày vệ sinh môi trường nông thôn” vào ngày 15 hàng tháng được duy trì và triển "
            "khai hiệu quả",
            "FREQ=MONTHLY;BYMONTHDAY=15",
        ),
        ("Tổng vệ sinh vào thứ Bảy cuối cùng mỗi tháng sẽ được duy trì", "FREQ=MONTHLY;BYDAY=-1SA"),
    ],
)
def test_rule_told_kept_up_reads_the_rule(phrase: str, rrule: str) -> None:
    reading = one(phrase, AUG_2018)
    assert reading.kind is R
    assert reading.rrule == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # another time dates the rule
        "Tháng 8/2018, vào ngày chủ nhật cuối cùng của tháng được duy trì",
        "vào chủ nhật cuối cùng của tháng 8 được duy trì",
        # a time after the words: until when?
        "vào chủ nhật cuối cùng hằng tháng được duy trì đến hết năm 2018",
        # a figure after them
        "vào chủ nhật cuối cùng hằng tháng được duy trì 2 lần",
        # told done, or not kept up
        "vào chủ nhật cuối cùng hằng tháng đã được duy trì",
        "vào chủ nhật cuối cùng hằng tháng không được duy trì",
    ],
)
def test_rule_told_kept_up_with_more_words_stays_refused(phrase: str) -> None:
    refused(phrase, AUG_2018)


# --- a bare bullet opening a schedule line ------------------------------------------------------


OCT_2023 = ctx("2023-10-20")


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # p-tientien-haiduong-tiem-phong-dai-2023 (UBND xã Tiền Tiến, Hải Dương, 2023)
        (
            "+ Ngày 6/11 tổ chức tiêm cho đàn chó của các hộ trên địa bàn thôn Du Tái",
            "2023-11-06",
        ),
        ("+ Ngày 11/11 tổ chức tiêm trên địa bàn thôn thôn Cập Nhất 2", "2023-11-11"),
        # variants: a dash, a dot bullet
        ("- Ngày 6/11 tổ chức tiêm cho đàn chó", "2023-11-06"),
        ("• Ngày 6/11 tổ chức tiêm cho đàn chó", "2023-11-06"),
    ],
)
def test_bullet_before_a_schedule_line_reads_its_day(phrase: str, day: str) -> None:
    reading = one(phrase, OCT_2023)
    assert reading.kind is DeadlineKind.DATE
    assert str(reading.first) == str(reading.last) == day


@pytest.mark.parametrize(
    "phrase",
    [
        # told done
        "+ Ngày 6/11 đã tổ chức tiêm cho đàn chó",
        # two deadlines
        "+ Ngày 6/11 hoặc ngày 8/11 tổ chức tiêm",
        # a dash before a number is no bullet
        "- 6/11 tổ chức tiêm",
    ],
)
def test_bullet_before_other_lines_stays_refused(phrase: str) -> None:
    refused(phrase, OCT_2023)


# --- a day, its comma, then the hour its work starts and the step -----------------------------


JUN_2013 = ctx("2013-06-20")


@pytest.mark.parametrize(
    "phrase",
    [
        # zt-baothaibinh-ke-hoach-tiep-xuc-cu-tri (the deputies' meetings with voters, 2013)
        "Ngày 28/6, từ 7 giờ 30 phút tiếp xúc cử tri huyện Vũ Thư và Thành phố Thái Bình",
        # variants: "bắt đầu từ", the hour as "7h30"
        "Ngày 28/6, bắt đầu từ 7h30 tiếp xúc cử tri huyện Vũ Thư",
    ],
)
def test_day_then_its_starting_hour_reads_the_day(phrase: str) -> None:
    reading = one(phrase, JUN_2013)
    assert reading.kind is DeadlineKind.DATE
    assert str(reading.first) == str(reading.last) == "2013-06-28"
    assert reading.gloss == "bắt đầu lúc 07:30"


@pytest.mark.parametrize(
    "phrase",
    [
        # due before the day, or starting at its hour?
        "Trước ngày 28/6, từ 7 giờ tiếp xúc cử tri",
        # a part of the day the hour contradicts
        "Chiều ngày 28/6, từ 7 giờ tiếp xúc cử tri",
        # another day after the step
        "Ngày 28/6, từ 7 giờ 30 phút tiếp xúc cử tri đến ngày 30/6",
        # told done
        "Ngày 28/6, từ 7 giờ 30 phút đã tiếp xúc cử tri huyện Vũ Thư",
        # no such hour
        "Ngày 28/6, từ 25 giờ tiếp xúc cử tri",
        # two hours of the day, two steps
        "Ngày 28/6, từ 7 giờ tiếp xúc cử tri; buổi chiều từ 14 giờ, tiếp xúc cử tri huyện Hưng Hà",
        # two deadlines
        "Ngày 28/6 hoặc ngày 29/6, từ 7 giờ tiếp xúc cử tri",
    ],
)
def test_starting_hour_after_other_days_stays_refused(phrase: str) -> None:
    refused(phrase, JUN_2013)
