"""A month and its year after "trước" without the word "tháng": "trước 12/2026".

"Hoàn thành giải phóng mặt bằng đường sắt tốc độ cao trước 12/2026" (VTV, 2025, the
high-speed railway's land clearance; zf-vtv of the corpus): a number 1–12, a slash and a
four-digit year name a month, as "tháng 12/2026" does (no day is numbered 2026), so the
phrase refused as printed is read once more with "tháng" written before it, and "trước
tháng 12/2026" is read as the grammar reads it: by the end of the month before (30/11/2026).

Only after "trước", only a year from 1900 to 2099, only when the phrase has no "tháng"
before the number; a phrase so written that the grammar still refuses keeps its refusal.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, Reader

# on the folded phrase: "trước 12/2026" (never "trước ngày 12/2026", "trước tháng 12/2026")
_BEFORE_MONTH = re.compile(
    r"(?<!\w)truoc\s+(?P<month>0?[1-9]|1[0-2])\s*/\s*(?:19|20)\d\d(?![\d/.-])", re.ASCII
)


def read_month_unnamed(phrase: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The readings of `phrase` with "tháng" written before its month (see the module), or
    None when it is not so made or the phrase so written is refused too."""
    shown = nfc(phrase)
    found = list(_BEFORE_MONTH.finditer(fold(shown)))  # fold keeps one character for one
    if len(found) != 1:
        return None
    at = found[0].start("month")
    try:
        read = parse(f"{shown[:at]}tháng {shown[at:]}", context)
    except Unreadable:
        return None
    return tuple(replace(one, phrase=phrase) for one in read)
