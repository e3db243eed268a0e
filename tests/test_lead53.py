"""Session 53, the lead's fixes: each reading a user would otherwise get wrong, with the
neighbour that still reads."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines


@pytest.mark.parametrize(
    "phrase",
    ["Họp Thứ B Ba hằng tuần", "Giao ban Thứ S Sáu hàng tuần", "Trực Thứ H Hai hằng tuần"],
)
def test_a_weekly_meeting_on_a_weekday_with_a_doubled_initial_is_refused(phrase: str) -> None:
    # the doubled initial hid the weekday from the label's check: every week due on its
    # Sunday, while the meeting is on its Tuesday (famg53's report)
    refused(phrase, ctx("2026-03-01"))


def test_a_weekly_meeting_with_no_weekday_still_reads() -> None:
    assert read_days("Họp giao ban hằng tuần", "2026-03-01")[0] == "recurring"


@pytest.mark.parametrize(
    "step",
    [
        "không phải báo cáo kết quả",
        "các đơn vị không gửi báo cáo",
        "các đơn vị đã báo cáo kết quả",
        "các đơn vị vừa gửi báo cáo",
        "các đơn vị chưa báo cáo kết quả",
    ],
)
def test_a_monthly_rule_whose_step_is_denied_or_told_done_is_refused(step: str) -> None:
    # the step after a rule's comma went unchecked: read as due on the 5th of every month
    # (fama53's report), while after a one-off day the same words are refused
    refused(f"Trước ngày 5 hằng tháng, {step}", ctx("2026-03-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Trước ngày 5 hằng tháng, các đơn vị báo cáo kết quả",
        "Trước ngày 10 hằng tháng, các đơn vị gửi báo cáo về Sở, trừ trường hợp không phát sinh",
    ],
)
def test_a_monthly_rule_with_its_step_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01")[0] == "recurring"


@pytest.mark.parametrize(
    "phrase", ["nộp thuế hằng quý", "Kê khai thuế hằng tháng", "nop thue hang thang"]
)
def test_a_tax_each_period_with_no_day_is_refused(phrase: str) -> None:
    # read as due on the period's last day; Luật Quản lý thuế 2019, Điều 44 sets the 20th of
    # the next month, the last day of the next quarter's first month (fama53's report)
    assert "Quản lý thuế" in refused(phrase, ctx("2026-03-01"))


@pytest.mark.parametrize(
    "phrase", ["Chậm nhất ngày 20 hằng tháng, nộp thuế", "Trả tiền thuê nhà hằng tháng"]
)
def test_a_tax_with_its_day_or_a_rent_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01")[0] == "recurring"


_LAST_MONTHS = (
    "Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị và phòng ban được phân công phải cập "
    "nhật kết quả giải quyết nguyện vọng cử tri trên mạng {tail}"
)


def test_last_month_s_results_after_a_monthly_window_read_as_the_rule() -> None:
    # tests/corpus/i-2-nld-…: the lead's ruling 53(b), "của tháng trước" names the results
    # reported, as "của năm sau" names the year a yearly duty is for; once held refused
    reading = one(_LAST_MONTHS.format(tail="của tháng trước"), ctx("2026-03-01"))
    assert (reading.kind, reading.rrule) == (DeadlineKind.RECURRING, "FREQ=MONTHLY;BYMONTHDAY=5")


@pytest.mark.parametrize(
    "tail",
    [
        "của quý trước",  # another period than the rule's
        "vào tháng trước",  # a time of the work
        "nếu có, của tháng trước",  # a condition
    ],
)
def test_another_period_or_a_condition_after_the_monthly_window_is_refused(tail: str) -> None:
    refused(_LAST_MONTHS.format(tail=tail), ctx("2026-03-01"))


def test_two_rounds_each_with_its_last_day_read_as_two_milestones() -> None:
    # once held refused ("đợt" after a last-day clause a time of its own); with the one round
    # named by its number read as a name (fame53's form), it reads as a careful reader
    # writes it: round 1 by 17:00 on 23/7, round 2 by 30/7 (the lead's ruling 53(c))
    first, second = parse_deadlines(
        "đến 17 giờ ngày 23/7 là hạn cuối cho đợt 1, trước ngày 30/7 cho đợt 2", ctx("2017-07-23")
    )
    assert (first.last, first.time, first.label) == (date(2017, 7, 23), "17:00", "cho đợt 1")
    assert (second.last, second.label) == (date(2017, 7, 30), "cho đợt 2")


@pytest.mark.parametrize(
    "phrase",
    [
        "đến 17 giờ ngày 23/7 là hạn cuối cho đợt sau",  # a round placed in time
        "Ngày 1-2/12, uống vitamin A đợt 2 và đợt 3",  # two rounds: each may have its day
        "Ngày 1-2/12, uống vitamin A đợt 2/2026",  # another year than the day's
    ],
)
def test_a_round_placed_in_time_or_two_rounds_after_a_day_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-20"))
