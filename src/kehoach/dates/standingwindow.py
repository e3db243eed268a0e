"""A standing rule's window in the year after the one its work is for: every year, then.

A budget law's calendar sets the days of each year's work on the year before: "Bước 2: Đơn vị
dự toán cấp trên xét duyệt quyết toán cho đơn vị dự toán cấp dưới trực thuộc trong khoảng
thời gian từ ngày 1/2 đến hết ngày 30/6 năm sau" (the Ministry of Finance's draft on the
closing of the state budget, as Thời báo Tài chính prints it; Luật Ngân sách nhà nước 2015,
Điều 65 ff.; y-thoibaotaichinh-de-xuat-thoi-gian-quyet-toan-nsnn of the corpus). In a
standing document (`Context.standing`, the lead's ruling of session 34) "năm sau" there is
the year after the budget year, as it is after one due day ("chậm nhất ngày 1/7 năm sau",
`standing`): the window recurs each year, due on its last day, on the year before
(`Recurrence.offset` -1), as "từ ngày 1/2 đến hết ngày 30/6 hằng năm" reads with that offset.

Only a window whose two days fall in order within one year ("1/2 đến 30/6"), written at the
phrase's end with "(của) năm sau" / "năm tiếp theo" right after its last day: both days are
then of the year after (a window of more than a year cannot come back each year without
overlapping). A window that crosses the new year ("từ ngày 01/10 đến 31/3 năm sau": October
of one year to March of the next) is another reading and is left as it reads without this
rule; so is a year, a named year, a lunar day or a second window anywhere in the phrase.
Outside a standing document nothing is read here.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import TOLD_DONE, Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Frequency, Reader

_MONTH_OF = r"(?:\s*[/.-]\s*|\s+thang\s+)"
# "từ ngày 1/2 đến hết ngày 30/6 năm sau" closing the phrase (folded)
_WINDOW = re.compile(
    r"(?<![a-z])tu\s+(?:ngay\s+)?(?<![\d/.-])(?P<d1>\d{1,2})" + _MONTH_OF + r"(?P<m1>\d{1,2})"
    r"\s+(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?(?P<d2>\d{1,2})" + _MONTH_OF + r"(?P<m2>\d{1,2})"
    r"\s+(?:cua\s+)?nam\s+(?:sau|tiep\s+theo)[ .;]*\Z",
    re.ASCII,
)
# anything else that names a year or another calendar (as `standing._DOUBT`), before the window
_DOUBT = re.compile(
    r"\d{4}|(?<![a-z])(?:nam\s+(?:nay|toi|truoc|sau|tiep\s+theo|hoc|ke\s+hoach|bao\s+cao)"
    r"|am\s+lich|al)(?![a-z])",
    re.ASCII,
)
_TOLD_DONE_BARE = re.compile(r"(?<![a-z])(?:da|vua)(?![a-z])", re.ASCII)
_LEAP_YEAR = 2000  # a day-month is checked in a leap year: 29/2 is a day of some years
NOTE = (
    "khoảng của năm sau năm mà việc phục vụ (“năm sau”); quy định áp dụng hằng năm "
    "(văn bản là quy định thường xuyên)"
)


def read_window_of_next_year(
    text: str, context: Context, read: Reader
) -> tuple[Deadline, ...] | None:
    """The yearly reading of `text`, a standing rule's window closed by "năm sau" (see the
    module), by `read` of the phrase with "hằng năm" in place of "năm sau"; None when `text`
    is not such a window, or that reading is not the yearly window on the days said."""
    said = nfc(text)
    folded = fold(said)
    window = _WINDOW.search(folded)
    if window is None or _DOUBT.search(folded[: window.start()]):
        return None
    if _told_done(said[: window.start()]):
        return None  # "đã xét duyệt … từ ngày 1/2 đến hết ngày 30/6 năm sau": a record
    opens, closes = _day(window, "d1", "m1"), _day(window, "d2", "m2")
    if opens is None or closes is None or not opens < closes:
        return None  # no such day, or a window crossing the new year: not read here
    rewritten = said[: window.end("m2")] + " hằng năm"
    try:
        readings = read(rewritten, replace(context, standing=False))
    except (Unreadable, ValueError):
        return None
    if len(readings) != 1 or not yearly_due_on(readings[0], closes.month, closes.day):
        return None
    one = readings[0]
    assert one.recurrence is not None  # `yearly_due_on` checked it
    rule = replace(one.recurrence, offset=-1)
    return (replace(one, phrase=text, recurrence=rule, reading=f"{one.reading}; {NOTE}"),)


def _told_done(words: str) -> bool:
    """Whether `words` (before the window, as printed) tell the work done ("đã", "vừa"), or
    typed bare, may ("da", "vua": "đã" and "vừa" lost their marks): a record of one year's
    work, not each year's rule (the grammar reads a yearly window after "đã" as a rule
    still, so the check is made here)."""
    if TOLD_DONE.search(words):
        return True
    return words.isascii() and _TOLD_DONE_BARE.search(words.lower()) is not None


def _day(window: re.Match[str], day: str, month: str) -> date | None:
    try:
        return date(_LEAP_YEAR, int(window[month]), int(window[day]))
    except ValueError:
        return None


def yearly_due_on(one: Deadline, month: int, day: int) -> bool:
    """Whether `one` is the grammar's plain yearly rule due on `day`/`month` each year, in its
    own year (no months listed, no period covered, no offset): what "từ … đến … hằng năm"
    reads as, asked of a rewritten standing phrase (here and `standingspan`)."""
    rule = one.recurrence
    if one.kind is not DeadlineKind.RECURRING or rule is None:
        return False
    if rule.frequency is not Frequency.YEARLY or rule.months or rule.covers or rule.offset:
        return False
    return (rule.month, rule.day) == (month, day)
