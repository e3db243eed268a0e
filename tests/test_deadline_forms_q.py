"""Forms tuned on the q- and p- sets (branch tune-q): reporting rules, reporting periods and
cadences. A yearly report due in the year after the period it covers, the period stated beside
the rule or alone, the day the figures are taken beside the day the report is due, the rule's
cadence said twice. Each rule with the real phrases that motivated it (their document cited)
and the near variants that must stay refused or read otherwise (the first rule: never a silent
wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

R = DeadlineKind.RECURRING


def _rule(phrase: str, issued: str | None = None) -> str | None:
    """The RRULE of `phrase`'s one reading, which must be recurring."""
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert reading.kind is R, reading.reading
    return reading.rrule


# --- a yearly report due in the year after the one it reports on ----------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # Thông tư 26/2015/TT-BKHCN (báo cáo thống kê KH&CN), Điều 6: "năm kế tiếp của năm
        # báo cáo", the postmark dating a mailed report, without parentheses
        ("chậm nhất là ngày 15/02 năm kế tiếp của năm báo cáo theo dấu bưu điện",
         "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=15"),
        ("chậm nhất là ngày 15/02 năm kế tiếp của năm báo cáo",
         "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=15"),
        # Thông tư 31/2018/TT-BTNMT (báo cáo tài nguyên nước): "năm tiếp theo sau kỳ báo cáo"
        ("hoàn thành báo cáo trước ngày 01/7 của năm tiếp theo sau kỳ báo cáo",
         "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=1"),
        # Thông tư 14/2022/TT-BVHTTDL (chế độ báo cáo), Điều 7: "kì", the older spelling
        ("báo cáo quý gửi trước ngày 20 của tháng cuối quý thuộc kì báo cáo",
         "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=20"),
    ],
)  # fmt: skip
def test_a_report_due_in_the_year_after_its_period(phrase: str, rrule: str) -> None:
    assert _rule(phrase) == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # "năm kế tiếp", "năm tiếp theo" alone: the year after which year? (breaker7's rule)
        "trước ngày 15/02 năm kế tiếp",
        "trước ngày 15/02 của năm kế tiếp",
        "gửi về Bộ TNMT trước ngày 30/01 của năm tiếp theo",
        # the year after a meeting is no reporting period
        "trước ngày 01/7 của năm tiếp theo sau kỳ họp",
        # the postmark's words half in parentheses
        "trước ngày 15/02/2027 (theo dấu bưu điện",
    ],
)
def test_next_year_without_a_periodic_report_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-01-10"))


def test_the_postmark_without_parentheses_is_a_gloss_of_any_day() -> None:
    (reading,) = parse_deadlines("trước ngày 15/02/2027 theo dấu bưu điện", ctx("2027-01-10"))
    assert (str(reading.last), reading.gloss) == ("2027-02-15", "theo dấu bưu điện")


# --- the rule's own cadence said before its day, or in the report's name ------------------


@pytest.mark.parametrize(
    ("phrase", "rrule", "gloss"),
    [
        # Thông tư 02/2022/TT-BTNMT, Điều 66 (báo cáo công tác bảo vệ môi trường): the cadence,
        # the period its figures cover (Nghị định 09/2019/NĐ-CP, Điều 12), then the due day
        ("định kỳ hằng năm (kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12) "
         "trước ngày 15 tháng 1 của năm tiếp theo", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15",
         "kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12"),
        # a six-month period, due after it ends
        ("hằng năm (kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 30 tháng 6) trước ngày "
         "15 tháng 7", "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=15",
         "kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 30 tháng 6"),
        # Bộ KH&CN, thông báo về báo cáo của tổ chức KH&CN (2017): the report named "hàng năm"
        ("có trách nhiệm thực hiện chế độ báo cáo tình hình hoạt động hàng năm cho Bộ Khoa học "
         "và Công nghệ trước ngày 15/12 hàng năm", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", None),
    ],
)  # fmt: skip
def test_the_rules_cadence_said_twice_is_one_rule(phrase: str, rrule: str, gloss: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.rrule, reading.gloss) == (R, rrule, gloss)


@pytest.mark.parametrize(
    "phrase",
    [
        # another cadence before the yearly day: two deadlines, or a typo
        "báo cáo hằng quý cho Bộ trước ngày 15/12 hàng năm",
        "Báo cáo hằng năm trước ngày 20 hằng tháng",
        "định kỳ hằng quý (kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12) trước "
        "ngày 15 tháng 1 của năm tiếp theo",
        # "hằng năm" before a one-off day: each year's, or this one?
        "báo cáo hằng năm cho Bộ trước ngày 15/12/2027",
        # the period's due day inside it: sent before the period ends?
        "định kỳ hằng năm (kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 30 tháng 6) trước "
        "ngày 15 tháng 6 hằng năm",
        # a period beside a one-off day
        "(kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12) trước ngày 15/01/2028",
        # no such day in every year
        "hằng năm (kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 13) trước ngày "
        "15 tháng 1",
    ],
)
def test_a_period_or_a_cadence_that_disagrees_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-01-10"))


def test_hang_nam_before_a_day_without_year_is_no_rule() -> None:
    refused("báo cáo hằng năm cho Bộ trước ngày 15/12", ctx("2027-01-10"))


# --- the day the figures are taken, then the day the report is due ------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule", "gloss"),
    [
        # Bộ GD&ĐT, báo cáo thống kê giáo dục hai kỳ (Báo Giáo dục và Thời đại): "thời điểm
        # báo cáo" is the day the figures are taken, "thời hạn gửi báo cáo" the due day
        ("Kỳ báo cáo đầu năm học, thời điểm báo cáo là ngày 30/9; thời hạn gửi báo cáo là "
         "30/10 hàng năm", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=30",
         "thời điểm báo cáo là ngày 30/9"),
        ("Kỳ báo cáo cuối năm học, thời điểm báo cáo là 31/5, thời hạn gửi báo cáo là 30/6 "
         "hàng năm", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30", "thời điểm báo cáo là 31/5"),
        ("Thời điểm báo cáo là 31/12; thời hạn gửi báo cáo là 15/1 hàng năm",
         "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15", "Thời điểm báo cáo là 31/12"),
    ],
)  # fmt: skip
def test_the_cut_off_day_is_never_the_due_day(phrase: str, rrule: str, gloss: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.rrule, reading.gloss) == (R, rrule, gloss)


@pytest.mark.parametrize(
    "phrase",
    [
        # the same day twice: which is due?
        "Thời điểm báo cáo là 31/12; thời hạn gửi báo cáo là 31/12 hàng năm",
        # a one-off due day beside a yearless cut-off
        "Thời điểm báo cáo là 31/12; thời hạn gửi báo cáo là 15/1/2027",
        # no 31 September
        "thời điểm báo cáo là ngày 31/9; thời hạn gửi báo cáo là 30/10 hàng năm",
    ],
)
def test_a_cut_off_that_does_not_fit_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-09-01"))


# --- a yearly data period stated alone (Nghị định 09/2019/NĐ-CP, Điều 12) -----------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # Thông tư 03/2019/TT-BTP (kỳ báo cáo thống kê ngành Tư pháp), Điều 5
        ("Kỳ báo cáo thống kê năm được tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12 hàng năm",
         "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"),
        ("Kỳ báo cáo thống kê 6 tháng được tính từ ngày 01 tháng 01 đến hết ngày 30 tháng 6 "
         "hàng năm", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"),
        # Thông tư 26/2015/TT-BKHCN, Điều 5
        ("Kỳ hạn báo cáo là 01 năm, tính từ ngày 01/01 đến ngày 31/12 của năm báo cáo",
         "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"),
        # the cycle of Nghị định 09/2019/NĐ-CP, from the 15th to the 14th
        ("Kỳ báo cáo năm từ ngày 15/12 đến ngày 14/12 hằng năm",
         "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=14"),
    ],
)  # fmt: skip
def test_a_yearly_data_period_reads_as_its_cut_off_day(phrase: str, rrule: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.rrule) == (R, rrule)
    assert reading.reading.startswith("kỳ số liệu báo cáo ")  # a data period, said so


@pytest.mark.parametrize(
    "phrase",
    [
        # a period of work each year, not the figures of a report
        "từ ngày 01 tháng 01 đến hết ngày 31 tháng 12 hàng năm",
        # the named period and the days disagree
        "Kỳ báo cáo thống kê 6 tháng được tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 7 hàng năm",
        "Kỳ hạn báo cáo là 02 năm, tính từ ngày 01/01 đến ngày 31/12 của năm báo cáo",
        # not whole months, nor a day to the day before it
        "Kỳ báo cáo năm từ ngày 15/12 đến ngày 20/12 hằng năm",
        # without "hàng năm": one year's days (Thông tư 03/2019/TT-BTP, the estimate's figures)
        "Số liệu thực tế được lấy từ ngày 01 tháng 01 đến hết ngày 31 tháng 5",
        "Kỳ báo cáo thống kê năm được tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12",
    ],
)
def test_a_data_period_that_does_not_fit_stays_refused(phrase: str) -> None:
    refused(phrase)
