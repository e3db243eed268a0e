"""A day of the month printed without its month, in a notice of that month: "ngày 19".

"Khu công nghiệp Sông Mây (ngày 19, huyện Trảng Bom)", "trụ sở Hội Chữ thập đỏ thành phố
Long Khánh (ngày 28)" (Hội Chữ thập đỏ tỉnh Đồng Nai's rounds of March 2025, listed after
"Từ nay đến hết tháng 3" and a first round "ngày 18-3"; zs- of the corpus): the press writes
a day of the current month without its month, the month being the page's own. So a phrase
the grammar refuses as printed is read once more with the month of its issue day
(`Context.issued`) written after each such day, and the reading says the month was taken
from there.

Only a day still to come in that month (from the issue day to the month's last day): a day
before the issue day may be last month's news retold or next month's round, which the page
does not say. Never in a phrase that names a month, a quarter, a day-month, a cadence, a
lunar day ("ngày 10 tết") or a choice ("ngày 1 hoặc 2"), never under a standing rule (a
day there is every month's), and never without an issue day. The rewritten phrase goes
through every check of the grammar: what it refuses stays refused, for the reason printed.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline

# on the folded phrase: "ngày 19" with no month after it ("ngày 19/3", "ngày 19 tháng 3") and
# no ordinal ("ngày thứ 20"); a count before "ngày" ("10 ngày") is no day
_BARE_DAY = re.compile(r"(?<![\w/.-])ngay\s+(?P<day>\d{1,2})(?![\d/.-]|\s*[/.-]\s*\d)", re.ASCII)
# the words that give the day another month, a cadence, a calendar, a choice, or a day told
# from the page's own ("sáng nay 26": the issue day itself, the news of the day)
_ELSEWHERE = re.compile(
    r"\b(?:thang|quy|tuan|hang|dinh\s+ky|moi|tet|am\s+lich|ram|mung|gieng|chap|hoac|hay"
    r"|(?:hom|sang|trua|chieu|toi|dem|ngay)\s+(?:nay|mai|qua))\b|\d\s*[/.-]\s*\d",
    re.ASCII,
)

Parse = Callable[[str, Context], tuple[Deadline, ...]]


def read_monthless(phrase: str, context: Context, parse: Parse) -> tuple[Deadline, ...] | None:
    """The readings of `phrase` with the issue day's month written after each bare day (see
    the module), or None when it is not so made or the phrase so written is refused too."""
    issued = context.issued
    if issued is None or context.standing:
        return None
    shown = nfc(phrase)
    folded = fold(shown)  # one character for one: the spans are the phrase's
    days = list(_BARE_DAY.finditer(folded))
    if not days or _ELSEWHERE.search(folded):
        return None
    last = calendar.monthrange(issued.year, issued.month)[1]
    if not all(issued.day <= int(day["day"]) <= last for day in days):
        return None
    written = shown
    for day in reversed(days):  # from the end: the earlier offsets stay
        written = f"{written[: day.end()]}/{issued.month}{written[day.end() :]}"
    try:
        read = parse(written, context)
    except Unreadable:
        return None
    note = (
        f"tháng {issued.month} lấy theo tháng ban hành ({issued:%d/%m/%Y}): cụm từ chỉ ghi ngày, "
        "không ghi tháng"
    )
    return tuple(replace(one, phrase=phrase, reading=f"{one.reading}; {note}") for one in read)
