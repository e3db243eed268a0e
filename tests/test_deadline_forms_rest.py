"""Forms read from the refusals of the tuned corpus sets other than `k-` (a-/b- to j-2-;
branch tune-rest), and the items left open by the session before: each rule with the real
phrases that motivated it (their corpus file named) and the near variants that must stay
refused (issue 11: never a silent wrong date; a refusal is extra work, a wrong day a missed
deadline).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import Context, Deadline, DeadlineKind, parse_deadlines

D, W, R = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.RECURRING


def one(phrase: str, context: Context | None = None) -> Deadline:
    (reading,) = parse_deadlines(phrase, context or ctx())
    return reading


# --- "ngay trước ngày D": right before D, never D itself --------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "ngay trước ngày 30/6/2027",
        "Ngay trước ngày 30/6/2027",
        "tổ chức hội nghị ngay trước ngày 30/6/2027",
        "ngay truoc ngay 30/6/2027",  # typed bare: "ngay" or "ngày", refused all the same
    ],
)
def test_right_before_a_day_is_refused_never_read_as_that_day(phrase: str) -> None:
    # "trước ngày D" counts D as the last allowed day (offices' reading); "ngay trước" says
    # the time just before D (its eve, or the days right before): D would be a day late,
    # and D - 1 only one reading of two
    assert "ngay trước" in refused(phrase, ctx("2027-03-05"))
    assert "ngay trước" in refused(phrase, Context(issued=date(2027, 3, 5), strict_before=True))


def test_right_within_a_month_still_reads() -> None:
    assert one("hoàn thành ngay trong tháng 5 này", ctx("2027-03-05")).last == date(2027, 5, 31)


# --- "chưa" qualifying the subject, not the deadline -------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "xã chưa đạt chuẩn hoàn thành trước ngày 30/6/2027",
        "các xã chưa đạt chuẩn nông thôn mới phải hoàn thành trước ngày 30/6/2027",
    ],
)
def test_not_yet_naming_the_subject_leaves_the_deadline(phrase: str) -> None:
    reading = one(phrase, ctx("2027-03-05"))
    assert (reading.kind, reading.last) == (D, date(2027, 6, 30))
    assert reading.label is not None and "chưa đạt chuẩn" in reading.label


@pytest.mark.parametrize(
    "phrase",
    [
        "chưa tổ chức trước ngày 30/6/2027",  # not before 30/6: a start
        "chưa hoàn thành trước ngày 30/6/2027",  # "chưa" governs the completion itself
        "xã chưa đạt chuẩn chưa hoàn thành trước ngày 30/6/2027",
        "xã chưa đạt chuẩn, chưa tổ chức trước ngày 30/6/2027",
        "cấm khai thác hoàn thành trước ngày 30/6/2027",  # a ban governs whatever follows
        "xa chua dat chuan hoan thanh truoc ngay 30/6/2027",  # bare: never further than accented
    ],
)
def test_not_yet_governing_the_time_stays_a_start(phrase: str) -> None:
    assert "mốc bắt đầu" in refused(phrase, ctx("2027-03-05"))


def test_not_yet_reached_stays_refused() -> None:
    assert "chưa đến" in refused("xã chưa đạt chuẩn chưa đến ngày 30/6/2027", ctx("2027-03-05"))


# --- a weekday of a numbered week of each month ------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Thứ Ba, tuần thứ 3 hằng tháng",  # j-2-travinh-lich-tiep-cong-dan-bi-thu-2024
        "Bí thư Tỉnh ủy tiếp công dân định kỳ vào ngày thứ Ba, tuần thứ 3 hàng tháng, trường "
        "hợp trùng vào ngày nghỉ thì sẽ tiếp vào ngày thứ Ba của tuần làm việc tiếp theo",
        "thứ Sáu tuần cuối cùng của tháng",
        "thứ 5 tuần thứ hai hằng tháng",
    ],
)
def test_a_weekday_of_the_nth_week_of_a_month_is_refused_saying_why(phrase: str) -> None:
    # the notice's own table (13/02, 12/3/2024) gives the Tuesday of the third calendar
    # week (10th to 16th), where "the third Tuesday" (BYDAY=3TU) is the 20/02, 19/3: the
    # words alone cannot tell which, and most months differ
    why = refused(phrase)
    assert "tuần lịch" in why and "lần thứ mấy" in why


def test_a_weekly_weekday_still_reads() -> None:
    assert one("thứ Năm hàng tuần").rrule == "FREQ=WEEKLY;BYDAY=TH"
