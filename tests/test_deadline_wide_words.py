"""Words the grammar did not know in the old sets' refusals (issue 11 §2, branch wide-words,
session 30): a plan named by its owner before the event's day, the reason a day off is
moved, a reception's month before its holder. Each rule with the real phrase that motivated
it (its corpus file named) and the look-alikes that change the meaning, kept refused (the
first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

W, D = DeadlineKind.WINDOW, DeadlineKind.DATE


# --- a plan by its owner, opening the sentence ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # za-cafef-khung-nam-hoc-2025-2026-thi-tn-2026, zl-vtcnews-lich-tuu-truong-khai-giang-…
        (
            "Theo kế hoạch của Bộ GD&ĐT, lễ khai giảng vẫn được tổ chức vào ngày 5/9 như mọi năm.",
            "2025-08-11",
            date(2025, 9, 5),
        ),
        # y-24h-lich-tuu-truong-nam-hoc-2025-2026
        (
            "Theo khung kế hoạch thời gian năm học 2025-2026 được Bộ GD&ĐT ban hành, lễ khai "
            "giảng sẽ được tổ chức đồng loạt vào ngày 5/9",
            "2025-08-18",
            date(2025, 9, 5),
        ),
        # za-afamily-ket-thuc-hoc-ky-1-2025-2026
        (
            "Theo Khung kế hoạch thời gian năm học 2025 - 2026 do Bộ Giáo dục và Đào tạo ban "
            "hành, các cơ sở giáo dục trên cả nước sẽ hoàn thành học kỳ I trước ngày 18/01/2026.",
            "2025-12-07",
            date(2026, 1, 18),
        ),
        # y-dantri-bac-lieu-nam-hoc-2022-2023
        (
            "Theo kế hoạch năm học 2022-2023 của tỉnh Bạc Liêu, học sinh các cấp sẽ tựu trường "
            "ngày 29/8 (trước khai giảng một tuần)",
            "2022-08-14",
            date(2022, 8, 29),
        ),
    ],
)
def test_a_plan_by_its_owner_frames_the_event_s_day(phrase: str, issued: str, day: date) -> None:
    assert days(one(phrase, ctx(issued))) == (D, day, day)


def test_a_plan_by_its_owner_frames_a_window() -> None:
    # z-znews-lich-thi-lop-10-34-tinh-2026
    phrase = (
        "Theo kế hoạch của Bộ GD&ĐT, kỳ thi tốt nghiệp THPT 2026 sẽ diễn ra vào ngày 11-12/6, "
        "sớm hơn 2 tuần so với thông lệ"
    )
    assert days(one(phrase, ctx("2026-03-10"))) == (W, date(2026, 6, 11), date(2026, 6, 12))


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # (before a start alone, l-son-la-tuu-truong-2021-2022: a start bound since the lead's
        # session-32 ruling, read in tests/test_mid37.py)
        # a plan given up: its time is the old one (convention 2)
        ("Theo kế hoạch ban đầu của tỉnh, học sinh các cấp sẽ tựu trường ngày 29/8", "ban đầu"),
        # a year in the owner's words is no school year: the plan of another year
        ("Theo kế hoạch của tỉnh năm 2024, học sinh các cấp sẽ tựu trường ngày 29/8", "theo"),
        # the school year named does not hold the day (the issue year's 29/8 is in 2025-2026)
        ("Theo kế hoạch năm học 2022-2023 của tỉnh, học sinh sẽ tựu trường ngày 29/8", "năm học"),
        # right before the time, with no event told after it: the plan's own schedule
        # (test_deadline_forms_k: "whose plan, of which year?")
        ("theo kế hoạch của tỉnh, trước ngày 15/12/2027", "theo"),
        # the frame without its comma may be the plan's own schedule ("theo kế hoạch của … từ")
        ("Điều chỉnh nguyện vọng theo kế hoạch của Bộ vào ngày 5/9", "theo"),
    ],
)
def test_a_plan_that_may_change_the_day_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2025-08-14"))


# --- why a day off is moved -------------------------------------------------------------------


def test_the_reason_a_day_off_is_moved_is_no_time_of_the_deadline() -> None:
    # m-baoninhthuan-nghi-tet-tan-mao-2011: 05/02/2011 was a Saturday, mùng 3 Tết Tân Mão
    phrase = (
        "Nghỉ bù: được nghỉ bù vào ngày 07/02/2011 (mùng 5 Tết) vì ngày 05/02/2011 (mùng 3 tết) "
        "là thứ Bảy."
    )
    assert days(one(phrase)) == (D, date(2011, 2, 7), date(2011, 2, 7))


def test_the_reason_s_day_takes_the_year_of_the_day_before_it() -> None:
    # zi-tracuuquyhoach-lich-chi-tra-luong-huu-tet-2026: 1/2/2026 was a Sunday
    phrase = (
        "Đối với hình thức nhận qua tài khoản cá nhân, việc chi trả bắt đầu từ ngày 2/2/2026, do "
        "ngày 1/2 trùng Chủ nhật."
    )
    assert one(phrase).earliest == date(2026, 2, 2)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # the weekday is not the day's: the page is wrong in one of the two
        ("việc chi trả bắt đầu từ ngày 2/2/2026, do ngày 1/2 trùng thứ Bảy.", "không phải thứ"),
        ("được nghỉ bù vào ngày 07/02/2011 vì ngày 06/02/2011 là thứ Bảy.", "không phải thứ"),
        # the lunar gloss is not the day's
        (
            "được nghỉ bù vào ngày 07/02/2011 vì ngày 05/02/2011 (mùng 4 tết) là thứ Bảy.",
            "không phải 4 tháng 1",
        ),
        # no year to check the reason's day against (no issue date, none written)
        ("nghỉ bù vào ngày 2/2, do ngày 1/2 trùng Chủ nhật.", "không nhận ra"),
        # a condition after the reason: the reason does not close the phrase
        ("việc chi trả bắt đầu từ ngày 2/2/2026, do ngày 1/2 trùng Chủ nhật, nếu không đổi.", ""),
        # "sau" before the day still is no deadline of that day
        ("việc chi trả sau ngày 2/2/2026, do ngày 1/2 trùng Chủ nhật.", "sau"),
    ],
)
def test_a_reason_that_may_be_wrong_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase)


# --- a reception's month, before its holder ---------------------------------------------------


def test_a_reception_s_month_before_its_holder_names_which_reception() -> None:
    # u-hai-phong-tb-245-hoan-tiep-cong-dan-2021
    phrase = (
        "lịch tiếp công dân định kỳ tháng 6/2021 của Chủ tịch UBND thành phố vào ngày 29/6/2021 "
        "(thứ Ba)"
    )
    assert days(one(phrase, ctx("2021-06-29"))) == (D, date(2021, 6, 29), date(2021, 6, 29))


@pytest.mark.parametrize(
    "phrase",
    [
        # the day outside the month named, or of another year
        "lịch tiếp công dân định kỳ tháng 6/2021 của Chủ tịch UBND thành phố vào ngày 29/7/2021",
        "lịch tiếp công dân định kỳ tháng 6/2021 của Chủ tịch UBND thành phố vào ngày 29/6/2022",
        # no "định kỳ": the month may be another step's
        "lịch tiếp công dân tháng 6/2021 của Chủ tịch UBND thành phố vào ngày 29/6/2021",
    ],
)
def test_a_reception_s_month_that_is_not_its_day_s_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-06-29"))


# --- the exact time left to be announced -------------------------------------------------------


def test_the_exact_time_to_be_announced_leaves_the_window() -> None:
    # t-giadinh-lich-giao-nhan-quan-2026-cac-tinh, u-suckhoedoisong-lich-nghia-vu-quan-su-2026
    phrase = (
        "Dự kiến lễ giao nhận quân diễn ra từ ngày 3/3/2026 - 5/3/2026 (thời gian cụ thể giao "
        "cho Bộ Chỉ huy Quân sự tỉnh thông báo sau)"
    )
    assert days(one(phrase, ctx("2026-02-27"))) == (W, date(2026, 3, 3), date(2026, 3, 5))


@pytest.mark.parametrize(
    "phrase",
    [
        # the time may change: not only the hour is to come
        "lễ giao nhận quân diễn ra từ ngày 3/3/2026 - 5/3/2026 (thời gian có thể thay đổi, sẽ "
        "thông báo sau)",
        # a day after "sau": a start, no window's detail
        "lễ giao nhận quân diễn ra từ ngày 3/3/2026 - 5/3/2026 (thời gian cụ thể thông báo sau "
        "ngày 10/3)",
        # not in its parentheses: "sau" may be the step's own time
        "lễ giao nhận quân diễn ra từ ngày 3/3/2026 - 5/3/2026, thông báo sau",
    ],
)
def test_a_time_to_be_announced_that_may_move_the_days_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-02-27"))
