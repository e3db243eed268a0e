"""A year opening a sentence that says on which weekday a day without its year falls.

"Năm 2026, Tết Dương lịch rơi vào thứ Năm, ngày 1/1." (Báo Quốc tế on the 2026 New Year
holiday, a page with no date: za-baoquocte of the corpus), "Năm 2023, ngày hội đại đoàn kết
dân tộc năm 2023 rơi vào thứ 7 ngày 18 tháng 11" (Thư viện Pháp luật: zc-thuvienphapluat):
the year the sentence opens with is the day's, and the weekday it names is checked against
that day in that year (`engine._weekday_agrees`, a contradiction refused). Read only on a page
with no issue day, where the day would otherwise have no year (a page's own year is the
grammar's rule there, and a year named before it stays refused as a clause's own).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kehoach.base.text import fold
from kehoach.dates.reading import Context, Deadline

# "Năm YYYY, <what> (năm YYYY again) rơi vào <weekday>(,) (ngày) D/M", folded; nothing after
# the day but its full stop, no other number in the words
_YEAR_THEN_WEEKDAY = re.compile(
    r"\A\s*nam\s+(?P<year>\d{4})\s*,\s*[^\d]*?(?:\bnam\s+(?P=year)\b[^\d]*?)?"
    r"\broi\s+vao\s+(?:ngay\s+)?(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*,?\s*"
    r"(?:ngay\s+)?\d{1,2}(?:\s*/\s*\d{1,2}|\s+thang\s+\d{1,2})[ .]*\Z",
    re.ASCII | re.IGNORECASE,
)

_Parse = Callable[[str, Context, int], tuple[Deadline, ...]]


def year_opening_its_weekday(text: str, context: Context, parse: _Parse) -> tuple[Deadline, ...]:
    """The readings of `text` in the year that opens it (`_YEAR_THEN_WEEKDAY`), parsed by
    `parse` in that year; () when `text` is no such sentence or its page has an issue day.
    A weekday that contradicts the day raises, as `parse` does."""
    said = _YEAR_THEN_WEEKDAY.match(fold(text))
    if said is None or context.issued is not None:
        return ()
    year = int(said["year"])
    note = f"năm {year}: năm mở đầu câu, thứ trong tuần khớp với ngày"
    return tuple(
        replace(one, year_from_plan=False, year_from="phrase", reading=f"{one.reading}; {note}")
        for one in parse(text, context, year)
    )
