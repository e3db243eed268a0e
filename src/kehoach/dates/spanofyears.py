"""Days of a year told beside a span of years: each year's, never the plan's year alone.

"Tiêm phòng từ 15/9 đến 15/10, giai đoạn 2026 - 2030" (helper guards55, with a plan of
01/03/2026) was read as two milestones: the window 15/09/2026 – 15/10/2026 and the whole span
01/01/2026 – 31/12/2030; "…, giai đoạn 2021 - 2025" as the window of 2021. A window of days
named beside a programme's period recurs in each year of it (the shots are given every
autumn of the five years), which neither reading says: the first is one year of five, the
second no deadline at all. No form reads "each year of the span" yet (a yearly rule bounded
by the span), so the phrase is refused, naming what to write (issue 11 §1: never a silent
wrong date). A body's term ("nhiệm kỳ 2025 - 2030") names the body, not a time of the work:
its congress's days are their own, and it is left alone.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kehoach.base.text import fold
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Deadline, DeadlineKind

# a programme's span of years, folded: "giai đoạn 2026 - 2030", "thời kỳ …", "các năm …"
_SPAN = r"(?:giai\s+doan|thoi\s+ky|cac\s+nam)\s+(?P<first>(?:19|20)\d\d)\s*[-–—]\s*(?P<last>(?:19|20)\d\d)"
# ... closing the phrase after a comma or in parentheses: the period of the time before it
_SPAN_CLOSING = re.compile(rf"[,(]\s*{_SPAN}\s*\)?[\s.;]*\Z", re.ASCII)
_SPAN_NAMED = re.compile(rf"(?<![a-z]){_SPAN}(?!\d)", re.ASCII)
_FIXED = (DeadlineKind.DATE, DeadlineKind.WINDOW)


def refuse_days_across_years(text: str, found: Sequence[Deadline]) -> None:
    """Refuse days of one year read beside a span of years (see the module docstring): the
    span read as a milestone of its own beside them (`_span_read`), or closing the phrase
    (`_SPAN_CLOSING`) while the days took the plan's year; or any span of whole years read
    beside days of one of its years (`_whole_years`). Raises `Unreadable`."""
    days = [one for one in found if one.kind in _FIXED and _within_one_year(one)]
    if not days:
        return
    folded = fold(text).lower()
    for span in _SPAN_NAMED.finditer(folded):
        first, last = int(span["first"]), int(span["last"])
        if last <= first:
            continue
        closing = _SPAN_CLOSING.search(folded)
        if _span_read(found, first, last) or (closing and any(one.year_from_plan for one in days)):
            _refuse(text[span.start() : span.end()])
    # ... or however the span is named, read as a milestone of its own beside days of one of
    # its years (session 55's tester: "…, từ năm 2026 đến năm 2030", "…, 2026 - 2030", "…, thời
    # gian 2026 - 2030": the days took the span's first year); a body's term is left alone
    if "nhiem ky" in folded:
        return
    years = {day.first.year for day in days if day.first is not None}
    for one in found:
        if one.first is None or one.last is None or not _whole_years(one):
            continue
        if any(one.first.year <= year <= one.last.year for year in years):
            _refuse(f"{one.first:%Y} - {one.last:%Y}")


def _refuse(said: str) -> None:
    raise Unreadable(
        f"những ngày trong một năm đứng cạnh “{said}”: có thể là mỗi năm của "
        "giai đoạn, không phải một năm hay cả giai đoạn; ghi từng năm một mốc "
        "(deadlines: last_day, first_day mỗi năm), hoặc rrule theo văn bản"
    )


def _whole_years(one: Deadline) -> bool:
    """Whether `one` is two or more whole years, 01/01 of one to 31/12 of a later one."""
    if one.first is None or one.last is None or one.first.year >= one.last.year:
        return False
    return (one.first.month, one.first.day, one.last.month, one.last.day) == (1, 1, 12, 31)


def _within_one_year(one: Deadline) -> bool:
    """Whether `one` is days inside one year, not the whole year (a year's window)."""
    if one.first is None or one.last is None or one.first.year != one.last.year:
        return False
    return (one.first, one.last) != (date(one.first.year, 1, 1), date(one.first.year, 12, 31))


def _span_read(found: Sequence[Deadline], first: int, last: int) -> bool:
    """Whether `found` holds the span itself, 01/01 of `first` to 31/12 of `last`."""
    whole = (date(first, 1, 1), date(last, 12, 31))
    return any((one.first, one.last) == whole for one in found)
