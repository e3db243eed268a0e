"""Deadlines counted from something: "75 ngày trước ngày bầu cử", "10 ngày làm việc kể từ
ngày ban hành", "sau khi nhiệm vụ 3 hoàn thành 10 ngày làm việc".

`Relative` holds what such a phrase says (the same fields as the deadline language's own
`Deadline.relative`); `read_relative` is a small reading of the common shapes, used
where the deadline language has none. What is counted from (`anchor`) is kept as
written; the plan decides what it names: the plan's issue day, one of its declared
events, or the completion of one of its tasks (plan/relative.py).

Pure: no files, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.deadline import Relative

# One type for both readings: `Deadline.relative` is this class, so plan/relative.py's
# `isinstance(given, Relative)` takes the deadline language's own reading when it has one.
__all__ = ["Relative", "read_relative"]


_UNITS = {"ngay lam viec": "ngày", "ngay": "ngày", "tuan": "tuần", "thang": "tháng", "nam": "năm"}
# Matched on the folded text (no diacritics, lower case), so "75 ngay truoc ngay bau cu"
# reads too; the anchor is cut from the original at the same offsets.
_LEAD = (
    r"(?:(?:cham nhat(?: la)?|it nhat|toi thieu|toi da|khong qua|trong vong"
    r"|trong thoi han|trong|truoc|sau)\s+)*"
)
_COUNT = r"(?P<count>-?\d+)\s+(?P<unit>ngay\s+lam\s+viec|ngay|tuan|thang|nam)"
_WORD = r"(?P<word>truoc|ke\s+tu|tinh\s+tu|sau\s+khi|sau)"
_COUNT_FIRST = re.compile(rf"^{_LEAD}{_COUNT}[ ,]+{_WORD}\s+(?P<anchor>\S.*?)[ .;]*$", re.ASCII)
_ANCHOR_FIRST = re.compile(
    rf"^(?P<word>sau\s+khi|ke\s+tu\s+khi)\s+(?P<anchor>\S.*?),?\s+{_COUNT}[ .;]*$", re.ASCII
)
# ... and the event's day before its count: "(trước ngày bầu cử 75 ngày)", "trước ngày khai mạc
# 2 tuần" (issue 11 §2); unread, a gloss in that order was never checked against its day
# (fresh40c: "Ngày 05/03/2027 (trước ngày bầu cử 75 ngày)" passed with the election on 16/05)
_DAY_FIRST = re.compile(
    rf"^(?P<word>truoc|sau)\s+(?P<anchor>ngay\s+[a-z][^\d]*?),?\s+{_COUNT}[ .;]*$", re.ASCII
)


# "ít nhất 5 ngày sau …", "tối thiểu sau 01 ngày …": the earliest day, a start bound and not
# a deadline; read as a deadline it would be a day too early to matter and a wrong date.
_AT_LEAST = re.compile(r"\b(?:it nhat|toi thieu)\b")
# An anchor holding a day ("kể từ ngày 01/7/2025") is the deadline language's to read; when
# it refuses one, guessing here would bypass its rule that every number is accounted for.
_DATED = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\bthang\s+\d|\bnam\s+\d{4}")


def read_relative(phrase: str) -> Relative | None:
    """What a relative phrase says, or None when it is not one of the shapes read here
    (and for a start bound or a dated anchor, which it never reads)."""
    text = " ".join(nfc(phrase).split())
    folded = fold(text)
    match = _COUNT_FIRST.match(folded) or _ANCHOR_FIRST.match(folded) or _DAY_FIRST.match(folded)
    if match is None or _DATED.search(match["anchor"]):
        return None
    if match["word"] != "truoc" and _AT_LEAST.search(folded[: match.start("count")]):
        return None
    unit_words = " ".join(match["unit"].split())
    direction = "before" if match["word"] == "truoc" else "after"
    anchor = text[match.start("anchor") : match.end("anchor")]
    return Relative(
        offset=int(match["count"]),
        unit=_UNITS[unit_words],
        working_days=unit_words == "ngay lam viec",
        direction=direction,
        anchor=anchor,
    )
