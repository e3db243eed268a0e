"""Session 53, the lead's fixes: each reading a user would otherwise get wrong, with the
neighbour that still reads."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import parse_deadlines


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
    assert reading.recurrence is not None
    assert (reading.rrule, reading.recurrence.offset) == ("FREQ=MONTHLY;BYMONTHDAY=5", -1)


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


# --- the merge's tester (fresh53): readings of the new forms' neighbours ---------------------

_SEASONS = (
    "vào 2 vụ chính trong năm gồm vụ Xuân - Hè (từ 15/3 - 15/4), vụ Thu - Đông (từ 15/9 - 15/10)"
)


@pytest.mark.parametrize(
    "phrase",
    [
        f"Chưa tổ chức tiêm phòng {_SEASONS}",
        f"Kết quả tiêm phòng {_SEASONS} đạt 90%",
        f"Khi có dịch tiêm phòng {_SEASONS}",
        f"Dừng tiêm phòng {_SEASONS}",
        f"Thời gian tổ chức tiêm phòng {_SEASONS} trong giai đoạn 2027-2030",
    ],
)
def test_seasons_not_under_a_time_heading_or_with_words_after_are_refused(phrase: str) -> None:
    # read as this year's two windows: the opening may deny, report or make the work
    # conditional, and a period after the last season sets other years
    refused(phrase, ctx("2026-03-01"))


def test_seasons_under_a_time_heading_still_read() -> None:
    spring, autumn = parse_deadlines(f"Thời gian tổ chức tiêm phòng {_SEASONS}", ctx("2018-03-01"))
    assert (spring.first, spring.last) == (date(2018, 3, 15), date(2018, 4, 15))
    assert (autumn.first, autumn.last) == (date(2018, 9, 15), date(2018, 10, 15))


@pytest.mark.parametrize(
    ("issued", "phrase"),
    [
        # a day with no year would take the plan's year, not the meeting's
        (
            "2026-03-01",
            "Theo kết luận của Trưởng Ban Chỉ đạo tại cuộc họp ngày 17/10/2025, các đơn vị báo "
            "cáo trước ngày 30/10",
        ),
        # a day before the meeting; a meeting day that does not exist
        (
            "2017-11-01",
            "Theo kết luận của Chủ tịch tại cuộc họp ngày 17/10/2018, Lễ trao Giải sẽ tổ chức "
            "vào ngày 2/1/2018",
        ),
        (
            "2026-03-01",
            "Theo kết luận của Chủ tịch tại cuộc họp ngày 31/2/2025, báo cáo trước ngày 30/3/2026",
        ),
    ],
)
def test_a_meeting_cited_with_days_that_do_not_follow_it_is_refused(
    issued: str, phrase: str
) -> None:
    refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    "phrase",
    [
        "- Cấp cơ sở bắt đầu trong quý I, hoàn thành trước ngày 1-1-2026.",
        "bắt đầu trong tháng 5, hoàn thành trước ngày 1-5-2026",
        "bắt đầu từ quý II, hoàn thành trước ngày 1-4-2026",
    ],
)
def test_a_start_in_a_period_ending_on_its_first_day_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-01"))


def test_a_start_in_a_month_ending_inside_it_still_reads() -> None:
    assert read_days("bắt đầu trong tháng 5, hoàn thành trước ngày 20-5-2026", "2025-12-01") == (
        "window",
        "2026-05-01",
        "2026-05-20",
    )


@pytest.mark.parametrize("work", ["hủy triển lãm", "huỷ bỏ triển lãm", "bãi bỏ triển lãm"])
@pytest.mark.parametrize("span", ["25.2 - 4.3", "25/2 - 4/3"])
def test_a_span_then_its_work_called_off_is_refused(span: str, work: str) -> None:
    refused(f"Trong khuôn khổ lễ hội, từ ngày {span} {work}", ctx("2026-01-01"))


@pytest.mark.parametrize(
    "step",
    [
        "các đơn vị chưa phải báo cáo kết quả",
        "được miễn báo cáo",
        "chẳng phải báo cáo",
        "bãi bỏ việc báo cáo",
    ],
)
def test_a_monthly_step_exempted_is_refused(step: str) -> None:
    refused(f"Trước ngày 5 hằng tháng, {step}", ctx("2026-03-01"))


def test_a_monthly_step_free_of_charge_still_reads() -> None:
    phrase = "Trước ngày 5 hằng tháng, tổ chức khám miễn phí"
    assert read_days(phrase, "2026-03-01")[0] == "recurring"


@pytest.mark.parametrize(
    "phrase",
    [
        "Nộp tờ khai GTGT hằng quý",
        "Nộp VAT hằng quý",
        "Các hộ kinh doanh kê khai doanh thu hằng quý",
    ],
)
def test_a_tax_return_each_period_is_refused(phrase: str) -> None:
    assert "Quản lý thuế" in refused(phrase, ctx("2026-03-01"))


@pytest.mark.parametrize(
    "phrase",
    ["Cục Thuế báo cáo hằng quý", "Tuyên truyền chính sách thuế hằng quý", "Nộp thuê hằng quý"],
)
def test_a_tax_office_s_work_or_a_rent_each_period_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01")[0] == "recurring"


@pytest.mark.parametrize(
    "work",
    [
        "các đơn vị trên phải hoàn thành việc chuyển đổi",
        "các đơn vị phải nộp báo cáo",
        "các đơn vị có thể tiếp tục cấp căn cước",
    ],
)
def test_a_start_whose_work_the_rule_may_time_is_refused(work: str) -> None:
    # "theo quy định" after a start is spared only for a work going on from it: a work to be
    # finished or sent "theo quy định" has the rule's deadline, hidden behind the start
    refused(f"Kể từ ngày 1-7-2024, {work} theo quy định", ctx("2024-06-20"))
