"""Session 63, helper e63: two steps joined, rules whose sentence goes on, next year's plan.

1. "Bắt đầu từ ngày 1/7 và công bố kết quả ngày 20/7" was read as ONE window 01/07–20/07
   labelled "công bố kết quả": a start and a publication are two milestones (`combine`), as
   "Bắt đầu nhận hồ sơ từ ngày 1/7 và …" already read. An end said in end words stays the
   same work's window.
2. Monthly and quarterly rules whose sentence goes on after the rule: "Trước ngày 03 hàng
   tháng, người sử dụng lao động phải gửi Thông báo … tới Trung tâm dịch vụ việc làm … nếu
   có (tính theo tháng dương lịch của tháng liền trước thời điểm thông báo)."
   (tests/corpus/m-phapluatdoanhnghiep-lich-nop-bao-cao-thang-12-2025.yaml) and "Định kỳ,
   trước ngày 29 của tháng cuối Quý, thương nhân đầu mối … báo cáo … trong kỳ từ ngày 21 tháng
   trước liền kề tháng đầu tiên của Quý đến ngày 20 tháng cuối Quý về Bộ Công Thương"
   (tests/corpus/s-thoidai-tt-17-2021-bct-bao-cao-xang-dau.yaml): an addressee, the period the
   figures cover, a focal trader are no times; a word that may move the day still refuses.
3. "Xây dựng kế hoạch năm tới trước ngày 15/11", "Lập dự toán năm sau trước ngày 20/7": the
   plan FOR next year is due on the day in the issue year (`nextplan`); the doing next year,
   or a day already past in the issue year, is refused (e63b).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines


def _kinds(phrase: str, issued: str = "2026-03-01") -> list[tuple[str, str | None, str | None]]:
    return [
        (r.kind.name, str(r.last) if r.last else None, str(r.earliest) if r.earliest else None)
        for r in parse_deadlines(phrase, ctx(issued))
    ]


# --- 1. a start, then another step's day --------------------------------------------------

TWO_STEPS = [
    "Bắt đầu từ ngày 1/7 và công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7, công bố kết quả ngày 20/7",
    "Bắt đầu nhận hồ sơ từ ngày 1/7 và công bố kết quả ngày 20/7",
]


@pytest.mark.parametrize("phrase", TWO_STEPS)
def test_start_then_another_steps_day_is_two_milestones(phrase: str) -> None:
    assert _kinds(phrase) == [("DATE", None, "2026-07-01"), ("DATE", "2026-07-20", None)]


def test_the_start_is_named_by_its_words() -> None:
    start, publish = parse_deadlines(TWO_STEPS[0], ctx("2026-03-01"))
    assert (start.label, publish.label) == ("Bắt đầu", "công bố kết quả")


ONE_WINDOW = [
    "Bắt đầu từ ngày 1/7 và kết thúc ngày 20/7",
    "Bắt đầu từ ngày 1/7 và hoàn thành trước ngày 20/7",
    "Bắt đầu từ ngày 1/7, hoàn thành trước ngày 20/7",
    "Bắt đầu từ ngày 1/7 và kéo dài đến hết ngày 20/7",
    "Bắt đầu từ ngày 1/7 và sẽ kết thúc vào ngày 20/7",
    "Bắt đầu từ ngày 1/7 và xong trước ngày 20/7",
    "Bắt đầu từ ngày 1/7 và hết hạn ngày 20/7",
    "Bắt đầu từ ngày 1/7 đến ngày 20/7",
    "Từ ngày 1/7 đến ngày 20/7 và công bố kết quả",
    # a day said "trước", or a closing word, after a bare "bắt đầu từ" closes the work begun:
    # one window as main read it (session 63's second pass, e63b: tests/test_e63b.py)
    "Bắt đầu từ ngày 1/7 và báo cáo kết quả trước ngày 20/7",
    "Bắt đầu từ ngày 1/7 và đóng cổng ngày 20/7",
]


@pytest.mark.parametrize("phrase", ONE_WINDOW)
def test_an_end_in_end_words_stays_one_window(phrase: str) -> None:
    reading = one(phrase, ctx("2026-03-01"))
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2026, 7, 1),
        date(2026, 7, 20),
    )


STILL_REFUSED_STEPS = [
    "Từ ngày 1/7 nhận hồ sơ, ngày 20/7 công bố kết quả",
    "Bắt đầu từ ngày 1/7 và không công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7 và đã công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7 và chưa công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7 và trước đây công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 20/7 và công bố kết quả ngày 1/7",
    "Bắt đầu từ ngày 1/7 và công bố kết quả ngày 20/7/2025",
]


@pytest.mark.parametrize("phrase", STILL_REFUSED_STEPS)
def test_denied_done_or_out_of_order_steps_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


def test_an_end_said_as_an_event_is_no_window_any_more() -> None:
    """Main read 01/07–20/07 labelled "kết thúc khi có thông báo; các tàu về bờ": the ships'
    day is another step's, and the work ends on the event."""
    refused(
        "Bắt đầu từ ngày 1/7 và kết thúc khi có thông báo; các tàu về bờ trước ngày 20/7",
        ctx("2026-03-01"),
    )


# --- 2. rules whose sentence goes on ------------------------------------------------------

LABOUR = (
    "Trước ngày 03 hàng tháng, người sử dụng lao động phải gửi Thông báo về tình hình biến động "
    "lao động làm việc tại đơn vị theo Mẫu số 29 ban hành kèm theo Thông tư 28/2015/TT-BLĐTBXH "
    "tới Trung tâm dịch vụ việc làm nơi đặt trụ sở làm việc về tình hình biến động lao động làm "
    "việc tại đơn vị nếu có (tính theo tháng dương lịch của tháng liền trước thời điểm thông "
    "báo)."
)
FUEL = (
    "Định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân đầu mối sản xuất xăng dầu báo cáo "
    "sản lượng bán xăng dầu trong nước theo từng chủng loại trong kỳ từ ngày 21 tháng trước liền "
    "kề tháng đầu tiên của Quý đến ngày 20 tháng cuối Quý về Bộ Công Thương"
)
NOTE = "(tính theo tháng dương lịch của tháng liền trước thời điểm thông báo)"
PERIOD = "trong kỳ từ ngày 21 tháng trước liền kề tháng đầu tiên của Quý đến ngày 20 tháng cuối Quý"


def test_the_monthly_notice_of_staff_changes_is_due_by_the_3rd() -> None:
    reading = one(LABOUR, Context(issued=None))
    assert reading.rrule == "FREQ=MONTHLY;BYMONTHDAY=3"


def test_the_fuel_report_is_due_in_each_quarters_last_month() -> None:
    reading = one(FUEL, Context(issued=date(2021, 12, 15)))
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert "BYMONTH=3,6,9,12" in (reading.rrule or "")
    assert "INTERVAL=3" in (reading.rrule or "")


MONTHLY_READ = [
    ("Trước ngày 03 hàng tháng, gửi Thông báo tới Sở Nội vụ", 3),
    ("Trước ngày 03 hàng tháng, gửi Thông báo tới Trung tâm dịch vụ việc làm", 3),
    (f"Trước ngày 03 hàng tháng, gửi Thông báo {NOTE}", 3),
    (f"Trước ngày 03 hàng tháng, gửi Thông báo về biến động lao động nếu có {NOTE}.", 3),
    ("Trước ngày 15 hằng tháng, thương nhân đầu mối báo cáo", 15),
    ("Trước ngày 15 hằng tháng, thương nhân báo cáo sản lượng trong nước", 15),
    ("Trước ngày 15 hằng tháng, thương nhân báo cáo theo từng chủng loại", 15),
    ("Định kỳ, trước ngày 15 hằng tháng, doanh nghiệp báo cáo", 15),
]


@pytest.mark.parametrize(("phrase", "day"), MONTHLY_READ)
def test_monthly_rules_with_words_that_name_no_time(phrase: str, day: int) -> None:
    assert one(phrase).rrule == f"FREQ=MONTHLY;BYMONTHDAY={day}"


QUARTER_READ = [
    "Trước ngày 29 của tháng cuối quý, thương nhân báo cáo",
    "Định kỳ, chậm nhất ngày 29 của tháng cuối Quý, thương nhân báo cáo",
    f"Định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân báo cáo {PERIOD}",
]


@pytest.mark.parametrize("phrase", QUARTER_READ)
def test_quarter_end_rules_with_a_step(phrase: str) -> None:
    reading = one(phrase)
    assert reading.kind is DeadlineKind.RECURRING
    assert "BYMONTH=3,6,9,12" in (reading.rrule or "")


RULES_REFUSED = [
    # a word of time, a condition, a period that moves the day
    "Trước ngày 03 hàng tháng, gửi Thông báo tới tháng 5",
    "Trước ngày 03 hàng tháng, gửi Thông báo tới ngày 5",
    "Trước ngày 03 hàng tháng, gửi Thông báo tới khi có yêu cầu",
    "Trước ngày 03 hàng tháng, gửi Thông báo tới cuối tháng",
    "Trước ngày 03 hàng tháng, gửi Thông báo nếu có",
    f"Trước ngày 03 hàng tháng, gửi Thông báo nếu có yêu cầu {NOTE}",
    f"Trước ngày 03 hằng năm, gửi Thông báo {NOTE}",
    "Trước ngày 03 hàng tháng, gửi Thông báo (tính theo tháng dương lịch của tháng liền sau "
    "thời điểm thông báo)",
    "Trước ngày 03 hàng tháng, gửi Thông báo (tính theo tháng dương lịch của tháng 5)",
    f"Trước ngày 03 hàng tháng, không phải gửi Thông báo {NOTE}",
    f"Trước ngày 03 hàng tháng, gửi Thông báo nếu không có {NOTE}",
    f"Trước đây, trước ngày 03 hàng tháng, gửi Thông báo {NOTE}",
    "Trước ngày 15 hằng tháng, thương nhân báo cáo đầu tháng",
    "Trước ngày 15 hằng tháng, thương nhân báo cáo theo từng tháng",
    "Trước ngày 15 hằng tháng, thương nhân báo cáo theo từng đợt",
    # the quarter's rule: the period out of order, after the day, or another rule
    "Định kỳ, trước ngày 15 của tháng cuối Quý, thương nhân báo cáo " + PERIOD,
    "Định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân báo cáo "
    + PERIOD.replace("ngày 21", "ngày 25"),
    "Định kỳ, trước ngày 29 hằng tháng, thương nhân báo cáo " + PERIOD,
    "Định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân báo cáo trong kỳ từ ngày 21 tháng "
    "trước đến ngày 20 tháng này",
    "Định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân báo cáo " + PERIOD + " năm 2025",
    "Định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân báo cáo " + PERIOD + ", chậm nhất "
    "ngày 5 tháng sau",
    "Định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân không báo cáo " + PERIOD,
    "Định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân đã báo cáo " + PERIOD,
    "Định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân không phải báo cáo",
    "Định kỳ, trước ngày 29 của tháng cuối Quý, tạm dừng báo cáo",
    "Định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân báo cáo nếu có yêu cầu",
    "Định kỳ, sau ngày 29 của tháng cuối Quý, thương nhân báo cáo",
    "Trước đây, định kỳ, trước ngày 29 của tháng cuối Quý, thương nhân báo cáo",
    "Định kỳ, trước ngày 29 của tháng đầu Quý, thương nhân báo cáo",
    # "Định kỳ" with a one-off day: never made a rule, never a one-off either
    "Định kỳ, trước ngày 15/12, doanh nghiệp báo cáo",
]


@pytest.mark.parametrize("phrase", RULES_REFUSED)
def test_rules_with_words_that_may_move_the_day_stay_refused(phrase: str) -> None:
    refused(phrase)


# --- 3. next year's plan, due on the coming day --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "due"),
    [
        ("Xây dựng kế hoạch năm tới trước ngày 15/11", "2026-03-01", date(2026, 11, 15)),
        ("Lập dự toán năm sau trước ngày 20/7", "2026-03-01", date(2026, 7, 20)),
        ("Lập dự toán ngân sách năm sau trước ngày 20/7", "2026-03-01", date(2026, 7, 20)),
        (
            "Xây dựng kế hoạch kiểm toán năm sau chậm nhất ngày 15/11",
            "2026-03-01",
            date(2026, 11, 15),
        ),
        ("Xây dựng và trình kế hoạch năm sau trước ngày 15/11", "2026-03-01", date(2026, 11, 15)),
        # a day already past in the issue year is refused, no longer the next year's (session
        # 63's second pass, e63b: the plan for next year is due this year): tests/test_e63b.py
        ("Lập kế hoạch năm sau trước ngày 2/3", "2026-03-01", date(2026, 3, 2)),
    ],
)
def test_next_years_plan_is_due_on_the_coming_day(phrase: str, issued: str, due: date) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, due)
    assert f"năm {due.year}" in reading.reading  # the year is said, and how it was reckoned


NEXT_YEAR_REFUSED = [
    "Tổ chức hội nghị năm sau trước ngày 15/11",
    "Năm sau, hoàn thành trước ngày 15/11",
    "Xây dựng kế hoạch năm sau trước ngày 15/11/2026",
    "Xây dựng kế hoạch và tổ chức hội nghị năm sau trước ngày 15/11",
    "Xây dựng kế hoạch, tổ chức hội nghị năm sau trước ngày 15/11",
    "Thực hiện kế hoạch năm sau trước ngày 15/11",
    "Hoàn thành kế hoạch năm sau trước ngày 15/11",
    "Xây dựng kế hoạch năm sau từ ngày 15/11",
    "Xây dựng kế hoạch năm sau sau ngày 15/11",
    "Xây dựng kế hoạch năm sau trước ngày 31/2",
    "Không xây dựng kế hoạch năm sau trước ngày 15/11",
    "Đã xây dựng kế hoạch năm sau trước ngày 15/11",
    "Xây dựng kế hoạch năm trước trước ngày 15/11",
    "Xây dựng kế hoạch năm sau trước ngày 15/11 năm sau",
    "Xây dựng kế hoạch năm 2027 trước ngày 15/11",
    "Hằng năm, xây dựng kế hoạch năm sau trước ngày 15/11",
    "Xây dựng kế hoạch năm sau trước ngày 15/11 hằng năm",
    "Xây dựng kế hoạch năm sau, trước ngày 15/11",
    "Xây dựng kế hoạch năm sau trước ngày 15/11 nếu có",
    "Lập kế hoạch năm sau trước ngày 1/3",  # the issue day itself: today, or next year's?
]


@pytest.mark.parametrize("phrase", NEXT_YEAR_REFUSED)
def test_the_doing_next_year_or_a_changed_form_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


@pytest.mark.parametrize(
    "phrase", ["Xây dựng kế hoạch năm tới trước ngày 15/11", "Lập dự toán năm sau trước ngày 20/7"]
)
def test_next_years_plan_needs_an_issue_day_and_is_no_standing_rule(phrase: str) -> None:
    refused(phrase)
    refused(phrase, Context(issued=date(2026, 3, 1), standing=True))
