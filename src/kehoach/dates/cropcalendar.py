"""A crop calendar's days on a page with no date: each day is every year's.

A crop-protection office's sowing calendar, printed with no date because it serves every
season ("Vào bầu trước 25/9 và trồng trước 10/10", "Gieo từ 20/9 – 05/10", "Gieo hoặc vào
bầu trước 20/9, trồng trước 10/10": Chi cục Trồng trọt và BVTV Nam Định on the winter
crops, zb-bvtvnamdinh of the corpus), gives day-months without a year that mean the same
days each year: the reading is the yearly rule on each day (a window: due on its last day,
its first day kept as the qualifier, as `cadence.build_yearly_window` reads "… hằng năm").

Read only where the grammar would refuse the missing year (`Refusal.NO_YEAR`: no issue day,
no standing rule) and only for a sowing step (`_SOWING`: gieo, cấy, sạ, vào bầu, xuống
giống, thời vụ) named before the first day. "Trồng" alone is no sign: a Tết tree planting
on an undated page ("… phục vụ trồng rừng, hoàn thành trước ngày 13-2") is one year's. The
phrase is read as a dated one in a stand-in year (`YEARLESS`, from its first day, so no day
is past and none rolls into the next year) and each reading must be a day or a window of that
year whose year came from that stand-in; anything that makes the days one season's or an
event's stays refused (`_ONE_SEASON`): a day told done or under way ("đã", "vừa", "đang",
"được"), a negation or a condition ("không", "chưa", "nếu", "trường hợp"), any year or "năm"
("năm nay", "hằng năm" with a window), a lunar day, a weekday, a time of day, a round
("đợt", "lần"), a day opening the sentence ("Ngày 25/9, bà con gieo …": news of that day),
one campaign's words ("kế hoạch", "dự kiến", "phấn đấu", "chỉ đạo", "toàn tỉnh": a season's
plan told by an undated article).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kehoach.base.text import fold
from kehoach.dates.grammar import YEARLESS
from kehoach.dates.reading import (
    Context,
    Deadline,
    DeadlineKind,
    Frequency,
    Recurrence,
    rrule_text,
)

_Parse = Callable[[str, Context], tuple[Deadline, ...]]

# a sowing step, as printed (NFC, any case): "cấy" is not "cây" (a tree), "sạ" not "sa"; the
# a day-month must come after it ("Gieo từ 20/9", "Vào bầu trên đất 2 lúa (trước 25/9)")
_SOWING = re.compile(
    r"(?i)(?<!\w)(?:gieo(?!\s+(?:rắc|mầm))|cấy(?!\s+ghép)|sạ|vào\s+bầu|xuống\s+giống"
    r"|thời\s+vụ)(?!\w).*?(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)"
)
# on the folded phrase: what makes the days one season's, an event's or not a due day at all
_ONE_SEASON = re.compile(
    r"\A\s*ngay\s+\d|\d{3}"
    r"|(?<![a-z])(?:da|vua|dang|duoc|khong|chua|neu|truong\s+hop|nam|nay|mai|hom|am\s+lich"
    r"|al|thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat|cn|sang|chieu|toi|trua|dem|gio"
    r"|dot|lan|tuan|ke\s+hoach|du\s+kien|phan\s+dau|chi\s+dao|toan\s+(?:tinh|huyen|xa))(?![a-z])",
    re.ASCII,
)
_NOTE = "lịch thời vụ trên trang không ghi ngày: ngày không ghi năm là ngày của mỗi năm"


def crop_days_yearly(text: str, context: Context, parse: _Parse) -> tuple[Deadline, ...] | None:
    """The yearly readings of a crop calendar's `text` on a page with no date (see the
    module), parsed by `parse` in a stand-in year; None when `text` is no such phrase, or any
    of its readings is not one day or one window of that year (the refusal then stands)."""
    if context.issued is not None or context.standing:
        return None
    if not _SOWING.search(text) or _ONE_SEASON.search(fold(text)):
        return None
    stand_in = replace(context, issued=date(YEARLESS, 1, 1))
    try:
        readings = parse(text, stand_in)
    except ValueError:  # `Unreadable` is one: the phrase does not read even with a year
        return None
    yearly = tuple(_every_year(one) for one in readings)
    if not yearly or any(one is None for one in yearly):
        return None
    return tuple(one for one in yearly if one is not None)


def _every_year(one: Deadline) -> Deadline | None:
    """`one`, a day or window of the stand-in year, as the yearly rule on its day; None for
    any other reading (a start bound, an hour, a qualifier, a year the phrase gave)."""
    if one.kind not in (DeadlineKind.DATE, DeadlineKind.WINDOW) or not one.year_from_plan:
        return None
    if one.first is None or one.last is None or one.time or one.qualifier:
        return None
    if one.earliest not in (None, one.first) or (one.earliest and one.kind is DeadlineKind.DATE):
        return None  # a start bound: "bắt đầu gieo từ 20/9" names no due day
    if one.first.year != YEARLESS or one.last.year != YEARLESS or one.last == date(YEARLESS, 2, 29):
        return None
    rule = Recurrence(Frequency.YEARLY, month=one.last.month, day=one.last.day)
    said = f"hằng năm, hạn ngày {one.last:%d/%m}"
    qualifier = None
    if one.kind is DeadlineKind.WINDOW:
        if not one.first < one.last:
            return None
        qualifier = f"từ ngày {one.first:%d/%m} đến ngày {one.last:%d/%m} mỗi năm"
        said = f"{said} ({qualifier})"
    return replace(
        one,
        kind=DeadlineKind.RECURRING,
        first=None,
        last=None,
        earliest=None,
        recurrence=rule,
        rrule=rrule_text(rule),
        reading=f"{said}; {_NOTE}",
        qualifier=qualifier,
        year_from_plan=False,
        year_from="phrase",
    )
