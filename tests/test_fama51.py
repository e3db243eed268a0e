"""Session 51, helper fama51 (family A, refusals of main): a year's report due "ngày D-M năm
sau" (y-vhnt), and a yearly rule whose January day is written in December, which took the
next year as a one-off's day does and was refused for it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import Context, parse_deadlines

_DEC_2021 = ctx("2021-12-31")  # y-vhnt's issue day: December, its report due in February
_JUN_2021 = ctx("2021-06-30")


# --- a year's report, "năm sau" after its day: each year's, the year after the one reported --


def test_the_monthly_and_yearly_reports_of_a_reporting_rule_read_each() -> None:
    # y-vhnt-bvhttdl-tt-18-2021-bao-cao-thong-ke-du-lich (reporting-rule: standing)
    phrase = (
        "Định kỳ, các tổ chức, cá nhân, doanh nghiệp gửi báo cáo về các Sở VHTTDL hoặc Sở Du "
        "lịch báo cáo tháng vào ngày 20 tháng sau tháng báo cáo; báo cáo năm vào ngày 20-2 năm "
        "sau"
    )
    monthly, yearly = parse_deadlines(phrase, replace(_DEC_2021, standing=True))
    assert monthly.rrule == "FREQ=MONTHLY;BYMONTHDAY=20"
    assert yearly.rrule == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=20"
    assert yearly.recurrence is not None and yearly.recurrence.offset == -1


@pytest.mark.parametrize("context", [_DEC_2021, _JUN_2021, replace(_JUN_2021, standing=True)])
@pytest.mark.parametrize(
    "phrase",
    [
        "báo cáo năm vào ngày 20-2 năm sau",
        "báo cáo năm vào ngày 20/2 năm sau",
        "Báo cáo cả năm gửi trước ngày 20-2 năm sau",
        "bao cao nam vao ngay 20-2 nam sau",  # typed bare: read as the marked words are
    ],
)
def test_a_years_report_due_in_the_year_after(phrase: str, context: Context) -> None:
    reading = one(phrase, context)
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=20"
    assert reading.recurrence is not None and reading.recurrence.offset == -1


@pytest.mark.parametrize(
    "phrase",
    [
        "trước ngày 20/2 năm sau",  # no report: the year after which year?
        "hoàn thành trước ngày 20-2 năm sau",
        "báo cáo năm 2021 vào ngày 20-2 năm sau",  # a report of a year named
        "báo cáo năm học vào ngày 20-2 năm sau",  # a school year's
        "báo cáo tháng vào ngày 20-2 năm sau",  # a month's report, a day of a year
        "báo cáo kết quả năm vào ngày 20-2 năm sau",  # not the year's report by name
        "báo cáo năm gửi Sở, trước ngày 20/2 năm sau",  # the day in another clause
        "báo cáo năm; hoàn thành trước ngày 20/2 năm sau",
        "báo cáo năm đã gửi vào ngày 20-2 năm sau",  # told done
        "báo cáo năm vào ngày 20-2 năm sau nếu có yêu cầu",  # a condition
        "báo cáo năm vào ngày 20-2 hoặc 25-2 năm sau",  # a choice
        "báo cáo năm từ ngày 1/1 đến ngày 20/2 năm sau",  # a span
        "báo cáo năm vào tháng 2 năm sau",  # a month, no day
        "báo cáo năm trước ngày 20/2/2022 năm sau",  # a year written beside "năm sau"
        "báo cáo năm vào ngày 20-2 năm sau và ngày 20-8 năm nay",
    ],
)
def test_next_year_without_a_years_report_before_its_day_stays_refused(phrase: str) -> None:
    refused(phrase, _JUN_2021)


# --- a yearly rule's January day written in December: each year's, no year to take ---------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        ("hằng năm, trước ngày 15/1", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15"),
        ("định kỳ hằng năm, chậm nhất ngày 31/1", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31"),
        ("báo cáo năm vào ngày 20-2 của năm sau", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=20"),
    ],
)
def test_a_yearly_rule_due_early_in_the_year_reads_in_december(phrase: str, rrule: str) -> None:
    assert one(phrase, ctx("2021-12-15")).rrule == rrule


def test_a_one_off_day_early_in_the_year_written_in_december_still_takes_the_next_year() -> None:
    reading = one("trước ngày 15/1", ctx("2021-12-15"))
    assert str(reading.last) == "2022-01-15"


@pytest.mark.parametrize(
    "phrase",
    [
        "hằng năm, trước ngày 15/1 năm sau",  # "năm sau" written: which year's?
        "hằng năm, trước ngày 15/1 tới",  # "tới": the coming one, or each?
        "hằng năm, trước ngày 15/1 năm 2022",  # a year written beside the cadence
        "hằng tháng, trước ngày 15/1",  # a monthly rule with a day of a named month
        "trước ngày 15/1 và 20/2",  # two one-off days: each its own year
    ],
)
def test_a_january_day_in_december_with_other_words_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-12-15"))


# --- the school year's reserve week beside the year's end: a step, not a day in its stead ---


def test_the_reserve_week_before_the_school_years_end_reads_both() -> None:
    # p-plo-tay-ninh-nam-hoc-2025-2026
    phrase = (
        "Tuần dự phòng bố trí từ 25 đến 29-5-2026, bảo đảm kết thúc năm học trước ngày 31-5-2026"
    )
    week, end = parse_deadlines(phrase, ctx("2025-08-20"))
    assert (str(week.first), str(week.last)) == ("2026-05-25", "2026-05-29")
    assert (str(end.first), str(end.last)) == ("2026-05-31", "2026-05-31")


@pytest.mark.parametrize(
    "phrase",
    [
        # a reserve week beside an exam or an event may stand in for it
        "Thi học kỳ ngày 15/5/2026, tuần dự phòng từ 18 đến 22-5-2026",
        "ngày 15/3/2026, tuần dự phòng từ 20/3 đến 25/3/2026",
        # a reserve day, a condition, the year's end told done, after the week, another year
        "kết thúc năm học trước ngày 31-5-2026, dự phòng ngày 2-6-2026",
        "Tuần dự phòng bố trí từ 25 đến 29-5-2026, ngày dự phòng 30-5-2026, bảo đảm kết thúc "
        "năm học trước ngày 31-5-2026",
        "Tuần dự phòng bố trí từ 25 đến 29-5-2026, trường hợp trời mưa thì kết thúc năm học "
        "ngày 31-5-2026",
        "Tuần dự phòng bố trí từ 25 đến 29-5-2026, đã kết thúc năm học trước ngày 31-5-2026",
        "Tuần dự phòng bố trí từ 1 đến 5-6-2026, bảo đảm kết thúc năm học trước ngày 31-5-2026",
        "Tuần dự phòng bố trí từ 25 đến 29-5-2026, bảo đảm kết thúc năm học trước ngày 31-5-2025",
    ],
)
def test_a_reserve_week_or_day_elsewhere_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-20"))


# --- the list of projects a land-use plan must adjust or cancel: the year's work ------------


@pytest.mark.parametrize(
    "phrase",
    [
        # w-kien-giang-nq-521-2020-danh-muc-du-an
        "DANH MỤC DỰ ÁN, CÔNG TRÌNH PHẢI ĐIỀU CHỈNH, HỦY BỎ TRONG NĂM 2021 TRÊN ĐỊA BÀN",
        "Danh mục dự án phải hủy bỏ trong năm 2021",
    ],
)
def test_the_projects_a_plan_must_cancel_in_a_year_read_the_year(phrase: str) -> None:
    reading = one(phrase, ctx("2020-12-23"))
    assert (str(reading.first), str(reading.last)) == ("2021-01-01", "2021-12-31")


@pytest.mark.parametrize(
    "phrase",
    [
        "Lễ hội năm 2021 phải hủy bỏ",  # an event had to be called off
        "Danh mục lễ hội phải hủy bỏ trong năm 2021",  # events, not projects
        "Dự án đã phải hủy bỏ trong năm 2021",  # told done
        "Danh mục dự án đã phải hủy bỏ trong năm 2021",
        "Danh mục dự án bị hủy bỏ trong năm 2021",  # cancelled, passive
        "dự án phải hủy bỏ năm 2021 do dịch",  # no list: had to be, or must?
        "dự án phải hủy bỏ ngày 15/3/2021",
        "Dự án không phải hủy bỏ trong năm 2021",
        "Danh mục dự án phải điều chỉnh, hủy bỏ trong năm 2021, hoãn đến năm 2022",
    ],
)
def test_a_cancellation_told_or_of_an_event_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2020-12-23"))


# --- a cadence, then "liên tục" after its comma: how it is kept, as with no comma -----------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # zb-phucthanh-nghean-dang-ky-vac-xin-dtlcp-2023
        (
            "UBND xã thực hiện tiêm phòng bổ sung vắc xin hàng tháng, liên tục nên đề nghị "
            "người dân lưu ý để thực hiện",
            "FREQ=MONTHLY;BYMONTHDAY=-1",
        ),
        ("tiêm phòng hằng tuần, liên tục", "FREQ=WEEKLY;BYDAY=SU"),
    ],
)
def test_a_cadence_kept_up_continually_reads_the_cadence(phrase: str, rrule: str) -> None:
    assert one(phrase, ctx("2023-12-14")).rrule == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        "tiêm phòng hàng tháng, liên tục đến khi hết dịch",  # until: a bound
        "tiêm phòng hàng tháng, liên tục trong 3 tháng",  # a length
        "tiêm phòng hàng tháng, liên tục đến ngày 30/6/2024",
        "tiêm phòng hàng tháng, liên tục từ tháng 1/2024",
        "tiêm phòng hàng tháng, liên tục nếu còn vắc xin",  # a condition
        "tiêm phòng hàng tháng, liên tục hằng năm",  # another cadence
        "tiêm phòng hàng tháng, liên tục, trước ngày 20",
    ],
)
def test_continually_with_another_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-12-14"))
