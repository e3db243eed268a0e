"""A clause of the step that comes first ("Sau khi …,") opening a phrase before a span written
whole.

"Sau khi kết thúc thời gian đăng ký nguyện vọng, từ 15/7 đến 21/7/2026, thí sinh phải nộp lệ
phí xét tuyển trực tuyến theo số lượng nguyện vọng đã đăng ký." (Hoa Học Trò on the Bộ GD&ĐT's
2026 admission milestones; m-hoahoctro-moc-tuyen-sinh-2026): the clause tells what the step
follows, and the span after it writes both its days, its last with its year, so the order it
tells moves neither. It is the lead's rule for a due day (`label._ONCE_DONE`: "sau khi" before
a day written with its year, after Văn phòng Chính phủ's CV 9450/2023) said of a span.

Only the clause alone after "Sau khi" (no number, no word of time, of a thing done, negated or
conditional), its comma, then the span opening the rest (`_SPAN_WRITTEN`). The rest is read as
a phrase of its own, by every rule and refusal of a whole phrase (a step told done after the
span is news of the past: `news.refuse_news_told`), and must read as one window with both its
days; the clause is kept as its gloss. A span without its year ("từ 15/7 đến 21/7"), a count
("trong 10 ngày") or a start alone after "Sau khi …" stays refused: that time may run from the
event.

Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kehoach.base.text import fold, nfc


class FirstStep(NamedTuple):
    """A phrase cut after its opening clause of the step that comes first."""

    clause: str  # "Sau khi kết thúc thời gian đăng ký nguyện vọng", as printed
    rest: str  # the span and what follows it, as printed


# "Sau khi …," opening the line (folded), then the span: "từ (ngày) D(/M(/YYYY))" and "đến",
# "tới" (hết) (ngày) "D/M/YYYY", the last day written with its year
_FIRST_STEP = re.compile(
    r"\A\W*(?P<clause>sau\s+khi\s[^\d,;:()]{3,160}?)\s*,\s+"
    r"(?P<span>tu\s+(?:ngay\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?\s+"
    r"(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?\d{1,2}\s*([/.-])\s*\d{1,2}\s*\3\s*\d{4})(?!\d)",
    re.ASCII,
)
# ... whose clause tells no time of its own (a second "sau", "trước", "đến" …), nothing done,
# negated, conditional or estimated: as printed, after its opening "Sau khi"
_NOT_A_FIRST_STEP = re.compile(
    r"(?<!\w)(?:trước|sau|đến|tới|từ|trong|khi|hằng|hàng|mỗi|định\s+kỳ|đã|vừa|không|chưa"
    r"|nếu|hạn|dự\s+kiến|khoảng)(?!\w)"
)
_OPENING = re.compile(r"(?i)\W*sau\s+khi\s")


def after_first_step(text: str) -> FirstStep | None:
    """`text` (as printed) cut after the clause "Sau khi …," that opens it, before a span
    written whole (`_FIRST_STEP`); None when it is not so made or the clause holds a word of
    time, of a thing done, negated, conditional or estimated (`_NOT_A_FIRST_STEP`)."""
    shown = nfc(text)
    found = _FIRST_STEP.match(fold(shown).lower())  # one character for one
    if found is None:
        return None
    clause = shown[found.start("clause") : found.end("clause")]
    opening = _OPENING.match(clause)
    if opening is None or _NOT_A_FIRST_STEP.search(clause[opening.end() :].lower()):
        return None
    return FirstStep(" ".join(clause.split()), shown[found.start("span") :])
