"""The tax-filing terms as a table abbreviates them, and a quarter's day counted in the quarter.

Luật Quản lý thuế 2006, Điều 32, khoản 1 sets the last day to file a return: "a) Chậm nhất là
ngày thứ hai mươi của tháng tiếp theo tháng phát sinh nghĩa vụ thuế đối với loại thuế khai và
nộp theo tháng; b) Chậm nhất là ngày thứ ba mươi của quý tiếp theo quý phát sinh nghĩa vụ thuế
đối với loại thuế khai và nộp theo quý". A tutoring site's table restates them abbreviated:
"Chậm nhất là ng thứ 20 của th tiếp theo th PS NV thuế", "Chậm nhất là ng thứ 30 quý tiếp theo
quý PS NV thuế" (giasutoan.info, zp-giasutoan-bang-thoi-han-khai-thue of the corpus), where
"ng" is "ngày", "th" is "tháng" and "PS NV" is "phát sinh nghĩa vụ".

The words are written out, only in a phrase on a tax ("thuế") and only in those places: "ng"
right before "thứ" and a number, "PS NV" right before "thuế", "th" only in the monthly term's
frame "của th tiếp theo th" before the obligation (`_MONTH_FRAME`). Elsewhere "th" is left as
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
# ... and "th" for "tháng" only in the monthly term's own frame, "của th tiếp theo th" before
# the obligation ("PS NV thuế", "phát sinh nghĩa vụ thuế"): "Chậm nhất là ng thứ 20 của th tiếp
# theo th PS NV thuế" (giasutoan.info's row 1, Điều 32, khoản 1 a). A letter lost from "thứ"
# or "thì" could print "th" elsewhere (the lost-glyph check decides those), but neither word
# can stand there: "của thứ tiếp theo thứ phát sinh nghĩa vụ" is no Vietnamese, and the
# quarter's term prints "quý" whole
_MONTH_FRAME = re.compile(
    r"(?<!\w)(?P<of>của\s+)th\s+(?P<next>tiếp\s+theo\s+)th"
    r"(?=\s+(?:PS\s+NV|phát\s+sinh\s+nghĩa\s+vụ)\s+thuế(?!\w))"
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


def month_abbreviated(text: str) -> list[tuple[int, int]]:
    """The spans of the "th" that `_MONTH_FRAME` writes out as "tháng" in `text` (a phrase on
    a tax, as printed): no word that lost a letter there, so the lost-glyph check
    (`lostglyph`) leaves them as the abbreviations they are."""
    shown = nfc(text)
    if len(shown) != len(text) or not _ON_A_TAX.search(shown):
        return []
    spans = []
    for frame in _MONTH_FRAME.finditer(shown):
        first = frame.end("of")
        spans += [(first, first + 2), (frame.end() - 2, frame.end())]
    return spans


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
    written = _MONTH_FRAME.sub(lambda frame: f"{frame['of']}tháng {frame['next']}tháng", written)
    written = _QUARTER_DAY.sub(_quarter_day, written)
    return written if written != shown else None
