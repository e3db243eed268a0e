"""A text in force from a month's first day "and carried out for N years": its whole term.

"Nghị quyết có hiệu lực thi hành từ ngày 1/1/2025 và được thực hiện trong 5 năm" (Báo Nghệ
An on Nghị quyết 137/2024/QH15, the special mechanisms for Nghệ An; zf-baonghean-co-che-dac-
thu-nghe-an-2024): the Quốc hội's resolutions piloting a mechanism close so ("Nghị quyết này
có hiệu lực thi hành từ ngày … và được thực hiện trong 05 năm"), the day it takes effect
the term's first, the count its length: 01/01/2025 – 31/12/2029.

The day in force is the term's first day (it is in force that day), so the count runs with
it, as `combine.length_agrees` counts a window written with both its days; from a month's
first day the years or months are whole calendar ones ("5 năm" from 1/1/2025 ends on
31/12/2029). Only from a month's first day, written with its year: from another day the
last one is the same date or the day before it, as the count is taken (Bộ luật Dân sự 2015,
Điều 147 leaves out an event's day; a text in force counts its own), which the tool does
not choose, and the phrase stays refused as before. Only years or months in digits, right
after "(được) thực hiện / áp dụng / thi hành trong", closing the phrase.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import month_end

_IN_FORCE_FOR = re.compile(
    r"(?<![a-z])hieu\s+luc(?:\s+thi\s+hanh)?\s+(?P<from>(?:ke\s+)?tu\s+ngay\s+"
    r"(?P<day>\d{1,2})\s*(?:[/.-]\s*|\s+thang\s+)(?P<month>\d{1,2})\s*(?:[/.-]\s*|\s+nam\s+)"
    r"(?P<year>\d{4}))\s*,?\s+va\s+(?P<term>(?:duoc\s+)?(?:thuc\s+hien|ap\s+dung|thi\s+hanh)"
    r"\s+trong\s+(?:thoi\s+gian\s+)?(?P<count>\d{1,2})\s+(?P<unit>nam|thang))[ .;]*\Z",
    re.ASCII,
)


class InForceTerm(NamedTuple):
    """A phrase's term in force, said as its span."""

    spanned: str  # the phrase with its term written as "từ ngày D đến hết ngày E"
    first: date  # the day it takes effect
    last: date  # the term's last day
    said: str  # the count as printed: "được thực hiện trong 5 năm"


def term_in_force(text: str) -> InForceTerm | None:
    """The term of a text in force from a month's first day for a count of years or months
    (see the module); None when `text` does not close so, the day is no month's first, or
    the count is none."""
    shown = nfc(text)
    found = _IN_FORCE_FOR.search(fold(shown).lower())  # one character for one
    if found is None or int(found["count"]) < 1:
        return None
    try:
        first = date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None
    if first.day != 1:
        return None  # the same date or the day before it: not chosen
    months = int(found["count"]) * (12 if found["unit"] == "nam" else 1)
    years, month = divmod(first.month + months - 2, 12)
    last = month_end(first.year + years, month + 1)
    said = " ".join(shown[found.start("term") : found.end("term")].split())
    frm = shown[found.start("from") : found.end("from")]
    spanned = f"{shown[: found.start('from')]}{frm} đến hết ngày {last:%d/%m/%Y}"
    return InForceTerm(spanned, first, last, said)
