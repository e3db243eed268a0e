"""How far a programme has come, told after its period: no time of its own.

"Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa bàn tỉnh đã
qua nửa thời gian thực hiện" (Báo Cà Mau, 9/4/2024: zf-baocamau-nua-chang-duong-giam-ngheo-
2024): half of the programme's time is gone by, which names no half to read as a period
(`refusals.refuse_halves` refuses "nửa đầu năm 2026", a half the grammar has no reading
for). The period before the words is the programme's own (the lead's convention 5) and is
read; the words are cut and kept as the reading's gloss.

Only "đã (đi) qua nửa thời gian (thực hiện) | chặng đường" closing the phrase, after one span
of years ("giai đoạn 2021-2025"), no other number between, and on a page whose year falls
within that span: a programme told half way on a page after its end (or with no page day) is
a misprint or a past period, and stays refused. "chưa qua nửa", "hơn nửa", "nửa đầu", a
second span, a year or a day after the words, a negation, a condition, a cadence stay refused.

Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.base.text import fold, nfc

_HALF_GONE_BY = re.compile(
    r"(?<![a-z])(?:giai\s+doan|thoi\s+ky)\s+(?P<first>(?:19|20)\d\d)\s*[-–]\s*"
    r"(?P<last>(?:19|20)\d\d)(?!\d)[^\d]*?"
    r"(?P<told>\s*(?<![a-z])da\s+(?:di\s+)?qua\s+nua\s+(?:thoi\s+gian(?:\s+thuc\s+hien)?"
    r"|chang\s+duong))\s*\.?\s*\Z",
    re.ASCII,
)
# ... and what may not stand anywhere in the phrase: a negation, a condition, a cadence, a
# choice, "khi" ("Sơ kết khi Chương trình … đã qua nửa thời gian thực hiện": a review held at
# the half, no time of the programme; test_misci2); the words are read as the programme's own
# only when nothing else is said of it
_DOUBT = re.compile(
    r"(?<![a-z])(?:khong|chua|neu|khi|hoac|hang|moi\s+nam|dinh\s+ky|thuong\s+nien)(?![a-z])",
    re.ASCII,
)


def cut_half_gone_by(text: str, issued: date | None) -> tuple[str, str | None]:
    """`text` (NFC) without the words telling half of its programme's time gone by
    (`_HALF_GONE_BY`), and the gloss the reading takes (the words cut, as printed); (`text`,
    None) when nothing is cut: no such words, a word of doubt in the phrase (`_DOUBT`), no
    page day, or a page day outside the programme's span."""
    printed, text = text, nfc(text)
    folded = fold(text)  # one character for one: the offsets are the text's
    found = _HALF_GONE_BY.search(folded)
    if found is None or issued is None or _DOUBT.search(folded):
        return printed, None
    if not int(found["first"]) <= issued.year <= int(found["last"]):
        return printed, None
    said = " ".join(text[found.start("told") : found.end()].split()).strip(" .")
    gloss = f"chương trình đã đi được nửa thời gian, không phải thời hạn: {said}"
    return " ".join(text[: found.start("told")].split()), gloss
