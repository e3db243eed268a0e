"""A count of rounds announced, and the rounds the phrase then lists: they must agree.

"Thi tuyển sinh đại học, cao đẳng năm 2013 được tổ chức theo 3 đợt: đợt 1 vào các ngày 3, 4,
5-7-2013; đợt 2 …; đợt 3 …" (w-press-baomoi-qdnd-khung-nam-hoc), "Thời gian thu thập thông tin
sẽ được chia làm hai giai đoạn, gồm: giai đoạn 1 (…) và Giai đoạn 2 (…)" (zg-tracuuquyhoach):
a work announced in N rounds ("02 đợt", "hai giai đoạn") and its rounds told one by one. When
the rounds listed go past the count or stop before it ("tổ chức 02 đợt: đợt 1 …; đợt 2 …; đợt
3 …", found by fresh26 read as three milestones without a word), one of the two is a typo or
a round is missing, and no reading can say which: the phrase is refused, naming both.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import nfc
from kehoach.dates.grammar import Unreadable

_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
_ROUND_WORD = r"(?P<word>đợt|giai đoạn)"  # blanks made one space first
_ROUND_NUMBER = r"\d{1,2}|[ivx]{1,4}"
# "02 đợt", "hai giai đoạn": a count before the round word with no round number after it,
# and no round word before it ("đợt 1 giai đoạn 2016 - 2020" names a round and a term)
_ANNOUNCED = re.compile(
    rf"(?<!\w)(?<!đợt\s)(?<!đoạn\s)(?<!lần\s)(?<!thứ\s)(?P<n>\d{{1,2}}|hai|ba|bốn)\s+"
    rf"{_ROUND_WORD}(?!\w)(?!\s+(?:{_ROUND_NUMBER})(?!\w))"
)
# "đợt 1", "Đợt II", "giai đoạn 2": a round told by its number
_LISTED = re.compile(rf"(?<!\w){_ROUND_WORD}\s+(?P<n>{_ROUND_NUMBER})(?!\w)")


def refuse_miscounted_rounds(text: str) -> None:
    """Refuse `text` (any form) when it announces N rounds of one kind ("02 đợt") and lists
    two or more of them by number ("đợt 1 …; đợt 2 …; đợt 3 …") up to another than N (than
    every N, when it announces more than one count). Raises `Unreadable` with both counts; a
    phrase listing one round or none passes."""
    said = " ".join(nfc(text).lower().split())
    announced = list(_ANNOUNCED.finditer(said))
    for word in dict.fromkeys(one["word"] for one in announced):  # in the order told
        numbers = {_number(one["n"]) for one in _LISTED.finditer(said) if one["word"] == word}
        counts = [one["n"] for one in announced if one["word"] == word]
        if len(numbers) < 2 or max(numbers) in {_number(count) for count in counts}:
            continue
        listed = ", ".join(f"{word} {number}" for number in sorted(numbers))
        raise Unreadable(
            f"câu báo {counts[0]} {word} nhưng kể {max(numbers)} {word} ({listed}): một "
            f"trong hai viết nhầm hoặc thiếu một {word}; ghi last_day (và first_day) cho từng "
            f"{word} theo văn bản"
        )


def _number(said: str) -> int:
    if said.isdigit():
        return int(said)
    return _NUMBER_WORDS.get(said) or _ROMAN.get(said, 0)
