"""A month and the year to its end, told as a report names them: "tình hình KT-XH tháng 5 và 5
tháng năm 2017" (Văn phòng UBND tỉnh Quảng Nam, the report of June 2017: h-vpubnd-quang-nam).

"N tháng năm Y" right after "tháng N và" is the first N months of Y, the month named and the
months up to it: the statistics' way of naming a period to date (Tổng cục Thống kê's monthly
reports, "Tình hình kinh tế - xã hội tháng 5 và 5 tháng năm 2017"), said "N tháng đầu năm Y"
elsewhere, which the grammar reads. So the phrase is read with "đầu" put in, and only when
the count is the month's own number (the months to date end with the month named: "tháng 5
và 6 tháng năm 2017" keeps its refusal) and the period is not past at the issue day: a past
period assessed is no deadline (the lead's convention 4; "I. Về tình hình kinh tế - xã hội
tháng 9, quý III và 09 tháng năm 2025" in the Government's resolution of 08/10/2025 stays
refused).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold
from kehoach.dates.grammar import Unreadable, month_end
from kehoach.dates.reading import Context, Deadline, Reader

# "tháng 5 và 5 tháng năm 2017" (folded): the month, then as many months and the year; never
# after a day ("ngày 5 tháng 5 và …") nor a count of months before it ("3 tháng 5 …")
_MONTH_AND_TO_DATE = re.compile(
    r"(?<![\d/.-])(?<!ngay\s)(?<![a-z])thang\s+0?(?P<month>\d{1,2})\s+va\s+0?(?P<count>\d{1,2})"
    r"\s+thang\s+(?P<year_word>nam\s+(?P<year>\d{4}))(?![\d/.-])",
    re.ASCII,
)


def read_month_and_year_to_date(
    phrase: str, context: Context, parse: Reader
) -> tuple[Deadline, ...] | None:
    """The readings of `phrase` with "N tháng năm Y" after "tháng N và" read as the first N
    months of Y (see the module); None when it is not so made, or the period is past at the
    issue day, or the phrase so said is refused (its own refusal then stands)."""
    folded = fold(phrase).lower()  # one character for one: spans are the phrase's
    said = _MONTH_AND_TO_DATE.search(folded)
    if (
        said is None
        or said["month"] != said["count"]
        or len(_MONTH_AND_TO_DATE.findall(folded)) > 1
    ):
        return None
    month, year = int(said["month"]), int(said["year"])
    if not 2 <= month <= 12:  # "1 tháng năm 2017" is the month itself, no period to date
        return None
    issued = context.issued
    if issued is not None and issued > month_end(year, month):
        return None
    at = said.start("year_word")
    try:
        read = parse(f"{phrase[:at]}đầu {phrase[at:]}", context)
    except Unreadable:
        return None
    return tuple(replace(one, phrase=phrase) for one in read)
