"""One day's morning and afternoon, each its place: "Buổi sáng ngày 27 tháng 10 tiêm ở thôn Nà
Cáy; buổi chiều tiêm thôn Lủng Chuông".

A vaccination round's schedule (UBND xã Cao Sơn, Bắc Kạn: the autumn 2023 round for buffalo
and cattle; p-caoson-backan of the corpus) gives each day a line: the morning with the day,
then after ";" or ":" the afternoon, with no day, which is that same day's. The line is one
day's work: the morning's clause is read as the grammar reads it ("Sáng ngày 29/10 tiêm ở
thôn Thôm Phụ"; "Buổi" before "sáng" only says "the morning of"), and it must read as that
one day; the afternoon's clause is kept as the reading's gloss. An afternoon clause with a
number (another day, an hour, a count) is no same-day note: the phrase's refusal stands.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind

# on the folded phrase: the morning with its day, ";" or ":", the afternoon with no number
_HALVES = re.compile(
    r"\A\s*(?:buoi\s+)?(?P<morning>sang\s+ngay\s+\d[^;:]*?)\s*[;:]\s*"
    r"(?:buoi\s+)?chieu\s+(?P<afternoon>[^\d;:]+?)\s*[.;]?\s*\Z",
    re.ASCII,
)

Parse = Callable[[str, Context], tuple[Deadline, ...]]


def read_halves(text: str, context: Context, parse: Parse) -> tuple[Deadline, ...] | None:
    """The day of `text` read from its morning's clause, the afternoon kept as its gloss (see
    the module); None when `text` is not so made or its morning does not read as one day."""
    shown = nfc(text)
    halves = _HALVES.match(fold(shown))  # fold keeps one character for one
    if halves is None:
        return None
    try:
        read = parse(shown[slice(*halves.span("morning"))], context)
    except Unreadable:
        return None
    if len(read) != 1 or read[0].kind is not DeadlineKind.DATE or read[0].first != read[0].last:
        return None
    afternoon = " ".join(shown[slice(*halves.span("afternoon"))].split())
    note = f"buổi chiều cùng ngày: {afternoon}"
    gloss = f"{read[0].gloss}; {note}" if read[0].gloss else note
    return (replace(read[0], phrase=text, gloss=gloss),)
