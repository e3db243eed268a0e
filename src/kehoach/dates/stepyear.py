"""Steps told in one sentence, the year written once on the last step's day.

"hoàn thành chương trình năm học vào 23-5 và kết thúc năm học trước 31-5-2014" (Báo Bắc
Ninh on the province's frame for the school year 2013-2014, 18/07/2013; n-bacninh-tuu-truong-
2013-2014): a schedule's steps in their order, the year printed on the last day only, as the
press writes a run of days in one year ("từ 22 đến 26/11/2021"). The careful reader gives the
earlier step the year written after it: 23/5/2014. `schedules.steps_joined` reads such steps
when their years are all written or all the plan's, and refused this one, half of each.

Read here only when nothing is guessed: every day without its year ("vào 23-5", after a word
that leads a day: never a share "7.5%" nor a range's or a list's first number) stands before
a day with its year in the same sentence, on or before that day in the calendar of that year
(no step is carried back over a new year: "ngày 5/9 tựu trường, … trước 18/1/2026" stays
refused), and that year gives the day's first coming on or after the plan's issue day, as
the plan's own year would (two sources agreeing; a page without its issue day lends no year,
and "trước 30/6 và trước 31/12/2026" in a plan of March 2025 stays refused: 30/6/2025 or
2026?). The sentence so written is then read by `schedules.steps_joined` with all its checks
(steps in order, each due or a schedule's step, no condition, negation, thing told done or
replacement), and each reading says where its year came from. A possibility, a forecast,
another year, a lunar day or a wait anywhere in the sentence (`_DOUBT`) leaves it refused.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.reading import Context, Deadline

Read = Callable[[str, Context], tuple[Deadline, ...]]
Steps = Callable[[str, Context, Read], tuple[Deadline, ...] | None]

# a day as printed (folded): its day, mark, month and, when written, its year; never a piece
# of a longer number, a range or a list ("7-8/3", "23 và 24/5", "15.8.2017" whole)
_DAY = re.compile(
    r"(?<![\d/.,-])(?P<day>\d{1,2})(?P<mark>[/.-])(?P<month>\d{1,2})"
    r"(?:(?P=mark)(?P<year>(?:19|20)\d\d))?(?![\d%]|[/.,-]\d)",
    re.ASCII,
)
# the word right before a day without its year that makes it a day: "vào 23-5", "ngày 5/9",
# "trước 15/3", "sáng 18/7" (folded)
_LEAD = re.compile(
    r"(?<![a-z])(?:ngay|vao|truoc|tu|den|het|sang|chieu|toi|trua|dem)\s+\Z", re.ASCII
)
# ... and what makes it part of a range or a list of days: "22 đến 26/11", "23 và 24/5"
_JOINED_BEFORE = re.compile(r"\d\s*(?:[-–]|den|toi|va|,)\s*(?:ngay\s+)?\Z", re.ASCII)
_NOTE = "; năm {year} theo ngày {said} viết sau trong câu"
# words that leave the days or their year unsure, so that no year is given across them: a
# possibility or a forecast ("có thể", "dự kiến": the days may move), another year named
# ("năm trước", "năm sau", "hằng năm"), a lunar day ("âm lịch"), a wait ("chờ", "mới")
# (matched with the marks: folded, "có thể" would be "có thẻ", a card)
_DOUBT = re.compile(
    r"(?<!\w)(?:có\s+thể|dự\s+kiến|dự\s+báo|năm\s+(?:trước|ngoái|sau|tới|kia|qua|nay)"
    r"|h[ằà]ng\s+năm|mỗi\s+năm|âm\s+lịch|chờ|mới)(?!\w)"
)
_DOUBT_UNMARKED = re.compile(
    r"(?<![a-z])(?:co\s+the|du\s+kien|du\s+bao|nam\s+(?:truoc|ngoai|sau|toi|kia|qua|nay)"
    r"|hang\s+nam|moi\s+nam|am\s+lich|cho|moi)(?![a-z])",
    re.ASCII,
)
# ... and the words after the last day, where a condition or the grades and places the days
# hold for would be dropped (the merge's fresh tester: "… trước 31-5-2014 tùy điều kiện",
# "… trong điều kiện bình thường", "… ở vùng thuận lợi", "… cấp tiểu học" read as firm days);
# a step after its day ("… và trước 31-5-2014 kết thúc năm học") is no clause (folded)
_QUALIFIED_AFTER = re.compile(
    r"[,;:(]|(?<![a-z])(?:tuy|dieu\s+kien|truong\s+hop|neu|o|cap|ngoai\s+ra|rieng|doi\s+voi"
    r"|tru|khi)(?![a-z])",
    re.ASCII,
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)", re.ASCII)


def steps_year_said_after(
    text: str, context: Context, read: Read, steps: Steps
) -> tuple[Deadline, ...] | None:
    """The milestones of `text` (as printed) read by `steps` with each day that lacks its
    year given the year of the next day written with one (see the module); None when no day
    lacks it, any doubt is left, or `steps` does not read the sentence so written."""
    issued = context.issued
    shown = nfc(text)
    folded = fold(shown).lower()  # one character for one of `shown`
    days = list(_DAY.finditer(folded))
    if (
        issued is None
        or not any(one["year"] for one in days)
        or _doubted(shown, folded)
        or _QUALIFIED_AFTER.search(folded, days[-1].end())
    ):
        return None
    if _years_besides(folded, days) - {int(one["year"]) for one in days if one["year"]}:
        return None  # "Kế hoạch năm 2013: … vào 23-5 …, trước 31-5-2014": which year?
    given: list[tuple[re.Match[str], int, re.Match[str]]] = []
    for at, one in enumerate(days):
        if one["year"]:
            continue
        after = next((later for later in days[at + 1 :] if later["year"]), None)
        year = _year_agreed(folded, one, after, issued)
        if year is None or after is None:
            return None
        given.append((one, year, after))
    if not given:
        return None
    written = shown
    for one, year, _ in reversed(given):  # from the end: the offsets before stay true
        written = f"{written[: one.end()]}{one['mark']}{year}{written[one.end() :]}"
    found = steps(written, context, read)
    if not found:
        return None
    notes = {
        date(year, int(one["month"]), int(one["day"])): _NOTE.format(
            year=year, said=shown[after.start() : after.end()]
        )
        for one, year, after in given
    }
    return tuple(_noted(reading, text, notes) for reading in found)


def _doubted(shown: str, folded: str) -> bool:
    """Whether a word of `_DOUBT` stands in `shown`, or in `folded` when the text is printed
    without its marks ("co the", "du kien")."""
    if _DOUBT.search(shown.lower()):
        return True
    return shown.isascii() and _DOUBT_UNMARKED.search(folded) is not None


def _years_besides(folded: str, days: list[re.Match[str]]) -> set[int]:
    """The years written in `folded` outside its `days`: "năm 2013", "năm học 2013-2014"."""
    rest = folded
    for one in days:
        rest = rest[: one.start()] + " " * (one.end() - one.start()) + rest[one.end() :]
    return {int(year) for year in _YEAR.findall(rest)}


def _year_agreed(
    folded: str, one: re.Match[str], after: re.Match[str] | None, issued: date
) -> int | None:
    """The year of the day `one` (no year written) taken from `after`, the next day written
    with its year, when `one` is led as a day (`_LEAD`, no range or list: `_JOINED_BEFORE`),
    falls on or before `after` in that year and is the first such day from `issued` on;
    else None."""
    before = folded[: one.start()]
    if after is None or not _LEAD.search(before) or _JOINED_BEFORE.search(before):
        return None
    year = int(after["year"])
    try:
        day = date(year, int(one["month"]), int(one["day"]))
        bound = date(year, int(after["month"]), int(after["day"]))
        coming = date(issued.year, day.month, day.day)
    except ValueError:  # "31/2", "29/2" of a common year: no such day
        return None
    if coming < issued:
        coming = coming.replace(year=issued.year + 1)
    return year if day <= bound and day == coming else None


def _noted(reading: Deadline, text: str, notes: dict[date, str]) -> Deadline:
    """`reading` of the whole `text`, its way of reading saying where its year came from
    when one of its days was given a year here (`notes`, by the day)."""
    days = {reading.first, reading.last, reading.earliest}
    note = "".join(words for day, words in notes.items() if day in days)
    return replace(reading, phrase=text, reading=reading.reading + note)
