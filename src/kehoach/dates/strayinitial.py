"""A weekday whose first letter a copy printed twice: "Thứ S Sáu, ngày 21 tháng 11 năm 2025".

"Thời gian ngừng điện (dự kiến): Thứ S Sáu, ngày 21 tháng 11 năm 2025" (Điện lực Thuận Lợi,
Đồng Nai, notice of a power cut, 2025: zu-thuanloi-dongnai-ngung-cung-cap-dien-21-11-2025):
the capital that opens the weekday stands once more alone before it, as a drop cap or a
styled first letter comes out in a copied page. A careful reader reads "Thứ Sáu", the day's
weekday, and the deadline language checks a weekday against the day it glosses (21/11/2025
is a Friday; "Thứ Năm, ngày 21 tháng 11 năm 2025" is refused), so the repair cannot make a
wrong day: it only lets the check run.

Only a lone capital right after "Thứ" and right before a weekday's name that opens with the
same letter ("Thứ B Bảy", "Thứ H Hai"); another letter ("Thứ N Sáu") may be a lost word and
stays refused, and so does anything the phrase read again refuses, and a phrase with a
negation, a condition or a thing told done (`_DOUBTED`). The reading keeps the phrase as
printed.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, Reader

# "Thứ S Sáu": "Thứ" (as printed, with its marks), a lone capital, a word
_DOUBLED = re.compile(r"(?<!\w)(?:[Tt]hứ|THỨ)\s+(?P<stray>[A-ZĐ])\s+(?P<word>[^\W\d_]+)(?!\w)")
# the names of the weekdays after "Thứ" (Chủ nhật has no "Thứ")
_WEEKDAYS = frozenset({"hai", "ba", "tư", "năm", "sáu", "bảy"})
# a negation, a condition or a thing told done anywhere: the repair is for a notice's plain
# day, and such a phrase stays refused as printed ("Không ngừng điện Thứ S Sáu, …", "Đã
# ngừng điện …", "Nếu …"), whatever the phrase read again would give
_DOUBTED = re.compile(
    r"(?i)(?<!\w)(?:không|chưa|chẳng|đã|vừa|từng|nếu|khi|trường\s+hợp|có\s+thể)(?!\w)"
)


def _stray(found: re.Match[str]) -> bool:
    """Whether `found` (`_DOUBLED`) is a weekday's name after its own first letter."""
    word = found["word"]
    return word.lower() in _WEEKDAYS and word[0].upper() == found["stray"]


def read_stray_initial(phrase: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The readings of `phrase` with each weekday's doubled first letter (`_DOUBLED`) taken
    out, the phrase kept as printed; None when it has none, or the phrase so written is
    refused too (a weekday the day does not fall on among the reasons)."""
    shown = nfc(phrase)
    strays = [found for found in _DOUBLED.finditer(shown) if _stray(found)]
    if not strays or _DOUBTED.search(shown):
        return None
    for found in reversed(strays):  # from the end: the spans before stay where they were
        shown = shown[: found.start("stray")] + shown[found.start("word") :]
    try:
        read = parse(shown, context)
    except Unreadable:
        return None
    return tuple(replace(one, phrase=phrase) for one in read)
