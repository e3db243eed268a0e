"""A standing rule's steps, each due before its own day without a year: each every year.

A sowing calendar or a reporting regime names two works in one sentence, each with its
own due day and no year: "Vào bầu trước 25/9 và trồng trước 10/10", "Gieo hoặc vào bầu
trước 20/9, trồng trước 10/10" (Chi cục Trồng trọt và BVTV Nam Định, thời vụ cây ưa ấm vụ
Đông: the calendar of every winter season). In a plan with a year the grammar reads such a
sentence as steps, one milestone each (`milestones`, the corpus's convention for periods
joined by "," / "và"); under a standing rule (`Context.standing`, the lead's ruling of
session 34) a day-month without a year is every year's, and `standing` reads one such day.
This module reads each step as `standing` reads it alone: the yearly rule on its day.

Only where nothing leaves a doubt:

- every day-month of the phrase is a due day of its own, after "trước", "chậm nhất" or
  "hạn" (never "từ", "sau", "đến": a start or a span is the session 34 ruling's refusal), and
  the phrase ends at the last one (a closing bracket aside);
- no year, named year or "năm" at all ("năm sau": the year reported on is the step's own),
  no "tháng" but a day's, no lunar day, no negation, condition, permission, forecast or thing
  told done, and no "hoặc" between two days (alternatives, not steps);
- read as printed in a plan of a year, the phrase is exactly those steps: one day each, in
  that order, each with its step named (`Deadline.label`);
- each step, cut at the day before it, reads alone under the standing rule as the yearly
  rule due on its day (`standing.read_standing`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind
from kehoach.dates.standing import may_doubt, read_standing

Reader = Callable[[str, Context], tuple[Deadline, ...]]

_DAY_MONTH = r"(?P<d>\d{1,2})\s*(?:/\s*(?P<m>\d{1,2})|\s+thang\s+(?P<mw>\d{1,2}))(?![\d/.-])"
# a step's own due day, folded: "trước 25/9", "(trước 25/9)", "trồng trước ngày 5/10",
# "chậm nhất là ngày 15 tháng 12", "hạn 30/6"
_DUE_DAY = re.compile(
    r"(?<![a-z])(?:truoc|(?:cham|muon)\s+nhat(?:\s+la)?(?:\s+vao)?|han(?:\s+chot)?)\s+"
    r"(?:ngay\s+)?(?<![\d/.-])" + _DAY_MONTH + r"\)?",
    re.ASCII,
)
# any day-month of the phrase, led or not ("từ 20/9", "10.10", "ngày 5 tháng 10")
_ANY_DAY = re.compile(
    r"(?<![\d/.-])\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d])|(?<![\d])\d{1,2}\s+thang\s+\d{1,2}(?!\d)",
    re.ASCII,
)
# a month said ("tháng 10", "tháng sau", "tháng Chạp"), not "thẳng" (straight), which folds alike
_MONTH_WORD = re.compile(
    r"(?<![a-z])thang\s+(?:\d|(?:sau|truoc|nay|toi|cuoi|dau|mot|hai|ba|tu|bay|tam|chin|muoi"
    r"|gieng|chap)(?![a-z]))",
    re.ASCII,
)
# a year or "năm" (năm sau, hằng năm, năm nay), a cadence ("hằng tháng", "mỗi"), a negation,
# a condition, a permission ("có thể", "được"), a ban ("cấm"), a pause ("tạm dừng"), a
# forecast, a wait, a thing told done: not a plain rule's due days; nor a step to avoid, stop
# or limit before the day ("tránh", "đừng", "hạn chế", "dừng", "ngừng", "thôi", "bỏ", "kiêng",
# "giảm", "chớ": the merge's second fresh tester read "… và tránh trồng trước 10/10" as
# due by then, "not before" being a start) or one that waits on the weather ("tùy")
_DOUBTED = re.compile(
    r"\d{3,}|(?<![a-z])(?:nam|hang|moi|tung|khong|chua|chang|da|vua|neu|truong\s+hop|tru"
    r"|co\s+the|duoc|cam|tam|du\s+kien|cho|sau\s+khi|khi|am\s+lich|al|tranh|dung|han\s+che"
    r"|ngung|thoi|bo|kieng|giam|cho|tuy)(?![a-z])",
    re.ASCII,
)
_OR = re.compile(r"(?<![a-z])hoac(?![a-z])", re.ASCII)
# what may close the phrase after its last day, and what joins one step to the next
_END = re.compile(r"[\s.;,)]*\Z")
_JOINT = re.compile(r"[\s,;]*(?:va\s+)?", re.ASCII)
# the plan year a printed reading is checked in: a leap year, so "29/2" is a day
_CHECK_YEAR = 2000


def read_standing_steps(text: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """Each step of `text` read as the yearly rule on its own due day (see the module), by
    `read`; None when `text` is not two or more such steps or any check fails."""
    said = nfc(text)
    folded = fold(said)
    days = _due_days(folded)
    if days is None:
        return None
    on = [(int(day["m"] or day["mw"]), int(day["d"])) for day in days]
    if not _read_as_steps(said, context, read, on):
        return None
    readings: list[Deadline] = []
    start = 0
    for day in days:
        joint = _JOINT.match(folded, start)  # the "," / "và" before the step, left out
        piece = said[joint.end() if joint else start : day.end()]
        start = day.end()
        yearly = read_standing(piece, context, read)
        if yearly is None or len(yearly) != 1:
            return None
        readings.append(replace(yearly[0], phrase=text))
    return tuple(readings)


def _due_days(folded: str) -> list[re.Match[str]] | None:
    """The due days of `folded` (a folded phrase), each after its own "trước" / "chậm nhất" /
    "hạn", when there are two or more, no other day or month, no word of doubt, no
    "hoặc" between them, and nothing but punctuation after the last; else None."""
    days = list(_DUE_DAY.finditer(folded))
    if len(days) < 2 or len(_ANY_DAY.findall(folded)) != len(days):
        return None
    if len(_MONTH_WORD.findall(folded)) != sum(1 for day in days if day["mw"]):
        return None
    if _DOUBTED.search(folded) or may_doubt(folded) or not _END.match(folded, days[-1].end()):
        return None
    if _OR.search(folded, days[0].start(), days[-1].end()):
        return None
    return days


def _read_as_steps(said: str, context: Context, read: Reader, on: list[tuple[int, int]]) -> bool:
    """Whether `said`, read as printed in a plan of `_CHECK_YEAR`, is the steps due on the
    days `on` (month, day), in that order, one day each, each with its step named."""
    printed = replace(context, standing=False, strict_before=False, issued=date(_CHECK_YEAR, 1, 1))
    try:
        readings = read(said, printed)
    except (Unreadable, ValueError):
        return False
    if len(readings) != len(on):
        return False
    return all(
        one.kind is DeadlineKind.DATE
        and one.first == one.last == date(_CHECK_YEAR, month, day)
        and bool(one.label)
        for one, (month, day) in zip(readings, on, strict=True)
    )
