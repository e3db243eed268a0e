"""A yearly rule the phrase never says, set by a letter it cites: one year's, or each year's?

"Báo cáo quý I trước ngày 15/3 (theo Công văn số 123/UBND ngày 10/1)" (session 62's brief):
read on main as each year's 15/3 (`namedreport`, the lead's ruling of session 61 for the
plainest line "Báo cáo quý I trước ngày 15/3"). A report named by its period is read as
each year's because a reporting rule comes back each year; a công văn (an administrative
letter) is no such rule: it asks for one period's report, of the year it was sent in, and
its date here ("ngày 10/1") gives no year. Read yearly, the plan grows a due day in every
later year that no one set; read once, in the plan's year, it may be a letter of another
year. Neither is what the phrase says: refused, the clerk writes the day the letter sets.

The rule: a yearly reading (`FREQ=YEARLY`) of a phrase that says no cadence itself
(`_CADENCE_SAID`: "hằng năm", "hàng năm", "mỗi năm", "định kỳ", "thường niên") and cites a
letter (`_LETTER`: "công văn", "CV" with its number, "thông báo số", "văn bản số", "giấy
mời"; and "kế hoạch số", a plan's, most often of one year: "… (theo Kế hoạch số 12/KH-UBND
ngày 10/1)"; cited by the number alone too: "(theo Thông báo 5/TB-UBND)", e62b), outside a standing rule (`Context.standing`, whose day-months are each year's by the
plan's own word). A rule said each year ("Báo cáo năm gửi trước ngày 25/11 hàng năm", UBND Bà
Rịa – Vũng Tàu, Công văn 2539/2012) is read as before, and so is a rule cited from a law, a
decree or a circular, which stand.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kehoach.base.text import fold
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind

# a letter cited, folded: "Công văn số 123/UBND", "CV 123/UBND", "Thông báo số 5/TB-UBND"
_LETTER = re.compile(
    r"(?<![a-z])(?:cong\s+van|cv(?=\s*(?:so\s*)?\d)|(?:thong\s+bao|van\s+ban|ke\s+hoach)\s+so"
    r"|giay\s+moi"
    # ... or by its number alone, without "số" ("theo Thông báo 5/TB-UBND", e62b)
    r"|(?:thong\s+bao|van\s+ban|ke\s+hoach)\s+\d+/[a-z]+)"
    r"(?![a-z])",
    re.ASCII,
)
# ... and a cadence the phrase says itself, folded
_CADENCE_SAID = re.compile(
    r"(?<![a-z])(?:hang\s+nam|moi\s+nam|dinh\s+ky|thuong\s+nien|nam\s+nao)(?![a-z])", re.ASCII
)


def refuse_yearly_by_letter(phrase: str, found: Sequence[Deadline], context: Context) -> None:
    """Refuse a yearly reading of `phrase` that no word of it says, when it cites a letter
    (the module's rule)."""
    yearly = any(
        one.kind is DeadlineKind.RECURRING and (one.rrule or "").startswith("FREQ=YEARLY")
        for one in found
    )
    if not yearly or context.standing:
        return
    folded = fold(phrase).lower()
    letter = _LETTER.search(folded)
    if letter is None or _CADENCE_SAID.search(folded):
        return
    raise Unreadable(
        "hạn đặt theo một công văn, văn bản được dẫn (một lần, cho năm văn bản gửi), cụm từ "
        "không nói “hằng năm”: không đọc thành hạn mỗi năm, cũng không đoán năm; ghi last_day "
        "theo ngày công văn giao (hoặc ghi “hằng năm” nếu văn bản nói vậy)"
    )
