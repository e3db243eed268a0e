"""A show's length in minutes said before its hour and day.

"Thời gian bắn 15 phút, từ 23 giờ ngày 9/2/2024 (tức đêm Giao thừa …)" (Bạc Liêu's Tết plan,
2024; h-b2-baomoi-bac-lieu-ke-hoach-mung-xuan-2024), "màn bắn pháo hoa … dự kiến kéo dài 15
phút, từ 0h đến 0h15 ngày 1/1/2026" (24h, 2025): fireworks, a performance, whose minutes
begin at the hour read. They end the same day only when the hour and the minutes stay before
midnight, and then the show is that day's: a date, the hour its start, the minutes its
length. Minutes that run past midnight end on the next day, and a length with no hour, before
a span of days or beside another deadline says nothing sure of the day: refused, as a show
told done ("đã") is. Only after "kéo dài" or "thời gian bắn/biểu diễn/trình diễn", then a
comma and the time part ("từ", "vào", "lúc"): "có mặt trước 30 phút" (before the hour) is no
length.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.found import Found
from kehoach.dates.grammar import TOLD_DONE, Unreadable, show
from kehoach.dates.reading import DeadlineKind

# on the folded, lower-case words before the time part
SHOW_MINUTES = re.compile(
    r"(?<![a-z])(?:keo\s+dai|thoi\s+gian\s+(?:ban|bieu\s+dien|trinh\s+dien)(?:\s+phao\s+hoa)?)"
    # ... the time part after a comma; in a label cut before it, the label's end
    r"\s+(?P<minutes>\d{1,2})\s+phut(?=\s*,\s*(?:tu|vao|luc)\s|\s*,?\s*\Z)",
    re.ASCII,
)
_DAY_MINUTES = 24 * 60


def show_minutes(found: list[Found]) -> int | None:
    """The minutes a show lasts, said in the words before the time part of `found`'s
    readings (`SHOW_MINUTES`), or None when none says it."""
    for one in found:
        if length := SHOW_MINUTES.search(fold(one.label or "").lower()):
            return int(length["minutes"])
    return None


def show_of_its_day(found: list[Found], minutes: int, start: str | None) -> Found:
    """The one reading of a show lasting `minutes` from the hour `start` ("23:00"): a date,
    the show's day. Raises `Unreadable` when the minutes have no hour, run past midnight, or
    stand before several deadlines or a span of days."""
    if len(found) != 1 or start is None:
        raise Unreadable(
            f"{minutes} phút là độ dài của một buổi diễn, cần một ngày và giờ bắt đầu; ghi "
            "last_day theo văn bản"
        )
    one = found[0]
    if TOLD_DONE.search(one.label or ""):  # "đã bắn pháo hoa kéo dài 15 phút, từ 23 giờ …"
        raise Unreadable(
            f"“{one.label}” kể buổi diễn đã diễn ra, không phải mốc phải giữ; nếu văn bản có "
            "hạn, ghi last_day theo văn bản"
        )
    day = one.last if one.kind is DeadlineKind.DATE and one.first == one.last else None
    day = day or (one.earliest if one.first is None and one.last is None else None)
    hour, minute = (int(part) for part in start.split(":"))
    if day is None or hour * 60 + minute + minutes > _DAY_MINUTES:
        raise Unreadable(
            f"{minutes} phút từ {start} không gói trong một ngày đã đọc (qua nửa đêm hay cả "
            "một khoảng ngày): không rõ buổi diễn thuộc ngày nào; ghi last_day theo văn bản"
        )
    if one.earliest is None:  # "từ 0h đến 0h15 ngày 1/1/2026": the day's hours, read
        return one._replace(reading=f"{one.reading} ({minutes} phút)")
    reading = f"ngày {show(day)} (ngày diễn ra, từ {start}, {minutes} phút)"
    return one._replace(kind=DeadlineKind.DATE, first=day, last=day, earliest=None, reading=reading)
