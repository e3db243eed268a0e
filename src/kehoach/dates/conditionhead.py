"""A condition heading the step: the day holds only if the condition does.

"Gặp rét thì gieo trước 10/10" (if a cold spell comes, sow before 10/10), "Trường hợp rét
đậm thì gieo trước 10/10", "Hễ mưa thì …", "Giả sử …", "Phòng khi …", "Trời rét thì …":
a farm calendar gives a second day for a year the weather turns (session 57's third fresh
tester read "Gặp rét thì gieo trước 10/10" as a yearly deadline in a standing calendar,
varying "Vào bầu trước 25/9 và trồng trước 10/10" of
zb-bvtvnamdinh-thoi-vu-cay-ua-am-vu-dong), as the base refuses "Nếu trời rét thì …"
("nếu", `label._TIME_WORDS`) and "Khi trời rét thì …" (`label._no_other_day`). The day is the alternative's, kept only in the years the condition
holds: never a deadline to meet every year, nor this one's (the first rule: never a silent
wrong date).

Two shapes, refused wherever the time part is:
- a word that only opens a supposition ("hễ", "lỡ", "ngộ nhỡ", "giả sử", "giả như",
  "phòng khi") or "gặp" (to meet with: never "gặp mặt", "gặp gỡ", a meeting) closed by
  "thì" or a comma;
- any clause closed by "thì" that names the weather ("Trời rét thì", "Trường hợp rét đậm
  thì", "Nếu có rét thì", "Năm nào mưa nhiều thì"): the weather chooses the day.
A condition on whom or what the step is for stays the other rules' ("Trường hợp có khó
khăn, vướng mắc vượt quá thẩm quyền, phải báo cáo chậm nhất trong ngày 3/1/2026"
(i-znews-cong-dien-1-1-2026-chien-dich-quang-trung, read: the report is due by then from
whoever has one; "Những căn còn lại chưa xây dựng thì đồng loạt khởi công trước ngày
20/6/2025", t-nhandan-cd-84-ttg-xoa-nha-tam-2025).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc, unmarked
from kehoach.dates.grammar import Unreadable

_OPENING = r"^[\W_]*(?:(?:[a-zđ]|\d{1,2})\s*[.)]\s*)?(?:(?:còn|nhưng|và|riêng|đồng\s+thời)\s+)?"
# a supposition, or "gặp" a thing (never a meeting: "Gặp mặt, chúc Tết …"), up to "thì" or
# a comma that closes it
_SUPPOSED = re.compile(
    _OPENING + r"(?P<said>(?:hễ|lỡ|ngộ\s+nhỡ|giả\s+(?:sử|như|dụ)|phòng\s+khi"
    r"|gặp(?!\s+(?:mặt|gỡ|nhau)(?!\w)))(?!\w)[^,;:.()\d]{0,80}?)(?:\s+thì(?!\w)|\s*,)"
)
# the weather, as printed ("mưa" is no "mua", "bão" no "báo", "hạn hán" no "hạn")
_WEATHER = (
    r"(?:rét|mưa|nắng|hạn\s+hán|khô\s+hạn|bão|lũ|lụt|úng|ngập|sương|giá|lạnh|nóng|trời"
    r"|thời\s+tiết|nhiệt\s+độ|gió\s+mùa|dông|lốc|mặn|triều)"
)
# a clause heading the step, closed by "thì", that names it; or by a comma after the words of
# a condition ("Trường hợp rét đậm, gieo trước …", "Nếu trời rét, …")
_WEATHER_THEN = re.compile(
    _OPENING + r"(?P<said>(?P<case>(?:(?:trong\s+)?trường\s+hợp|nếu)\s)?"
    rf"[^,;:.()\d]{{0,80}}?(?<!\w){_WEATHER}(?!\w)[^,;:.()\d]{{0,80}}?)"
    r"(?:\s+thì(?!\w)|(?(case)\s*,|(?!)))"
)
# ... typed without diacritics in a phrase with none: the weather words no other word folds
# to ("ret", "troi", "thoi tiet", "suong muoi", "nang nong", "gio mua", "lanh")
_WEATHER_THEN_BARE = re.compile(
    r"^[\W_]*(?P<said>[^,;:.()\d]{0,80}?(?<![a-z])"
    r"(?:ret|troi|thoi\s+tiet|suong\s+muoi|nang\s+nong|gio\s+mua|lanh)"
    r"(?![a-z])[^,;:.()\d]{0,80}?)\s+thi(?![a-z])",
    re.ASCII,
)


# a day right after the condition, with no step between: the day standing in for another
_DAY_NEXT = re.compile(r"\s*(?:ngay\s+)?\d", re.ASCII)


def refuse_condition_heading(label: str, rest: str = "") -> None:
    """Refuse a label (the words before the time part, as printed) opened by a condition
    (`_SUPPOSED`, `_WEATHER_THEN`; the weather typed bare, `_WEATHER_THEN_BARE`); `rest` is
    the prepared text after the label, folded."""
    said = " ".join(nfc(label).lower().split())
    found = _SUPPOSED.match(said) or _WEATHER_THEN.match(said)
    if found is None and unmarked(said):
        found = _WEATHER_THEN_BARE.match(fold(said))
    if found is None or (not said[found.end() :].strip(" ,") and _DAY_NEXT.match(rest)):
        # the condition alone before the time, "…, trường hợp trời mưa thì ngày 20/3/2027": a
        # day standing in for another, which `engine._refuse_parts` names beside the first
        return
    condition = said[found.start("said") : found.end("said")].strip()
    raise Unreadable(
        f"“{condition} …” nêu điều kiện (thời tiết, một việc có thể xảy ra): ngày sau đó chỉ "
        "áp dụng khi điều kiện xảy ra, không phải thời hạn chắc chắn; ghi last_day theo văn "
        "bản khi điều kiện đã rõ"
    )
