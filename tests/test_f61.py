"""Session 61, helper f61: report periods, the two-step form and a meeting's day.

1. A report named by its period with a day of no year is each year's (the lead's ruling,
   `kehoach.dates.namedreport`): "Báo cáo quý I trước ngày 15/3", "Báo cáo tổng kết năm
   trước ngày 10/12" were refused on main while their siblings read yearly ("Báo cáo 6 tháng
   đầu năm trước ngày 15/7", `grammar.REPORT_DAY_RULE`, whose form the corpus holds:
   "Báo cáo năm gửi trước ngày 25/11 hàng năm", "+ Báo cáo 06 tháng: Trước ngày 10/7" in
   s-hepza-bao-cao-giam-sat-dau-tu). Only the plainest line; a call-off, a hedge, a day
   outside the time that report is due is refused. The verb that calls a report off now
   refuses the siblings too ("Hủy báo cáo 6 tháng đầu năm trước ngày 15/7" read yearly on
   main, its step "Hủy").
2. A quarter's report due more than 45 days after the quarter is refused
   (`reportperiod.LATEST_AFTER_QUARTER`): "Gửi báo cáo quý IV trước ngày 15/4/2026" read
   15/4 on main; the corpus's one quarter report with its day ("Riêng trong quý I năm 2019,
   gửi trước ngày 05/5/2019", g-snv-thua-thien-hue-cv-391-2019: 35 days) still reads.
   "Báo cáo năm trước ngày 15/12/2026" ("năm trước": last year's, or a year before the
   day?) is refused.
3. Work finished in a period then its report, with the first clause called off or voided
   ("Hủy hoàn thành trong quý II/2026, báo cáo kết quả …", "Hoàn thành trong quý II/2026
   (thu hồi), báo cáo …"): read as two milestones on main, refused now (`calledoffrule`,
   `voidedgloss`).
4. "Tại cuộc họp hôm 27/02/2026, UBND tỉnh yêu cầu hoàn thành trước 30/6/2026" on a page of
   01/03/2026 read the meeting's day as a deadline too; refused whole now, as a meeting
   further back is (`refusals._refuse_told_day_beside_another`).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind

MAR_2026 = ctx("2026-03-01")
JAN_2026 = ctx("2026-01-05")


# 1. a report named by its period, a day with no year: each year's day
@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        ("Báo cáo quý I trước ngày 15/3", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15"),
        ("Báo cáo quý II trước ngày 15/6", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15"),
        ("Báo cáo quý III trước ngày 15/9", "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=15"),
        ("Báo cáo quý IV trước ngày 15/12", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"),
        # next year's January: the rule still names 15/1
        ("Báo cáo quý IV trước ngày 15/1", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15"),
        ("Báo cáo quý I trước ngày 15/4", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=15"),
        ("Gửi báo cáo quý I trước ngày 15/4", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=15"),
        ("Nộp báo cáo quý II trước ngày 15/7", "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=15"),
        ("Báo cáo quý 2 trước ngày 15/7", "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=15"),
        ("Báo cáo quý I chậm nhất ngày 20/4", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=20"),
        ("Báo cáo quý I gửi trước ngày 15/4", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=15"),
        ("Bao cao quy I truoc ngay 15/3", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15"),
        ("Báo cáo tổng kết năm trước ngày 10/12", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10"),
        ("Báo cáo tổng kết năm trước ngày 15/1", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15"),
        # the siblings, as main reads them
        (
            "Báo cáo sơ kết 6 tháng đầu năm trước ngày 15/6",
            "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15",
        ),
        ("Báo cáo 6 tháng đầu năm trước ngày 15/7", "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=15"),
        ("Báo cáo 9 tháng trước ngày 15/9", "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=15"),
        (
            "Doanh nghiệp nộp báo cáo 6 tháng đầu năm trước ngày 15/7",
            "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=15",
        ),
        (
            "Đối với báo cáo năm: Thời hạn gửi báo cáo chậm nhất ngày 05 tháng 01 năm tiếp theo",
            "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=5",
        ),
    ],
)
def test_a_report_named_by_its_period_is_due_each_year(phrase: str, rule: str) -> None:
    reading = one(phrase, MAR_2026)
    assert (reading.kind, reading.rrule) == (DeadlineKind.RECURRING, rule)


@pytest.mark.parametrize(
    "phrase",
    [
        # called off, waived, hedged, conditional, negated, told done
        "Hủy báo cáo quý I trước ngày 15/3",
        "Huỷ báo cáo quý I trước ngày 15/3",
        "Bãi bỏ báo cáo quý I trước ngày 15/3",
        "Thôi báo cáo quý I trước ngày 15/3",
        "Miễn báo cáo quý I trước ngày 15/3",
        "Có thể báo cáo quý I trước ngày 15/3",
        "Dự kiến báo cáo quý I trước ngày 15/3",
        "Nếu cần, báo cáo quý I trước ngày 15/3",
        "Không báo cáo quý I trước ngày 15/3",
        "Chưa báo cáo quý I trước ngày 15/3",
        "Đã báo cáo quý I trước ngày 15/3",
        "Hủy báo cáo tổng kết năm trước ngày 10/12",
        "Có thể báo cáo tổng kết năm trước ngày 10/12",
        # a note between the period and its day, or after the day
        "Báo cáo quý I (đã hủy) trước ngày 15/3",
        "Báo cáo tổng kết năm (đã hủy) trước ngày 10/12",
        "Báo cáo quý I trước ngày 15/3 (đã hủy)",
        "Báo cáo quý I trước ngày 15/3 (thu hồi)",
        "Báo cáo quý I trước ngày 15/3 nếu có yêu cầu",
        # a cadence or a count after the period
        "Báo cáo quý I hằng năm trước ngày 15/3",
        "Báo cáo quý I một lần trước ngày 15/3",
        # the day outside the time the report is due: a slip or another report
        "Báo cáo quý I trước ngày 15/8",
        "Báo cáo quý I trước ngày 15/2",
        "Báo cáo quý II trước ngày 15/3",
        "Báo cáo quý III trước ngày 15/11",
        "Báo cáo quý IV trước ngày 15/4",
        "Báo cáo quý IV trước ngày 15/2",
        "Báo cáo tổng kết năm trước ngày 15/6",
        # two periods, two days, another year, a span, no report
        "Báo cáo quý I, quý II trước ngày 15/6",
        "Báo cáo quý I và quý II trước ngày 15/6",
        "Báo cáo quý I trước ngày 15/3 và 15/6",
        "Báo cáo quý I năm sau trước ngày 15/3",
        "Báo cáo quý I từ ngày 15/12 đến ngày 14/3",
        "Báo cáo quý I đến ngày 14/3",
        "Kiểm tra quý I trước ngày 15/3",
        "Nộp thuế quý I trước ngày 30/4",
        "Tổng kết năm trước ngày 10/12",
        "Hội nghị tổng kết năm trước ngày 10/12",
        # the siblings called off: read yearly on main, the step "Hủy"
        "Hủy báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Miễn báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Hủy báo cáo 9 tháng trước ngày 15/9",
        "Hủy báo cáo năm gửi trước ngày 25/11 hàng năm",
        # ... told done, hedged or not made: read yearly on main
        "Đã báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Doanh nghiệp đã nộp báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Dự kiến báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Dự kiến báo cáo 9 tháng trước ngày 15/9",
        "Vừa gửi báo cáo năm trước ngày 15/1",
    ],
)
def test_a_report_named_by_its_period_in_doubt_is_refused(phrase: str) -> None:
    refused(phrase, MAR_2026)


def test_the_refusal_of_a_report_called_off_quotes_the_words() -> None:
    assert "“Dự kiến …”" in refused("Dự kiến báo cáo quý I trước ngày 15/3", MAR_2026)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # a day with its year: one day, as session 60 read it
        ("Báo cáo quý I trước ngày 15/3/2026", "2026-03-15"),
        ("Báo cáo quý I/2026 trước ngày 15/3", "2026-03-15"),
        ("Báo cáo tổng kết năm trước ngày 10/12/2026", "2026-12-10"),
        ("Báo cáo quý IV trước ngày 15/1/2027", "2027-01-15"),
    ],
)
def test_a_report_s_day_with_its_year_stays_one_day(phrase: str, day: str) -> None:
    assert read_days(phrase, "2026-01-05") == (DeadlineKind.DATE, day, day)


# 2. a quarter's report months after the quarter: the printed day with its year is the
# deadline whatever quarter the report names (the lead's ruling, f61b), as main reads it
@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Gửi báo cáo quý IV trước ngày 15/4/2026", "2026-04-15"),
        ("Gửi báo cáo quý IV/2025 trước ngày 15/4/2026", "2026-04-15"),
        ("Gửi báo cáo quý IV trước ngày 15/2/2026", "2026-02-15"),
        ("Báo cáo quý I trước ngày 16/5/2026", "2026-05-16"),
        ("Báo cáo quý II/2026 trước ngày 30/9/2026", "2026-09-30"),
    ],
)
def test_a_quarter_s_report_long_after_the_quarter_reads_its_printed_day(
    phrase: str, day: str
) -> None:
    assert read_days(phrase, "2026-01-05") == (DeadlineKind.DATE, day, day)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Gửi báo cáo quý IV trước ngày 14/2/2026", "2026-02-14"),
        ("Báo cáo quý I trước ngày 15/5/2026", "2026-05-15"),
        ("Báo cáo quý I trước ngày 15/4/2026", "2026-04-15"),
        ("Báo cáo quý 2 trước ngày 15/7/2026", "2026-07-15"),
        ("Báo cáo quý I/2026 gửi trước ngày 15/4/2026", "2026-04-15"),
        # the half-year and the year keep session 60's 120 days
        ("Báo cáo tổng kết năm trước ngày 15/1/2027", "2027-01-15"),
        ("Báo cáo tài chính năm trước ngày 31/3/2027", "2027-03-31"),
    ],
)
def test_a_report_soon_after_its_period_reads(phrase: str, day: str) -> None:
    assert read_days(phrase, "2026-01-05") == (DeadlineKind.DATE, day, day)


# "năm trước" right after the report: both readings give the printed day (f61b's ruling)
@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Báo cáo năm trước ngày 15/12/2026", "2026-12-15"),
        ("Báo cáo năm trước ngày 15/1/2027", "2027-01-15"),
        ("Gửi báo cáo năm trước ngày 15/12/2026", "2026-12-15"),
    ],
)
def test_a_report_then_nam_truoc_reads_the_printed_day(phrase: str, day: str) -> None:
    assert read_days(phrase, "2026-01-05") == (DeadlineKind.DATE, day, day)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Báo cáo năm chậm nhất ngày 15/1/2027", "2027-01-15"),
        ("Báo cáo năm 2025 trước ngày 15/01/2026", "2026-01-15"),
        ("Báo cáo tổng kết năm trước ngày 10/12/2026", "2026-12-10"),
    ],
)
def test_the_year_s_report_told_otherwise_reads(phrase: str, day: str) -> None:
    assert read_days(phrase, "2026-01-05") == (DeadlineKind.DATE, day, day)


def test_two_report_days_are_two_milestones() -> None:
    days = [str(r.last) for r in parse_deadlines("Báo cáo trước ngày 15/6/2026 và 15/12/2026")]
    assert days == ["2026-06-15", "2026-12-15"]


# 3. the two-step form with its first clause called off or voided
@pytest.mark.parametrize(
    "phrase",
    [
        "Hủy hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Huỷ hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Bãi bỏ hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Miễn hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Dừng hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Thôi hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Hoãn hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Không hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Chưa hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Hủy hoàn thành trước ngày 30/6/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 (thu hồi), báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 (đã thu hồi), báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 (đã hủy), báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 (hoãn), báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 (miễn), báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 nay miễn, báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 (thay thế), báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 (tham khảo), báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 tùy tình hình, báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 (không còn áp dụng), báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trước ngày 30/6/2026 (thu hồi), báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026, hủy báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026 (thu hồi)",
        "Hoan thanh trong quy II/2026 (thu hoi), bao cao ket qua truoc ngay 15/7/2026",
        "Huy hoan thanh trong quy II/2026, bao cao ket qua truoc ngay 15/7/2026",
        # a call-off verb as the whole step of one window
        "Hủy hoàn thành trong quý II/2026",
    ],
)
def test_a_two_step_form_called_off_or_voided_is_refused(phrase: str) -> None:
    refused(phrase, JAN_2026)


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        (
            "Hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
            ["2026-06-30", "2026-07-15"],
        ),
        (
            "Hoàn thành trong quý II, báo cáo kết quả trước ngày 15/7/2026",
            ["2026-06-30", "2026-07-15"],
        ),
        (
            "Hoàn tất trong quý II/2026, gửi báo cáo trước ngày 15/7/2026",
            ["2026-06-30", "2026-07-15"],
        ),
        (
            "Hoàn thành trước ngày 30/6/2026, báo cáo kết quả trước ngày 15/7/2026",
            ["2026-06-30", "2026-07-15"],
        ),
    ],
)
def test_the_plain_two_step_form_keeps_its_milestones(phrase: str, days: list[str]) -> None:
    assert [str(r.last) for r in parse_deadlines(phrase, JAN_2026)] == days


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # a stop takes effect on its day (session 59's ruling); the step's own object
        ("Dừng trước ngày 30/6/2026", "2026-06-30"),
        ("Thu hồi đất trước ngày 30/6/2026", "2026-06-30"),
        ("Hủy bỏ văn bản trước ngày 30/6/2026", "2026-06-30"),
        ("Tiêu hủy hàng giả trước ngày 30/6/2026", "2026-06-30"),
    ],
)
def test_a_step_of_its_own_keeps_main_s_reading(phrase: str, day: str) -> None:
    assert read_days(phrase, "2026-01-05") == (DeadlineKind.DATE, day, day)


# 4. a meeting's day within the news week beside the day it set
@pytest.mark.parametrize(
    "phrase",
    [
        "Tại cuộc họp hôm 27/02/2026, UBND tỉnh yêu cầu hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 28/02/2026, UBND tỉnh yêu cầu hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 27/02, UBND tỉnh yêu cầu hoàn thành trước 30/6/2026",
        "Hôm 27/02, Sở họp, yêu cầu nộp báo cáo trước 15/3/2026",
        "Tại cuộc họp hôm 27/02/2026, UBND tỉnh bãi bỏ yêu cầu hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 27/02/2026, UBND tỉnh rút lại yêu cầu hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 27/02/2026, UBND tỉnh chưa yêu cầu hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 27/02/2026, cử tri đề nghị hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 27/02/2026, Sở Giao thông vận tải đề xuất hoàn thành trước 30/6/2026",
        # a meeting further back: refused as on main
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh yêu cầu hoàn thành trước 30/6/2026",
    ],
)
def test_a_meeting_day_beside_another_day_is_refused(phrase: str) -> None:
    assert "hôm" in refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # a day of the news week told alone reads its day (the lead's convention 1)
        ("Hôm 27/02/2026, Sở tổ chức kiểm tra", "2026-02-27"),
        ("Hội nghị diễn ra hôm 27/02/2026", "2026-02-27"),
        # no "hôm": the day set reads
        ("UBND tỉnh yêu cầu hoàn thành trước 30/6/2026", "2026-06-30"),
    ],
)
def test_a_day_without_another_keeps_main_s_reading(phrase: str, day: str) -> None:
    assert read_days(phrase, "2026-03-01") == (DeadlineKind.DATE, day, day)


def test_a_day_to_come_told_with_hom_beside_another_keeps_both() -> None:
    # "hôm" names a day to come as well (session 59): no event retold
    phrase = "Khai mạc hôm 15/3/2026, bế mạc ngày 20/3/2026"
    assert [str(r.last) for r in parse_deadlines(phrase, MAR_2026)] == ["2026-03-15", "2026-03-20"]


def test_an_abolition_s_day_keeps_main_s_reading() -> None:
    # its text's number blanked, the step is "Bãi bỏ" alone (test_c60b): the day it takes effect
    reading = one("Bãi bỏ Quyết định số 15/2020/QĐ-UBND kể từ ngày 01/7/2026", JAN_2026)
    assert str(reading.earliest) == "2026-07-01"
