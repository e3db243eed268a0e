"""A count of rounds announced, and the rounds the phrase then lists: they must agree.

"Thi tuyển sinh đại học, cao đẳng năm 2013 được tổ chức theo 3 đợt: đợt 1 vào các ngày 3, 4,
5-7-2013; đợt 2 …; đợt 3 …" (w-press-baomoi-qdnd-khung-nam-hoc), "Thời gian thu thập thông tin
sẽ được chia làm hai giai đoạn, gồm: giai đoạn 1 (…) và Giai đoạn 2 (…)" (zg-tracuuquyhoach):
a work announced in N rounds ("02 đợt", "hai giai đoạn") and its rounds told one by one. When
the rounds listed go past the count or stop before it ("tổ chức 02 đợt: đợt 1 …; đợt 2 …; đợt
3 …", found by fresh26 read as three milestones without a word), one of the two is a typo or
a round is missing, and no reading can say which: the phrase is refused, naming both.

Rounds listed by number are 1, 2, …, k, each once, in the order written. A phrase read as two
milestones or more whose rounds are not ("đợt 1 …; đợt 2 …; đợt 2 …", "đợt 2 …; đợt 1 …",
"đợt 1 …; đợt 3 …", found by a fresh user on trial35 read as milestones without a word) has
a round told twice, out of place or missing: which day is which round no reading can say, so
the phrase is refused naming the fault (`refuse_misnumbered_rounds`). No corpus phrase lists
rounds from another number than 1 ("Đợt 3 xuống giống …" is a phrase of its own); rounds
from any start ("đợt 3 …, đợt 4 …") are read when consecutive, and "lần 1 …, lần 2 …" are
checked as rounds.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import nfc
from kehoach.dates.grammar import Unreadable

_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
_ROMAN_OF = {number: figure.upper() for figure, number in _ROMAN.items()}
_ROUND_WORD = r"(?P<word>đợt|giai đoạn)"  # blanks made one space first
_ROUND_NUMBER = r"\d{1,2}|[ivx]{1,4}"
# "02 đợt", "hai giai đoạn": a count before the round word with no round number after it,
# and no round word before it ("đợt 1 giai đoạn 2016 - 2020" names a round and a term)
_ANNOUNCED = re.compile(
    rf"(?<!\w)(?<!đợt\s)(?<!đoạn\s)(?<!lần\s)(?<!thứ\s)(?P<n>\d{{1,2}}|hai|ba|bốn)\s+"
    rf"{_ROUND_WORD}(?!\w)(?!\s+(?:{_ROUND_NUMBER})(?!\w))"
)
# "đợt 1", "Đợt II", "giai đoạn 2": a round told by its number
# ... and "lần 1 …, lần 2 …", the times of one work, checked the same way (clerk37)
_LISTED = re.compile(rf"(?<!\w)(?P<word>đợt|giai đoạn|lần)\s+(?P<n>{_ROUND_NUMBER})(?!\w)")
# ... not a round numbered by its year: "đợt 1/2026" is the year's first round, "tiêm phòng
# … đợt 1/2026 … đợt 1" the same round told twice
_BY_YEAR = re.compile(r"\s*[/-]\s*\d")
_WAY_OUT = "ghi deadlines: mỗi {word} một mục với last_day (và first_day) theo văn bản"


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
        named = {_number(one["n"]): _printed(one["n"]) for one in _LISTED.finditer(said)}
        listed = ", ".join(f"{word} {named[number]}" for number in sorted(numbers))
        raise Unreadable(
            f"câu báo {counts[0]} {word} nhưng kể {max(numbers)} {word} ({listed}): một "
            f"trong hai viết nhầm hoặc thiếu một {word}; ghi last_day (và first_day) cho từng "
            f"{word} theo văn bản"
        )


def refuse_misnumbered_rounds(text: str, found: int) -> None:
    """Refuse `text` (any form), read as `found` milestones, when it is two or more and the
    rounds it lists by number ("đợt 1", "Đợt II", "giai đoạn 2", "lần 2") are not k, k+1, … each
    once in the order written. Raises `Unreadable` naming the first fault ("đợt 2 kể hai
    lần", "đợt 2 kể trước đợt 1", "thiếu đợt 2"), rounds named as printed, and the way out
    (one `deadlines:` entry per round); one milestone, or one round listed, passes."""
    if found < 2:
        return
    said = " ".join(nfc(text).lower().split())
    rounds = [one for one in _LISTED.finditer(said) if not _BY_YEAR.match(said, one.end())]
    for word in dict.fromkeys(one["word"] for one in rounds):
        told = [one["n"] for one in rounds if one["word"] == word]
        if len(told) > 1 and (fault := _fault(word, told)):
            raise Unreadable(
                f"các {word} kể theo số phải liên tiếp (1, 2, … hay 3, 4, …), mỗi {word} một "
                f"lần theo thứ tự, "
                f"nhưng {fault}; {_WAY_OUT.format(word=word)}"
            )


def _fault(word: str, told: list[str]) -> str | None:
    """The first fault of the round numbers `told` (as printed, in order) against 1, 2, …,
    k: a number told twice, one told after a greater one, one missing; None if none."""
    seen: dict[int, str] = {}
    for said in told:
        number = _number(said)
        if number in seen:
            return f"{word} {_printed(said)} kể hai lần"
        if seen and number < max(seen):
            return f"{word} {seen[max(seen)]} kể trước {word} {_printed(said)}"
        seen[number] = _printed(said)
    roman = not told[0].isdigit()
    # consecutive from the first told, whatever it is: "đợt 3 …, đợt 4 …" continue a
    # plan's earlier rounds; a gap between them is a round missing
    for number in range(min(seen), max(seen)):
        if number not in seen:
            return f"thiếu {word} {_ROMAN_OF.get(number, str(number)) if roman else number}"
    return None


def _printed(said: str) -> str:
    """A round's number as printed: digits as written, Roman figures in capitals."""
    return said if said.isdigit() else said.upper()


def _number(said: str) -> int:
    if said.isdigit():
        return int(said)
    return _NUMBER_WORDS.get(said) or _ROMAN.get(said, 0)


def refuse_rounds_unlike_days(text: str, days: int) -> None:
    """Refuse `text` (any form), read as `days` single days (two or more), when it announces
    one count of rounds ("sẽ tổ chức 2 đợt … vào ngày 20/2, 10/7 và 13/11", fresh41b, read
    as three days) other than `days` and lists no round by number: a day too many, or a
    count written wrong, and no reading can say which. Raises `Unreadable` naming both."""
    said = " ".join(nfc(text).lower().split())
    counts = {_number(one["n"]): one for one in _ANNOUNCED.finditer(said)}
    if days < 2 or len(counts) != 1 or _LISTED.search(said):
        return
    ((number, announced),) = counts.items()
    if number != days:
        raise Unreadable(
            f"câu báo {announced['n']} {announced['word']} nhưng kể {days} ngày: một trong hai "
            f"viết nhầm hoặc thiếu một {announced['word']}; "
            + _WAY_OUT.format(word=announced["word"])
        )
