"""A year or a term closing a phrase that names the thing done, after the day it is done on.

The press tells the day first and names what happens then with its year or its term last:
"Ngày 6/3, 3 tỉnh còn lại thuộc Quân khu 2 hoàn tất đợt giao quân năm 2026." (VnExpress,
2026; zg-vnexpress-thanh-nien-len-duong-nhap-ngu-2026), "Từ ngày 7/2 đến hết ngày 3/3, tạm
dừng thi công đào đường, hè đường … dịp nghỉ Tết Nguyên đán Bính Ngọ năm 2026" (Dân trí,
2026), "Từ ngày 07/01/2026 đến ngày 09/01/2026, Hội đồng nhân dân phường … tổ chức Hội nghị
tiếp xúc cử tri sau kỳ họp …, nhiệm kỳ 2021 - 2026" (HĐND phường Tân Phú, 2026). The grammar
took the closing "năm 2026" (or the term) for the time and refused the day before it as a
second one. The year is the edition of the call-up or of the Tết named, the term that of the
council (the lead's conventions on terms of office, branch conv13: "with a real day or
period beside it, that day's reading"): the day is the time of the work.

Read only when the year or the term holds every day the rest of the phrase reads: "Ngày 20/12,
… triển khai kế hoạch năm 2026" in a plan of 2025 names the year planned, not the day's, and
stays refused, as a day whose year the page does not give (no year is ever lent here). The
year must close a noun phrase: after a word of time ("trong", "đến", "cuối năm 2025", "tháng
6 năm 2026") it is a period of its own and the phrase keeps its refusal. The rest must read as
days with a last day (a date, a window): a start alone ("Từ ngày 1/3, … kế hoạch năm 2026")
may as well run through the year named. And it tells days the thing is done on, never a due
day: after "trước ngày 15/11, tổng hợp báo cáo năm 2021" the year may be a second deadline
(the report due within it), and the phrase stays refused.

Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.lunar import Unlunar, parse_gloss
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader

# "… đợt giao quân năm 2026." closing the phrase (folded), after a word that is no word of
# time: the year of the thing named
_YEAR_CLOSING = re.compile(
    r"(?<=[a-z])\s+(?P<said>nam (?P<year>(?:19|20)\d\d))\s*[.]?\s*\Z", re.ASCII
)
# ... never after a word of time or of a part of the year: "trong năm 2026", "đến năm 2030",
# "cuối năm 2025", "6 tháng đầu năm 2024", "hằng năm", "các năm 2025", "và năm 2026"
_TIME_WORD_BEFORE = re.compile(
    r"(?<![a-z])(?:trong|den|toi|truoc|sau|tu|cuoi|dau|giua|het|nua|hang|moi|cac|va"
    r"|hoac|suot|ca|tron|vao|la|nay|thang|quy|ky|tuan|dot|cua)\Z",
    re.ASCII,
)
# ... nor after a due day ("trước ngày 15/11, tổng hợp báo cáo năm 2021", held refused by
# test_deadline_forms_g): the year may be a second deadline, the report due within it
_DUE_BEFORE = re.compile(
    r"\b(?:truoc|cham\s+nhat|muon\s+nhat|tre\s+nhat|han|khong\s+qua|hoan\s+thanh)\b", re.ASCII
)
_DAYS_KINDS = (DeadlineKind.DATE, DeadlineKind.WINDOW)
# a day as printed, with the first day of a range that shares its month: "13-15/2", "4 đến
# 5/3" (folded), so that a range's first day is not taken for a number of its own
_DAY = re.compile(
    r"(?:\d{1,2}\s*(?:[-–]|\bden\s+(?:het\s+)?(?:ngay\s+)?)\s*)?"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?",
    re.ASCII,
)


# ... or before the place the thing is held at, closing the phrase: "Từ ngày 2-2 đến 16-2
# (nhằm ngày 15 tháng Chạp đến 29 tháng Chạp Âm lịch), UBND phường Bình Đông (TPHCM) tổ chức
# Chợ hoa Tết Bình Đông - Xuân Bính Ngọ năm 2026 tại tuyến đường Tạ Quang Bửu" (SGGP,
# 24/01/2026; x-sggp-phuong-binh-dong-cho-hoa-tet-2026): where, never when. Only "tại" and a
# place's head noun (a street, a ward, a square …), then its name in a few words with no
# number nor mark (folded), none of them a word of time (`_NOT_A_PLACE_WORD`)
_PLACE_CLOSING = re.compile(
    r"\s+tai\s+(?:tuyen\s+)?(?:duong|pho|phuong|xa|quan|huyen|tinh|thanh\s+pho|khu\s+vuc"
    r"|cong\s+vien|quang\s+truong|tru\s+so|nha\s+van\s+hoa|san\s+van\s+dong)"
    r"(?P<name>(?:\s+[a-z]+){1,6})\s*[.]?\s*\Z",
    re.ASCII,
)
# "tại xã … trong tháng Ba", "tại phường … đến hết năm": a time in the place's words
_NOT_A_PLACE_WORD = frozenset(
    {"trong", "den", "toi", "truoc", "sau", "tu", "ngay", "thang", "nam", "quy", "tuan", "dip"}
    | {"khi", "hang", "moi", "dau", "cuoi", "giua", "het", "nay", "ky", "dot", "lan", "tet"}
    | {"va", "hoac", "neu", "khong", "chua", "da", "vua", "lui", "hoan", "dung"}
)
# a gloss in parentheses beside the days, in the lunar calendar: its numbers are those days
# told again (`lunar.parse_gloss`), checked against them when the rest is read
_PARENS = re.compile(r"\(([^()]*)\)")


def _without_lunar_glosses(folded: str) -> str:
    """`folded` with each lunar gloss in parentheses blanked, one character for one."""

    def blank(paren: re.Match[str]) -> str:
        try:
            ends = parse_gloss(paren[1])
        except Unlunar:
            ends = None
        return " " * len(paren.group()) if ends else paren.group()

    return _PARENS.sub(blank, folded)


def _place_out(folded: str) -> str:
    """`folded` without the place closing it (`_PLACE_CLOSING`), blanked; as it is when it
    has none or its name holds a word of time."""
    place = _PLACE_CLOSING.search(folded)
    if place is None or _NOT_A_PLACE_WORD.intersection(place["name"].split()):
        return folded
    return folded[: place.start()] + " " * (len(folded) - place.start())


def days_before_their_year(
    text: str, context: Context, parse: Reader
) -> tuple[Deadline, ...] | None:
    """The readings of `text` (as printed) without the year closing it (`_YEAR_CLOSING`), or
    closing it before the place the thing is held at (`_PLACE_CLOSING`), read by `parse`,
    when each is a date or a window every day of which falls in that year; None otherwise
    (the caller's refusal stands)."""
    shown = nfc(text)
    folded = _place_out(fold(shown))
    closing = _YEAR_CLOSING.search(folded)
    if closing is None or _TIME_WORD_BEFORE.search(folded[: closing.start()]):
        return None
    if _DUE_BEFORE.search(folded, 0, closing.start()):
        return None
    # ... nor beside a number of its own ("Ngày 10/3, Sở tổ chức tập huấn cho 15 đơn vị năm
    # 2026", held refused by test_deadline_forms_u): only the days and the closing year, said
    # once more in a preamble naming the same thing ("… gọi công dân nhập ngũ năm 2026, từ
    # ngày 4 đến 5/3, thanh niên … lên đường thực hiện nghĩa vụ quân sự năm 2026")
    year = int(closing["year"])
    said_again = re.compile(rf"\bnam {year}\b", re.ASCII)
    before = _without_lunar_glosses(folded[: closing.start()])
    if re.search(r"\d", said_again.sub(" ", _DAY.sub(" ", before))):
        return None
    rest = shown[: closing.start()].rstrip(" ,")
    try:
        found = parse(rest, context)
    except Unreadable:
        return None
    if not found or not all(_held_within(one, year) for one in found):
        return None
    return tuple(replace(one, phrase=text) for one in found)


def _held_within(one: Deadline, year: int) -> bool:
    """Whether `one` is a date or a window whose days all fall in `year`."""
    if one.kind not in _DAYS_KINDS or one.first is None or one.last is None:
        return False
    return one.first.year == year == one.last.year
