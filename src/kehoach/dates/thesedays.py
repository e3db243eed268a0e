"""Days named before, pointed back at: "Để đảm bảo tiến độ đào tạo, lịch học của hai ngày này
sẽ được chuyển sang học bù vào các ngày thứ Bảy (9/5 và 16/5)." (Thanh Niên Việt on the
universities' days off for Giỗ Tổ and 30/4 – 1/5, 2026, as Blogtamsu reprints it).

"của hai ngày này" (of these two days) names the days the sentence before gave (the two days
off whose classes move), no count of the work's time: read as "trong hai ngày" it was refused
as a count of days within the period ("… đếm một số ngày, tuần trong kỳ"). The phrase is read
once more without the words; its days are the ones written after them.

Only after "của" (of: the days own the thing moved), a count of two to four or its digits,
"ngày" and "này" or "đó" (these, those), once in the phrase: "trong hai ngày này" (within
these days) may be the time of the work, and stays as printed.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import nfc

_THESE_DAYS = re.compile(
    r"(?i)\s+của\s+(?P<count>hai|ba|bốn|[2-4]|0[2-4])\s+ngày\s+(?:này|đó)(?!\w)"
)


_COUNTS = {"hai": 2, "ba": 3, "bốn": 4}
_MAY = re.compile(r"(?i)(?<!\w)có\s+thể(?!\w)")


def without_these_days(text: str) -> tuple[str, int] | None:
    """`text` without its one "của hai ngày này" (see the module), and the number of days it
    points back at: the days written after it must be as many, each one day ("(9/5 - 16/5)"
    after "các ngày thứ Bảy" is two Saturdays, never the week between: the merge's tester,
    session 52); None when it has none, or more than one, or when the days are only possible
    ("có thể được học bù vào …": the second tester)."""
    shown = nfc(text)
    found = list(_THESE_DAYS.finditer(shown))
    if len(found) != 1 or _MAY.search(shown):
        return None
    said = found[0]["count"].lower()
    count = _COUNTS[said] if said in _COUNTS else int(said)
    return shown[: found[0].start()] + shown[found[0].end() :], count
