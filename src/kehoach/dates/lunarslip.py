"""A span's lunar gloss one day off at one end, outvoted by its other end and its count.

"Thời gian thi công: 12 ngày, từ ngày 15 tháng 01 năm 2025 (17 tháng Chạp âm lịch) đến ngày
26 tháng 01 năm 2025 (27 tháng Chạp âm lịch)" (UBND TP.HCM, KH 7100/2024 on the Tết book
street: 15/01/2025 is 16 Chạp), "với 14 ngày liên tục từ 9/2 đến hết 22/2 (tức 22 tháng Chạp
đến mùng 5 tháng Giêng)" (Afamily on Hà Nội's and Quảng Ninh's Tết break of 2026: 22/02/2026
is mùng 6). The span has three witnesses: its two solar days, the count of its days and the
lunar days of its ends. When the count, counted with its first day, is the solar span's
length, one end's gloss is that end's lunar day and the other end's names the day next to its
own, the gloss slipped by a day (lunar days counted by hand across a Chạp of 29 or 30 days)
and the solar days stand: they are read, the slip said in the reading's gloss.

Anything else stays refused by `refusals.check_asides`, never one of the two chosen: no
count right before the span ("N ngày (liên tục)(,) từ"), a count off the solar span or
counted from the day after (Bộ luật Dân sự 2015, Điều 147: the gloss could then be right), both
ends off, one off by more than a day, a lunar year named that is not the days', a gloss of
one end only, several readings.

Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.base.text import fold
from kehoach.dates.asides import Asides
from kehoach.dates.combine import length_agrees
from kehoach.dates.found import Found
from kehoach.dates.grammar import ONE_DAY, show
from kehoach.dates.lunar import LunarEnd, Unlunar, gloss_disagreement, lunar_date, show_lunar
from kehoach.dates.reading import DeadlineKind

# the count of days right before the span: "12 ngày, từ ngày …", "14 ngày liên tục từ …",
# folded; a count elsewhere ("sớm 12 ngày so với …") counts something else
_COUNT_BEFORE = re.compile(
    r"(?<![\d/.,-])(?P<count>\d{1,3})\s+ngay(?:\s+lien\s+tuc)?\s*[,:]?\s*(?:ke\s+)?tu\s",
    re.ASCII,
)
_ENDS = 2


def slipped_gloss(found: list[Found], asides: Asides, text: str) -> tuple[list[Found], Asides]:
    """`found` and `asides` with a slipped lunar gloss (see the module) taken out of the
    asides and said in the one reading's gloss; both as given when there is none."""
    if len(found) != 1 or len(asides.lunar) != _ENDS:
        return found, asides
    one = found[0]
    if one.kind is not DeadlineKind.WINDOW or one.first is None or one.last is None:
        return found, asides
    if any(len(end.days) != 1 for end in asides.lunar):
        return found, asides
    counts = _COUNT_BEFORE.findall(fold(text).lower())
    if len(counts) != 1 or length_agrees(int(counts[0]), "ngày", one.first, one.last) != "":
        return found, asides
    slipped = _one_end_slipped(one.first, one.last, asides.lunar)
    if slipped is None:
        return found, asides
    day, end = slipped
    note = (
        f"chú thích âm lịch “{end.days[0]} tháng {end.month}” lệch một ngày: {show(day)} là "
        f"ngày {show_lunar(lunar_date(day))} âm lịch; số {counts[0]} ngày và đầu kia của chú "
        "thích khớp ngày dương lịch, đọc theo ngày dương lịch"
    )
    gloss = f"{one.gloss}; {note}" if one.gloss else note
    return [one._replace(gloss=gloss)], asides._replace(
        lunar=(), lunar_span=False, lunar_start=False
    )


def _one_end_slipped(
    first: date, last: date, ends: tuple[LunarEnd, ...]
) -> tuple[date, LunarEnd] | None:
    """The solar day and its gloss when exactly one end's gloss names the day next to its
    solar day and the other's is right; None otherwise (or outside the lunar calendar)."""
    try:
        pairs = zip((first, last), ends, strict=True)
        right = [gloss_disagreement([day], (end,)) is None for day, end in pairs]
        if right.count(True) != 1:
            return None
        day, end = (last, ends[1]) if right[0] else (first, ends[0])
        beside = (gloss_disagreement([day + step], (end,)) for step in (ONE_DAY, -ONE_DAY))
        return (day, end) if any(wrong is None for wrong in beside) else None
    except Unlunar:
        return None
