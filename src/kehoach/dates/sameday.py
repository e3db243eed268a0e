"""An hour later the same day: "Cấm … ra khơi từ 5h ngày 21/7. Đồng thời, các tàu thuyền …
phải về bờ neo đậu an toàn trước 10h cùng ngày." (Nghệ An's sea ban before storm Wipha,
2025): a start from an hour of a day, then a deadline at an hour of "cùng ngày", the day
already named.

Read as the two readings the clauses give apart, "cùng ngày" standing for the day named
before it: the start bound, then the day itself. Only one day named, with an hour, and only
"trước / đến <hour> cùng ngày" in the last clause, no number after it; each clause must read alone as exactly
that (a start on the day, then one day), or nothing is read here and the phrase's own
refusal stands.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.base.text import fold
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader

_HOUR = r"\d{1,2}\s*(?:h|gio)(?:\s*\d{2})?"
# the day named once, after an hour: "từ 5h ngày 21/7", "Từ 7 giờ ngày 21/7"
_NAMED = re.compile(rf"(?i)\btu\s+{_HOUR}\s+(?P<day>ngay\s+\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?)")
# the deadline on the same day, in the last clause, with no number after it ("đến 12 giờ cùng
# ngày phải hoàn tất việc neo đậu")
_SAME = re.compile(rf"(?i)(?:truoc|den)\s+{_HOUR}\s+(?P<same>cung\s+ngay)(?![\w/])[^\d]*\Z")
_CLAUSE = re.compile(r"(?i)(?:\.\s+|;\s+|,\s+dong\s+thoi\s+)")

# a cheap test before the reading: the words "cùng ngày" at all
SAME_DAY = re.compile(r"(?i)\bc[ùu]ng\s+ng[àa]y\b")


def read_same_day(phrase: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The start and the same-day deadline of `phrase` (see the module), or None when it is
    not so made; a clause `parse` refuses raises its refusal through."""
    # matched folded, so a copy that lost its marks ("12 gio cùng ngày") is read alike;
    # fold keeps one character for one, so the offsets cut the phrase as printed
    folded = fold(phrase)
    named, same = list(_NAMED.finditer(folded)), _SAME.search(folded)
    if len(named) != 1 or same is None or len(re.findall(r"ngay\s+\d", folded)) != 1:
        return None
    cuts = [cut.end() for cut in _CLAUSE.finditer(folded, named[0].end(), same.start())]
    if not cuts:
        return None
    start_said, due_said = phrase[: cuts[-1]].rstrip(" .;,"), phrase[cuts[-1] :]
    due_said = (
        due_said[: same.start("same") - cuts[-1]]
        + phrase[named[0].start("day") : named[0].end("day")]
        + phrase[same.end("same") :]
    )
    start, due = parse(start_said, context), parse(due_said, context)
    if len(start) != 1 or len(due) != 1 or not _one_day(due[0]):
        return None
    day = due[0].first
    if start[0].earliest != day or start[0].last is not None:
        return None
    return (start[0], due[0])


def _one_day(read: Deadline) -> bool:
    return (
        read.kind is DeadlineKind.DATE and isinstance(read.first, date) and read.first == read.last
    )
