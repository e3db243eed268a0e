"""The day a new time is compared with, printed in parentheses after the margin between them.

"Toàn tỉnh phấn đấu hoàn thành xóa nhà tạm, dột nát trước ngày 30/4/2025, sớm hơn 2 tháng so
với mục tiêu đề ra (30/6/2025)" (Thái Nguyên, 2025; n-thainguyen-xoa-nha-tam-2025), "Kỳ thi tốt
nghiệp trung học phổ thông năm 2026 dự kiến diễn ra trong hai ngày 11 - 12/6, sớm hơn khoảng
hai tuần so với năm 2025 (26 - 27/6)" (Thời báo Tài chính on the Ministry's frame for
2025-2026; u-thoibaotaichinh-khung-nam-hoc-2025-2026): the day printed first is the time of
the work; the one in parentheses is the goal it beats or last year's, only counted from
(the session 22 convention 2: the time that replaces is read, never the old one).

Against a goal or a plan, only a day that beats it ("sớm hơn") is read: the day read is then
the earlier of the two, and a clerk who keeps it is never late; a day later than the plan's
("muộn hơn 3 ngày so với kế hoạch ban đầu (25/8)") may leave the old one due, and the phrase
stays refused. The old day is never read as a deadline: it only checks the margin. It must stand where the
margin says: as many months later or earlier to the day ("2 tháng"), as many days or weeks
("2 tuần" is 14 days; "khoảng" allows half a week either way), last year's days compared in
their own year's calendar ("so với năm 2025"); any other day, or a margin that does not hold,
keeps the refusal (one of the two days is wrong). One reading, a date or a window, only.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import COUNT, Unreadable
from kehoach.dates.numbers import count_number
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader
from kehoach.dates.workdays import show

# ", sớm hơn 2 tháng so với mục tiêu đề ra (30/6/2025)", ", sớm hơn khoảng hai tuần so với năm
# 2025 (26 - 27/6)": closing the phrase (folded)
_MARGIN_AND_OLD_DAY = re.compile(
    r"\s*,\s*(?P<way>som|muon)\s+hon\s+(?P<about>khoang\s+)?(?P<count>" + COUNT + r")\s+"
    r"(?P<unit>ngay|tuan|thang)\s+so\s+voi\s+"
    r"(?:(?:muc\s+tieu|ke\s+hoach)(?:\s+(?:de\s+ra|ban\s+dau))?|nam\s+(?P<year>(?:19|20)\d\d))"
    r"\s*\(\s*(?P<old>[^()]*\d[^()]*?)\s*\)[ .;]*\Z",
    re.ASCII,
)
_DAYS_KINDS = (DeadlineKind.DATE, DeadlineKind.WINDOW)


def day_and_the_day_it_beats(
    text: str, context: Context, parse: Reader
) -> tuple[Deadline, ...] | None:
    """The one reading of `text` without its closing margin and old day (`_MARGIN_AND_OLD_DAY`),
    read by `parse`, when the old day stands where the margin says; None when the phrase has
    no such close or its parts do not read (the caller's refusal stands). Raises
    `Unreadable` when both read but the margin does not hold (one of the days is wrong)."""
    shown = nfc(text)
    margin = _MARGIN_AND_OLD_DAY.search(fold(shown))
    # ... a plan's or goal's day only beaten ("sớm hơn"): the day read is the earlier, never
    # late; "muộn hơn … so với kế hoạch ban đầu (25/8)" may leave the old day due, and stays
    # refused (test_deadline_wide_eight)
    if margin is None or (margin["year"] is None and margin["way"] != "som"):
        return None
    try:
        found = parse(shown[: margin.start()], context)
    except Unreadable:
        return None
    new = found[0] if len(found) == 1 else None
    if new is None or new.kind not in _DAYS_KINDS or new.last is None:
        return None
    old = _old_days(shown[margin.start("old") : margin.end("old")], margin["year"], new, parse)
    if old is None:
        return None
    if not _margin_holds(new, old, margin):
        said = " ".join(shown[margin.start() : margin.end()].strip(" ,.;").split())
        raise Unreadable(
            f"“{said}”: ngày so sánh trong ngoặc không cách {show(new.last)} đúng như khoảng "
            "chênh đã nêu; một trong hai ngày sai: không đoán, ghi last_day (và first_day) "
            "theo văn bản"
        )
    return (replace(new, phrase=text),)


def _old_days(said: str, year: str | None, new: Deadline, parse: Reader) -> Deadline | None:
    """The old day or days in parentheses, read in the year compared with (`year`), else in
    the new day's; None when they are not one date or window."""
    issued = date(int(year) if year else new.last.year if new.last else 1, 1, 1)
    try:
        found = parse(said, Context(issued=issued))
    except Unreadable:
        return None
    if len(found) != 1 or found[0].kind not in _DAYS_KINDS or found[0].first is None:
        return None
    if year and found[0].first.year != int(year):
        return None
    return found[0]


def _margin_holds(new: Deadline, old: Deadline, margin: re.Match[str]) -> bool:
    """Whether `old` stands `margin`'s count of months, weeks or days after (sớm hơn: the new
    day is earlier) or before (muộn hơn) `new`, compared on the last days, or on the first
    days of last year's event, moved into the new day's year."""
    count = count_number(margin["count"]) * (1 if margin["way"] == "som" else -1)
    if margin["year"]:
        if new.first is None or old.first is None:
            return False
        try:
            new_day, old_day = new.first, old.first.replace(year=new.first.year)
        except ValueError:  # 29 February
            return False
    else:
        if new.last is None or old.last is None:
            return False
        new_day, old_day = new.last, old.last
    if margin["unit"] == "thang":
        return not margin["about"] and _months_on(new_day, count) == old_day
    days = count * (7 if margin["unit"] == "tuan" else 1)
    slack = 3 if margin["about"] and margin["unit"] == "tuan" else 0
    return abs((old_day - new_day) - timedelta(days=days)) <= timedelta(days=slack)


def _months_on(day: date, months: int) -> date | None:
    """The same day of the month `months` later (earlier when negative), or None when that
    month has no such day: a margin in months is counted to the day here, never clipped."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    try:
        return date(year, month + 1, day.day)
    except ValueError:
        return None
