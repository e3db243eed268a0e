"""A round numbered within its year: "đợt 2/2025", "đợt 1 năm 2026".

Campaigns that come back each year are numbered by their round and the year: "Tháng tổng vệ
sinh, khử trùng, tiêu độc môi trường đợt 2/2025" (UBND TP Đà Nẵng, 2025), "chiến dịch bổ
sung Vitamin A liều cao đợt 2/2025" (Hà Nội, 1-2/12/2025), "Chiến dịch bổ sung Vitamin A
đợt 1 năm 2026" (CDC Cần Thơ). "2/2025" there is the second round of 2025, never February:
the round's own days are its time ("trong tháng 9/2025", "Ngày 1-2/12"), read as the words
without the round's year; the year lends itself to days printed without one (a page with no
date: "Trong 2 ngày (từ 1–2/12), Hà Nội tổ chức chiến dịch … đợt 2/2025"), and a day read in
another year contradicts it. A round with no day of its own is refused, naming the round.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable

# "đợt 2/2025", "đợt 1 / 2026", "đợt II/2025", "đợt 1 năm 2026", "đợt 1, năm 2026"; never
# "đợt 2/2025" followed by another number ("đợt 1/2/2026" is no round) nor a round without
# its number ("các đợt năm 2025")
_ROUND_YEAR = re.compile(
    r"(?<![a-z])(?P<round>dot\s+(?P<n>\d{1,2}|i{1,3}|iv))"
    r"(?P<year>\s*/\s*|\s*,?\s+nam\s+)(?P<y>(?:19|20)\d\d)(?!\d|\s*[/.–-]\s*\d)",
    re.ASCII,
)


@dataclass(frozen=True)
class Round:
    """The round cut from the phrase: as printed, and its year."""

    said: str
    year: int

    @property
    def gloss(self) -> str:
        return f"“{self.said}”: số thứ tự của đợt trong năm {self.year}, không phải tháng"


def cut_round_year(text: str) -> tuple[str, Round | None]:
    """`text` (NFC) with the year of its rounds numbered by year cut ("đợt 2/2025" -> "đợt
    2"), and the first round; (`text`, None) when there is none, or rounds of two years."""
    printed, text = text, nfc(text)
    found = list(_ROUND_YEAR.finditer(fold(text)))  # one character for one
    if not found or len({one["y"] for one in found}) > 1:
        return printed, None
    for one in reversed(found):  # from the end: the offsets before stay the text's
        text = f"{text[: one.end('round')]}{text[one.end() :]}"
    first = found[0]
    said = " ".join(nfc(printed)[first.start() : first.end()].split())
    return text, Round(said, int(first["y"]))


# Words whose time counts from the document's own day ("hôm nay", "tháng tới", "sắp tới", "từ
# nay", "năm sau", "tối mai"): the round's year is no such day, so none is lent to them
_FROM_ITS_DAY = re.compile(r"(?<![a-z])(?:nay|toi|hom|mai|qua|sau|sap)(?![a-z])", re.ASCII)


def issued_for_round(issued: date | None, found: Round, text: str) -> date | None:
    """The day a yearless day of `text` takes its year from: the document's, else the first
    day of the round's year, unless a word of `text` counts from the document's own day."""
    if issued is not None or _FROM_ITS_DAY.search(fold(text)):
        return issued
    return date(found.year, 1, 1)


def round_agrees(found: Round, days: list[date]) -> None:
    """Refuse days read outside the round's year, and a round with no day of its own."""
    if not days:
        raise no_days(found)
    if other := next((day for day in days if day.year != found.year), None):
        raise Unreadable(
            f"“{found.said}” là một đợt của năm {found.year}, nhưng ngày đọc được thuộc năm "
            f"{other.year}: một trong hai viết nhầm; ghi last_day (và first_day) theo văn bản"
        )


def no_days(found: Round) -> Unreadable:
    """The refusal of a round named with no day of its own."""
    return Unreadable(
        f"“{found.said}” là số thứ tự của đợt trong năm {found.year}, không phải tháng; cụm "
        "từ không nêu ngày của đợt: ghi last_day (và first_day) theo ngày văn bản định cho đợt"
    )
