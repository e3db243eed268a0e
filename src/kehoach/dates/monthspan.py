"""A month named, then the start and the end of the work held in it.

"Theo đó, tháng hành động vì trẻ em 2025 là tháng 6 năm 2025 bắt đầu từ Chủ nhật ngày
1/6/2025 và kết thúc vào Thứ hai ngày 30/6/2025" (Trung tâm CSSKSS Khánh Hòa, 2025, on the
Month of Action for Children: zh-ttcsskss-khanhhoa-thang-hanh-dong-tre-em-2025): the month
is the campaign's, and the days after it say where in it the work starts and ends. The
grammar reads a start and its end told apart as one window (`combine`), but the month
before them stood in the start's words as a number it could not explain, and the phrase was
refused as two dates.

The month is read as named again by its days, as `engine._month_restated` reads a month
right before one span ("đầu tháng 6 (từ 01/6 - 04/6/2026)"): the phrase is read once more
without it, and kept only when it reads as one window every day of which falls in that month
(and in its year, if named). Any other reading, a window crossing out of the month, or two
months named, keeps the refusal: never two deadlines read as one.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader

# "tháng 6 năm 2025", "tháng 6/2025", "tháng 6" (folded) right before the start's word:
# "(bắt đầu) từ …"; never a month counted ("3 tháng bắt đầu từ …" has no "tháng" first)
_MONTH_THEN_START = re.compile(
    r"(?<![a-z\d])thang\s+(?P<month>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<year>\d{4})|\s+nam\s+(?P<year_said>\d{4}))?(?![\d/.-])"
    r"(?=\s*,?\s*(?:bat\s+dau\s+)?tu\s)",
    re.ASCII,
)


def month_then_its_span(text: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The one window of `text` (as printed) read without the month named right before its
    start (`_MONTH_THEN_START`), when every day of it falls in that month (and year, if
    named); None otherwise (the caller's refusal stands)."""
    shown = nfc(text)
    folded = fold(shown).lower()
    named = list(_MONTH_THEN_START.finditer(folded))
    if len(named) != 1 or len(folded) != len(shown):  # one month, its place as printed
        return None
    month = int(named[0]["month"])
    year = named[0]["year"] or named[0]["year_said"]
    rest = shown[: named[0].start()] + " " * len(named[0][0]) + shown[named[0].end() :]
    try:
        found = parse(rest, context)
    except Unreadable:
        return None
    if len(found) != 1 or found[0].kind is not DeadlineKind.WINDOW:
        return None
    first, last = found[0].first, found[0].last
    if first is None or last is None or not first.month == last.month == month:
        return None
    if first.year != last.year or (year is not None and int(year) != first.year):
        return None
    return (replace(found[0], phrase=text),)
