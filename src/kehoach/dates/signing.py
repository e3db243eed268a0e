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
from kehoach.dates.grammar import Contradicted, Source
from kehoach.dates.places import is_province_name

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
_A_WEEKDAY = re.compile(r"\b(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\b", re.ASCII)
# the words of a deadline's time, never of a place: "Thời hạn là ngày …", "THONG KE DEN NGAY
# 31/12/2026" (the day figures run to, `refusals.refuse_data_as_of`), "Trước ngày …"
_DEADLINE_WORDS = re.compile(
    r"\b(?:thoi\s+han|thoi\s+gian|han|tien\s+do|truoc|(?:cham|muon|tre)\s+nhat|den|het|tu"
    r"|vao|sau|trong|ke)\b",
    re.ASCII,
)
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


# a place alone, then a bare day (its month, its year) ending the phrase: "Quảng Nam, ngày 15
# tháng 3 năm 2027", "BEN TRE ngay 15/3/2027", "tp. ho chi minh, ngay 3 thang 2 nam 2026"
_DATELINE = re.compile(
    r"(?P<place>[^\d,;:()]+?)(?>\s*)(?P<comma>,)?(?>\s*)ngay\s+\d{1,2}"
    r"(?:\s*[/.-]\s*|\s+thang\s+)\d{1,2}(?:(?:\s*[/.-]\s*|\s+nam\s+)\d{4})?[\s.]*",
    re.ASCII,
)


def refuse_dateline(source: Source) -> None:
    """Refuse a phrase that is a signing line alone (Nghị định 30/2020/NĐ-CP, Phụ lục I,
    mục II.5): a place name (`is_place_name`), or after a comma one in lower case that opens
    with its unit ("tp. ho chi minh, ngay …"), or a province or city the registry knows in
    any case ("ha noi ngay …", `places.is_province_name`), then its day. Before any rule reads the
    place's syllables as words of time ("Hà Nam ngày …" as "năm ngày", five days; "Bến Tre"
    as "trễ", late; "Sơn La" as "là")."""
    line = _DATELINE.fullmatch(source.prepared)
    if line is None:
        return
    place = source.original(*line.span("place"))
    folded = fold(nfc(place)).strip()
    if _A_WEEKDAY.search(folded):  # "Sáng Thứ Hai, ngày …": the weekday is checked instead
        return
    if _DEADLINE_WORDS.search(folded):  # "THOI HAN LA NGAY 15/3/2027": the time it is due
        return
    unit = _UNIT.match(folded)
    known = is_province_name(folded[unit.end() if unit else 0 :])
    if known or is_place_name(place) or (line["comma"] and unit and place.islower()):
        shown = " ".join(place.split())
        raise Contradicted(
            f"“{shown}, ngày …” là dòng nơi và ngày ban hành văn bản, không phải thời hạn; "
            "ghi last_day theo hạn văn bản nêu"
        )


# an hour, as written before a day: "22h", "0h15", "8 giờ 30" (folded)
_HOUR = re.compile(r"(?<![\d/.,])\d{1,2}\s*(?:h|gio)(?![a-z])", re.ASCII)


def hour_before_its_day(source: Source, start: int) -> bool:
    """Whether the words between the comma closing a label and the day at `start` write an
    hour, blanked from `source.prepared` as the day's own ("Tại TP HCM, màn bắn pháo hoa …
    kéo dài 15 phút, từ 0h đến 0h15 ngày 1/1/2026, tại 6 điểm": 24h on the 2026 fireworks,
    t-24h-phao-hoa-tet-duong-lich-2026). A signing line writes its place and day, never an
    hour (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5: "<địa danh>, ngày … tháng … năm …"):
    the label is then what happens at that hour of the day, no place signing."""
    comma = source.prepared.rfind(",", 0, start)
    if comma < 0 or source.prepared[comma + 1 : start].strip():
        return False
    return _HOUR.search(fold(nfc(source.original(comma + 1, start)))) is not None


# The day a document is signed, named as the start of what it grants, its date right after in
# parentheses closing the phrase: "… được hưởng kể từ ngày quyết định được ký (28-12-2025)"
# (SGGP on the An Giang safe-zone xã, 30/12/2025), "Quyết định có hiệu lực kể từ ngày ký
# (28-12-2025)": the parentheses give the day the words name, a start read as "kể từ ngày
# 28-12-2025" is. Only "(kể) từ ngày", the document's kind or none, "(được) ký / ban hành",
# then one day with its year alone in the parentheses, nothing after (folded)
_SIGNING_DAY_GLOSSED = re.compile(
    r"\b(?:ke\s+)?tu\s+ngay\s+"
    r"(?P<named>(?:(?:quyet\s+dinh|nghi\s+quyet|van\s+ban|ke\s+hoach|chi\s+thi)\s+(?:nay\s+)?)?"
    r"(?:duoc\s+)?(?:ky|ban\s+hanh)\s*\(\s*)"
    r"\d{1,2}\s*(?P<sep>[/.-])\s*\d{1,2}\s*(?P=sep)\s*\d{4}(?P<close>\s*\))[\s.;]*\Z",
    re.ASCII,
)
# ... never a start told done or under a condition: "đã được hưởng kể từ ngày …", "nếu …"
# (convention 1 and ruling 33: a start told done is refused), with their marks
_TOLD_OR_IF = re.compile(r"(?i)(?<!\w)(?:đã|vừa|nếu)(?!\w)")


def signing_day_glossed(source: Source) -> Source:
    """`source` with the words naming the signing day and its parentheses blanked
    (`_SIGNING_DAY_GLOSSED`), so the start reads the day they give: "kể từ ngày quyết định
    được ký (28-12-2025)" as "kể từ ngày 28-12-2025"; `source` as given otherwise, and
    when a start told done or a condition stands before it (`_TOLD_OR_IF`)."""
    glossed = _SIGNING_DAY_GLOSSED.search(source.prepared)
    if glossed is None or _TOLD_OR_IF.search(source.original(0, glossed.start())):
        return source
    return source.blank(*glossed.span("close")).blank(*glossed.span("named"))
