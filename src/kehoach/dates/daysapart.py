"""Days told apart in one sentence no rule reads: named in the refusal.

Issue 11 §1: a sentence that holds several dates, which the grammar cannot tie each to its
step, stays refused ("Lịch thi đợt 1 diễn ra vào ngày 5.4, thí sinh đăng ký dự thi từ ngày
24.1 đến 23.2.", Thanh Niên 2026; "Thực tế, các đơn vị nên hoàn thành trước ngày 4-12, vì
ngày 5-12 rơi vào thứ Sáu", Người Lao Động 2025). "không nhận ra thời hạn" alone leaves the
clerk to find why; the days the sentence names, shown, tell it: one of them, or several
steps, are the plan's, which the clerk writes with `last_day` (and `first_day`), or as
`deadlines:` with one entry per step.

A day here is a number pair written as a day and a month with "/", "." or "-" (the year
after them kept; a place named so, "Hội trường 7-7", is shown as written); two days joined
by "đến", "tới", "và", a comma or a dash are one span or one list, shown together. A lunar day ("mùng 2 - 6 tháng giêng") and a number that is no day-month (a month
over 12, a count glued to more digits) are left out.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold

# a day and its month, the year optional; not inside a longer run of numbers
_DAY_MONTH = re.compile(
    r"(?<![\d/.,-])(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})(?:\s*[/.-]\s*\d{4})?"
    r"(?![\d]|\s*[/.-]\s*\d)",
    re.ASCII,
)
# what joins two days into one span or one list: nothing else between them
_JOINED = re.compile(r"\A\s*(?:,|va|den|toi|[-–—])?\s*(?:het\s+)?(?:ngay\s+)?\Z", re.ASCII)
# a lunar day: "mùng 2 - 6 tháng giêng", "(12/8 âm lịch)"
_LUNAR_BEFORE = re.compile(r"(?:mung|mong)\s*\Z", re.ASCII)
_LUNAR_AFTER = re.compile(r"\A\s*(?:thang\s+(?:gieng|chap)|am\s+lich|al\b)", re.ASCII)


def days_apart(text: str) -> list[str]:
    """The days `text` names, as printed, one item per span or list of days joined
    (`_JOINED`); [] when it names fewer than two such items."""
    folded = fold(text).lower()  # one character for one: the spans are the text's
    found = [
        day
        for day in _DAY_MONTH.finditer(folded)
        if 1 <= int(day["day"]) <= 31 and 1 <= int(day["month"]) <= 12
        if not _LUNAR_BEFORE.search(folded, 0, day.start())
        and not _LUNAR_AFTER.match(folded[day.end() :])
    ]
    groups: list[list[re.Match[str]]] = []
    for day in found:
        if groups and _JOINED.match(folded[groups[-1][-1].end() : day.start()]):
            groups[-1].append(day)
        else:
            groups.append([day])
    if len(groups) < 2:
        return []
    return [" ".join(text[group[0].start() : group[-1].end()].split()) for group in groups]


def several_days_said(text: str) -> str:
    """ ": câu có nhiều chỗ viết như ngày tháng (“5.4”, “24.1 đến 23.2”) …" for a sentence
    whose days stand apart (`days_apart`), to close "không nhận ra thời hạn"; "" otherwise.
    Said as written like days: a place or a share may be written so ("Hội trường 7-7", "4/9
    tỉnh"), and the clerk is shown what the sentence holds, not told it is days."""
    days = days_apart(text)
    if not days:
        return ""
    shown = ", ".join(f"“{day}”" for day in days)
    return (
        f": câu có nhiều chỗ viết như ngày tháng ({shown}) mà không đọc được ngày nào là thời "
        "hạn của bước nào (vấn đề 11 §1), không tự chọn; mỗi bước có hạn riêng thì ghi "
        "deadlines, mỗi bước một mục"
    )
