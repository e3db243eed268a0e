"""Recurring deadlines as RFC 5545 rules: every occurrence is a deliverable.

A periodic report (báo cáo định kỳ: monthly, quarterly, six-monthly, yearly, under Nghị
định 09/2019/NĐ-CP and each ministry's circulars) is owed once per period. The deadline
language (`dates.deadline`) reads its phrase into an RRULE text (RFC 5545, 3.3.10); this
module expands that rule with `dateutil.rrule` between a start (the plan's issue day, or
the `from` a task states) and a day, and names the period of each occurrence
("tháng 1/2026", "quý II/2026", "6 tháng đầu năm 2026", "năm 2026"): the period it reports
on, which the phrase may put before the due day's ("trước ngày 15 tháng 01 của năm tiếp
theo": the report due 15/01/2027 is "năm 2026"). That offset is ours, not RFC 5545's: a
`Series` carries it beside the RRULE text, which stays the due days. Every caller that names
or matches an occurrence passes the series, and `occurrence` alone computes the name.

Pure: no clock, no I/O. dateutil is imported where used, so `kehoach status` on plans
without recurring deadlines does not pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from kehoach.base.text import fold
from kehoach.dates.reading import Series, usual_offset

if TYPE_CHECKING:
    from dateutil.rrule import rrule

_ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True, order=True)
class Occurrence:
    """One due day of a recurring deadline and the period it reports on."""

    due: date  # the last allowed day as the rule gives it (before any working-day rollover)
    period: str  # "tháng 1/2026", "quý II/2026", "năm 2026"
    opens: date  # the first day of that period: nothing can be sent for it before


def as_series(series: Series | str) -> Series:
    """A series as given, or a bare RRULE text as the series its words would be (the usual
    period for each due day: `usual_offset`)."""
    return Series(series, usual_offset(series)) if isinstance(series, str) else series


def _parts(rule_text: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in rule_text.upper().split(";") if "=" in part)


def _months(parts: dict[str, str]) -> list[int]:
    return [int(m) for m in parts["BYMONTH"].split(",")] if "BYMONTH" in parts else []


@lru_cache(maxsize=256)
def _rule(rule_text: str, start: date, anchor: date | None = None) -> rrule:
    """The dateutil rule from `start`, or from `anchor` for a rule due every few years
    (`Recurrence.anchor`: the years due are counted from it). A monthly rule that lists its
    months (quarterly: BYMONTH=3,6,9,12) drops its INTERVAL: with DTSTART in another month,
    RFC 5545 would count the interval from that month and meet none of the listed ones.

    Raises ValueError for a yearly INTERVAL above 1 without its anchor: counted from
    `start` (the day asked, the plan's issue day) the years due would be a guess."""
    from dateutil.rrule import rrulestr

    parts = _parts(rule_text)
    if parts.get("FREQ") == "MONTHLY" and "BYMONTH" in parts:
        parts.pop("INTERVAL", None)
    if parts.get("FREQ") == "YEARLY" and parts.get("INTERVAL", "1") != "1" and anchor is None:
        raise ValueError(f"{rule_text}: nhịp nhiều năm một lần cần năm bắt đầu (DTSTART)")
    text = ";".join(f"{key}={value}" for key, value in parts.items())
    made = rrulestr(text, dtstart=_midnight(anchor or start))
    return made  # type: ignore[return-value]  # rrulestr gives an rrule for one RRULE


def occurrences(
    series: Series | str, start: date, end: date, until: date | None = None
) -> list[Occurrence]:
    """Every occurrence due from `start` to `end` (both inclusive), none after `until`."""
    series = as_series(series)
    last = min(end, until) if until else end
    if last < start:
        return []
    days = _rule(series.rule, start, series.anchor).between(
        datetime.combine(start, datetime.min.time()),
        datetime.combine(last, datetime.min.time()),
        inc=True,
    )
    return [occurrence(series, day.date()) for day in days]


def next_occurrence(
    series: Series | str, start: date, on_or_after: date, until: date | None = None
) -> Occurrence | None:
    """The first occurrence due on or after `on_or_after` (and not before `start`); None
    when the series ended (`until`)."""
    series = as_series(series)
    since = max(start, on_or_after)
    found = _rule(series.rule, start, series.anchor).after(_midnight(since), inc=True)
    if found is None or (until is not None and found.date() > until):
        return None
    return occurrence(series, found.date())


def occurrence(series: Series | str, due: date) -> Occurrence:
    """The occurrence of the series due on `due`, named by the period it reports on: the
    due day's period moved by the series' offset ("năm 2026" for a yearly report due
    15/01/2027 "của năm tiếp theo"), a yearly report on part of the year by that part ("6
    tháng đầu năm 2026"). A rule with several due days in one period ("ngày 15 và 25 hằng
    tháng", "05/4, 05/7, 05/10, 05/11 hằng năm") names each occurrence by its due day ("kỳ
    hạn 15/03/2026"): "tháng 3/2026" would be the period of two deliverables, and a report
    naming it could be either's. So does a series whose words do not say the period and no
    convention gives it (offset None, `usual_offset`: "10/1, 10/4, 10/7, 10/10")."""
    series = as_series(series)
    parts = _parts(series.rule)
    freq, months = parts.get("FREQ"), _months(parts)
    interval = int(parts.get("INTERVAL", "1"))
    offset = series.offset
    if offset is None or _several_in_a_period(parts) or freq not in ("YEARLY", "WEEKLY", "MONTHLY"):
        opens = previous_due(series.rule, due, series.anchor) + ONE_DAY
        return Occurrence(due, due_day_period(due), opens)
    if freq == "YEARLY":
        return _year(due, offset, series.covers)
    if freq == "WEEKLY":
        monday = due - timedelta(days=due.weekday()) + timedelta(weeks=offset)
        week = monday.isocalendar()
        return Occurrence(due, f"tuần {week.week}/{week.year}", monday)
    if freq == "MONTHLY" and (interval == 6 or len(months) == 2):
        year, half = _period_of(due, 6, offset)
        name = f"6 tháng {'cuối' if half else 'đầu'} năm {year}"
        return Occurrence(due, name, date(year, 6 * half + 1, 1))
    if freq == "MONTHLY" and (interval == 3 or len(months) == 4):
        year, quarter = _period_of(due, 3, offset)
        return Occurrence(due, f"quý {_ROMAN[quarter]}/{year}", date(year, 3 * quarter + 1, 1))
    year, month = _period_of(due, 1, offset)
    return Occurrence(due, f"tháng {month + 1}/{year}", date(year, month + 1, 1))


def _period_of(due: date, months: int, offset: int) -> tuple[int, int]:
    """(year, 0-based index in the year) of the period of `months` months holding `due`,
    moved `offset` periods (-1: the one before, across the new year)."""
    per_year = 12 // months
    return divmod(due.year * per_year + (due.month - 1) // months + offset, per_year)


def _year(due: date, offset: int, covers: str | None) -> Occurrence:
    """A yearly report's period: the year (moved by `offset`), or the part of it the
    report covers ("6 tháng đầu năm 2026", "9 tháng đầu năm 2026")."""
    year = due.year + offset
    if covers is None:
        return Occurrence(due, f"năm {year}", date(year, 1, 1))
    if covers.startswith("quý "):  # "quý III/2026", as a quarterly rule names it
        quarter = _ROMAN.index(covers.removeprefix("quý "))
        return Occurrence(due, f"{covers}/{year}", date(year, 3 * quarter + 1, 1))
    opens = date(year, 7, 1) if "cuối" in covers else date(year, 1, 1)
    return Occurrence(due, f"{covers} {year}", opens)


ONE_DAY = timedelta(days=1)


def due_day_period(due: date) -> str:
    """The name of an occurrence known by its due day: "kỳ hạn 15/03/2026"."""
    return f"kỳ hạn {due:%d/%m/%Y}"


def _several_in_a_period(parts: dict[str, str]) -> bool:
    """Whether the rule is due more than once in the period its frequency names: several
    weekdays of a week, several days of a month (BYMONTHDAY=15,25; never the 28..31 with BYSETPOS=-1 that says "the
    month's last day up to the 31st"), several months of a year, or a half-yearly rule due
    in other months than June and December (the report's half is not said: "trước ngày
    15/1 và 15/7" may be for the half before)."""
    freq, months = parts.get("FREQ"), _months(parts)
    days = parts.get("BYMONTHDAY", "").split(",")
    if freq == "MONTHLY" and not months and len(days) > 1 and "BYSETPOS" not in parts:
        return True
    if freq == "YEARLY" and len(months) > 1:
        return True
    if freq == "WEEKLY" and "," in parts.get("BYDAY", ""):  # "thứ 3, thứ 5 và Chủ nhật"
        return True
    return freq == "MONTHLY" and len(months) == 2 and months != [6, 12]


def next_due(rule_text: str, on_or_after: date, anchor: date | None = None) -> date:
    """The first due day of the rule on or after `on_or_after` (no start: every period; a
    rule due every few years counts its years from `anchor`, `Recurrence.anchor`)."""
    found = _rule(rule_text, anchor or on_or_after, anchor).after(_midnight(on_or_after), inc=True)
    assert found is not None  # a rule without UNTIL or COUNT never ends
    return found.date()


def previous_due(rule_text: str, due: date, anchor: date | None = None) -> date:
    """The last due day of the rule before `due` (every yearly rule is due at least once a
    year, so two years back holds it; a rule due every few years counts from `anchor`, and
    before its first due day the day before the anchor stands for the period before)."""
    if anchor is not None:
        found = _rule(rule_text, anchor, anchor).before(_midnight(due))
        return found.date() if found is not None else anchor - ONE_DAY
    found = _rule(rule_text, date(due.year - 2, 1, 1)).before(_midnight(due))
    assert found is not None
    return found.date()


def _midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def period_key(text: str) -> str:
    """A period as written, made comparable: no diacritics, case or spaces, no leading
    zeros, quarters in Roman numerals, "năm" before a month's or a quarter's year as "/"
    ("Quý 2/2026", "quy II năm 2026" -> "quyii/2026"; "Tháng 03 năm 2026" -> "thang3/2026");
    an occurrence known by its due day with or without its words ("kỳ hạn 05/06/2026",
    "ngày 5/6/2026", "05-06-2026" -> "kyhan5/6/2026")."""
    key = re.sub(r"\s+", "", fold(text).lower())
    day = _DUE_DAY_KEY.fullmatch(key)
    if day:
        return f"kyhan{int(day['d'])}/{int(day['m'])}/{day['y']}"
    key = re.sub(r"(?<!\d)0+(?=\d)", "", key)
    key = re.sub(r"quy([1-4])(?!\d)", lambda m: "quy" + _ROMAN[int(m[1]) - 1].lower(), key)
    return re.sub(r"^((?:thang\d+|quy[iv]+))nam(?=\d{4}$)", r"\1/", key)


_DUE_DAY_KEY = re.compile(
    r"(?:ky)?(?:han)?(?:ngay)?(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
)


def find_period(
    series: Series | str,
    start: date,
    period: str,
    until: date | None = None,
    horizon: date | None = None,
) -> Occurrence | None:
    """The occurrence whose period is written `period`, due from `start` to `horizon` (by
    default ten years after `start`) and not after `until`; None when the rule has none."""
    wanted = period_key(period)
    end = horizon or date(start.year + 10, 12, 31)
    for found in occurrences(series, start, end, until):
        if period_key(found.period) == wanted:
            return found
    return None


def due_within(
    series: Series | str, start: date, period: str, until: date | None = None
) -> list[Occurrence]:
    """The occurrences due inside a whole period written as a clerk writes it ("tháng
    3/2026", "năm 2020"), from `start`: a report naming "năm 2020" for "trước ngày 05/6 và
    05/12 hằng năm" could be either's, and the caller names them; [] when `period` is no
    period the deadline language reads as one window."""
    from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadline

    try:
        window = parse_deadline(period)
    except DeadlineError:
        return []
    if window.kind is not DeadlineKind.WINDOW or window.first is None or window.last is None:
        return []
    return occurrences(series, max(start, window.first), window.last, until)
