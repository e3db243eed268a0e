"""The tax-filing terms as a table abbreviates them, and a quarter's day counted in the quarter.

Luật Quản lý thuế 2006, Điều 32, khoản 1 sets the last day to file a return: "a) Chậm nhất là
ngày thứ hai mươi của tháng tiếp theo tháng phát sinh nghĩa vụ thuế đối với loại thuế khai và
nộp theo tháng; b) Chậm nhất là ngày thứ ba mươi của quý tiếp theo quý phát sinh nghĩa vụ thuế
đối với loại thuế khai và nộp theo quý". A tutoring site's table restates them abbreviated:
"Chậm nhất là ng thứ 20 của th tiếp theo th PS NV thuế", "Chậm nhất là ng thứ 30 quý tiếp theo
quý PS NV thuế" (giasutoan.info, zp-giasutoan-bang-thoi-han-khai-thue of the corpus), where
"ng" is "ngày" and "PS NV" is "phát sinh nghĩa vụ".

The words are written out, only in a phrase on a tax ("thuế") and only in those places: "ng"
right before "thứ" and a number, "PS NV" right before "thuế". "th" (for "tháng") is left as
printed: a copy that lost a letter prints "thứ" or "thì" so too, and the phrase read with it
whole (`lostglyph`) decides, as for any other phrase. The day of a quarter counted from its first day, "ngày thứ 30 của quý tiếp
theo quý phát sinh nghĩa vụ thuế", is the 30th of the quarter's first month (January, April,
July and October have 30 days at least), as Luật Quản lý thuế 2019, Điều 44 words a quarter's
day ("… tháng đầu quý tiếp theo liền kề quý phát sinh nghĩa vụ thuế") and the grammar reads
(`grammar.REPORT_DAY_RULE`); a day past the 30th (beyond April's end) is left as printed, and
so refused.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import nfc

_ON_A_TAX = re.compile(r"(?i)(?<!\w)thuế(?!\w)")
_ABBREVIATED = (
    (re.compile(r"(?<!\w)ng(?=\s+thứ\s+\d)"), "ngày"),
    (re.compile(r"(?<!\w)PS\s+NV(?=\s+thuế(?!\w))"), "phát sinh nghĩa vụ"),
)
_QUARTER_DAY = re.compile(
    r"(?i)(?<!\w)ngày\s+thứ\s+(?P<day>\d{1,2})\s+(?:của\s+)?quý\s+tiếp\s+theo\s+"
    r"(?=quý\s+phát\s+sinh\s+nghĩa\s+vụ\s+thuế(?!\w))"
)
_FIRST_MONTH_DAYS = 30  # April's: the shortest first month of a quarter


def _quarter_day(found: re.Match[str]) -> str:
    if not 1 <= int(found["day"]) <= _FIRST_MONTH_DAYS:
        return found.group()
    return f"ngày {int(found['day'])} của tháng đầu quý tiếp theo liền kề "


def tax_terms_written_out(text: str) -> str | None:
    """`text` with its tax table's abbreviations written out and its day of the next quarter
    as that quarter's first month's (see the module); None when it is on no tax or nothing
    changed."""
    shown = nfc(text)
    if not _ON_A_TAX.search(shown):
        return None
    written = shown
    for abbreviation, word in _ABBREVIATED:
        written = abbreviation.sub(word, written)
    written = _QUARTER_DAY.sub(_quarter_day, written)
    return written if written != shown else None
