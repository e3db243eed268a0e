"""The signing line of a document: its place before the day it was signed.

Nghị định 30/2020/NĐ-CP (công tác văn thư), Phụ lục I, mục II.5 prints a document's place
and date at its head as "<địa danh>, ngày … tháng … năm …" ("Hà Nội, ngày 15 tháng 3 năm
2027"). A copy that loses the comma, the diacritics or the case ("Hà Nội ngày 15 tháng 3
năm 2027", "HA NOI ngay 15 thang 3 nam 2027", "TP. Hồ Chí Minh ngày …") still names the
signing day, never a deadline. An event held at a place says so with its words ("Tổ chức
tại Hà Nội ngày 15/3/2027"), which are not a place name alone.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc

# the administrative unit named before a place: "TP. Hồ Chí Minh", "Thành phố Huế", "xã Ea
# Ly", "Thị trấn Phong Điền", "Đặc khu Phú Quốc", also written without diacritics
_UNIT = re.compile(
    r"(?:tp\.?|thanh\s+pho|thi\s+xa|thi\s+tran|xa|phuong|huyen|quan|tinh|dac\s+khu)"
    r"(?:\s+|(?<=\.)|\Z)",
    re.ASCII,
)
# "TP.HCM", "TPHCM", "TP HCM": the city's usual short name, letters without vowels
_SHORT_CITY = re.compile(r"tp\.?\s*hcm\Z|tphcm\Z", re.ASCII)
_WEEKDAY = re.compile(r"(?:thu|chu\s+nhat)\b", re.ASCII)  # "Thứ Hai ngày …", a day's name
_DASH = frozenset("-–")  # "Bà Rịa - Vũng Tàu"
_VOWEL = re.compile(r"[aeiouy]", re.ASCII)
# the cities whose name is one syllable: "Huế ngày 15 tháng 3 năm 2027"
_ONE_SYLLABLE = frozenset(("hue", "vinh"))


def is_place_name(label: str) -> bool:
    """True when `label` (a phrase's words before its "ngày", original spelling) is a place
    name alone: optionally a unit ("TP.", "Thành phố", "xã", …), then capitalised syllables,
    all in title case ("Hà Nội", "Ea Ly") or all in capitals ("HA NOI", "QUẢNG NINH"). Two
    syllables at least without a unit (one capitalised word is any sentence's first, "Họp"),
    but for the cities named with one ("Huế", "Vinh")."""
    text = nfc(label).strip(" ,.:;")
    folded = fold(text)
    if _WEEKDAY.match(folded):
        return False
    if _SHORT_CITY.match(folded):
        return True
    unit = _UNIT.match(folded)
    words = [w for w in text[unit.end() if unit else 0 :].split() if w not in _DASH]
    if unit is None and len(words) == 1 and fold(words[0]) in _ONE_SYLLABLE:
        return words[0][0].isupper()
    if not words or len(words) > 5 or (unit is None and len(words) < 2):
        return False
    titled = all(w[0].isupper() and (w[1:].islower() or not w[1:]) for w in words)
    capitals = all(w.isupper() and _VOWEL.search(fold(w)) for w in words)
    return titled or capitals
