"""A goal staged by years: "Đến năm Y1, A, đến năm Y2 B", each year with the state it reaches.

"Đến năm 2030, Tuyên Quang là tỉnh phát triển khá, toàn diện, bền vững, thu nhập trung bình
cao, đến năm 2045 là tỉnh phát triển, thu nhập cao trong vùng trung du và miền núi Bắc Bộ"
(the province's goals as its plan sets them, zr-infographics-tuyen-quang-muc-tieu-den-2030):
a provincial plan states its goals for the plan's period and for its vision beyond it (Luật
Quy hoạch 2017, Điều 6 and Điều 27: "thời kỳ quy hoạch … tầm nhìn"), each opened by "đến năm"
with its year. A careful reader copies each clause as the goal it is, due by the end of its
year, exactly as the clause alone reads ("Đến năm 2030, Tuyên Quang là tỉnh …" reads so): the
words after the first year are not words after one deadline but the next goal.

Narrow on purpose (a fresh tester of session 56 found wrong days in most new forms): the phrase
opens with "Đến (hết) năm Y", each later goal opens after a comma or a semicolon with the same
words, the years rise and none is before the issue year, the phrase keeps its diacritics (the
words that make a goal no duty are read with them), no goal is said as a forecast, a
permission, a wait, "not until", a ban or a start (`_NOT_A_GOAL`), each clause names the state
reached or the work done (`_GOAL_WORD`) with no number but its year, and every clause, read
alone, is one day: the last of its year, with its goal as its step. Anything else is None, and the phrase's own
refusal stands.

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from itertools import pairwise

from kehoach.base.text import fold, nfc, unmarked
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind

Read = Callable[[str, Context], tuple[Deadline, ...]]

# "đến năm 2030" / "đến hết năm 2030" opening a goal: the phrase's start, or after a comma or
# a semicolon (folded)
_GOAL_OPENS = re.compile(
    r"(?:\A\s*|[,;]\s+)(?=den\s+(?:het\s+)?nam\s+(?P<year>\d{4})\b(?![/.-]\d))", re.ASCII
)
# What makes a goal no duty due by its year, read with the diacritics: a forecast ("dự kiến",
# "dự báo", "ước"), a permission or a guess ("có thể"), a wait ("chờ"), "not until" right after
# the year ("Đến năm 2030 mới hoàn thành": only then begun or done), a condition ("nếu",
# "trường hợp"), a thing told done or not yet ("đã", "chưa"), a negation ("không"), a ban, a
# sanction or a pause that starts then and lasts ("cấm", "bị", "phạt", "dừng", "ngừng",
# "thôi"), a start ("bắt đầu", "áp dụng", "triển khai", "khởi công", "có hiệu lực": ruling
# 56(a), a period with a start is no deadline)
_NOT_A_GOAL = re.compile(
    r"(?<!\w)(?:dự\s+kiến|dự\s+báo|ước|có\s+thể|chờ|nếu|trường\s+hợp|đã|chưa|không|cấm|bị"
    r"|phạt|dừng|ngừng|thôi|bắt\s+đầu|áp\s+dụng|triển\s+khai|khởi\s+công|hiệu\s+lực)(?!\w)"
    r"|năm\s+\d{4}\s*,?\s*mới(?!\w)",
    re.IGNORECASE,
)
# ... nor hedged, in any spelling (the merge's fresh tester: "… đến năm 2045 co the là …" typed
# bare in a marked phrase, "có khả năng", "có lẽ", "hy vọng", "chắc", "được cho là", "còn là"
# read as two firm goals); folded ("cơ thể" folds as "có thể": refused too, a goal names none)
_HEDGED = re.compile(
    r"(?<![a-z])(?:co\s+the|du\s+kien|du\s+bao|co\s+kha\s+nang|co\s+le|hy\s+vong|ky\s+vong"
    r"|chac|duoc\s+cho\s+la|con\s+la)(?![a-z])",
    re.ASCII,
)
# ... and each clause names the state reached or the work done by its year: "là", "trở thành",
# "đạt", "hoàn thành", "phấn đấu" (a goal's verbs as a plan's "Mục tiêu" section writes them)
_GOAL_WORD = re.compile(
    r"(?<!\w)(?:là|trở\s+thành|đạt|hoàn\s+thành|phấn\s+đấu)(?!\w)", re.IGNORECASE
)
_TWO = 2


def goals_by_year(text: str, context: Context, read: Read) -> tuple[Deadline, ...] | None:
    """The goals of `text` staged by years (see the module), each read by `read` as its clause
    alone, the whole phrase their phrase; None unless `text` is so made."""
    text = nfc(text)
    opens = _goals_opened(text, context)
    if opens is None:
        return None
    ends = [found.start() for found in opens[1:]] + [len(text)]
    readings: list[Deadline] = []
    for found, end in zip(opens, ends, strict=True):
        one = _goal_read(text, found, end, context, read)
        if one is None:
            return None
        readings.append(one)
    return tuple(replace(one, phrase=text) for one in readings)


def _goals_opened(text: str, context: Context) -> list[re.Match[str]] | None:
    """Where each goal of `text` opens, or None: fewer than two, the first not opening the
    phrase, no diacritics, a word that makes a goal no duty, years not rising or the first
    before the issue year."""
    opens = list(_GOAL_OPENS.finditer(fold(text)))
    if len(opens) < _TWO or opens[0].start() != 0 or unmarked(text) or _NOT_A_GOAL.search(text):
        return None
    if _HEDGED.search(fold(text)):
        return None
    years = [int(found["year"]) for found in opens]
    if any(later <= earlier for earlier, later in pairwise(years)):
        return None
    if context.issued is not None and years[0] < context.issued.year:
        return None
    return opens


def _goal_read(
    text: str, found: re.Match[str], end: int, context: Context, read: Read
) -> Deadline | None:
    """The goal opened at `found` and ending at `end`, its clause read alone by `read`; None
    when it names no goal (`_GOAL_WORD`), holds a number besides its year ("đến năm 2045, tầm
    nhìn đến năm 2050 …", "… đạt 65%": not so simple), or does not read as due by its year's
    end."""
    goal = text[found.end("year") : end]
    if any(char.isdigit() for char in goal) or not _GOAL_WORD.search(goal):
        return None
    try:
        one = read(text[found.end() : end].strip(" ,;."), context)
    except Unreadable:
        return None
    if len(one) != 1 or not _goal_of_its_year(one[0], int(found["year"])):
        return None
    return one[0]


def _goal_of_its_year(one: Deadline, year: int) -> bool:
    """Whether `one` is a goal due by the end of `year`, its words its step."""
    end = date(year, 12, 31)
    return (
        one.kind is DeadlineKind.DATE
        and one.last == end
        and one.first in (None, end)
        and bool(one.label)
    )
