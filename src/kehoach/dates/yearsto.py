"""A span of years whose end year is written without its "năm": "từ năm 2012 đến 2015".

"Được thực hiện từ năm 2012 đến 2015, Chương trình mục tiêu quốc gia Y tế vừa được Thủ tướng
Chính phủ phê duyệt …" (Báo Mới on Quyết định 1208/QĐ-TTg, 2012; w-press-baomoi-ctmtqg-y-te-
2012-2015): "năm" said once governs both years, as "từ năm 2012 - 2015" and "từ năm 2012 đến
năm 2015" (both read as the years 2012 to 2015) say the same span. The phrase is read with
"năm" written before its end year too, by every rule and refusal of a whole phrase.

Narrow (`end_year_named`): "từ năm" and a year, "đến"/"tới" (and "hết"), then a year after
it and no more than `_LONGEST` years later; nothing after that year that could make it a
count ("2015 hộ", "2015 tỷ đồng": a unit or another number), and one such span in the phrase.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc

_LONGEST = 30  # a programme's span; a longer one is more likely a figure than a year
# folded: "tu nam 2012 den (het) 2015", then the end of the phrase, a mark of punctuation, or
# a word (a letter); never a digit, a unit glued on, a day's separator or a decimal
_YEARS_TO = re.compile(
    r"(?<![a-z])tu\s+nam\s+(?P<first>(?:19|20)\d\d)\s+(?:den|toi)\s+(?:het\s+)?"
    r"(?P<last>(?:19|20)\d\d)(?=\s*\Z|\s*[,;:)]|\.(?!\d)|\s+[a-z])",
    re.ASCII,
)
# ... and no unit or thing counted right after the end year ("đến 2015 hộ", "2015 tỷ"):
# folded words that count
_COUNTED_AFTER = re.compile(
    r"\s+(?:nguoi|ho|luot|ha|km|m|tan|ty|trieu|nghin|ngan|dong|usd|hoc\s+sinh|ca|con|cai"
    r"|chiec|xe|doanh\s+nghiep|du\s+an|cong\s+trinh|phan\s+tram)(?![a-z])",
    re.ASCII,
)


def end_year_named(text: str) -> str | None:
    """`text` with "năm " written before the end year of its one span "từ năm Y1 đến Y2"
    (`_YEARS_TO`); None when it has no such span, more than one, the end year is not after the
    first within `_LONGEST` years, or a unit follows it (`_COUNTED_AFTER`)."""
    shown = nfc(text)
    folded = fold(shown)  # one character for one: its positions hold in `shown`
    spans = list(_YEARS_TO.finditer(folded))
    if len(spans) != 1:
        return None
    found = spans[0]
    first, last = int(found["first"]), int(found["last"])
    if not first < last <= first + _LONGEST or _COUNTED_AFTER.match(folded, found.end()):
        return None
    at = found.start("last")
    return f"{shown[:at]}năm {shown[at:]}"
