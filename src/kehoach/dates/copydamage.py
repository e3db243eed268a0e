"""A copy that lost its letters with diacritics: words in capitals that are no word.

A PDF whose font maps Vietnamese letters to no character loses every letter with a
diacritic on copying: "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025" comes out as "NH GI KT QU THC
HIN NM 2025", "SỚM NHẤT NGÀY 10/4/2027" (a start, at the earliest) as "SM NHT NGY
10/4/2027" (the corpus's b-lam-dong shows the damage in a signing line: "Lm H, ngy 22 thng
11 nm 2021"). The grammar repairs the few words of time that are sure ("NM" is "năm",
`grammar.DAMAGED`); in lower case a word with no vowel is refused as damaged (`label`). In
capitals a word with no vowel is also how abbreviations are written ("UBND", "THCS",
"MTTQ"), so it is refused only where the copy shows its damage: beside a word of time the
grammar had to repair.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import is_syllable
from kehoach.dates.grammar import DAMAGED, Contradicted, Source

# the repairs that put back letters a copy lost ("nm" -> "nam", "trc" -> "truoc"); not the
# old spellings ("qui" -> "quy", "ki" -> "ky") nor words run together ("giaidoan")
_LOST_LETTERS = frozenset(
    word for word, repair in DAMAGED.items() if len(repair.replace(" ", "")) > len(word)
)
_WORD = re.compile(r"[^\W\d_]+")


def refuse_damaged_capitals(source: Source) -> None:
    """Refuse a phrase whose copy lost its letters with diacritics: a word of time repaired
    (`grammar.DAMAGED`: "NM", "Ngy", "TRC") beside a word that is not in lower case and
    spells no Vietnamese syllable ("NH GI KT QU THC HIN NM 2025": a heading's "ĐÁNH GIÁ KẾT
    QUẢ", read as the year 2025; "SM NHT NGY 10/4/2027": "SỚM NHẤT", a start, read as a
    deadline). Such a word may have been a word of time; an abbreviation beside a damaged
    word cannot be told from a damaged word, so it is refused too."""
    words = _WORD.findall(source.text)
    repaired = [w for w in words if len(w) > 1 and w.lower() in _LOST_LETTERS]
    if not repaired:
        return
    damaged = [
        w
        for w in words
        if w.lower() not in _LOST_LETTERS and not w.islower() and not is_syllable(w)
    ]
    if damaged:
        shown = ", ".join(f"“{w}”" for w in dict.fromkeys(damaged[:4]))
        raise Contradicted(
            f"văn bản mất các chữ có dấu khi chép (như “{repaired[0]}”): chữ {shown} không đọc "
            "được, có thể là một từ chỉ thời gian (“sớm nhất”, “sau”, “không”…); không đoán, "
            "hãy ghi last_day (và first_day) theo văn bản gốc"
        )
