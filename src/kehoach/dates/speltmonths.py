"""Months spelt out: "tháng Mười Hai năm 2025", "tháng Ba hằng năm" read as "tháng 12 năm
2025", "tháng 3 hằng năm".

Solar months are often spelt in words ("Đảng, Nhà nước dành riêng tháng Ba hằng năm là Tháng
Thanh niên", Tiền Phong, 2026; "Tháng tư hàng năm, … công dân nam giới đủ 17 tuổi … đăng ký
lần đầu", Luật Nghĩa vụ quân sự 2015 as UBND Yên Bái's procedure quotes it). Only where a
year or a yearly cadence follows ("năm 2025", "/2025", "hằng năm"), so the month names a time
and never a thing ("Cách mạng Tháng Tám", left as printed). "tháng Hai" to "tháng Mười", and
"tháng Mười Một", "tháng Mười Hai", are the same words in both calendars only for their number:
a lunar month is said so ("âm lịch"), and such a phrase is left as printed. "tháng Giêng" and
"tháng Chạp" are the lunar year's first and last months, and "tháng Một" is January in the solar
calendar but the eleventh month in the lunar one: never read here (the lunar glosses are checked
elsewhere, `lunar`). "tháng năm" in lower case is left too: "ngày … tháng … năm" is a blank
form, and "6 tháng năm 2025" a count.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc

_NUMBERS = {
    "hai": 2,
    "ba": 3,
    "tu": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
    "muoi mot": 11,
    "muoi hai": 12,
}
_SPELT = re.compile(
    r"(?<![a-z])(?<!cach mang )(?P<head>thang\s+)"
    r"(?P<said>muoi\s+(?:mot|hai)|hai|ba|tu|nam|sau|bay|tam|chin|muoi)"
    r"(?=\s*[/.-]\s*(?:19|20)\d\d(?!\d)|\s+nam\s+(?:19|20)\d\d(?!\d)|\s*,?\s+(?:hang|moi)\s+nam\b)",
    re.ASCII,
)
_LUNAR = re.compile(r"\b(?:am\s+lich|gieng|chap)\b", re.ASCII)


def spelt_months(text: str) -> str:
    """`text` (NFC) with each solar month spelt in words before a year or a yearly cadence
    (`_SPELT`) in digits; `text` as given when it says a lunar month anywhere."""
    printed, text = text, nfc(text)
    folded = fold(text)  # one character for one: the offsets are the text's
    if _LUNAR.search(folded):
        return printed
    out, at = [], 0
    for found in _SPELT.finditer(folded):
        said = text[slice(*found.span("said"))]
        if found["said"] == "nam" and not said[0].isupper():  # "tháng năm 2025": a count
            continue
        number = _NUMBERS[" ".join(found["said"].split())]
        out += [text[at : found.start("said")], str(number)]
        at = found.end("said")
    return printed if not out else "".join([*out, text[at:]])
