"""Forms tuned on the q- and p- sets (branch tune-q): reporting rules, reporting periods and
cadences. A yearly report due in the year after the period it covers, the period stated beside
the rule or alone, the day the figures are taken beside the day the report is due, the rule's
cadence said twice. Each rule with the real phrases that motivated it (their document cited)
and the near variants that must stay refused or read otherwise (the first rule: never a silent
wrong date)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from clirun import kehoach
from conftest import strict_calendar
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
        # Thông tư 37/2019/TT-BYT (kỳ báo cáo thống kê y tế), Điều 4: whole days, "0h00" to
        # "hết 24h00", the last day said twice
        ("Tính bắt đầu từ 0h00 ngày 01/7 đến hết 24h00 ngày cuối cùng của ngày 31/12 hằng năm",
         "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"),
        ("Kỳ báo cáo 9 tháng: Tính bắt đầu từ 0h00 ngày 01/01 đến hết 24h00 ngày cuối cùng "
         "của ngày 30/9 hằng năm.", "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=30"),
        ("Báo cáo báo cáo năm: Tính bắt đầu từ 0h00 ngày 01/01 cho đến hết 24h00 ngày 31/12 "
         "của kỳ báo cáo thống kê đó.", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"),
        ("Kỳ báo cáo tháng: Tính bắt đầu từ 0h00 ngày 01 đầu tháng cho đến hết 24h00 ngày cuối "
         "cùng của tháng.", "FREQ=MONTHLY;BYMONTHDAY=-1"),
    ],
)  # fmt: skip
def test_a_yearly_data_period_reads_as_its_cut_off_day(phrase: str, rrule: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.rrule) == (R, rrule)
    assert reading.reading.startswith("kỳ số liệu báo cáo ")  # a data period, said so


@pytest.mark.parametrize(
    "phrase",
    [
        # the named period and the days disagree
        "Kỳ báo cáo thống kê 6 tháng được tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 7 hàng năm",
        "Kỳ hạn báo cáo là 02 năm, tính từ ngày 01/01 đến ngày 31/12 của năm báo cáo",
        # not whole months, nor a day to the day before it
        "Kỳ báo cáo năm từ ngày 15/12 đến ngày 20/12 hằng năm",
        # without "hàng năm": one year's days (Thông tư 03/2019/TT-BTP, the estimate's figures)
        "Số liệu thực tế được lấy từ ngày 01 tháng 01 đến hết ngày 31 tháng 5",
        "Kỳ báo cáo thống kê năm được tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12",
        # no 31 September
        "Kỳ báo cáo 9 tháng: Tính bắt đầu từ 0h00 ngày 01/01 đến hết 24h00 ngày 31/9 hằng năm.",
    ],
)
def test_a_data_period_that_does_not_fit_stays_refused(phrase: str) -> None:
    refused(phrase)


def test_a_period_of_work_each_year_is_no_data_period() -> None:
    # a period of work each year, not the figures of a report: since tune-v a yearly window
    # (tests/test_deadline_forms_v.py), due on its last day, never said a data period
    (reading,) = parse_deadlines("từ ngày 01 tháng 01 đến hết ngày 31 tháng 12 hàng năm", ctx())
    assert (reading.kind, reading.rrule) == (R, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31")
    assert not reading.reading.startswith("kỳ số liệu báo cáo ")


# --- two report cadences, each with its day ----------------------------------------------


def test_two_cadences_each_with_its_day_are_two_yearly_rules() -> None:
    # the new user's find (a reporting rule of a provincial department): the six-month report
    # once a year on the year's first half, the yearly report on the whole year (Nghị định
    # 09/2019/NĐ-CP, Điều 12), as "báo cáo định kỳ 06 tháng" is read
    readings = parse_deadlines("Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)", ctx())
    assert [(r.kind, r.rrule, r.qualifier) for r in readings] == [
        (R, "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15", "6 tháng"),
        (R, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", "năm"),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Định kỳ 6 tháng (trước ngày 15/6) và 6 tháng (trước ngày 15/12)",  # the same cadence
        "Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/6)",  # the same day
        "Định kỳ 6 tháng (trước ngày 31/6) và năm (trước ngày 15/12)",  # no 31 June
        "Định kỳ 6 tháng (trước ngày 15/6/2027) và năm (trước ngày 15/12)",  # one-off and yearly
        "Định kỳ 6 tháng (trước ngày 15/6) hoặc năm (trước ngày 15/12)",  # one of two
    ],
)
def test_two_cadences_that_do_not_fit_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-01-10"))


def test_two_cadences_with_strict_before_are_refused() -> None:
    from kehoach.dates.deadline import Context

    strict = Context(strict_before=True)
    assert "strict" in refused(
        "Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)", strict
    )


# --- cadences said by their days: every day, several weekdays --------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule", "time"),
    [
        # UBND phường Hải Châu 1 (Đà Nẵng), lịch thu gom rác 2022: the hours of every day
        ("- Đối với các kiệt, hẻm: Thời gian công nhân VSMT thu gom từ 19h00’ đến 21h00’ hằng "
         "ngày", "FREQ=DAILY", "21:00"),
        ("cập nhật hằng ngày", "FREQ=DAILY", None),
        # UBND xã Minh Đức (Đồng Nai), thu gom rác 2025: the count agrees with the days listed
        ("Định kỳ: 2 đến 3 lần/tuần (vào các ngày thứ 3, thứ 5 và Chủ nhật)",
         "FREQ=WEEKLY;BYDAY=TU,TH,SU", None),
        ("vào các ngày thứ 3, thứ 5 và Chủ nhật hằng tuần", "FREQ=WEEKLY;BYDAY=TU,TH,SU", None),
        # two weekdays: both, never the first alone (tune-ij refused them before)
        ("vào thứ Năm và thứ Sáu hàng tuần", "FREQ=WEEKLY;BYDAY=TH,FR", None),
        ("vào thứ Năm, thứ Sáu hàng tuần", "FREQ=WEEKLY;BYDAY=TH,FR", None),
    ],
)  # fmt: skip
def test_every_day_or_several_weekdays_each_week(phrase: str, rrule: str, time: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.rrule, reading.time) == (R, rrule, time)


def test_the_hours_of_each_day_keep_their_start() -> None:
    (reading,) = parse_deadlines("thu gom từ 19h00’ đến 21h00’ hằng ngày", ctx())
    assert (reading.time, reading.gloss) == ("21:00", "bắt đầu lúc 19:00")


@pytest.mark.parametrize(
    "phrase",
    [
        "vào thứ Năm, thứ Năm hàng tuần",  # the same day twice
        "Định kỳ: 4 lần/tuần (vào các ngày thứ 3, thứ 5 và Chủ nhật)",  # 4 times, 3 days
        "Định kỳ: 1 lần/tuần (vào các ngày thứ 3, thứ 5 và Chủ nhật)",
        "vào các ngày thứ 3, thứ 5 và Chủ nhật",  # which week? no cadence
        "vào các ngày thứ 3, thứ 5 và Chủ nhật hằng tháng",  # which of the month's?
        "từ 21h00 đến 19h00 hằng ngày",  # it ends before it starts
        "từ 19h00 đến 25h00 hằng ngày",  # no such hour
        "trước ngày 20 hằng ngày",  # a day of the month beside every day
        "hằng ngày 15",
    ],
)
def test_days_of_a_cadence_that_do_not_fit_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-01-10"))


# --- a count of years, months or weeks a time, and no day: refused, saying why ---------


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # Điều lệ Đảng, Điều 15: the congress every five years (which year of the term?)
        ("Ðại hội đại biểu toàn quốc do Ban Chấp hành Trung ương triệu tập thường lệ năm năm "
         "một lần", "không nêu kỳ bắt đầu"),
        # Điều lệ Công đoàn Việt Nam; Hội Nông dân Việt Nam, CV 2073/2016
        ("Đại hội công đoàn các cấp được tổ chức theo nhiệm kỳ 5 năm 1 lần.", "không nêu kỳ bắt đầu"),
        # Sở GD&ĐT Khánh Hòa, hội thi giáo viên dạy giỏi (2025)
        ("Hội thi giáo viên tiểu học dạy giỏi cấp tỉnh được tổ chức 4 năm/lần", "không nêu kỳ"),
        # Hội đồng Đội TP.HCM, giao ban Tổng phụ trách (2022): which weeks?
        ("tiếp tục duy trì tổ chức sinh hoạt, giao ban giữa các Tổng phụ trách Đội và Câu lạc "
         "bộ Khăn hồng định kỳ 2 tuần/lần", "không nêu kỳ"),
        # Huyện đoàn Vĩnh Bảo (2009): once a month, no day of the month
        ("Chi đoàn sinh hoạt định kỳ 01 tháng 01 lần.", "hằng tháng"),
    ],
)  # fmt: skip
def test_a_count_of_periods_a_time_without_a_day_is_refused_saying_why(
    phrase: str, why: str
) -> None:
    assert why in refused(phrase)


@pytest.mark.parametrize("phrase", ["6 tháng một lần", "sáu tháng một lần", "Định kỳ 6 tháng"])
def test_six_months_a_time_stays_the_years_halves(phrase: str) -> None:
    assert _rule(phrase) == "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1"


# --- end to end: the installed command counts the occurrences and feeds the RRULE ---------

_PLAN = """\
schema: 1
id: kh-bao-cao-q
title: Chế độ báo cáo và lịch thu gom
issuer: UBND tỉnh
jurisdiction: Nghệ An
issued: 05/01/2026
source: {document: x, complete: true}
tasks:
  - id: "1"
    title: Báo cáo công tác bảo vệ môi trường
    lead: [UBND tỉnh]
    deadline: "định kỳ hằng năm (kỳ báo cáo tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 12) trước ngày 15 tháng 1 của năm tiếp theo"
    reports:
      - {period: năm 2025, sent: 12/01/2026}  # the report on 2025, due 15/01/2026
  - id: "2"
    title: Thu gom rác
    lead: [UBND tỉnh]
    deadline: "Định kỳ: 2 đến 3 lần/tuần (vào các ngày thứ 3, thứ 5 và Chủ nhật)"
"""


def _installed(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"KEHOACH_CACHE_DIR": str(folder / "cache")}
    env |= {key: os.environ[key] for key in ("PYTHONPATH",) if key in os.environ}
    return kehoach(*args, cwd=folder, env=env, clean=True)


def test_status_and_the_feed_carry_the_rules_through_the_installed_command(
    tmp_path: Path,
) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(Path(__file__).parent.parent / "plans" / "agencies.yaml", plans)
    (plans / "kh-bao-cao-q.yaml").write_text(_PLAN, encoding="utf-8")
    status = _installed(tmp_path, "status", str(plans), "--as-of", "13/01/2026", "-f", "json")
    assert status.returncode in (0, 1), status.stderr
    items = json.loads(status.stdout)["items"]
    got = sorted((i["task_id"], i["period"], i["period_due"], i["bin"]) for i in items)
    assert got == [
        ("1", "năm 2025", "2026-01-15", "done_on_time"),  # "của năm tiếp theo": 2025's
        # a collection round, not a report: one standing duty, the day in progress given
        ("2", "kỳ hạn 13/01/2026", "2026-01-13", "no_deadline"),  # Tuesday 13/01
    ]
    text = _installed(tmp_path, "status", str(plans), "--as-of", "13/01/2026", "--all").stdout
    assert "kỳ hạn" in text and "kỳ kỳ" not in text  # the due day names the occurrence once
    feed = tmp_path / "feed.ics"
    done = _installed(tmp_path, "export-ics", str(plans), "--as-of", "13/01/2026", "-o", str(feed))
    assert done.returncode == 0, done.stderr
    calendar = strict_calendar(feed.read_bytes())
    rules = {frozenset(e.rrule.as_rrule_str().split(";")) for e in calendar.events if e.rrule}
    assert rules == {
        frozenset({"FREQ=WEEKLY", "BYDAY=TU,TH,SU"}),
        frozenset({"FREQ=YEARLY", "BYMONTH=1", "BYMONTHDAY=15"}),
    }


# --- a weekly reception day moved off a day off -------------------------------------------


def test_a_weekly_reception_day_keeps_its_clause_for_a_day_off() -> None:
    # UBND xã Tân Đoàn (Lạng Sơn), lịch tiếp công dân 2026 (Luật Tiếp công dân 2013, Điều 15)
    phrase = (
        "Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào ngày thứ Tư hằng tuần, trong giờ "
        "hành chính, nếu trùng vào ngày nghỉ theo quy định thì tiếp công dân vào ngày làm việc "
        "tiếp theo liền kề sau đó"
    )
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.rrule) == (R, "FREQ=WEEKLY;BYDAY=WE")
    assert reading.qualifier is not None and reading.qualifier.endswith("liền kề sau đó")


@pytest.mark.parametrize(
    "phrase",
    [
        # moved back, not to the next working day: the status would count another day
        "tiếp công dân vào thứ Tư hằng tuần, nếu trùng vào ngày nghỉ thì tiếp vào ngày làm việc "
        "trước đó",
        # no weekday to move
        "hằng tuần, nếu trùng vào ngày nghỉ thì tiếp vào ngày làm việc tiếp theo",
    ],
)
def test_a_weekly_shift_that_does_not_fit_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-05"))
