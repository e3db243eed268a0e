"""A past season or year heading the step: what was done then, no time to meet.

"Vụ rồi gieo trước 10/10" (last season, sowing was before 10/10), "Vụ vừa qua …", "Năm
ngoái …", "Mùa trước …", "Hồi năm 2024 …", "Hồi đó …": the step is told of a season over,
as a farmer's page compares this year's calendar with the last (session 57's third fresh
tester: "Vụ rồi gieo trước 10/10" read as due 10/10/2026, or yearly in a standing calendar,
varying "Vào bầu trước 25/9 và trồng trước 10/10" of zb-bvtvnamdinh-thoi-vu-cay-ua-am-vu-dong). A told
past is refused as "Năm 2025 đã gieo trước 10/10/2025" is (`label._no_doubted_day`): the day
is the past season's, never this one's deadline (the first rule: never a silent wrong date).

A season named without a word of the past is the step's subject and stays read: "Vụ Đông
gieo trước 10/10", "Vụ mùa năm 2026 gieo trước 10/10/2026".

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc, unmarked
from kehoach.dates.grammar import Unreadable

# the label's opening: a bullet, a numbering, a connective
_OPENING = r"^[\W_]*(?:(?:[a-zđ]|\d{1,2})\s*[.)]\s*)?(?:(?:còn|nhưng|và|riêng)\s+)?"
# a season or a time counted by the farm or the calendar, a name of at most two words after
# it ("vụ Đông", "vụ Hè Thu", "mùa lúa"), then a word of the past: "rồi", "ngoái", "qua",
# "vừa rồi", "vừa qua", "trước (đó)", "kia" (the one before last)
_PAST_SEASON = re.compile(
    _OPENING + r"(?:hồi\s+)?(?:vụ|mùa|trà|đợt|năm|kỳ|lần|hôm|bữa|dạo|đận|lứa)"
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:vừa\s+)?(?:rồi|ngoái|qua|trước|kia)(?!\w)"
)
# ... or "hồi" (back then) before a season, a year or a pointer to a past time: "Hồi năm
# 2024 …", "Hồi vụ Đông …", "Hồi đó …", "Hồi trước …"; never "hồi 8 giờ ngày 13/8" (at the
# hour: "Hồi 8h00' ngày 13/8/2025, mực nước …",
# zj-baophutho-cd-5465-mo-cua-xa-day-hoa-binh-13-8-2025) nor "Hồi trường" (a hall misspelt)
_BACK_THEN = re.compile(_OPENING + r"hồi\s+(?:vụ|mùa|năm|tháng|đó|ấy|xưa|trước|kia|còn)(?!\w)")
# the same typed without diacritics, in a phrase with none: "Vu roi gieo truoc 10/10"
_PAST_SEASON_BARE = re.compile(
    r"^[\W_]*(?:(?:[a-z]|\d{1,2})\s*[.)]\s*)?(?:(?:con|nhung|va|rieng)\s+)?"
    r"(?:(?:hoi\s+)?(?:vu|dot|nam|ky|hom|bua|dan|lua)(?:\s+[a-z]+){0,2}?\s+(?:vua\s+)?"
    r"(?:roi|ngoai|qua|truoc|kia)"
    r"|hoi\s+(?:vu|nam|thang|do|xua|truoc))(?![a-z])",
    re.ASCII,
)


def refuse_past_season(label: str) -> None:
    """Refuse a label (the words before the time part, as printed) that opens with a past
    season or year (`_PAST_SEASON`, `_BACK_THEN`; typed bare in a phrase with no mark,
    `_PAST_SEASON_BARE`): the step is told of a season over."""
    said = " ".join(nfc(label).lower().split())
    found = _PAST_SEASON.match(said) or _BACK_THEN.match(said)
    if found is None and unmarked(said):
        found = _PAST_SEASON_BARE.match(fold(said))
    if found is None:
        return
    past = said[found.start() : found.end()].strip(" -–•*+.,;:()")
    raise Unreadable(
        f"“{past} …” kể việc của một vụ, một năm đã qua: ngày sau đó là ngày của vụ ấy, không "
        "phải thời hạn đang chạy; ghi last_day theo hạn văn bản nêu cho vụ này"
    )
