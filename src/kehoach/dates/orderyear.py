"""A step's year told by the order of its list: a day printed without its year before a step
whose year is printed, in a school year's calendar.

"Ngày 5/9 chính thức tựu trường, học kỳ I kết thúc trước 18/1/2026" (Đà Nẵng's calendar of
the school year 2025 - 2026, y-baodanang-lich-khai-giang-2025-2026), "… khai giảng vào ngày
5-9, kết thúc năm học trước ngày 31-5-2025" (l-tien-giang-nam-hoc-2024-2025): the steps of a
list told one after the other (`schedules._follows`), the first without its year, the next
with it. Taken in the next step's year, 5/9/2026 would fall after 18/1/2026: the first step
would follow the step told after it, which the list's order denies. So its year is the one
before, and when that is the plan's own (the year `Context.issued` gives the day, and the
engine has already refused the day if it is past), the day read is the day printed.

A yearless day that fits before the next step in that step's year already takes it where
the engine reads the list ("hoàn thành chương trình năm học vào 23-5 và kết thúc năm học
trước 31-5-2014", n-bacninh-tuu-truong-2013-2014: 23/5/2014); this is the other case, where
that year cannot be the day's. Only so: days without a year after a written one ("… trước
31/5/2025, tựu trường 5/9"), or years more than one apart, leave the list unread, as before
(their years all written or all the plan's).

Only a step that opens a year's work takes that year (`_OPENING`: khai giảng, tựu trường,
nhập học, làm đất, xuống giống, gieo sạ, khai mạc, bắt đầu, the step's head word): a school
year is opened, a field sown, before the step whose year is printed. A closing or a
follow-up printed first ("hoàn thành xét công nhận tốt nghiệp THCS trước ngày 30/6, kết
thúc năm học trước ngày 31/5/2025", "báo cáo kết quả thực hiện trước ngày 15/12, hoàn thành
chương trình trước ngày 30/11/2027": a fresh tester's of session 62) may be told out of
order, of the written year or the year before the plan's: pushed a year back it would be a
silent wrong date, so the list stays refused.

Items after semicolons are read the same, in the order printed: "Ngày 5/9 khai giảng; kết
thúc năm học trước ngày 31/5/2025" (issued 15/05/2024) reads 05/09/2024 and 31/05/2025; the
reading of items told in any order (`schedules._days_apart`) is never tried for them, their
order telling their years. A new day told with the day it replaces ("khai giảng vào ngày
5/9 thay cho ngày 1/9, …", "thay vì ngày 1/9") is read before it comes here, the old day
dropped: the step's day is the new one, 05/09/2024.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.base.text import nfc
from kehoach.dates.reading import Deadline

# a step that opens a year's work, the only kind a list tells before the step whose year is
# printed and a year ahead of it: a school year opened, a field made ready and sown, a sitting
# opened, a work begun; each the step's head word, as printed. A closing or a follow-up
# ("hoàn thành …", "gửi báo cáo tổng kết …", "tổ chức thi tốt nghiệp …") printed first may
# be a step of the same year told out of order, or of the year before the plan's: no year
_OPENING = re.compile(
    r"(?:khai\s+giảng|tựu\s+trường|nhập\s+học|làm\s+đất|xuống\s+giống|gieo\s+sạ|khai\s+mạc"
    r"|bắt\s+đầu)(?!\w)"
)


def years_by_order(readings: tuple[Deadline, ...]) -> bool:
    """Whether `readings` (steps of one list, in the order printed) have their years all
    written, all the plan's, or the plan's for the first steps only, each of those in the
    year before the first written step's and falling, taken in that year, after that step's
    first day: its year is then the one the list's order leaves it."""
    told = [one.year_from_plan for one in readings]
    if len(set(told)) == 1:
        return True
    written_from = told.index(False)
    if any(told[written_from:]):  # a day of the plan's year after a written one
        return False
    written = readings[written_from]
    start = written.first or written.last
    return start is not None and all(
        _only_the_year_before(one, start) for one in readings[:written_from]
    )


def _only_the_year_before(one: Deadline, start: date) -> bool:
    """Whether `one`, a step that opens (`_OPENING`), read in the plan's year, lies wholly in
    the year before `start`'s and, moved to `start`'s year, would begin after `start`: that
    year cannot be its, the list's order denies it."""
    first, last = one.first, one.last
    if not _OPENING.match(" ".join(nfc(one.label or "").lower().split())):
        return False
    if first is None or last is None or not first.year == last.year == start.year - 1:
        return False
    try:
        return first.replace(year=start.year) > start
    except ValueError:  # 29/2 in a year without it
        return False
