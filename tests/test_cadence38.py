"""Recurring rules of the reception and meeting days (session 38, branch cadence38).

Read: a monthly day with a registration clause after it ("trường hợp công dân đến đăng ký sau
ngày 15 thì chuyển sang tháng kế tiếp", a note in parentheses before it), with "01 ngày/tháng"
before it and its place's address after it, with a clause that keeps its hour apart from
other groups' on the same day. Refused, saying why: a weekday of a week of the month said
with "tuần lễ" (first, last, n-th: two calendars a reader cannot tell apart), and several
times in each period with no day of them named ("2 lần/1 tháng", "mỗi năm ít nhất 02 kỳ").
"""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import (
    Context,
    DeadlineError,
    DeadlineKind,
    parse_deadline,
    parse_deadlines,
)
from kehoach.dates.recurrence import occurrences


def _monthly(phrase: str, days: list[int]) -> str:
    """The phrase read as one monthly rule due on `days` in each month of the first quarter
    of 2026; its gloss (or qualifier) returned."""
    read = parse_deadline(phrase)
    assert read.kind is DeadlineKind.RECURRING
    assert read.rrule is not None
    due = [one.due for one in occurrences(read.rrule, date(2026, 1, 1), date(2026, 3, 31))]
    assert due == [date(2026, month, day) for month in (1, 2, 3) for day in days]
    return read.gloss or read.qualifier or ""


def _refused(phrase: str, *words: str) -> None:
    with pytest.raises(DeadlineError) as refused:
        parse_deadlines(phrase, Context())
    for word in words:
        assert word in refused.value.why


def test_registration_after_the_day_said_with_den() -> None:
    # tests/corpus/j-2-nganson-lich-tiep-cong-dan-hdnd-2021.yaml
    gloss = _monthly(
        "Thời gian công dân đến đăng ký: trước ngày 15 hàng tháng, trong trường hợp công dân "
        "đến đăng ký sau ngày 15 thì chuyển sang tháng kế tiếp",
        [15],
    )
    assert "chuyển sang tháng kế tiếp" in gloss


def test_registration_after_a_note_in_parentheses() -> None:
    # tests/corpus/j-2-nganson-lich-tiep-cong-dan-ubnd-2021.yaml
    gloss = _monthly(
        "Thời gian công dân đăng ký trước ngày 10 và 20 hàng tháng (có phiếu đăng ký cho người "
        "dân), trường hợp đăng ký sau ngày 20 trở đi thì chuyển sang tháng kế tiếp",
        [10, 20],
    )
    assert gloss.startswith("có phiếu đăng ký cho người dân; trường hợp đăng ký sau ngày 20")


def test_registration_after_another_day_stays_refused() -> None:
    # neighbour of j-2-nganson-lich-tiep-cong-dan-ubnd-2021: the clause names the 15th, not
    # the rule's last day (another deadline?)
    _refused(
        "Thời gian công dân đăng ký trước ngày 10 và 20 hàng tháng (có phiếu đăng ký cho người "
        "dân), trường hợp đăng ký sau ngày 15 trở đi thì chuyển sang tháng kế tiếp"
    )


def test_one_day_a_month_then_its_day_and_the_address() -> None:
    # tests/corpus/zs-binhdinh-gov-lich-tiep-cong-dan-chu-tich-tinh.yaml
    phrase = (
        "1. Chủ tịch Ủy ban nhân dân tỉnh tổ chức đối thoại tiếp công dân định kỳ 01 ngày/tháng "
        "vào 15 hàng tháng tại Trụ sở tiếp công dân tỉnh, số nhà 28 đường Nguyễn Trãi, thành "
        "phố Quy Nhơn (nếu ngày tiếp công dân định kỳ trùng vào ngày lễ, ngày nghỉ, thì sẽ tiếp "
        "vào ngày làm việc tiếp theo)"
    )
    _monthly(phrase, [15])
    assert "ngày làm việc tiếp theo" in (parse_deadline(phrase).qualifier or "")


def test_one_day_a_month_before_two_days_stays_refused() -> None:
    # neighbour of zs-binhdinh-gov-lich-tiep-cong-dan-chu-tich-tinh: one day a month, two days
    _refused("tiếp công dân định kỳ 01 ngày/tháng vào ngày 15 và 25 hàng tháng")


def test_a_day_in_the_address_stays_refused() -> None:
    # neighbour of zs-binhdinh-gov-lich-tiep-cong-dan-chu-tich-tinh: a day among the places
    _refused(
        "tiếp công dân định kỳ vào 15 hàng tháng tại Trụ sở, số 28 đường Lê Lợi, ngày 20 (nếu "
        "ngày tiếp công dân định kỳ trùng vào ngày lễ, ngày nghỉ, thì sẽ tiếp vào ngày làm việc "
        "tiếp theo)"
    )


def test_hour_kept_apart_from_other_cells() -> None:
    # tests/corpus/zc-sotuphap-haugiang-thoi-gian-sinh-hoat-chi-bo-2023.yaml
    gloss = _monthly(
        "2. Chi bộ ấp, khu vực và các loại hình chi bộ khác tổ chức sinh hoạt trong cùng ngày "
        "01 hàng tháng, nhưng không trùng với thời gian buổi sáng sinh hoạt của các chi bộ được "
        "nêu tại Mục 1",
        [1],
    )
    assert gloss.startswith("nhưng không trùng với thời gian buổi sáng")


def test_hour_apart_with_another_day_stays_refused() -> None:
    # neighbour of zc-sotuphap-haugiang-thoi-gian-sinh-hoat-chi-bo-2023: a day in the clause
    _refused("sinh hoạt vào ngày 01 hàng tháng, nhưng không trùng với thời gian ngày 5")


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        # tests/corpus/u-nld-hcm-lich-tiep-cong-dan-chu-tich-pho-chu-tich.yaml (three)
        (
            "- Chủ tịch UBND TP Lê Thanh Hải tiếp công dân vào ngày thứ sáu của tuần lễ cuối tháng",
            "thứ sáu của tuần lễ cuối tháng",
        ),
        (
            "- Phó Chủ tịch Thường trực UBND TP Nguyễn Thiện Nhân tiếp công dân vào ngày thứ "
            "sáu của tuần lễ đầu trong tháng",
            "thứ sáu của tuần lễ đầu trong tháng",
        ),
        (
            "- Phó Chủ tịch UBND TP Huỳnh Thị Nhân tiếp công dân vào ngày thứ tư của tuần lễ "
            "thứ hai trong tháng",
            "thứ tư của tuần lễ thứ hai trong tháng",
        ),
        # tests/corpus/zm-ict-hcm-lich-tiep-cong-dan-stttt.yaml
        (
            "Thời gian: Buổi chiều: Từ 13 giờ 30 đến 17 giờ 30 ngày thứ Sáu của tuần lễ thứ hai "
            "và tuần lễ thứ tư trong tháng",
            "thứ Sáu của tuần lễ thứ hai",
        ),
    ],
)
def test_weekday_of_a_week_of_the_month_refused_with_its_reason(phrase: str, said: str) -> None:
    _refused(phrase, f"“{said}", "tuần lịch", "last_day")


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        # tests/corpus/o-da-nang-chu-tich-tiep-dan-dinh-ky-2017.yaml
        ("Chủ tịch UBND thành phố tiếp dân định kỳ 2 lần/1 tháng", "“2 lần/1 tháng”: 2 lần"),
        # tests/corpus/j-2-anhung-hai-phong-ve-sinh-moi-truong-2025.yaml
        ("mỗi tháng hai lần", "“mỗi tháng hai lần”: 2 lần mỗi tháng"),
        # tests/corpus/zd-thuvienphapluat-nq-104-2025-ubtvqh15-ky-hop-hdnd-xa.yaml
        ("Hội đồng nhân dân cấp xã họp mỗi năm ít nhất 02 kỳ", "2 lần mỗi năm"),
    ],
)
def test_several_times_a_period_without_days_refused(phrase: str, said: str) -> None:
    _refused(phrase, said, "không nêu ngày của từng lần", "last_day")


def test_times_a_year_with_their_months_still_read() -> None:
    # tests/corpus/zq-kvsc-quy-trinh-xet-cap-hoc-bong.yaml: the count beside its months
    read = parse_deadline("2. Chuyển khoản học bổng hàng kỳ (1 năm 2 lần : Tháng 5 và Tháng 11)")
    assert read.kind is DeadlineKind.RECURRING
    assert read.rrule is not None
    due = [one.due for one in occurrences(read.rrule, date(2026, 1, 1), date(2026, 12, 31))]
    assert due == [date(2026, 5, 31), date(2026, 11, 30)]


def test_times_a_week_with_their_weekdays_still_read() -> None:
    # neighbour: "2 lần/tuần" beside the weekdays it names stays the weekly rule on them
    read = parse_deadline("2 lần/tuần vào thứ Ba và thứ Sáu")
    assert read.rrule == "FREQ=WEEKLY;BYDAY=TU,FR"


def test_rule_after_its_source_then_its_step() -> None:
    # tests/corpus/s-hse-tt-07-2016-bao-cao-cong-tac-atvsld.yaml (a reporting rule: standing)
    read = parse_deadline(
        "Căn cứ pháp lý trên quy định, trước ngày 10/01 hàng năm, doanh nghiệp cần phải gửi báo "
        "cáo về công tác ATVSLĐ",
        Context(standing=True),
    )
    assert read.rrule == "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10"
    assert read.label == "doanh nghiệp cần phải gửi báo cáo về công tác ATVSLĐ"


def test_rule_after_its_source_with_a_year_in_the_step_stays_refused() -> None:
    # neighbour of s-hse-tt-07-2016-bao-cao-cong-tac-atvsld: the step names a year
    _refused("Theo quy định, trước ngày 10/01 hàng năm, doanh nghiệp cần phải gửi báo cáo năm 2025")


def test_monthly_window_for_the_month_before_reports_on_the_month_before() -> None:
    # tests/corpus/i-2-nld-so-gtcc-tphcm-cap-nhat-nguyen-vong-cu-tri.yaml: refused (session 38)
    # until the offset was read; since the lead's ruling 53(b) each 5th reports on the month
    # before it (`Recurrence.offset` -1, from the step's "của tháng trước")
    read = parse_deadline(
        "Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị và phòng ban được phân công phải "
        "cập nhật kết quả giải quyết nguyện vọng cử tri trên mạng của tháng trước"
    )
    assert read.recurrence is not None
    assert (read.rrule, read.recurrence.offset) == ("FREQ=MONTHLY;BYMONTHDAY=5", -1)


def test_month_before_after_a_yearly_rule_stays_refused() -> None:
    # neighbour of i-2-nld-so-gtcc-tphcm-cap-nhat-nguyen-vong-cu-tri: a yearly rule's work
    # "của tháng trước" (which month?)
    _refused("Định kỳ hằng năm, trước ngày 5/1, các đơn vị cập nhật kết quả của tháng trước")


def test_weekly_duty_with_the_hour_it_starts() -> None:
    # tests/corpus/u-long-bien-cu-khoi-ve-sinh-thu-7-2020.yaml
    read = parse_deadline(
        "hưởng ứng tham gia và duy trì công giữ gìn vệ sinh môi trường trên địa bàn vào sáng "
        "thứ 7 hàng tuần, thời gian bắt đầu từ 7h"
    )
    assert read.rrule == "FREQ=WEEKLY;BYDAY=SA"
    assert read.gloss == "bắt đầu lúc 07:00"


def test_weekly_duty_with_a_day_after_its_hour_stays_refused() -> None:
    # neighbour of u-long-bien-cu-khoi-ve-sinh-thu-7-2020: a day after the start's hour
    _refused("duy trì vệ sinh vào sáng thứ 7 hàng tuần, thời gian bắt đầu từ 7h ngày 5")
