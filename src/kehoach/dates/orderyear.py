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
(their years all written or all the plan's). Items after semicolons told in any order
(`schedules._days_apart`) never come here: their order says nothing of their years.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

from datetime import date

from kehoach.dates.reading import Deadline


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
    """Whether `one`, read in the plan's year, lies wholly in the year before `start`'s and,
    moved to `start`'s year, would begin after `start`: that year cannot be its, the list's
    order denies it."""
    first, last = one.first, one.last
    if first is None or last is None or not first.year == last.year == start.year - 1:
        return False
    try:
        return first.replace(year=start.year) > start
    except ValueError:  # 29/2 in a year without it
        return False
