"""Recurring deadlines as RFC 5545 rules: every occurrence is a deliverable.

A periodic report (báo cáo định kỳ: monthly, quarterly, six-monthly, yearly, under Nghị
định 09/2019/NĐ-CP and each ministry's circulars) is owed once per period. The deadline
language (`dates.deadline`) reads its phrase into an RRULE text (RFC 5545, 3.3.10); this
module expands that rule with `dateutil.rrule` between a start (the plan's issue day, or
the `from` a task states) and a day, and names the period of each occurrence
("tháng 1/2026", "quý II/2026", "6 tháng đầu năm 2026", "năm 2026").

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

if TYPE_CHECKING:
    from dateutil.rrule import rrule

_ROMAN = ("I", "II", "III", "IV")
_FIRST_MONTHS = frozenset({1, 4, 7, 10})  # "ngày 10 của tháng đầu quý sau": the quarter before


@dataclass(frozen=True, order=True)
class Occurrence:
    """One due day of a recurring deadline and the period it reports on."""

    due: date  # the last allowed day as the rule gives it (before any working-day rollover)
    period: str  # "tháng 1/2026", "quý II/2026", "năm 2026"
    opens: date  # the first day of that period: nothing can be sent for it before


def _parts(rule_text: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in rule_text.upper().split(";") if "=" in part)


def _months(parts: dict[str, str]) -> list[int]:
    return [int(m) for m in parts["BYMONTH"].split(",")] if "BYMONTH" in parts else []


@lru_cache(maxsize=256)
def _rule(rule_text: str, start: date) -> rrule:
    """The dateutil rule from `start`. A monthly rule that lists its months (quarterly:
    BYMONTH=3,6,9,12) drops its INTERVAL: with DTSTART in another month, RFC 5545 would
    count the interval from that month and meet none of the listed ones."""
    from dateutil.rrule import rrulestr

    parts = _parts(rule_text)
    if parts.get("FREQ") == "MONTHLY" and "BYMONTH" in parts:
        parts.pop("INTERVAL", None)
    text = ";".join(f"{key}={value}" for key, value in parts.items())
    made = rrulestr(text, dtstart=datetime.combine(start, datetime.min.time()))
    return made  # type: ignore[return-value]  # rrulestr gives an rrule for one RRULE


def occurrences(
    rule_text: str, start: date, end: date, until: date | None = None
) -> list[Occurrence]:
    """Every occurrence due from `start` to `end` (both inclusive), none after `until`."""
    last = min(end, until) if until else end
    if last < start:
        return []
    days = _rule(rule_text, start).between(
        datetime.combine(start, datetime.min.time()),
        datetime.combine(last, datetime.min.time()),
        inc=True,
    )
    return [occurrence(rule_text, day.date()) for day in days]


def next_occurrence(
    rule_text: str, start: date, on_or_after: date, until: date | None = None
) -> Occurrence | None:
    """The first occurrence due on or after `on_or_after` (and not before `start`); None
    when the series ended (`until`)."""
    since = max(start, on_or_after)
    found = _rule(rule_text, start).after(datetime.combine(since, datetime.min.time()), inc=True)
    if found is None or (until is not None and found.date() > until):
        return None
    return occurrence(rule_text, found.date())


def occurrence(rule_text: str, due: date) -> Occurrence:
    """The occurrence of the rule due on `due`, with its period named. A rule with several
    due days in one period ("ngày 15 và 25 hằng tháng", "05/4, 05/7, 05/10, 05/11 hằng
    năm") names each occurrence by its due day ("kỳ hạn 15/03/2026"): "tháng 3/2026" would
    be the period of two deliverables, and a report naming it could be either's."""
    parts = _parts(rule_text)
    freq, months = parts.get("FREQ"), _months(parts)
    interval = int(parts.get("INTERVAL", "1"))
    if _several_in_a_period(parts) or freq not in ("YEARLY", "WEEKLY", "MONTHLY"):
        return Occurrence(due, due_day_period(due), previous_due(rule_text, due) + ONE_DAY)
    if freq == "YEARLY":
        return Occurrence(due, f"năm {due.year}", date(due.year, 1, 1))
    if freq == "WEEKLY":
        week = due.isocalendar()
        monday = due - timedelta(days=due.weekday())
        return Occurrence(due, f"tuần {week.week}/{week.year}", monday)
    if freq == "MONTHLY" and (interval == 6 or len(months) == 2):
        half = "đầu" if due.month <= 6 else "cuối"
        opens = date(due.year, 1 if due.month <= 6 else 7, 1)
        return Occurrence(due, f"6 tháng {half} năm {due.year}", opens)
    if freq == "MONTHLY" and (interval == 3 or len(months) == 4):
        return _quarter(due, previous=bool(months) and set(months) <= _FIRST_MONTHS)
    return Occurrence(due, f"tháng {due.month}/{due.year}", due.replace(day=1))


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


def next_due(rule_text: str, on_or_after: date) -> date:
    """The first due day of the rule on or after `on_or_after` (no start: every period)."""
    found = _rule(rule_text, on_or_after).after(_midnight(on_or_after), inc=True)
    assert found is not None  # a rule without UNTIL or COUNT never ends
    return found.date()


def previous_due(rule_text: str, due: date) -> date:
    """The last due day of the rule before `due` (every rule we read is due at least once
    a year, so two years back holds it)."""
    found = _rule(rule_text, date(due.year - 2, 1, 1)).before(_midnight(due))
    assert found is not None
    return found.date()


def _midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def _quarter(due: date, previous: bool) -> Occurrence:
    """The quarter a quarterly report covers: its own, or the one before when the report is
    due in the first month of the next quarter ("tháng đầu quý sau")."""
    index = (due.month - 1) // 3
    year = due.year
    if previous:
        index, year = (index - 1, year) if index else (3, year - 1)
    return Occurrence(due, f"quý {_ROMAN[index]}/{year}", date(year, 3 * index + 1, 1))


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
    rule_text: str, start: date, period: str, until: date | None = None, horizon: date | None = None
) -> Occurrence | None:
    """The occurrence whose period is written `period`, due from `start` to `horizon` (by
    default ten years after `start`) and not after `until`; None when the rule has none."""
    wanted = period_key(period)
    end = horizon or date(start.year + 10, 12, 31)
    for found in occurrences(rule_text, start, end, until):
        if period_key(found.period) == wanted:
            return found
    return None


def due_within(
    rule_text: str, start: date, period: str, until: date | None = None
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
    return occurrences(rule_text, max(start, window.first), window.last, until)
