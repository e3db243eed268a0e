"""A report named by the period it covers, then the day it is due: the period is its name.

"gửi số liệu báo cáo 6 tháng đầu năm 2020 về Bộ Xây dựng trước ngày 26/7/2020" (Bộ Xây
dựng, CV 3412/2020), "nộp Báo cáo tình hình sử dụng lao động cho 6 tháng cuối năm 2025
trước ngày 5-12" (Người Lao Động, 2025), "Báo cáo quý I/2026 gửi trước ngày 15/4/2026": the
half-year or the quarter names which report (the figures it holds, Nghị định 09/2019/NĐ-CP,
Điều 12), the day after it is when that report is due. The period's numbers are accounted
for as the report's name only when nothing leaves a doubt:

- "báo cáo" (a report) names it, with no number, no clause joined ("," ";" "và" "hoặc") and
  no word of a span ("từ", "đến", "tính") between the report, its period and the time;
- the time is one day told as due ("trước", "chậm nhất", "hạn"), never "đến ngày …" (the day
  the figures run to, `label._FIGURES`) nor a day without "trước" (the day it is held);
- the day falls in the period's last month or at most `LATEST_AFTER` days after it ends (a
  report's figures run to the middle of its last month, Nghị định 09/2019/NĐ-CP, Điều 12, so a
  half-year report may be due before the half ends: "6 tháng cuối năm 2025 trước ngày 5-12";
  one due earlier, or a year after, is a typo or another report); a day printed without its
  year only in the year the period ends ("6 tháng cuối năm 2025 trước ngày 5-12"), never in
  the next ("báo cáo … năm 2016 trước ngày 28/4": of 2016, past, or of 2017? not guessed).

The period may be told with no year ("Báo cáo sơ kết 6 tháng đầu năm trước ngày 15/6/2026",
"Báo cáo quý I trước ngày 15/3/2026", "Báo cáo tổng kết năm trước ngày 10/12/2026": the forms
session 60's brief asked for): it is then the period, of the day's year or the year before,
that the day is due in, and only beside a day printed with its year; a day without one is
left to the rules of each year's reports ("Báo cáo 6 tháng đầu năm trước ngày 15/7",
`grammar.REPORT_DAY_RULE`). "9 tháng năm 2026" is the year's first nine months; a count with
no part of the year ("Báo cáo 6 tháng trước ngày …": six months before the day) is no period.
The period is kept in the label after the words before it (`label_with_period`): it says
which report is due.

Else the period stays an unexplained number and the phrase is refused as before.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from kehoach.dates.found import Found, Input
from kehoach.dates.grammar import Source
from kehoach.dates.reading import DeadlineKind

# after a period told with no year: no year, nor a word that names another year or the
# school's ("năm học", "năm sau", "năm nay": which year is not the day's to say)
_NO_YEAR_AFTER = (
    r"(?![\s/-]*\d|\s+(?:nam|hoc|nay|sau|toi|ngoai|qua|tiep|ke|tai|ngan|lien|moi|thu|dau"
    r"|cuoi|hang|mot|dinh|lan|thuong|truoc(?!\s+(?:ngay\b|\d))))"
)
# a period told with no year is read only in the plainest line (session 60's tester): the
# report alone, or sent, at the opening ("Hủy/Miễn/Có thể báo cáo quý I …": called off or
# hedged), nothing but the due word after the period ("Báo cáo quý I (đã hủy) trước …"); a
# cadence after it is no period ("Báo cáo năm một lần", "tổng kết năm hàng năm")
_PLAIN_OPENING = re.compile(r"\A\W*(?:(?:gui|nop|lap)\s+)?\Z", re.ASCII)
_PLAIN_REST = re.compile(
    r"\A\s*(?:(?:gui|nop)\s+)?(?:truoc|(?:cham|muon)\s+nhat(?:\s+la)?|han(?:\s+chot)?)?\s*(?:ngay\s*)?\Z",
    re.ASCII,
)
# the report, the words that say which (no digit, no clause joined), then its period: a
# half or the first nine months with its year, or a quarter with its year
_PERIOD = (
    # "9 tháng năm 2026" (the first nine months: a count alone is the year's first months)
    r"(?:(?P<months>6|06|sau|9|09)\s+thang(?:\s+(?P<part>dau|cuoi))?"
    r"|quy\s+(?P<quarter>iv|i{1,3}|[1-4])(?![a-z]))"
    r"(?:(?:\s*[/-]\s*|\s+nam\s+)(?P<year>(?:19|20)\d\d)"
    # ... or with no year, the day's own (`_yearless`): "Báo cáo sơ kết 6 tháng đầu năm trước
    # ngày 15/6/2026", "Báo cáo quý I trước ngày 15/3/2026"; a count with no part is no
    # period ("Báo cáo 6 tháng trước ngày …": six months before the day)
    r"|(?(part)\s+nam|(?(quarter)|(?!)))(?P<yearless>)" + _NO_YEAR_AFTER + r")"
    # ... or the year itself: "gửi báo cáo thống kê chính thức năm 2018 về Bộ Tư pháp (Cục Kế
    # hoạch – Tài chính) trước ngày 15 tháng 3 năm 2019" (Bộ Tư pháp, 2019)
    r"|nam\s+(?P<whole>(?:19|20)\d\d)"
    # ... or the year's own report with no year, right after "báo cáo", "tổng kết", "tài
    # chính": "Báo cáo tổng kết năm trước ngày 10/12/2026"; never after a count ("một năm
    # trước ngày …": a year before it) nor a cadence ("hằng năm": each year's)
    r"|(?:(?<=cao\s)|(?<=ket\s)|(?<=chinh\s))(?P<year_report>nam)" + _NO_YEAR_AFTER
)
_REPORT_PERIOD = re.compile(
    r"\bbao\s+cao(?P<what>(?:\s+[a-z&]+){0,12}?)\s+(?:cho\s+)?"
    rf"(?P<named>{_PERIOD})"
    r"(?![\d/.-])\s*:?(?P<rest>[^\d,;:]*)\Z",
    re.ASCII,
)
# ... or the period set apart at the phrase's opening, "Riêng …,", in a reporting rule whose
# reports the phrases around it name: "Riêng trong quý I năm 2019, gửi trước ngày 05/5/2019"
# (Sở Nội vụ Thừa Thiên Huế, CV 391/2019 on the officials' quarterly ratings; g-snv-thua-
# thien-hue-cv-391-2019): that period's report, due on the day after it, as "báo cáo quý I
# năm 2019 gửi trước ngày 05/5/2019" is; its comma closes it, and only the sending of the
# report follows ("gửi", "nộp báo cáo"): any other work set apart in a period ("Riêng trong
# quý I năm 2025, tổ chức hội nghị trước ngày 05/7/2025", session 51's tester) is no report
# due after it, and the day outside the period stays refused
_SET_APART = re.compile(
    r"\A\W*rieng\s+(?P<what>)(?P<named>(?:trong\s+)?(?:" + _PERIOD + r"))"
    r"(?![\d/.-])\s*,\s*(?P<rest>(?:(?:gui|nop)(?:\s+bao\s+cao)?|bao\s+cao)\s*)\Z",
    re.ASCII,
)
# words that would make the day a span's end, a start, or join another clause
# (read as printed: folded, "Bộ Tư pháp" would hold "từ")
_NOT_PLAIN = re.compile(r"(?i)(?<!\w)(?:từ|đến|tới|và|hoặc|hay|trong|sau|kỳ|tính)(?!\w)")
# ... and the word that tells the day is due
_DUE = re.compile(r"\b(?:truoc|cham\s+nhat|muon\s+nhat|han)\b", re.ASCII)
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
LATEST_AFTER = timedelta(days=120)
# ... a quarter's report sooner, for a yearly day of no year (`namedreport`: the period
# decides the month, "Báo cáo quý IV trước ngày 15/1" is next January's). The latest
# of the quarter's reports the corpus and the rules cite are within it: the statistics' and
# the administrative reports (data to the 14th of its last month, Nghị định 09/2019/NĐ-CP,
# Điều 12), the quarter's tax return (the last day of the next month, Luật Quản lý thuế 2019,
# Điều 44), a parent company's consolidated accounts (45 days, Thông tư 200/2014/TT-BTC,
# Điều 109: "chậm nhất là 45 ngày, kể từ ngày kết thúc kỳ kế toán quý")
LATEST_AFTER_QUARTER = timedelta(days=45)


def plain_opening(opening: str) -> bool:
    """Whether `opening` (folded), the words before a report, is the plainest line's: none,
    or the report sent ("gửi", "nộp", "lập"); never called off, hedged or told done."""
    return _PLAIN_OPENING.match(opening) is not None


def _period(named: re.Match[str], year: int) -> tuple[date, date] | None:
    """The first and last day of the period `_REPORT_PERIOD` matched (a year, a quarter,
    a half, the first nine months), in `year` when it names none; None for a part of the
    year no report is named by ("9 tháng cuối năm")."""
    if named["whole"] or named["year_report"]:
        year = int(named["whole"] or year)
        return date(year, 1, 1), date(year, 12, 31)
    year = int(named["year"] or year)
    if named["quarter"]:
        quarter = _QUARTERS[named["quarter"]]
        first = date(year, 3 * quarter - 2, 1)
        after = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return first, after - timedelta(days=1)
    months = 6 if named["months"] in ("6", "06", "sau") else 9
    if named["part"] != "cuoi":  # "9 tháng năm 2026": the year's first nine months
        return date(year, 1, 1), date(year, months, 30)
    if months == 9:
        return None
    return date(year, 7, 1), date(year, 12, 31)


def _yearless(named: re.Match[str]) -> bool:
    """Whether the period is told with no year ("6 tháng đầu năm", "quý I", "tổng kết năm")."""
    return named["yearless"] is not None or named["year_report"] is not None


class ReportPeriod(NamedTuple):
    """The period a report is named by: its span in the prepared text, and a pattern of its
    words as printed (for the label's check of words of time)."""

    span: tuple[int, int]
    said: str


def report_period_named(start: int, given: Input, readings: list[Found]) -> ReportPeriod | None:
    """The period of a report named before the time part (prepared[:start]), when the one
    reading is a day due in the time that report is due (see the module's rules); else
    None. The caller blanks it: its numbers are the report's name."""
    named = _REPORT_PERIOD.search(given.prepared[:start]) or _SET_APART.match(
        given.prepared[:start]
    )
    (one,) = readings if len(readings) == 1 else (None,)
    if named is None or one is None or one.kind is not DeadlineKind.DATE:
        return None
    if not _alone_and_due(named, start, given) or not _due_in_its_time(named, one):
        return None
    said = given.source.original(*named.span("named"))
    return ReportPeriod(named.span("named"), re.escape(said))


def _alone_and_due(named: re.Match[str], start: int, given: Input) -> bool:
    """Whether the period named and the time after it are one report's due day (the module's
    first two rules), the only time of the phrase."""
    if _yearless(named):
        if named.re is _SET_APART:
            return False  # "Riêng quý I, gửi …": set apart in a rule of each year's reports
        opening = named.string[: named.start()]
        if not (plain_opening(opening) and _PLAIN_REST.match(named["rest"])):
            return False
    around = (given.source.original(*named.span(group)) for group in ("what", "rest"))
    if _NOT_PLAIN.search(" ".join([*around, given.source.original(start, len(given.prepared))])):
        return False  # "đến ngày …" (the figures' day), "từ …", a clause joined
    if not _DUE.search(named["rest"] + " " + given.prepared[start:]):
        return False
    # "… trước ngày 15/6/2026 và 15/12/2026": which day is this report's?
    return not _another_number_beside(given.source)


def _another_number_beside(source: Source) -> bool:
    """Whether the phrase holds a number outside `source`, the part read ("Báo cáo 6 tháng
    đầu năm trước ngày 15/6/2026 và 15/12/2026": another day, maybe another report's)."""
    outside = source.text[: source.origin[0]] + " " + source.text[source.origin[-1] :]
    return any(char.isdigit() for char in outside)


def _due_in_its_time(named: re.Match[str], one: Found) -> bool:
    """Whether `one` is a single day in the time the report of the period `named` is due
    (the module's third rule). A period told with no year is the one of the day's year, or
    of the year before, that the day is due in; never with a day printed without its year
    ("Báo cáo 6 tháng đầu năm trước ngày 15/7": each year's, `grammar.REPORT_DAY_RULE`).
    A printed day with its year is the deadline whatever quarter the report names (the
    lead's ruling, session 61's f61b: "Gửi báo cáo quý IV trước ngày 15/4/2026"): the
    shorter time of a quarter's report (`LATEST_AFTER_QUARTER`) is only `namedreport`'s."""
    day = one.last
    if day is None or day != one.first:
        return False
    if not _yearless(named):
        return _in_its_time(_period(named, day.year), day, one.year_inferred, LATEST_AFTER)
    if one.year_inferred:
        return False
    years = (day.year, day.year - 1)
    return any(_in_its_time(_period(named, year), day, False, LATEST_AFTER) for year in years)


def _in_its_time(
    period: tuple[date, date] | None, day: date, year_inferred: bool, latest: timedelta
) -> bool:
    """Whether `day` falls in `period`'s last month or at most `latest` after it."""
    if period is None or not period[1].replace(day=1) <= day <= period[1] + latest:
        return False
    # "báo cáo … năm 2016 trước ngày 28/4": 28/4 of which year? not guessed
    return not (year_inferred and day.year != period[1].year)


def label_with_period(label: str | None, source: Source, report: ReportPeriod | None) -> str | None:
    """`label` with the report's period after it when the label ends right before the period
    ("Báo cáo sơ kết" + "6 tháng đầu năm"): the period says which report is due, so it is
    part of the step's name, not a time of its own; any other label as it is."""
    if report is None:
        return label
    before = source.original(0, report.span[0]).rstrip()
    if label is None or not before.endswith(label):
        return label
    return f"{label} {source.said(*report.span)}"
