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
    """The occurrence of the rule due on `due`, with its period named."""
    parts = _parts(rule_text)
    freq, months = parts.get("FREQ"), _months(parts)
    interval = int(parts.get("INTERVAL", "1"))
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
    if freq == "MONTHLY":
        return Occurrence(due, f"tháng {due.month}/{due.year}", due.replace(day=1))
    return Occurrence(due, f"kỳ hạn {due:%d/%m/%Y}", due)


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
    ("Quý 2/2026", "quy II năm 2026" -> "quyii/2026"; "Tháng 03 năm 2026" -> "thang3/2026")."""
    key = re.sub(r"\s+", "", fold(text).lower())
    key = re.sub(r"(?<!\d)0+(?=\d)", "", key)
    key = re.sub(r"quy([1-4])(?!\d)", lambda m: "quy" + _ROMAN[int(m[1]) - 1].lower(), key)
    return re.sub(r"^((?:thang\d+|quy[iv]+))nam(?=\d{4}$)", r"\1/", key)


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
